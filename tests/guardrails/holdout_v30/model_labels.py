"""Hand labels for the embedded model's drafts in holdout v30 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first",
"last" or "all". "all" labels every occurrence of the claim; "last" the last one. Claims in SEO and FAQ drafts
are written as they stand in the stored JSON text. Drafts not listed here were read against their listing,
claim by claim, and found to contain no unsupported claim.
"""


LABELS = {
    ("plain", "description", "Y10"): [
        ("the Alishan Tea Estate", "accuracy.origin", "block", "an invented estate; the listing says grown in Alishan",
         "first"),
    ],
    ("plain", "description", "Y14"): [
        ("a sauna", "accuracy.category", "block", "the product is a sauna ladle, not a sauna", "first"),
    ],
    ("plain", "description", "Y16"): [
        ("in grey or green", "accuracy.colour", "warn", "colour words on a listing without colours", "first"),
        ("It is a simple piece to wear all season", "accuracy.compatibility", "warn",
         "an invented use: coffee beans are not worn", "first"),
    ],
    ("plain", "description", "Y24"): [
        ("300 g", "accuracy.number", "block", "the listing's weight is 360 g", "first"),
        ("made in the USA", "accuracy.origin", "block", "no origin in the listing", "first"),
    ],
    ("plain", "description", "Y36"): [
        ("non-comedogenic, non-toxic, and non-irritating", "compliance.health", "block",
         "skin and safety claims the listing does not make", "first"),
    ],
    ("plain", "short_description", "Y23"): [
        ("a clay", "accuracy.category", "block", "the product is a set of loop tools, not clay", "first"),
    ],
    ("plain", "seo", "Y05"): [
        ("$22.00", "accuracy.price", "block", "the price is 22 EUR, not dollars", "first"),
        ("for any bike", "accuracy.compatibility", "block",
         "the clamp fits 22.2-25.4 mm bars; 31.8 mm bars need another clamp", "first"),
    ],
    ("plain", "seo", "Y21"): [
        ("Skateboards", "accuracy.category", "block", "the product is a set of wheels, not skateboards", "last"),
    ],
    ("plain", "seo", "Y35"): [
        ("our Headphones range", "accuracy.category", "block", "a microphone, not headphones", "first"),
    ],
    ("plain", "faq", "Y09"): [
        ("$10", "accuracy.price", "block", "the price is 2,800 JPY", "first"),
        ("It weighs 10.", "accuracy.number", "block", "no weight in the listing", "first"),
        ("a paper cup", "accuracy.category", "block", "a calligraphy brush, not a paper cup", "first"),
        ("Paper cups range", "accuracy.category", "block", "a calligraphy brush, not a paper cup", "first"),
    ],
    ("plain", "faq", "Y25"): [
        ("$18", "accuracy.price", "block", "the price is 18 GBP, not dollars", "first"),
        ("It comes in Natural.", "accuracy.colour", "warn", "a colour on a listing without colours", "first"),
        ("110 x 110 x 10 cm", "accuracy.number", "block", "no dimensions; 110 is the card count", "first"),
        ("our Lighting range", "accuracy.category", "block", "a card game, not lighting", "first"),
    ],
    ("plain", "faq", "Y26"): [
        ("It is a natural color.", "accuracy.colour", "warn", "a colour on a listing without colours", "first"),
        ("It is 10 inches long.", "accuracy.number", "block", "no length in the listing; 10 is the hole count",
         "first"),
    ],
    ("plain", "faq", "Y37"): [
        ("It is a natural color.", "accuracy.colour", "warn", "a colour on a listing without colours", "first"),
        ("16 x 14 x 4 in", "accuracy.number", "block", "no dimensions in the listing", "first"),
    ],
    ("plain", "faq", "Y40"): [
        ("It comes in Natural.", "accuracy.colour", "warn", "a colour on a listing without colours", "first"),
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
