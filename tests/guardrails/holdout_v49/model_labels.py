"""Labels for this set's model drafts, written by reading each draft against its listing.

LABELS maps (path, kind, listing key) to (claim, rule, severity, why, which), where which is
"first", "last" or "all" occurrences of the claim in the draft text.
"""

LABELS: dict[tuple[str, str, str], list[tuple[str, str, str, str, str]]] = {
    ("plain", "description", "T01"): [
        (
            "has a large capacity",
            "accuracy.feature",
            "warn",
            "the listing gives a 10 cm chamber and no capacity claim",
            "first",
        ),
    ],
    ("plain", "description", "T13"): [
        ("lawn chair", "accuracy.category", "block", "the product is a duduk", "first"),
    ],
    ("plain", "faq", "T02"): [
        (
            "$19.00",
            "accuracy.price",
            "block",
            "the prices are in pounds (GBP 19 and 21); there is no dollar price",
            "first",
        ),
    ],
    ("plain", "faq", "T10"): [
        ("basket", "accuracy.category", "block", "the product is knitting needles", "first"),
        (
            "about 20 minutes",
            "accuracy.feature",
            "warn",
            "an invented handling time; the listing gives none",
            "first",
        ),
    ],
    ("plain", "short_description", "T16"): [
        (
            "vinyl sheet",
            "accuracy.category",
            "block",
            "the product is sea-buckthorn juice",
            "first",
        ),
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
