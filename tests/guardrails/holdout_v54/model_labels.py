"""Labels for the embedded model's drafts of holdout v54, read by hand against each listing.

LABELS maps (path, kind, key) to a list of (claim, rule, severity, why, which): `which` says
whether the label covers the first occurrence of the claim in the text, the last, or every one
("all").
Drafts with no entry carry no label.
"""

LABELS = {
    ("planned", "short_description", "T03"): [
        (
            "so it holds an edge even when it runs hot",
            "accuracy.feature",
            "warn",
            "an edge-holding trait the listing does not state (a judgement call: true of "
            "high-speed steel in general)",
            "first",
        ),
    ],
    ("plain", "description", "T01"): [
        (
            "a walnut-wood veneer",
            "accuracy.material",
            "block",
            "the holder is turned walnut; no veneer is listed",
            "first",
        ),
    ],
    ("plain", "description", "T11"): [
        (
            "1000-piece Schleifstein with a 6000-piece capacity",
            "accuracy.number",
            "block",
            "1000 and 6000 are the grits of one stone, not pieces or a capacity",
            "all",
        ),
        (
            "1000-piece Schleifstein",
            "accuracy.number",
            "block",
            "the cut-off fourth repeat of the same wrong count",
            "last",
        ),
    ],
    ("plain", "description", "T29"): [
        (
            "construction, and more",
            "accuracy.compatibility",
            "warn",
            "garden hand tools; building work is an invented use",
            "first",
        ),
    ],
    ("plain", "short_description", "T26"): [
        (
            "We repair tent poles",
            "accuracy.feature",
            "block",
            "the listing says pole sections are not repaired",
            "first",
        ),
    ],
    ("plain", "short_description", "T28"): [
        ("made of wood", "accuracy.material", "block", "no material is given", "first"),
        (
            "with a white background",
            "accuracy.colour",
            "warn",
            "the listing gives no colour, and a chalkboard is not white",
            "first",
        ),
    ],
    ("plain", "faq", "T02"): [
        (
            "$16.50",
            "accuracy.price",
            "block",
            "the price is in pounds sterling, not dollars",
            "first",
        ),
        ("Natural", "accuracy.colour", "block", "olive and slate grey only", "first"),
    ],
    ("plain", "faq", "T30"): [
        ("Natural", "accuracy.colour", "warn", "the listing gives the rower no colour", "first"),
        (
            "135 cm x 135 cm x 135 cm",
            "accuracy.number",
            "block",
            "no dimensions are given; 135 is the user weight limit in kg",
            "first",
        ),
    ],
    ("plain", "seo", "T06"): [
        ("$140", "accuracy.price", "block", "the bag is A$59; 140 is its weight in grams", "first"),
    ],
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
            out.append(
                {
                    "rule": rule,
                    "start": start,
                    "end": end,
                    "claim": claim,
                    "severity": severity,
                    "why": why,
                }
            )
    return sorted(out, key=lambda lab: lab["start"])
