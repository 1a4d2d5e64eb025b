"""Hand labels for the embedded model's drafts in holdout v33 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first",
"last" or "all". "all" labels every occurrence of the claim; "last" the last one. Claims in SEO and FAQ drafts
are written as they stand in the stored JSON text. Drafts not listed here were read against their listing,
claim by claim, and found to contain no unsupported claim.
"""

CAT, COL, MAT = "accuracy.category", "accuracy.colour", "accuracy.material"
NUM, ORI = "accuracy.number", "accuracy.origin"

LABELS = {
    ("plain", "description", "X10"): [
        ("in green or grey", COL, "warn", "colour words on a colourless listing (olive oil in a tin)", "first"),
    ],
    ("plain", "description", "X16"): [
        ("Tibetan", ORI, "block", "the tea is from Darjeeling, West Bengal", "first"),
        ("in grey or green", COL, "warn", "colour words on a colourless listing (tea)", "first"),
    ],
    ("plain", "description", "X36"): [
        ("30 x 30 cm", NUM, "block", "the squares are 70 x 70 cm", "first"),
    ],
    ("plain", "faq", "X09"): [
        ("natural candle", CAT, "block", "balsamic vinegar, not a candle (first of five repetitions)", "first"),
    ],
    ("plain", "faq", "X25"): [
        ("It is a white.", COL, "warn", "a colour word on a colourless listing (a printed jigsaw)", "first"),
    ],
    ("plain", "faq", "X37"): [
        ("Black, Red, and White", COL, "block", "black or red only; no white (first of its repetitions)", "first"),
    ],
    ("plain", "faq", "X40"): [
        ("It measures 10 x 10 x 1.5 inches.", NUM, "block", "no dimensions are given", "first"),
        ("leather", MAT, "block", "the palm is synthetic suede; no leather", "first"),
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
