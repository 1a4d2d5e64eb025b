"""Hand labels for the embedded model's drafts in holdout v27 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first",
"last" or "all". "all" labels every occurrence of the claim; "last" the last one. Claims in SEO and FAQ drafts
are written as they stand in the stored JSON text. Drafts not listed here were read against their listing,
claim by claim, and found to contain no unsupported claim.
"""

LABELS = {
    ("planned", "description", "X03"): [
        ("the ball comes off softly for control", "accuracy.feature", "warn",
         "a ball-play property a kneeling pad does not have; the listing says nothing like it", "first"),
    ],
    ("planned", "description", "X23"): [
        ("for rowing with a partner", "accuracy.compatibility", "warn",
         "an invented use read from 'sold by our partner'; a single-seat rower", "first"),
    ],
    ("planned", "seo", "X10"): [
        ("It is there to detangle and smooth hair", "accuracy.compatibility", "warn",
         "the listing gives smoothing and spreading oils, and says it is not for detangling thick or curly "
         "hair when wet", "first"),
    ],
    ("plain", "description", "X02"): [
        ("It is a perfect choice for any sewing-machine-related job", "accuracy.compatibility", "warn",
         "an invented suitability: the shears cut fabric only", "first"),
    ],
    ("plain", "description", "X06"): [
        ("a soft, flexible brush", "accuracy.feature", "block", "the listing sells a stiff dandy brush", "first"),
    ],
    ("plain", "description", "X08"): [
        ("The chess set is made of walnut and maple wood", "accuracy.material", "block",
         "the pieces are walnut and boxwood; only the board is walnut and maple (a close call)", "first"),
    ],
    ("plain", "description", "X12"): [
        ("a vinyl record", "accuracy.category", "block", "linen dish cloths, not a record", "first"),
        ("our Records range", "accuracy.category", "block", "no records range; kitchen textiles", "first"),
    ],
    ("plain", "description", "X16"): [
        ("a sauna", "accuracy.category", "block", "a sauna ladle, not a sauna", "first"),
        ("to wear all season", "accuracy.feature", "warn", "an invented use: a ladle is not worn", "first"),
    ],
    ("plain", "description", "X18"): [
        ("a leather strap for your camera", "accuracy.material", "block",
         "the strap is waxed cotton canvas; only the ends are leather", "first"),
    ],
    ("plain", "short_description", "X13"): [
        ("Italian wine", "accuracy.category", "block", "extra virgin olive oil, not wine", "first"),
        ("the Municipality of Cesena, Italy", "accuracy.origin", "block",
         "Messinia, Greece", "first"),
    ],
    ("plain", "short_description", "X19"): [
        ("a Japanese waterstones knife", "accuracy.category", "block",
         "a sharpening service, not a knife; waterstones are what it uses (a close call)", "first"),
    ],
    ("plain", "seo", "X05"): [
        ("$39.00", "accuracy.price", "block", "the price is €39 (EUR)", "first"),
    ],
    ("plain", "seo", "X25"): [
        ("$28.00", "accuracy.price", "block", "the price is £28 (GBP)", "first"),
    ],
    ("plain", "faq", "X17"): [
        ("It costs $9.00.", "accuracy.price", "block", "the price is £9 (GBP)", "first"),
    ],
    ("plain", "faq", "X27"): [
        ("It is a natural color.", "accuracy.colour", "warn", "no colour given", "first"),
        ("It is 12 inches long.", "accuracy.number", "block",
         "no length given; 12 is the top string's gauge (.012 in)", "first"),
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
