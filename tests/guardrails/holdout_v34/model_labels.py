"""Hand labels for the embedded model's drafts in holdout v34 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first",
"last" or "all". "all" labels every occurrence of the claim; "last" the last one. Claims in SEO and FAQ drafts
are written as they stand in the stored JSON text. Drafts not listed here were read against their listing,
claim by claim, and found to contain no unsupported claim.
"""


CAT, COL, FEA, NUM = "accuracy.category", "accuracy.colour", "accuracy.feature", "accuracy.number"
PRI, COM = "accuracy.price", "accuracy.compatibility"

LABELS = {
    ("planned", "description", "K08"): [
        ("in little hands", COM, "warn", "an invented use: the listing says nothing about children", "first"),
    ],
    ("planned", "description", "K24"): [
        ("a shower is not a worry", FEA, "block", "the listing says IPX4 splash resistant, not shower-proof", "first"),
    ],
    ("plain", "faq", "K19"): [
        ("It measures 16 x 14 x 4 in.", NUM, "block", "no such dimensions: the listing gives 2 x 40 cm arms only",
         "first"),
    ],
    ("plain", "faq", "K29"): [
        ("It costs $10.", PRI, "block", "the items cost $18, $9, $11 and $8 ($46 in all)", "first"),
        ("It weighs 3 lbs.", NUM, "block", "the listing gives no weight", "first"),
        ("It is a set of 3 items.", NUM, "block", "the set has four items", "first"),
    ],
    ("plain", "faq", "K30"): [
        ("$499.00", PRI, "block", "the price is 499.00 GBP (£499), not dollars", "first"),
    ],
    ("plain", "faq", "K03"): [
        ("It comes in Natural.", COL, "warn", "a colour on a listing that gives none", "first"),
    ],
    ("plain", "faq", "K12"): [
        ("It is a natural color.", COL, "block", "the colours are Kobaltowy and Zielony", "first"),
        ("It is 16 x 14 x 4 in.", NUM, "block", "the listing gives no dimensions, only 350 ml", "first"),
        ("It is a lamp from our Lighting range.", CAT, "block", "a stoneware mug, not a lamp", "first"),
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
