"""Hand labels for this set's model drafts, written by reading each draft against its listing.

LABELS maps (path, kind, key) to a list of (claim, rule, severity, why, which), where `which` is
"first", "last" or "all": the occurrence(s) of the claim in the draft text that carry the label.
Unlabelled drafts have no entry. See the README for what was read and left unlabelled.
"""

WEAR = "a sauna bucket or a lamp is not worn: an invented use"
LABELS: dict[tuple[str, str, str], list[tuple[str, str, str, str, str]]] = {
    ("planned", "description", "T11"): [
        ("to wear all season", "accuracy.feature", "warn", WEAR, "first"),
    ],
    ("planned", "description", "T12"): [
        ("to wear all season", "accuracy.feature", "warn", WEAR, "first"),
    ],
    ("planned", "description", "T22"): [
        (
            "will not scratch what they sit on",
            "accuracy.feature",
            "warn",
            "an invented trait of the cork base; the listing says nothing of it",
            "first",
        ),
    ],
    ("planned", "description", "T26"): [
        (
            "needs only water, no oil",
            "accuracy.feature",
            "warn",
            "the listing names whetstones, not water stones; invented detail",
            "first",
        ),
    ],
    ("plain", "description", "T11"): [
        ("to wear all season", "accuracy.feature", "warn", WEAR, "first"),
    ],
    ("plain", "faq", "T02"): [
        ("$24.00", "accuracy.price", "block", "priced in GBP (£24); no dollar price", "first"),
        ("3 lbs", "accuracy.number", "block", "the listing gives no weight", "first"),
    ],
    ("plain", "faq", "T10"): [
        ("$7.00", "accuracy.price", "block", "priced in GBP (£7); no dollar price", "first"),
        ("3 lbs", "accuracy.number", "block", "the listing gives no weight", "first"),
    ],
    ("plain", "short_description", "T26"): [
        (
            "100% stainless steel",
            "accuracy.material",
            "block",
            "a whetstone service has no stated material; first of four repeats",
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
