"""Hand labels for the embedded model's drafts in holdout v18 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first",
"last" or "all". "all" labels every occurrence of the claim; "last" the last one. Claims in SEO and FAQ drafts
are written as they stand in the stored JSON text. Drafts not listed here were read against their listing,
claim by claim, and found to contain no unsupported claim.
"""

LABELS = {
    # plain path, descriptions
    ("plain", "description", "V04"): [
        ("10 tablets of fresh Mozzarella", "accuracy.material", "block",
         "the ten tablets are vegetarian rennet, not mozzarella", "first"),
        ("10 tablets of citric acid", "accuracy.number", "block",
         "the citric acid comes as 100 g, not ten tablets", "first"),
        ("10 tablets of cheese cloth", "accuracy.feature", "block",
         "the kit has one cheese cloth, not tablets", "first")],
    ("plain", "description", "V16"): [
        ("a lightweight, durable, and comfortable snowshoe", "accuracy.feature", "warn",
         "weight, durability and comfort claims the listing does not make", "first"),
        ("made of durable, lightweight, and comfortable materials", "accuracy.feature", "warn",
         "material performance claims the listing does not make", "first")],
    # plain path, SEO
    ("plain", "seo", "V15"): [
        ("una de las mejores opciones para tu jardín", "compliance.absolute", "warn",
         "a superlative the listing does not make", "first")],
    ("plain", "seo", "V27"): [
        ("$28", "accuracy.price", "block", "the price is ¥2,800, not $28", "first")],
    # plain path, FAQ
    ("plain", "faq", "V19"): [
        ("We offer a service for all types of knives.", "accuracy.compatibility", "block",
         "the listing says no ceramic knives", "first"),
        ("It depends on the type of knife you are sharpening.", "accuracy.feature", "warn",
         "the turnaround is a flat 5 working days; the listing does not tie it to the knife", "last")],
    ("plain", "faq", "V25"): [
        ("$36.00", "accuracy.price", "block", "36.00 is in euros, not dollars", "first"),
        ("It is a lamp", "accuracy.category", "block", "the product is a pepper mill", "first")],
    ("plain", "faq", "V09"): [
        ("$12.90", "accuracy.price", "block", "12.90 is in euros, not dollars", "first")],
    # planned path
    ("planned", "description", "V05"): [
        ("which takes a keen edge", "accuracy.feature", "warn",
         "a sharpness claim the listing does not make (it names carbon steel only)", "first")],
    ("planned", "description", "V19"): [
        ("so sharpening needs only water, no oil", "accuracy.feature", "warn",
         "the listing says whetstones only, not water stones", "first")],
    ("planned", "description", "V21"): [
        ("which breathes on warm days", "accuracy.feature", "warn",
         "a comfort claim the listing does not make for a tea towel", "first")],
    ("planned", "short_description", "V08"): [
        ("which is light yet sturdy", "accuracy.feature", "warn",
         "a weight and strength claim the listing does not make", "first")],
    ("planned", "seo", "V28"): [
        ("so it darkens and gains character with use", "accuracy.feature", "warn",
         "a patina claim the listing does not make (it says vegetable-tanned only)", "first")],
}


def spans(text, claim, which):
    """Offsets of the claim in the text: the first occurrence, the last, or every one."""
    found = []
    start = text.find(claim)
    while start != -1:
        found.append((start, start + len(claim)))
        if which == "first":
            break
        start = text.find(claim, start + len(claim))
    assert found, f"claim not in text: {claim!r}"
    return found[-1:] if which == "last" else found


def labels_for(path, kind, key, text):
    out = []
    for claim, rule, severity, why, which in LABELS.get((path, kind, key), []):
        for start, end in spans(text, claim, which):
            out.append({"rule": rule, "start": start, "end": end, "claim": claim, "severity": severity,
                        "why": why})
    return sorted(out, key=lambda lab: lab["start"])
