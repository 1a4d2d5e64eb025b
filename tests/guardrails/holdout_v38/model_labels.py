"""Hand labels for the model drafts of guardrails holdout v38 (the model_raw_*.jsonl files).

Every model draft was read against its listing; LABELS holds the unsupported claims found, keyed by
(path, kind, key). A draft not in LABELS carries no label. `which` says which occurrence of the
claim is meant: "first", "last" or "all".
"""

BLOCK, WARN = "block", "warn"

LABELS = {
    ("plain", "seo", "R15"): [
        ("Lahti", "accuracy.origin", WARN,
         "a Finnish town the listing does not name, where the vendor would go; the kuksa is carved "
         "in "
         "Rovaniemi", "first"),
    ],
    ("plain", "faq", "R11"): [
        ("42 mm", "accuracy.number", BLOCK,
         "42 mm is the objective lens diameter, not the size of the binoculars", "first"),
    ],
    ("plain", "faq", "R17"): [
        ("$40", "accuracy.price", BLOCK, "the plate costs 95.00 RON", "first"),
        ("Natural", "accuracy.colour", WARN,
         "the listing names brown, green and white on cream; it gives no colour called "
         "natural", "first"),
        ("a lamp", "accuracy.category", BLOCK, "a decorative plate, not a lamp", "first"),
    ],
    ("plain", "faq", "R21"): [
        ("$65.00", "accuracy.price", BLOCK, "the scarf costs 65.00 GBP, not dollars", "first"),
    ],
    ("plain", "faq", "R29"): [
        ("$10", "accuracy.price", BLOCK,
         "the set has no price of its own; its items cost $28, $9, $12 and $7", "first"),
        ("3 lbs", "accuracy.number", BLOCK, "the listing gives no weight", "first"),
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
