"""Hand labels for the embedded model's drafts in holdout v31 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first",
"last" or "all". "all" labels every occurrence of the claim; "last" the last one. Claims in SEO and FAQ drafts
are written as they stand in the stored JSON text. Drafts not listed here were read against their listing,
claim by claim, and found to contain no unsupported claim.
"""


LABELS = {
    ("plain", "description", "X10"): [
        ("a bottle of 300 g of olive oil", "accuracy.category", "block",
         "the product is a 300 g cube of Marseille soap, not a bottle of olive oil", "first"),
    ],
    ("plain", "faq", "X09"): [
        ("$3.90", "accuracy.price", "block", "the price is 3.90 EUR, not dollars", "first"),
        ("It is a natural color.", "accuracy.colour", "warn", "a colour on a listing without colours", "first"),
        ("our Lighting range", "accuracy.category", "block", "pasta, not lighting", "first"),
    ],
    ("plain", "faq", "X25"): [
        ("It comes in Natural.", "accuracy.colour", "warn", "a colour on a listing without colours", "first"),
    ],
    ("plain", "faq", "X37"): [
        ("$36.00", "accuracy.price", "block", "the price is 36 GBP, not dollars", "first"),
        ("It weighs 3 lbs.", "accuracy.number", "block", "the listing's weight is 300 g (about 0.66 lb)", "first"),
    ],
    ("plain", "faq", "X40"): [
        ("It is in Natural.", "accuracy.colour", "warn", "a colour on a listing without colours", "first"),
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
