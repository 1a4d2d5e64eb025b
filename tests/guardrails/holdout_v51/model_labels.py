"""Labels for the model drafts of guardrails holdout v51, written by reading each draft against
its listing. Key: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where
which is "first", "last" or "all" (the occurrences of the claim in the draft that are labelled).
Drafts not named here carry no label.
"""

LABELS = {
    ("planned", "description", "T22"): [
        (
            "carries water and small things on a run",
            "accuracy.feature",
            "warn",
            "The listing's pocket takes a key and cards; carrying water is an invented use.",
            "first",
        ),
    ],
    ("plain", "description", "T25"): [
        ("a pair of drumsticks", "accuracy.number", "block", "The pack holds two pairs.", "first"),
    ],
    ("plain", "description", "T29"): [
        (
            "The razor blades are made of stainless steel",
            "accuracy.material",
            "block",
            "Razor blades are not included and no blade material is given.",
            "first",
        ),
        (
            "suitable for all types of shaving",
            "accuracy.feature",
            "warn",
            "Invented claim; nothing in the listing supports it.",
            "first",
        ),
    ],
    ("plain", "faq", "T02"): [
        (
            "$28.00",
            "accuracy.price",
            "block",
            "The listing prices in GBP (28.00 and 26.00); no dollar price.",
            "first",
        ),
    ],
    ("plain", "faq", "T10"): [
        (
            "$36.00",
            "accuracy.price",
            "block",
            "The listing prices in GBP (36.00); no dollar price.",
            "first",
        ),
        (
            "dark brown",
            "accuracy.colour",
            "warn",
            "The colours are chestnut and black; dark brown is not one of them.",
            "first",
        ),
    ],
    ("plain", "faq", "T30"): [
        (
            "weighs 3.05 m",
            "accuracy.number",
            "block",
            "The trampoline weighs 62 kg; 3.05 m is its diameter.",
            "first",
        ),
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
