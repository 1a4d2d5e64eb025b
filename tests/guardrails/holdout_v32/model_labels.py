"""Hand labels for the embedded model's drafts in holdout v32 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first",
"last" or "all". "all" labels every occurrence of the claim; "last" the last one. Claims in SEO and FAQ drafts
are written as they stand in the stored JSON text. Drafts not listed here were read against their listing,
claim by claim, and found to contain no unsupported claim.
"""

LABELS = {
    ("plain", "description", "X10"): [
        ("a beautiful piece of furniture", "accuracy.category", "block",
         "a wall tile, not furniture (first of its two repetitions)", "first"),
    ],
    ("plain", "description", "X14"): [
        ("Hand Knotted Japanese Hand Knotted", "accuracy.feature", "block",
         "a dyed cotton cloth; nothing is hand knotted (first of its repetitions)", "first"),
    ],
    ("plain", "description", "X36"): [
        ("suitable for all ages", "compliance.health", "block", "the listing says ages 3 and up", "first"),
    ],
    ("plain", "faq", "X09"): [
        ("$4.80", "accuracy.price", "block", "the price is 4.80 EUR, not dollars", "first"),
        ("It is a natural color.", "accuracy.colour", "warn", "a colour on a colourless listing", "first"),
        ("It is 16 x 14 x 4 in.", "accuracy.number", "block", "no dimensions given; a 75 g tin", "first"),
    ],
    ("plain", "faq", "X26"): [
        ("Yes.", "accuracy.feature", "block", "waterproof: not stated", "first"),
    ],
    ("plain", "faq", "X37"): [
        ("Yes, it can be used in damp.", "accuracy.feature", "block", "waterproof: not stated", "first"),
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
