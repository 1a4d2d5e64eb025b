"""Hand labels for the embedded model's drafts in holdout v28 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first",
"last" or "all". "all" labels every occurrence of the claim; "last" the last one. Claims in SEO and FAQ drafts
are written as they stand in the stored JSON text. Drafts not listed here were read against their listing,
claim by claim, and found to contain no unsupported claim.
"""


LABELS = {
    ("plain", "description", "X08"): [
        ("paper-based", "accuracy.material", "block", "the stick is pine soot (松煙); no paper", "first"),
        ("It is made of paper", "accuracy.material", "block", "pine soot, not paper", "first"),
        ("available in a variety of colors", "accuracy.colour", "warn",
         "no colour or colour option is given; one variant", "first"),
    ],
    ("plain", "description", "X16"): [
        ("has a wooden seat", "accuracy.feature", "block", "a train of engine, two wagons and track; no seat",
         "first"),
    ],
    ("plain", "description", "X18"): [
        ("4 mm wide", "accuracy.number", "block", "4 mm is the thickness; the mat is 61 cm wide", "first"),
    ],
    ("plain", "faq", "X09"): [
        ("It costs $19.00.", "accuracy.price", "block", "CHF 19, not dollars", "first"),
        ("a bicycle wheel", "accuracy.category", "block", "a bicycle bell", "first"),
        ("our Lighting range", "accuracy.category", "block", "a bell; nothing about lighting", "first"),
    ],
    ("plain", "faq", "X17"): [
        ("It comes in Natural.", "accuracy.colour", "block", "covers are Forest, Rust and Ink", "first"),
        ("It measures 160 x 160 mm.", "accuracy.number", "block",
         "no such size; A5, and 160 is the page count", "first"),
    ],
    ("plain", "faq", "X27"): [
        ("It weighs 3 lbs.", "accuracy.number", "block", "no weight is given", "first"),
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
