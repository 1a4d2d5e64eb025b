"""Hand labels for the embedded model's drafts in holdout v29 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first",
"last" or "all". "all" labels every occurrence of the claim; "last" the last one. Claims in SEO and FAQ drafts
are written as they stand in the stored JSON text. Drafts not listed here were read against their listing,
claim by claim, and found to contain no unsupported claim.
"""

LABELS = {
    ("plain", "description", "X04"): [
        ("70 cm base", "accuracy.number", "block", "70 cm is the post's height; the base is 40 x 40 cm", "first"),
        ("It is a replacement post for a cat scratching post", "accuracy.category", "block",
         "it is a whole scratching post; a replacement post is sold separately", "first"),
    ],
    ("plain", "description", "X06"): [
        ("up to 20 cm thick", "accuracy.number", "block", "stems up to 20 mm, not 20 cm", "first"),
    ],
    ("plain", "description", "X08"): [
        ("a set of 2 stainless steel sujeo sets", "accuracy.number", "block",
         "one set: a spoon and a pair of chopsticks", "first"),
    ],
    ("plain", "description", "X14"): [
        ("a lamp", "accuracy.category", "block", "stearin candles, not a lamp", "first"),
        ("It is a simple piece to wear all season", "accuracy.compatibility", "warn",
         "an invented use: candles are not worn", "first"),
    ],
    ("plain", "faq", "X09"): [
        ("It costs $40.", "accuracy.price", "block", "the price is 450 SEK", "first"),
        ("It comes in Natural.", "accuracy.colour", "block", "the horse is red (röd)", "first"),
        ("a lamp", "accuracy.category", "block", "a carved wooden horse, not a lamp", "first"),
        ("our Lighting range", "accuracy.category", "block", "a decoration, not lighting", "first"),
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
