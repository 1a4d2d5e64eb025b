"""Hand labels for the embedded model's drafts in holdout v23 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first",
"last" or "all". "all" labels every occurrence of the claim; "last" the last one. Claims in SEO and FAQ drafts
are written as they stand in the stored JSON text. Drafts not listed here were read against their listing,
claim by claim, and found to contain no unsupported claim.
"""

LABELS = {
    # plain path, descriptions
    ("plain", "description", "W11"): [
        ("olive oil", "accuracy.material", "block",
         "the listing's ingredients are durum wheat semolina and water only", "all")],
    # plain path, FAQ
    ("plain", "faq", "W10"): [
        ("$6.00", "accuracy.price", "block", "the listing's price is £6 (GBP), not dollars", "first")],
    ("plain", "faq", "W22"): [
        ("It costs $6.", "accuracy.price", "block",
         "a grouped product with no price of its own: $6 is the bulb syringe alone (pieces $6, $11, $5)", "first"),
        ("It weighs 100 ml.", "accuracy.number", "block",
         "no weight is given; 100 ml is the volume of the pen flush, one piece of the kit", "first")],
    ("plain", "faq", "W30"): [
        ("It comes in Natural.", "accuracy.colour", "warn", "the listing names no colour", "first")],
    # plain path, SEO
    ("plain", "seo", "W06"): [
        ("a fine ink for fountain pens", "accuracy.compatibility", "block",
         "the listing says not for fountain pens: it corrodes their feeds", "first")],
    ("plain", "seo", "W26"): [
        ("Record Care vinyl", "accuracy.category", "warn",
         "calls the brush a vinyl (a record); it is a record brush (close call: may read as a range name)",
         "first")],
    # planned path
    ("planned", "description", "W02"): [
        ("for fishing in moss", "accuracy.feature", "warn",
         "an invented use: moss green is the line's colour, not where it is used", "first")],
    ("planned", "short_description", "W29"): [
        ("is for ages 18 months", "compliance.health", "warn",
         "reads as an age suitability; 18 months is how long the cheese is aged", "first")],
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
