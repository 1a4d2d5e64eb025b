"""Hand labels for holdout v48's model drafts, each claim read against listings.json.

Keys are (path, kind, listing key); each label is (claim, rule, severity, why, which), where
``which`` picks the claim's first, last or every occurrence in the draft. Drafts not listed carry
no label (README.md says what was read and left unlabelled).
"""

LABELS = {
    ("plain", "description", "T11"): [
        ("a candle", "accuracy.category", "block", "an incense burner, not a candle", "first"),
        ("made of wood", "accuracy.material", "block", "hammered copper (نحاس)", "first"),
    ],
    ("plain", "faq", "T02"): [
        ("Natural", "accuracy.colour", "warn", "the listing names no colour", "first"),
    ],
    ("plain", "faq", "T10"): [
        ("Charcoal", "accuracy.colour", "block", "Rust, Slate and Moss only", "first"),
    ],
    ("plain", "faq", "T30"): [
        ("$1190.00", "accuracy.price", "block", "EUR 1190; no dollar price", "first"),
    ],
    ("plain", "seo", "T14"): [
        ("Tin Can Earrings", "accuracy.category", "block", "one enamel pendant on silver", "every"),
        ("$18", "accuracy.price", "block", "GEL 180; no dollar price", "first"),
    ],
    ("plain", "short_description", "T12"): [
        ("plastic", "accuracy.material", "block", "olive wood", "first"),
        ("kitchen cabinet", "accuracy.category", "block", "a cutting board", "first"),
        (
            "glossy finish",
            "accuracy.feature",
            "warn",
            "a mineral-oil finish; gloss not stated",
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
