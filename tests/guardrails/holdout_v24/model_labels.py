"""Hand labels for the embedded model's drafts in holdout v24 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first",
"last" or "all". "all" labels every occurrence of the claim; "last" the last one. Claims in SEO and FAQ drafts
are written as they stand in the stored JSON text. Drafts not listed here were read against their listing,
claim by claim, and found to contain no unsupported claim.
"""

LABELS = {
    ("planned", "description", "X08"): [
        ("so they work just as well in the left hand as the right", "accuracy.compatibility", "block",
         "Left-handed shears: the listing does not say they work in the right hand.", "first"),
    ],
    ("plain", "description", "X01"): [
        ("is 35 mm wide", "accuracy.number", "block",
         "35 mm is the blade's width; the plane is 165 mm long and its width is not given.", "first"),
    ],
    ("plain", "description", "X05"): [
        ("a soy wax candle", "accuracy.category", "block", "Wax flakes for making candles, not a candle.", "all"),
    ],
    ("plain", "description", "X07"): [
        ("to wear all season", "accuracy.feature", "warn", "An invented use: a scratching post is not worn.",
         "first"),
    ],
    ("plain", "seo", "X06"): [
        ("$39.00", "accuracy.price", "block", "The price is €39, not dollars.", "first"),
    ],
    ("plain", "seo", "X26"): [
        ("$65.00", "accuracy.price", "block", "The price is ₹650.", "first"),
    ],
    ("plain", "faq", "X10"): [
        ("$120", "accuracy.price", "block", "The price is £120.", "first"),
        ("It comes in Natural.", "accuracy.colour", "warn", "No colour is given.", "first"),
        ("10.5 x 10.5 x 4.5 in", "accuracy.number", "block", "The board is 45 x 45 cm (about 17.7 in); no box "
         "size is given.", "first"),
    ],
    ("plain", "faq", "X22"): [
        ("$14", "accuracy.price", "block", "A grouped product: $14 is the jar alone; the kit has no one price.",
         "first"),
        ("It weighs 1.5 kg.", "accuracy.number", "block", "No weight is given.", "first"),
    ],
    ("plain", "faq", "X30"): [
        ("from our kitchen range", "accuracy.category", "warn", "A fitness kettlebell, not a kitchen product.",
         "first"),
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
