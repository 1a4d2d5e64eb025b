"""Hand labels for the model drafts of guardrails holdout v42.

Every model draft in model_raw_*.jsonl was read in full against its listing by the session that
wrote this set; LABELS lists each unsupported claim it found, keyed by (path, kind, key). A draft
that is not in LABELS carries no label. Each entry is (claim, rule, severity, why, which), where
`which` is "first", "last" or "all" occurrences of the claim text in the draft.
"""

LABELS = {
    ("plain", "description", "R14"): [
        ("to wear all season", "accuracy.feature", "warn",
         "an invented use: a wall tile is not worn", "first"),
    ],
    ("plain", "description", "R22"): [
        ("It is suitable for all skin types.", "compliance.health", "warn",
         "a skin-suitability claim the listing does not make (it says for skin and hair)",
         "first"),
    ],
    ("plain", "faq", "R03"): [
        ("Natural", "accuracy.colour", "warn", "no colour is given for the glove", "first"),
        ("16 x 14 x 4 in", "accuracy.number", "block", "the listing gives no dimensions",
         "first"),
    ],
    ("plain", "faq", "R17"): [
        ("$12.00", "accuracy.price", "block", "the price is 12.00 EUR, not dollars", "first"),
        ("Natural", "accuracy.colour", "warn",
         "given as a colour; the listing names no colour (natural describes the mastic)",
         "first"),
        ("16 x 14 x 4 in", "accuracy.number", "block", "the listing gives no dimensions",
         "first"),
        ("a lamp", "accuracy.category", "block", "mastic, not a lamp", "first"),
        ("Lighting", "accuracy.category", "warn", "filed under Food > Spices", "first"),
    ],
    ("plain", "faq", "R21"): [
        ("Natural", "accuracy.colour", "warn", "no colour is given for the box", "first"),
    ],
    ("plain", "faq", "R29"): [
        ("$10", "accuracy.price", "block",
         "no kit price; the items are $15, $28, $14 and $7 ($64 together)", "first"),
        ("3 lbs", "accuracy.number", "block", "the listing gives no weight", "first"),
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
