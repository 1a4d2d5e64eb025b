"""Hand labels for the embedded model's drafts in holdout v21 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first",
"last" or "all". "all" labels every occurrence of the claim; "last" the last one. Claims in SEO and FAQ drafts
are written as they stand in the stored JSON text. Drafts not listed here were read against their listing,
claim by claim, and found to contain no unsupported claim.
"""

LABELS = {
    # plain path, descriptions
    ("plain", "description", "V02"): [
        ("storing hive frames", "accuracy.feature", "warn",
         "a use the listing does not give: the tool lifts frames and scrapes off wax and propolis", "first")],
    ("plain", "description", "V04"): [
        ("has a small hole at the bottom", "accuracy.feature", "block",
         "the listing says a single large hole", "first")],
    ("plain", "description", "V08"): [
        ("in a metal frame", "accuracy.feature", "block", "the listing gives no frame: a mug with a rim", "first"),
        ("It is dishwasher safe.", "accuracy.care", "block",
         "the listing recommends hand washing and says nothing of a dishwasher", "first")],
    ("plain", "description", "V10"): [
        ("a simple piece to wear all season", "accuracy.feature", "warn",
         "a scratching post is not worn; a use the listing does not give", "first")],
    ("plain", "description", "V12"): [
        ("a 2.5 L air pump", "accuracy.size", "block",
         "2.5 L is the air flow a minute from each outlet, not a size of the pump", "first")],
    # plain path, SEO
    ("plain", "seo", "V11"): [
        ("$21.00", "accuracy.price", "block", "the price is 21 EUR, not dollars", "first")],
    ("plain", "seo", "V25"): [
        ("$38.00", "accuracy.price", "block", "the price is 38 EUR, not dollars", "first")],
    # plain path, FAQ
    ("plain", "faq", "V09"): [
        ("$32", "accuracy.price", "block", "the price is 32 GBP, not dollars", "first"),
        ("It comes in Natural.", "accuracy.colour", "block", "the pack comes in sage, oat and cloud", "first")],
    ("plain", "faq", "V15"): [
        ("$9.50", "accuracy.price", "block", "the price is 9.50 EUR, not dollars", "first"),
        ("a lamp from our Lighting range", "accuracy.category", "block",
         "the product is a cotton cheesecloth, not a lamp", "first")],
    ("plain", "faq", "V29"): [
        ("$6.50", "accuracy.price", "block", "the price is 6.50 GBP, not dollars", "first")],
    # planned path
    ("planned", "description", "V07"): [
        ("which is light and gives a firm, natural grip", "accuracy.feature", "warn",
         "a weight and grip claim the listing does not make (it gives 650 g and a firm block)", "first")],
    ("planned", "description", "V09"): [
        ("growing softer with every wash", "accuracy.feature", "warn",
         "the listing says soft, not that they soften with washing", "first")],
    ("planned", "short_description", "V08"): [
        ("it wipes clean easily", "accuracy.feature", "warn",
         "a cleaning claim the listing does not make (it recommends hand washing)", "first")],
    ("planned", "seo", "V04"): [
        ("which is fine yet strong", "accuracy.feature", "warn",
         "a strength claim the listing does not make for the porcelain", "first")],
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
