"""Hand labels for the model drafts of guardrails holdout set v53.

Every model draft was read in full against its listing. LABELS maps (path, kind, listing key) to
the unsupported claims found: (claim, rule, severity, why, which), where `which` says whether the
claim's first occurrence, its last, or every occurrence ("all") is labelled. Drafts not listed
carry no label.
"""

B = "block"
W = "warn"

LABELS = {
    ("planned", "description", "T10"): [
        (
            "the skin beneath it",
            "accuracy.feature",
            W,
            "the listing says the oil softens the beard; nothing about the skin",
            "first",
        ),
    ],
    ("planned", "description", "T22"): [
        (
            "so the blade out of the water slices through a headwind",
            "accuracy.feature",
            B,
            "a shuttlecock has no blade; a trait from another product",
            "first",
        ),
        (
            "they stay put and will not scratch what they sit on",
            "accuracy.feature",
            W,
            "invented trait of the cork base",
            "first",
        ),
    ],
    ("planned", "short_description", "T03"): [
        (
            "bright for reading or low for the evening",
            "accuracy.feature",
            W,
            "invented use: a finder for aiming a telescope, not for reading",
            "first",
        ),
    ],
    ("plain", "description", "T11"): [
        (
            "a 4 liter skopa",
            "accuracy.number",
            B,
            "the 4 litres are the bucket's; the ladle is 40 cm long",
            "first",
        ),
        (
            "a simple piece to wear all season",
            "accuracy.category",
            B,
            "a sauna bucket, not something worn",
            "first",
        ),
    ],
    ("plain", "faq", "T02"): [
        ("$46.00", "accuracy.price", B, "the price is in pounds sterling (GBP 46)", "first"),
        ("Natural", "accuracy.colour", W, "no colour is given for the pony", "first"),
    ],
    ("plain", "faq", "T10"): [
        ("safe to use for up to 30 days", "accuracy.number", B, "no such figure", "first"),
        ("has a 25 ppm sunscreen rating", "accuracy.feature", B, "no sun protection", "first"),
        ("has a high SPF rating", "accuracy.feature", B, "no sun protection", "first"),
    ],
    ("plain", "seo", "T20"): [
        ("$19.00", "accuracy.price", B, "the price is in pounds sterling (GBP 19)", "first"),
    ],
    ("plain", "short_description", "T26"): [
        (
            "a pair of leather shoes",
            "accuracy.category",
            B,
            "a resoling service, not shoes",
            "first",
        ),
        (
            "made of 100% Goodyear-welted leather",
            "accuracy.material",
            B,
            "the listing gives the new soles' leather only, not what the shoes are made of",
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
