"""Hand labels for the model drafts of guardrails holdout v37.

Each entry maps (path, kind, listing key) to the unsupported claims found by reading the draft against the
listing: (claim, rule, severity, why, which), where `which` says whether the first, the last or every
occurrence of the claim in the text is labelled.
"""

LABELS: dict[tuple[str, str, str], list[tuple[str, str, str, str, str]]] = {
    ("plain", "description", "N10"): [
        ("a 99A hard bearing", "accuracy.feature", "block",
         "bearings are not included; 99A is the hardness of the wheels", "first"),
    ],
    ("plain", "description", "N14"): [
        ("to wear all season", "accuracy.compatibility", "warn",
         "an invented use: the 10 cm pine horse is an ornament, not something worn", "first"),
    ],
    ("plain", "faq", "N17"): [
        ("$349.00 DKK", "accuracy.price", "block", "349.00 DKK given with a dollar sign", "first"),
        ("a lamp", "accuracy.category", "block", "a brass candleholder, not a lamp", "first"),
    ],
    ("plain", "faq", "N21"): [
        ("$59.00", "accuracy.price", "block", "59.00 GBP given in dollars", "first"),
        ("natural", "accuracy.colour", "warn", "the listing names no colour", "first"),
    ],
    ("plain", "faq", "N29"): [
        ("$10", "accuracy.price", "block", "no product price; the items are $16, $8, $19 and $7 ($50 in all)",
         "first"),
        ("3 lbs", "accuracy.number", "block", "no weight given for the kit or its items", "first"),
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
            out.append({"rule": rule, "start": start, "end": end, "claim": claim, "severity": severity,
                        "why": why})
    return sorted(out, key=lambda lab: lab["start"])
