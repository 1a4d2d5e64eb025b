"""Hand labels for the embedded model's drafts in holdout v36 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first",
"last" or "all". "all" labels every occurrence of the claim; "last" the last one. Claims in SEO and FAQ drafts
are written as they stand in the stored JSON text. Drafts not listed here were read against their listing,
claim by claim, and found to contain no unsupported claim.
"""

BLOCK, WARN = "block", "warn"

LABELS = {
    ("plain", "seo", "M15"): [
        ("$129", "accuracy.price", BLOCK, "the price is 1290.00 CZK, not $129", "first"),
    ],
    ("plain", "faq", "M11"): [
        ("16 x 14 x 4 in", "accuracy.number", BLOCK, "the listing gives no dimensions", "first"),
    ],
    ("plain", "faq", "M17"): [
        ("$12.90", "accuracy.price", BLOCK, "12.90 EUR given in dollars", "first"),
        ("natural", "accuracy.colour", WARN, "the listing names no colour", "first"),
        ("16 x 14 x 4 in", "accuracy.number", BLOCK, "the listing gives no dimensions", "first"),
        ("a light bulb", "accuracy.category", BLOCK, "a jar of thyme honey", "first"),
    ],
    ("plain", "faq", "M21"): [
        ("$149.00", "accuracy.price", BLOCK, "149.00 GBP given in dollars", "first"),
        ("Natural", "accuracy.colour", WARN, "the listing names no colour", "first"),
    ],
    ("plain", "faq", "M29"): [
        ("$10", "accuracy.price", BLOCK,
         "no product price; the items cost $22, $6, $9 and $11 ($48 together)", "first"),
        ("a group of terrariums", "accuracy.category", BLOCK,
         "one terrarium kit: a jar, gravel, moss and tools", "first"),
        ("3 lbs", "accuracy.number", BLOCK, "the listing gives no weight for the kit", "first"),
    ],
    ("plain", "short_description", "M05"): [
        ("a plastic case", "accuracy.material", BLOCK,
         "the listing says a hard case and does not say what it is made of", "first"),
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
