"""Hand labels for the model drafts of guardrails holdout v43.

Every model draft was read against its listing by the gset43 session; `LABELS` maps
(path, kind, listing key) to the unsupported claims found, each as
(claim, rule, severity, why, which), where `which` picks the claim's first, last or every
occurrence in the stored text. A draft that is not in `LABELS` carries no label.
"""

LABELS = {
    ("planned", "description", "T07"): [
        ("the growers are paid fairly", "accuracy.certification", "warn",
         "the listing gives a Rainforest Alliance certification, not a fair-pay claim",
         "first"),
    ],
    ("plain", "seo", "T07"): [
        ("$8.50", "accuracy.price", "block", "the price is 8.50 GBP (£8.50), not dollars", "first"),
    ],
    ("plain", "faq", "T11"): [
        ("$69.00", "accuracy.price", "block", "the price is 69 EUR, not dollars", "first"),
        ("a lamp", "accuracy.category", "block", "a nutcracker, not a lamp", "first"),
        ("Lighting", "accuracy.category", "warn", "no lighting category; a nutcracker", "first"),
    ],
    ("plain", "faq", "T17"): [
        ("400 mAh", "accuracy.number", "block", "the battery is 1500 mAh", "first"),
    ],
    ("plain", "faq", "T21"): [
        ("Natural", "accuracy.colour", "warn",
         "no colour is given; the listing calls the maca yellow", "first"),
    ],
    ("plain", "faq", "T29"): [
        ("$10", "accuracy.price", "block",
         "no set price; the items are $6, $12, $4 and $9, $31 together", "first"),
        ("3 lbs", "accuracy.number", "block", "no weight is given", "first"),
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
