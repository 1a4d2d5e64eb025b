"""Hand labels for the model drafts of guardrails holdout v40.

LABELS maps (path, kind, key) to the unsupported claims found in that raw model draft, each as
(claim, rule, severity, why, which): `which` says whether the claim's first, last or every
occurrence in the text is labelled. Drafts not listed carry no label. Written by reading each draft
against its listing; see the README for the close calls left unlabelled.
"""

LABELS = {
    ("plain", "seo", "R07"): [
        ("Printing", "accuracy.category", "warn",
         "the title files a fountain pen under printing, a category the listing does not give",
         "first"),
    ],
    ("plain", "description", "R26"): [
        ("for a small fee", "accuracy.price", "warn",
         "the listing says minor repairs are quoted separately; it gives no fee", "first"),
        ("for a large fee", "accuracy.price", "warn",
         "the listing says minor repairs are quoted separately; it gives no fee", "first"),
    ],
    ("plain", "short_description", "R27"): [
        ("ceramic", "accuracy.material", "block",
         "the listing says enamel (a camp mug); it gives no ceramic body", "first"),
    ],
    ("plain", "faq", "R11"): [
        ("1.7 kg", "accuracy.number", "block",
         "the kettle weighs 1.3 kg; 1.7 is its capacity in litres",
         "first"),
    ],
    ("plain", "faq", "R17"): [
        ("$8.50", "accuracy.price", "block", "the price is 8.50 EUR, given here in dollars",
         "first"),
        ("natural", "accuracy.colour", "warn", "the listing gives no colour", "first"),
        ("16 x 14 x 4 in", "accuracy.number", "block",
         "the listing gives no dimensions; it is 250 g",
         "first"),
    ],
    ("plain", "faq", "R21"): [
        ("$65.00", "accuracy.price", "block", "the price is 65.00 EUR, given here in dollars",
         "first"),
        ("Natural", "accuracy.colour", "warn", "the listing gives no colour", "first"),
        ("Lighting", "accuracy.category", "warn",
         "files a hurley under lighting; the listing's category is hurling", "first"),
    ],
    ("plain", "faq", "R29"): [
        ("$10", "accuracy.price", "block",
         "no set price; the four tools are $24, $9, $12 and $7 ($52 in all)", "first"),
        ("Natural", "accuracy.colour", "warn", "the listing gives no colour", "first"),
        ("10.5 x 10.5 x 1.5 inches", "accuracy.number", "block",
         "the listing gives no set dimensions", "first"),
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
