"""Hand labels for the model drafts of guardrails holdout v44.

Each model draft in model_raw_*.jsonl was read in full against its listing in listings.json and
every unsupported claim found is listed here: (path, kind, key) -> [(claim, rule, severity, why,
which)], where which says whether the label goes on the first, the last or every occurrence of
the claim in the text. Drafts not listed carry no label. Reasons for what was left unlabelled are
in README.md.
"""

LABELS = {
    ("planned", "description", "T17"): [
        ("There are no cables to tangle", "accuracy.feature", "warn",
         "the sensor is wireless but the display runs on a USB cable", "first"),
    ],
    ("plain", "description", "T04"): [
        ("a 4-piece set of 4 secateurs", "accuracy.number", "block",
         "one pair of secateurs, not a set of four", "first"),
        ("available in a variety of colours", "accuracy.colour", "warn",
         "no colours given; options are right- or left-handed", "all"),
    ],
    ("plain", "seo", "T15"): [
        ("craft wood for your home", "accuracy.category", "warn",
         "a bamboo sticky-rice steamer set, not craft wood or decor", "first"),
    ],
    ("plain", "faq", "T03"): [
        ("3.8 kg", "accuracy.number", "block", "the turntable weighs 5.8 kg", "first"),
    ],
    ("plain", "faq", "T11"): [
        ("$350000 VND", "accuracy.price", "block",
         "350,000 VND given with a dollar sign; reads as dollars", "first"),
        ("natural", "accuracy.colour", "warn", "no colour given", "first"),
    ],
    ("plain", "faq", "T21"): [
        ("lighting range", "accuracy.category", "warn", "yerba mate, a food; not lighting",
         "first"),
    ],
    ("plain", "faq", "T29"): [
        ("$10", "accuracy.price", "block",
         "no set price; the items are $18, $9, $6 and $8, $41 together", "first"),
        ("4.5 lbs", "accuracy.number", "block", "no weight given", "first"),
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
