"""Hand labels for the embedded model's drafts in holdout v26 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first",
"last" or "all". "all" labels every occurrence of the claim; "last" the last one. Claims in SEO and FAQ drafts
are written as they stand in the stored JSON text. Drafts not listed here were read against their listing,
claim by claim, and found to contain no unsupported claim.
"""

LABELS = {
    ("plain", "description", "X14"): [
        ("una capa de lona de algodón en la base", "accuracy.material", "block",
         "The layer under the sole is rubber (caucho), not cotton canvas.", "first")],
    ("plain", "description", "X16"): [
        ("piece of furniture", "accuracy.category", "block", "A cheese slicer, not furniture.", "all"),
        ("to wear all season", "accuracy.feature", "warn", "An invented use: a cheese slicer is not worn.",
         "first")],
    ("planned", "description", "X23"): [
        ("for water sports with a partner", "accuracy.compatibility", "warn",
         "An invented use (riding with a partner); the listing's partner is the seller.", "first")],
    ("plain", "short_description", "X23"): [
        ("for beginners", "accuracy.compatibility", "warn", "An invented suitability; the listing says nothing "
         "about beginners.", "first")],
    ("plain", "seo", "X25"): [
        ("$95.00", "accuracy.price", "block", "The price is £95 (GBP), not dollars.", "first")],
    ("plain", "faq", "X09"): [
        ("$24.00", "accuracy.price", "block", "The price is £24 (GBP).", "first"),
        ("It weighs 3 lbs.", "accuracy.number", "block", "No weight in the listing.", "first")],
    ("plain", "faq", "X17"): [
        ("$22.00", "accuracy.price", "block", "The price is £22 (GBP).", "all"),
        ("It is a green.", "accuracy.colour", "warn", "No colour in the listing.", "first")],
    ("plain", "faq", "X27"): [
        ("$11.00", "accuracy.price", "block", "The price is £11 (GBP).", "first"),
        ("It is a dark brown.", "accuracy.colour", "warn", "No colour in the listing.", "first"),
        ("It is 5.5 inches long and 4.5 inches wide.", "accuracy.number", "block",
         "The sticks are 406 mm (16 in) long and 14.4 mm across.", "first")],
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
