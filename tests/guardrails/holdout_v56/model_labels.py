"""Hand labels for the real model drafts of guardrails holdout v56.

Each draft in ``model_raw_*.jsonl`` was read against its listing; every unsupported claim found
is listed here under (path, kind, key) as (claim, rule, severity, why, which): ``which`` says
whether the claim's first occurrence, its last, or every one is labelled. Drafts not listed carry
no label.
"""

F, B, W = "accuracy.feature", "block", "warn"

LABELS = {
    ("planned", "description", "T07"): [
        (
            "so oils spread from root to tip as you brush",
            F,
            B,
            "A hair-brush trait; the listing's brush cleans mushroom caps.",
            "first",
        ),
    ],
    ("planned", "description", "T08"): [
        (
            "It is made from leather.",
            "accuracy.material",
            B,
            "The polish is wax and turpentine; leather is what it is for.",
            "first",
        ),
    ],
    ("planned", "description", "T26"): [
        (
            "so sharpening needs only water, no oil",
            F,
            W,
            "The listing says whetstones and nothing about water or oil; true of some stones only.",
            "first",
        ),
    ],
    ("planned", "description", "T28"): [
        (
            "which lets the soil breathe",
            F,
            W,
            "A trait of terracotta in general; the listing says nothing of it.",
            "first",
        ),
    ],
    ("planned", "seo", "T09"): [
        (
            "heats up quickly and evenly",
            F,
            W,
            "A trait of aluminium in general; the listing says nothing of heating speed.",
            "first",
        ),
    ],
    ("plain", "description", "T01"): [
        (
            "a simple piece to wear all season",
            "accuracy.category",
            W,
            "A line for clothing; the listing sells a pen holder.",
            "first",
        ),
    ],
    ("plain", "description", "T13"): [
        (
            "jar of Lamba Paila, a local fish",
            "accuracy.category",
            B,
            "The listing sells cinnamon sticks in a resealable bag, not a jar of fish.",
            "first",
        ),
    ],
    ("plain", "short_description", "T12"): [
        (
            "100% natural cotton",
            "accuracy.material",
            B,
            "The bag is jute with a cotton lining, not all cotton.",
            "every",
        ),
        (
            "Cotton &gt; Cotton",
            "accuracy.category",
            B,
            "The listing's category is market bags.",
            "first",
        ),
        ("Blue, Yellow", "accuracy.colour", B, "Only natural and green are sold.", "first"),
        ("$10", "accuracy.price", B, "The listing's price is 650 BDT.", "first"),
        ("100 g", "accuracy.number", B, "The bag weighs 300 g.", "first"),
    ],
    ("plain", "seo", "T14"): [
        (
            "Pomegranate Juice",
            "accuracy.category",
            B,
            "The listing sells leather sandals, not juice.",
            "every",
        ),
        ("$10", "accuracy.price", B, "The listing's price is 6500 PKR.", "first"),
    ],
    ("plain", "faq", "T02"): [
        (
            "the foam is softer and less flexible than the fly box",
            F,
            W,
            "A trait of the foam the listing never gives.",
            "first",
        ),
        ("120 grams", "accuracy.number", B, "The box weighs 95 g.", "first"),
        (
            '14\\" x 9\\" x 4\\" (32x23x 11cm)',
            "accuracy.number",
            B,
            "The box measures 15 x 10 x 2.5 cm.",
            "first",
        ),
    ],
    ("plain", "faq", "T30"): [
        ("$40", "accuracy.price", B, "The listing's price is C$749.", "first"),
        ("Natural", "accuracy.colour", B, "Only Matte Black and Titanium Grey are sold.", "first"),
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
