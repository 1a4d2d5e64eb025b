"""Hand labels for the embedded model's drafts in holdout v25 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first",
"last" or "all". "all" labels every occurrence of the claim; "last" the last one. Claims in SEO and FAQ drafts
are written as they stand in the stored JSON text. Drafts not listed here were read against their listing,
claim by claim, and found to contain no unsupported claim.
"""

LABELS = {
    ("plain", "description", "X01"): [
        ("aquariums of 800 liters", "accuracy.number", "block",
         "The tanks are 100-250 litres; 800 is the flow rate in litres an hour.", "first"),
    ],
    ("plain", "description", "X09"): [
        ("It is a safety device", "compliance.health", "block",
         "The listing says it is not a safety device.", "first"),
    ],
    ("plain", "description", "X11"): [
        ("a vinyl record", "accuracy.category", "block", "A cast-iron tea kettle, not a record.", "first"),
        ("from our Records range", "accuracy.category", "warn", "A tea kettle; no records range.", "first"),
    ],
    ("plain", "description", "X15"): [
        ("z hliníků", "accuracy.material", "block", "Blown glass, not aluminium.", "first"),
    ],
    ("plain", "description", "X17"): [
        ("sauna-kaapeli", "accuracy.category", "block", "A sauna bucket and ladle, not a cable.", "first"),
    ],
    ("plain", "description", "X19"): [
        ("a watch replacement battery", "accuracy.category", "block",
         "A battery-fitting service by post, not a battery.", "first"),
        ("It is a replacement battery for a watch", "accuracy.category", "block",
         "A battery-fitting service by post, not a battery.", "first"),
    ],
    ("plain", "short_description", "X14"): [
        ("med blad i olje-behandlet eik", "accuracy.material", "block",
         "The blade is stainless steel; the handle is oak.", "first"),
    ],
    ("plain", "faq", "X10"): [
        ("It costs $69.00.", "accuracy.price", "block", "The price is €69, not dollars.", "first"),
    ],
    ("plain", "faq", "X22"): [
        ("It costs $10.", "accuracy.price", "block",
         "A grouped product: the pieces are $24, $6 and $28; no $10 price.", "first"),
        ("It weighs 3.5 lbs.", "accuracy.number", "block", "No weight is given for the set.", "first"),
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
