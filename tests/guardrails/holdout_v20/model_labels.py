"""Hand labels for the embedded model's drafts in holdout v20 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first",
"last" or "all". "all" labels every occurrence of the claim; "last" the last one. Claims in SEO and FAQ drafts
are written as they stand in the stored JSON text. Drafts not listed here were read against their listing,
claim by claim, and found to contain no unsupported claim.
"""

LABELS = {
    # plain path, descriptions
    ("plain", "description", "V09"): [
        ("a soy wax candle", "accuracy.category", "block",
         "the product is a bag of soy wax flakes for making candles, not a candle", "first")],
    ("plain", "description", "V15"): [
        ("lamp", "accuracy.category", "block", "the product is a ceramic olive oil cruet, not a lamp", "first"),
        ("made to <strong>light</strong> <strong>up</strong> <strong>your</strong> <strong>room</strong>",
         "accuracy.feature", "warn", "an oil cruet gives no light; a use the listing does not give", "first")],
    # plain path, FAQ
    ("plain", "faq", "V16"): [
        ("It measures 16 x 14 x 4 in.", "accuracy.size", "block",
         "the listing gives no dimensions for the capo (only its 40 g weight)", "first")],
    ("plain", "faq", "V26"): [
        ("canvas tote bag", "accuracy.category", "block", "the product is a blown glass Christmas bauble", "first"),
        ("It measures 16 x 14 x 4 in.", "accuracy.size", "block", "the bauble is 8 cm across", "all"),
        ("$18", "accuracy.price", "block", "the price is 290 CZK", "first"),
        ("It comes in Natural.", "accuracy.colour", "block", "the colours are Červená and Zlatá (red and gold)",
         "first"),
        ("It weighs 3 lbs.", "accuracy.number", "block", "the listing gives no weight", "first"),
        ("a tote from our Bags range", "accuracy.category", "block", "the product is a Christmas bauble", "first")],
    # plain path, SEO
    ("plain", "seo", "V06"): [
        ("$27.00", "accuracy.price", "block", "the price is £27, not dollars", "first")],
    ("plain", "seo", "V14"): [
        ("Skateboards", "accuracy.category", "block",
         "the product is a set of four skateboard wheels, not skateboards", "all")],
    ("plain", "seo", "V22"): [
        ("$10", "accuracy.price", "block",
         "no price of $10: the pieces are $28, $16 and $22, sold one by one", "first")],
    # planned path
    ("planned", "description", "V02"): [
        ("so they take a keen edge", "accuracy.feature", "warn",
         "an edge-holding claim the listing does not make (it gives the steel only)", "first")],
    ("planned", "description", "V04"): [
        ("give full flavour", "accuracy.feature", "warn",
         "a flavour claim the listing does not make", "first")],
    ("planned", "description", "V06"): [
        ("feels solid and natural in little hands", "accuracy.feature", "warn",
         "the listing does not say the set is for children, nor how it feels", "first")],
    ("planned", "description", "V08"): [
        ("Colours hold up in the sun", "accuracy.feature", "warn",
         "a colourfastness claim the listing does not make (UV protection is about the eyes)", "first")],
    ("planned", "short_description", "V07"): [
        ("which dries quickly", "accuracy.feature", "warn",
         "a quick-drying claim the listing does not make for the polyester mesh", "first")],
    ("planned", "short_description", "V13"): [
        ("so they are stiff yet light", "accuracy.feature", "warn",
         "a stiffness and weight claim the listing does not make (it gives 230 g a pole only)", "first")],
    ("planned", "seo", "V27"): [
        ("which takes a keen edge", "accuracy.feature", "warn",
         "an edge claim the listing does not make for the carbon steel", "first")],
    ("planned", "faq", "V23"): [
        ("so it inflates firm, close to a rigid board", "accuracy.feature", "warn",
         "a stiffness claim the listing does not make for the drop-stitch floor", "first")],
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
