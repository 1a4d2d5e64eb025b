"""Hand labels of this set's model drafts, read against the listing after the runs.

Keyed by (path, kind, listing key); each label is (claim, rule, severity, why, which), where
``which`` says whether the claim's first, last or every occurrence in the draft is labelled.
Drafts not named here were read and carry no label (see README.md, "Model drafts").
"""

B, W = "block", "warn"

LABELS: dict[tuple[str, str, str], list[tuple[str, str, str, str, str]]] = {
    ("plain", "description", "T01"): [
        (
            "has a slot on the top for a fly catch",
            "accuracy.feature",
            W,
            "a garbled slot and catch; the foam is slotted and the catch is magnetic",
            "first",
        ),
    ],
    ("plain", "description", "T13"): [
        (
            "a beautiful piece of furniture",
            "accuracy.category",
            B,
            "circular knitting needles, not furniture",
            "first",
        ),
        ("Styrene", "accuracy.material", B, "beech wood; no plastic named", "first"),
    ],
    ("plain", "description", "T29"): [
        (
            "three coffee makers",
            "accuracy.category",
            B,
            "a jug, a tamper and a knock box; none makes coffee",
            "first",
        ),
    ],
    ("plain", "short_description", "T12"): [
        (
            "long-sleeved vlieglijn",
            "accuracy.category",
            B,
            "the product is a kite; its line is 30 m and nothing has sleeves",
            "first",
        ),
    ],
    ("plain", "seo", "T14"): [
        ("Wooden Stools", "accuracy.category", B, "six glass baubles, not stools", "first"),
        ("Totes", "accuracy.category", B, "Christmas ornaments, not bags", "first"),
        (
            "Wooden stools",
            "accuracy.category",
            B,
            "the same stool claim, in the description",
            "first",
        ),
    ],
    ("plain", "seo", "T20"): [
        ("$12.50", "accuracy.price", B, "12.50 in pounds sterling; no dollar price", "first"),
    ],
    ("plain", "faq", "T02"): [
        ("$38.00", "accuracy.price", B, "38.00 in pounds sterling; no dollar price", "first"),
    ],
    ("plain", "faq", "T10"): [
        ("$16.00", "accuracy.price", B, "16.00 in pounds sterling; no dollar price", "first"),
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
