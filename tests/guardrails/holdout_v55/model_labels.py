"""Labels for the embedded model's drafts in guardrails holdout v55, read by hand against
listings.json.

LABELS: (path, kind, key) -> [(claim, rule, severity, why, which)]; which is "first", "last" or
"all" (the occurrences of the claim in the draft that the label covers). A draft with no entry
carries no label. The README lists what was read and left unlabelled, and why.
"""

B, W = "block", "warn"

LABELS = {
    ("planned", "description", "T04"): [
        (
            "so it darkens and gains character with use",
            "accuracy.feature",
            W,
            "how the leather ages is not stated in the listing",
            "first",
        ),
    ],
    ("planned", "description", "T07"): [
        (
            "so the view stays bright right to the edges",
            "accuracy.feature",
            W,
            "an optical claim the listing never makes",
            "first",
        ),
    ],
    ("plain", "description", "T11"): [
        (
            "a simple piece to wear all season",
            "accuracy.category",
            W,
            "a clothing line: a coffee grinder is not worn",
            "first",
        ),
    ],
    ("plain", "short_description", "T12"): [
        ("100% wool", "accuracy.material", B, "a rattan basket, not wool", "all"),
        ("Scarf", "accuracy.category", B, "the product is a proofing basket", "first"),
        ("grey or green", "accuracy.colour", W, "the listing names no colour", "first"),
    ],
    ("plain", "short_description", "T26"): [
        (
            "a simple hand-wound watch from our range",
            "accuracy.category",
            B,
            "the listing sells a service for the buyer's own watch, not a watch",
            "first",
        ),
    ],
    ("plain", "faq", "T02"): [
        ("$22.00", "accuracy.price", B, "the bag is £22, not dollars", "first"),
        ("Natural", "accuracy.colour", B, "colours are Heather Grey and Moss", "first"),
        ("10 x 10 x 4 in", "accuracy.number", B, "the listing gives no dimensions", "first"),
    ],
    ("plain", "faq", "T10"): [
        ("3 lbs", "accuracy.number", B, "the listing gives no weight", "first"),
    ],
    ("plain", "faq", "T30"): [
        ("$40", "accuracy.price", B, "the frame is C$599", "first"),
        ("Natural", "accuracy.colour", W, "the listing names no colour", "first"),
        ("16 x 14 x 4 in", "accuracy.number", B, "the listing gives no dimensions", "first"),
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
