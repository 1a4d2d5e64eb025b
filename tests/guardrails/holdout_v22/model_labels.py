"""Hand labels for the embedded model's drafts in holdout v22 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first",
"last" or "all". "all" labels every occurrence of the claim; "last" the last one. Claims in SEO and FAQ drafts
are written as they stand in the stored JSON text. Drafts not listed here were read against their listing,
claim by claim, and found to contain no unsupported claim.
"""

LABELS = {
    # plain path, descriptions
    ("plain", "description", "V03"): [
        ("tree", "accuracy.feature", "warn",
         "an invented plant: the listing gives a pine-smoked black tea, no 'Lapsang Souchong tree'", "first")],
    ("plain", "description", "V05"): [
        ("608 mm bore", "accuracy.number", "block", "the bore is 8 mm; 608 is the bearing size", "first"),
        ("608 mm diameter", "accuracy.number", "block", "the outside is 22 mm; 608 is the bearing size", "first"),
        ("100 g each", "accuracy.number", "block", "the set of eight weighs 96 g", "first")],
    ("plain", "description", "V07"): [
        ("It is a great choice for a beach towel.", "accuracy.feature", "warn",
         "a use the listing does not give: surf wax goes on a board", "first")],
    ("plain", "description", "V11"): [
        ("a musical instrument", "accuracy.category", "block", "the product is a board game (Mühle)", "all")],
    ("plain", "description", "V15"): [
        ("a poubelle", "accuracy.category", "block", "a 'poubelle' is a bin; the product is a candle-making kit",
         "first")],
    # plain path, short descriptions
    ("plain", "short_description", "V24"): [
        ("se ha convertido en tendencia en los últimos años", "compliance.social_proof", "warn",
         "a popularity claim the listing does not make", "first")],
    # plain path, SEO
    ("plain", "seo", "V06"): [
        ("$40", "accuracy.price", "block", "the harness costs C$42 (S, M) or C$46 (L)", "first")],
    ("plain", "seo", "V18"): [
        ("$14.00", "accuracy.price", "block", "the price is 14 GBP, not dollars", "first")],
    ("plain", "seo", "V26"): [
        ("Azeite virgem", "accuracy.category", "warn",
         "the listing is extra virgin (virgem extra); virgin is a different, lower grade", "all")],
    # plain path, FAQ
    ("plain", "faq", "V10"): [
        ("$40", "accuracy.price", "block", "the vest costs 28 GBP", "first"),
        ("3 lbs", "accuracy.number", "block", "the vest weighs 95 g", "first")],
    ("plain", "faq", "V22"): [
        ("$18", "accuracy.price", "block",
         "the set has no one price: $18 is the pencils alone, the three pieces add up to $35", "first"),
        ("It comes in Natural.", "accuracy.colour", "warn", "the listing gives no colour", "first"),
        ("12 inches by 12 inches", "accuracy.number", "block",
         "no such size is given; the sketchbook is A5", "first")],
    ("plain", "faq", "V30"): [
        ("It comes in Natural.", "accuracy.colour", "warn", "the listing gives no colour", "first"),
        ("100 x 140 cm", "accuracy.number", "block", "the bed is 200 x 140 cm", "first")],
    # planned path
    ("planned", "description", "V10"): [
        ("carries water", "accuracy.feature", "warn",
         "the vest has one zipped phone pocket; the listing gives nothing that carries water", "first")],
    ("planned", "seo", "V09"): [
        ("so it darkens and gains character with use", "accuracy.feature", "warn",
         "an ageing claim the listing does not make for the leather", "first")],
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
