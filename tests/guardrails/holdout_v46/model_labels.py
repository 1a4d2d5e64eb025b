"""Hand labels for the model's drafts in guardrails holdout set v46.

Every claim in every model draft was read against its listing; LABELS holds the unsupported ones,
keyed by (path, kind, listing key): (claim, rule, severity, why, which), where `which` picks the
first, the last or every occurrence of the claim in the draft. Drafts not listed carry no label.
"""

LABELS: dict[tuple[str, str, str], list[tuple[str, str, str, str, str]]] = {
    ("planned", "short_description", "T26"): [
        (
            "a name, date or message that matters to you",
            "accuracy.feature",
            "warn",
            "the service engraves the pet's name and a phone number; dates and messages are not "
            "offered",
            "first",
        ),
    ],
    ("plain", "description", "T06"): [
        (
            "100% organic",
            "accuracy.certification",
            "block",
            "no organic claim in the listing",
            "first",
        ),
    ],
    ("plain", "description", "T12"): [
        ("a scarf", "accuracy.category", "block", "a hurley, not a scarf", "first"),
        ("grey or green", "accuracy.colour", "warn", "no colour given", "first"),
    ],
    ("plain", "faq", "T09"): [
        ("a natural color", "accuracy.colour", "warn", "no colour given", "first"),
        ("12 inches long", "accuracy.number", "block", "no length given (concert scale)", "first"),
    ],
    ("plain", "faq", "T29"): [
        ("$10", "accuracy.price", "block", "no set price; the items are $38, $16 and $14", "first"),
        ("3 lbs", "accuracy.number", "block", "no weight given", "first"),
        ("our Lighting range", "accuracy.category", "warn", "bar tools, not lighting", "first"),
    ],
    ("plain", "seo", "T21"): [
        ("$32.00", "accuracy.price", "block", "the price is EUR 32.00; a dollar sign", "first"),
    ],
    ("plain", "description", "T22"): [
        (
            "a capacity of 10,000 BTU",
            "accuracy.number",
            "block",
            "two burners of 10,000 BTU each, 20,000 BTU in all",
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
