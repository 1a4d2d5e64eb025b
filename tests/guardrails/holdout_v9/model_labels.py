"""Hand labels for the embedded model's drafts in holdout v9 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first"
or "all". "all" labels every occurrence of the claim: the model sometimes repeats a false sentence, and a
fact-checker marks each copy. Drafts not listed here were read against their listing, claim by claim, and found
to contain no unsupported claim.
"""

LABELS = {
    # plain path, descriptions
    ("plain", "description", "Z02"): [
        ("non-toxic", "compliance.health", "block", "a safety claim the listing does not make", "all")],
    ("plain", "description", "Z06"): [
        ("Plex", "accuracy.brand", "warn", "a product name the listing does not give", "first"),
        ("a gaming controller", "accuracy.category", "warn", "thumbstick grips, not a controller", "first"),
        ("play games on their computer", "accuracy.compatibility", "warn",
         "the listing names PS5 and Xbox Series controllers, not computers", "first")],
    ("plain", "description", "Z16"): [
        ("a hiking pole", "accuracy.category", "warn", "sold as a pair of poles, not one pole", "first")],
    # plain path, SEO
    ("plain", "seo", "Z09"): [
        ("$119.00", "accuracy.price", "block", "the price is £119.00 (GBP), not dollars", "first"),
        ("for any shower", "accuracy.compatibility", "block",
         "needs at least 1 bar; not suitable for gravity-fed systems below that", "first")],
    ("plain", "seo", "Z13"): [
        ("power supply", "accuracy.category", "warn", "a smart plug rated 16 A / 3680 W, not a power supply",
         "first"),
        ("from Amazon", "accuracy.brand", "block",
         "the vendor is Steckwerk; Amazon appears only as Alexa, which the plug works with", "first")],
    # plain path, FAQ
    ("plain", "faq", "Z18"): [
        ("$24.00", "accuracy.price", "block", "the price is £24.00 (GBP), not dollars", "first"),
        ("3 lbs", "accuracy.number", "block", "the mug weighs 420 g, under a pound", "first")],
    ("plain", "faq", "Z24"): [
        ("It has a pleasant fruity and floral aroma.", "accuracy.feature", "warn",
         "tasting notes the listing does not give", "first")],
    # planned path, descriptions
    ("planned", "description", "Z05"): [
        ("which wears in with you", "accuracy.feature", "warn", "a wear claim the listing does not make", "first")],
    # planned path, SEO
    ("planned", "seo", "Z14"): [
        ("so the scent lasts well on the skin", "accuracy.feature", "warn",
         "a longevity claim the listing does not make", "first")],
    # planned path, short descriptions
    ("planned", "short_description", "Z28"): [
        ("which dries quickly", "accuracy.feature", "warn", "a performance claim the listing does not make",
         "first")],
}

def spans(text, claim, which):
    """Offsets of the claim in the text: the first occurrence, or every one."""
    found = []
    start = text.find(claim)
    while start != -1:
        found.append((start, start + len(claim)))
        if which == "first":
            break
        start = text.find(claim, start + len(claim))
    assert found, f"claim not in text: {claim!r}"
    return found


def labels_for(path, kind, key, text):
    out = []
    for claim, rule, severity, why, which in LABELS.get((path, kind, key), []):
        for start, end in spans(text, claim, which):
            out.append({"rule": rule, "start": start, "end": end, "claim": claim, "severity": severity,
                        "why": why})
    return sorted(out, key=lambda lab: lab["start"])
