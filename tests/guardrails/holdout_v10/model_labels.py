"""Hand labels for the embedded model's drafts in holdout v10 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first"
or "all". "all" labels every occurrence of the claim: the model sometimes repeats a false sentence, and a
fact-checker marks each copy. Drafts not listed here were read against their listing, claim by claim, and found
to contain no unsupported claim.
"""

LABELS = {
    # plain path, descriptions
    ("plain", "description", "Y12"): [
        ("from Koroneiki, a Greek island in the Aegean Sea", "accuracy.origin", "block",
         "Koroneiki is the olive variety; the oil is from Crete", "first")],
    ("plain", "description", "Y16"): [
        ("from our Accessories range", "accuracy.category", "warn",
         "the listing gives no category or range", "first")],
    # plain path, FAQ
    ("plain", "faq", "Y18"): [
        ("$40", "accuracy.price", "block", "the price is 39.95 CAD", "first"),
        ("3 lbs", "accuracy.number", "block", "the lantern weighs 260 g", "first"),
        ("It comes in Natural.", "accuracy.colour", "warn", "the listing gives no colour", "first"),
        ("3.5 inches (7.6 cm) in diameter", "accuracy.size", "block",
         "the listing gives no dimensions (and 3.5 in is not 7.6 cm)", "first")],
    ("plain", "faq", "Y24"): [
        ("3 lbs", "accuracy.number", "block", "the grow light weighs 480 g", "first")],
    ("plain", "faq", "Y28"): [
        ("$1290 SEK", "accuracy.price", "block", "1290 SEK is in Swedish kronor, not dollars", "first")],
    # plain path, SEO
    ("plain", "seo", "Y05"): [
        ("$13.50", "accuracy.price", "block", "the price is £14.50 (GBP)", "first")],
    ("plain", "seo", "Y09"): [
        ("$18", "accuracy.price", "block", "the price is 98.00 NZD", "first")],
    ("plain", "seo", "Y25"): [
        ("$49.99", "accuracy.price", "block", "the price is 4999 INR", "first")],
    # plain path, short descriptions
    ("plain", "short_description", "Y11"): [
        ("a 600 ml ceramic cone dripper", "accuracy.number", "block",
         "600 ml is the kettle; the dripper brews 1-2 cups", "first"),
        ("a 1-2 cup pour-over pot", "accuracy.category", "warn",
         "the third piece is a 600 ml gooseneck kettle, not a 1-2 cup pot", "first")],
    ("plain", "short_description", "Y19"): [
        ("The Jar in a Bamboo Lid", "accuracy.category", "warn", "sold as a set of three jars", "first"),
        ("a 500 ml jar with a 750 ml capacity", "accuracy.number", "block",
         "the jars hold 500, 750 and 1000 ml; a 500 ml jar does not hold 750 ml", "first")],
    ("plain", "short_description", "Y29"): [
        ("a white nose bridge", "accuracy.colour", "block",
         "three nose bridges; no white part; colours are blue, black and clear", "first")],
    # planned path, descriptions
    ("planned", "description", "Y07"): [
        ("so it can stay outside without rusting", "accuracy.feature", "warn",
         "a rust claim the listing does not make; it says to store the can upside down over winter", "first")],
    ("planned", "description", "Y13"): [
        ("so important footage is saved automatically", "accuracy.feature", "warn",
         "the listing gives loop recording only, no event saving", "first")],
    # planned path, SEO
    ("planned", "seo", "Y10"): [
        ("so the edge stays sharp for longer", "accuracy.feature", "warn",
         "an edge-retention claim the listing does not make", "first")],
    # planned path, short descriptions
    ("planned", "short_description", "Y24"): [
        ("in the garden", "accuracy.feature", "warn",
         "indoor use only; 'Garden' is only the shop's category", "first")],
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
