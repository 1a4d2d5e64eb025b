"""Hand labels for the embedded model's drafts in holdout v35 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first",
"last" or "all". "all" labels every occurrence of the claim; "last" the last one. Claims in SEO and FAQ drafts
are written as they stand in the stored JSON text. Drafts not listed here were read against their listing,
claim by claim, and found to contain no unsupported claim.
"""

NUM, PRICE, COL, CAT = "accuracy.number", "accuracy.price", "accuracy.colour", "accuracy.category"

LABELS: dict[tuple[str, str, str], list[tuple[str, str, str, str, str]]] = {
    ("plain", "seo", "L17"): [
        ("$39.50", PRICE, "block", "the price is 395.00 SEK", "first"),
    ],
    ("plain", "description", "L13"): [
        ("a bottle of olive oil", CAT, "block",
         "a 300 g bar of soap, not a bottle of olive oil (a loop until the draft was cut; labelled once)", "first"),
    ],
    ("plain", "description", "L28"): [
        ("pendant", CAT, "block", "an enamel pin, not a pendant", "all"),
    ],
    ("plain", "faq", "L29"): [
        ("$40", PRICE, "block", "no product price; the items cost $24, $7, $12 and $5 ($48 in all)", "first"),
        ("4.5 lbs", NUM, "block", "no weight is given", "first"),
        ("four watercolour paints", CAT, "block", "a paint set, a brush, a pad and a pen, not four paints", "first"),
    ],
    ("plain", "faq", "L30"): [
        ("$649.00", PRICE, "block", "the price is 649.00 GBP, not dollars", "first"),
        ("Natural", COL, "warn", "the listing names no colour (a green felt roof on spruce)", "first"),
    ],
    ("plain", "faq", "L03"): [
        ("Natural", COL, "block", "black only", "first"),
    ],
    ("plain", "faq", "L12"): [
        ("$3.40", PRICE, "block", "the price is 3.40 EUR, not dollars", "first"),
        ("Natural", COL, "warn", "the listing names no colour", "first"),
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
