"""Labels for the real model drafts of guardrails holdout v57, read by hand by gset57.

LABELS maps (path, kind, key) to a list of (claim, rule, severity, why, which): `claim` is the exact
text in the draft, `which` says whether the first occurrence, the last or every one is labelled.
A draft with no entry carries no label.
"""

LABELS: dict[tuple[str, str, str], list[tuple[str, str, str, str, str]]] = {
    # planned path
    ("planned", "description", "T18"): [
        (
            "so it keeps rust at bay",
            "accuracy.feature",
            "warn",
            "rust resistance is never stated; true of galvanising in general",
            "first",
        ),
    ],
    ("planned", "seo", "T09"): [
        (
            "so nothing clouds the view of what is inside",
            "accuracy.feature",
            "warn",
            "clarity is never stated; a trait of clear glass in general",
            "first",
        ),
    ],
    # plain path
    ("plain", "description", "T11"): [
        (
            "a pair of rugs",
            "accuracy.category",
            "block",
            "the listing sells dombra strings",
            "first",
        ),
        (
            "in grey or green",
            "accuracy.colour",
            "warn",
            "the strings have no colour given",
            "first",
        ),
        (
            "a simple piece to wear all season",
            "accuracy.category",
            "warn",
            "a clothing line for a set of strings",
            "first",
        ),
    ],
    ("plain", "description", "T29"): [
        (
            "It is a starter for a loaf of bread.",
            "accuracy.category",
            "warn",
            "reads three baking tools as a sourdough starter culture",
            "first",
        ),
    ],
    ("plain", "seo", "T20"): [
        ("$7.50", "accuracy.price", "block", "the price is £7.50, in pounds", "first"),
    ],
    ("plain", "faq", "T02"): [
        ("$46.00", "accuracy.price", "block", "the price is £46, in pounds", "first"),
        ("Natural", "accuracy.colour", "block", "the jaws have a black oxide finish", "first"),
    ],
    ("plain", "faq", "T10"): [
        ("$19.00", "accuracy.price", "block", "the price is €19, in euros", "first"),
    ],
    ("plain", "faq", "T30"): [
        ("$2190.00", "accuracy.price", "block", "the price is €2190, in euros", "first"),
        ("3.5 kg", "accuracy.number", "block", "the stove weighs 58 kg", "first"),
    ],
    ("plain", "short_description", "T12"): [
        ("100% pure wool", "accuracy.material", "block", "a teak kite spool, no wool", "every"),
    ],
    ("plain", "short_description", "T16"): [
        ("lamp", "accuracy.category", "block", "the listing sells a jar of ajvar", "first"),
        ("white and green", "accuracy.colour", "warn", "no colour is given", "first"),
        ("100% wool", "accuracy.material", "block", "ajvar of pepper and aubergine", "first"),
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
