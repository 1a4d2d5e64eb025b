"""Hand labels for the embedded model's drafts in holdout v14 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first"
or "all". "all" labels every occurrence of the claim: the model sometimes repeats a false sentence, and a
fact-checker marks each copy. Claims in SEO and FAQ drafts are written as they stand in the stored JSON text.
Drafts not listed here were read against their listing, claim by claim, and found to contain no unsupported
claim.
"""

LABELS = {
    # plain path, descriptions
    ("plain", "description", "Y06"): [
        ("It is a tea from a tea garden in the countryside.", "accuracy.origin", "warn",
         "an invented, unconfirmable origin; the listing names Makinohara, Shizuoka", "all")],
    ("plain", "description", "Y14"): [
        ("windproof", "accuracy.feature", "warn",
         "the listing says wind tested to 90 km/h, not windproof", "all"),
        ("It is made of fibreglass", "accuracy.material", "block",
         "only the ribs are fibreglass; the shaft is steel and the canopy polyester", "first")],
    # plain path, SEO
    ("plain", "seo", "Y05"): [
        ("$40", "accuracy.price", "block", "the price is A$129.00", "first")],
    ("plain", "seo", "Y09"): [
        ("$39.95", "accuracy.price", "block", "39.95 is in euros, not dollars", "first")],
    ("plain", "seo", "Y13"): [
        ("Artist", "accuracy.feature", "warn", "the set is student grade; 'Artist' reads as artist grade", "first"),
        ("$28.00", "accuracy.price", "block", "28.00 is in pounds sterling, not dollars", "first")],
    ("plain", "seo", "Y25"): [
        ("$45", "accuracy.price", "block", "the price is R450.00 (South African rand)", "first")],
    # plain path, FAQ
    ("plain", "faq", "Y18"): [
        ("$2490 CZK", "accuracy.price", "block", "2490 is in Czech koruna, not dollars", "first"),
        ("It is a natural color.", "accuracy.colour", "warn", "the listing gives no colour (the option is the zip side)",
         "first"),
        ("It is 16 x 14 x 4 in.", "accuracy.size", "block", "the bag is 220 x 80 cm", "first")],
    ("plain", "faq", "Y24"): [
        ("$5.50", "accuracy.price", "block", "5.50 is in euros, not dollars", "first")],
    ("plain", "faq", "Y28"): [
        ("It comes in Natural.", "accuracy.colour", "warn", "the listing gives no colour (the option is the scent)",
         "first"),
        ("It measures 16 x 14 x 4 in.", "accuracy.size", "block", "a 6 L bag; the listing gives no dimensions",
         "first")],
    # planned path, descriptions
    ("planned", "description", "Y21"): [
        ("which wipes clean easily", "accuracy.feature", "warn",
         "a care benefit the thin listing (title and price) does not give", "first")],
    ("planned", "description", "Y27"): [
        ("The dial stays clear despite knocks and scrapes", "accuracy.feature", "warn",
         "a sapphire crystal resists scratches; the listing makes no impact claim", "first")],
}

def spans(text, claim, which):
    """Offsets of the claim in the text: the first occurrence, or every one."""
    found = []
    start = text.find(claim)
    while start != -1:
        found.append((start, start + len(claim)))
        if which == "first":
            break
        start = text.find(claim, start + len(claim))
    assert found, f"claim not in text: {claim!r}"
    return found


def labels_for(path, kind, key, text):
    out = []
    for claim, rule, severity, why, which in LABELS.get((path, kind, key), []):
        for start, end in spans(text, claim, which):
            out.append({"rule": rule, "start": start, "end": end, "claim": claim, "severity": severity,
                        "why": why})
    return sorted(out, key=lambda lab: lab["start"])
