"""Hand labels for the model drafts of guardrails holdout v45.

Each model draft was read against its listing; every unsupported claim found is listed here as
(claim, rule, severity, why, which), keyed by (path, kind, key). `which` picks the first, the last or
every occurrence of the claim in the draft text.
"""

LABELS: dict[tuple[str, str, str], list[tuple[str, str, str, str, str]]] = {
    ("planned", "description", "T07"): [
        ("a telescope for astronomy", "accuracy.category", "block",
         "the product is a telescope eyepiece, not a telescope", "first"),
    ],
    ("plain", "description", "T26"): [
        ("a machine from our Sewing Service range", "accuracy.category", "warn",
         "a servicing offer called a machine", "first"),
    ],
    ("plain", "faq", "T09"): [
        ("3 lbs", "accuracy.number", "block", "the variants weigh 700 g and 750 g", "first"),
    ],
    ("plain", "faq", "T29"): [
        ("$10", "accuracy.price", "block", "no set price; the items are $119, $24 and $9", "first"),
        ("3 lbs", "accuracy.number", "block", "no weight given", "first"),
    ],
    ("plain", "seo", "T05"): [
        ("$68.00 DKK", "accuracy.price", "block",
         "the amount is DKK 68 but it carries a dollar sign, so it reads as dollars", "first"),
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
