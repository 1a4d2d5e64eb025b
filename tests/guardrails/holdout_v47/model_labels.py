"""Hand labels for the model drafts of holdout set v47, read claim by claim against the listing.

Key: (path, kind, listing) -> list of (claim, rule, severity, why, which occurrence).
Drafts not named here were read and carry no label.
"""

B, W = "block", "warn"

LABELS = {
    ("plain", "description", "T12"): [
        (
            "It is a simple piece to wear all season.",
            "accuracy.feature",
            W,
            "a bamboo steamer is not worn",
            "first",
        ),
    ],
    ("plain", "description", "T16"): [
        ("a garment", "accuracy.category", B, "a cotton quilt, not a garment", "first"),
        ("green", "accuracy.colour", B, "blue or pink", "first"),
    ],
    ("plain", "description", "T22"): [
        ("a scarf", "accuracy.category", B, "yarn, not a scarf", "first"),
        ("grey or green", "accuracy.colour", W, "colours named Kelp, Tussock, Harbour", "first"),
    ],
    ("plain", "seo", "T05"): [
        ("$100", "accuracy.price", B, "$85", "first"),
    ],
    ("plain", "seo", "T21"): [
        ("$40", "accuracy.price", B, "499 SEK; no dollar price", "first"),
    ],
    ("plain", "faq", "T01"): [
        ("Natural", "accuracy.colour", W, "no colour given", "first"),
    ],
    ("plain", "faq", "T09"): [
        ("3 lbs", "accuracy.number", B, "the pack weighs 170 g", "first"),
        ("a bow from 40 to 50 lb", "accuracy.category", B, "arrows, for such bows", "first"),
    ],
    ("plain", "faq", "T29"): [
        ("$10", "accuracy.price", B, "no set price; items $45, $24, $14", "first"),
        ("3 lbs", "accuracy.number", B, "no weight given", "first"),
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
