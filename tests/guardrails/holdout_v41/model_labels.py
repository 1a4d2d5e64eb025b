"""Hand labels for the model drafts of guardrails holdout v41.

LABELS maps (path, kind, key) to the unsupported claims found by reading each raw model draft
against its listing: (claim, rule, severity, why, which), where which is "first", "last" or "all"
occurrences of the claim in the draft. A draft with no entry carries no label.
"""

LABELS = {
    ("plain", "description", "R10"): [
        ("5.3W", "accuracy.number", "block",
         "The driver is 5 W; 5.3 is the Bluetooth version.", "first"),
    ],
    ("plain", "description", "R22"): [
        ("Accessories", "accuracy.category", "warn",
         "The pouf is listed under Home > Furniture > Poufs, not accessories.", "first"),
        ("to wear all season", "accuracy.feature", "warn",
         "An invented use: a pouf is furniture, not something worn.", "first"),
    ],
    ("plain", "description", "R30"): [
        ("4-in-1", "accuracy.feature", "warn",
         "Invents a 4-in-1 design; the listing gives four seats.", "first"),
        ("400-litre", "accuracy.number", "block", "The tub holds 800 litres.", "first"),
    ],
    ("plain", "seo", "R07"): [
        ("Guitar", "accuracy.category", "warn",
         "A ukulele put under a guitar range; the listing files it under string instruments.",
         "all"),
    ],
    ("plain", "faq", "R03"): [
        ("$40", "accuracy.price", "block", "The racket is $149.", "first"),
        ("Natural", "accuracy.colour", "warn", "The listing gives no colour.", "first"),
    ],
    ("plain", "faq", "R17"): [
        ("$40", "accuracy.price", "block", "The oil is 18.00 EUR.", "first"),
        ("Natural", "accuracy.colour", "warn", "The listing gives no colour.", "first"),
        ("16 x 14 x 4 in", "accuracy.number", "block", "The listing gives no dimensions.",
         "first"),
        ("a lamp", "accuracy.category", "block", "It is olive oil, not a lamp.", "first"),
        ("Lighting", "accuracy.category", "warn", "An olive oil put under a lighting range.",
         "first"),
    ],
    ("plain", "faq", "R21"): [
        ("$1450", "accuracy.price", "block", "The scarf is 1450 INR, not dollars.", "first"),
    ],
    ("plain", "faq", "R29"): [
        ("$10", "accuracy.price", "block",
         "No set price; the four items are $18, $12, $9 and $11 ($50 together).", "first"),
        ("weighs 10", "accuracy.number", "block", "The listing gives no weight.", "first"),
        ("10 items", "accuracy.number", "block", "The set has four items.", "first"),
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
