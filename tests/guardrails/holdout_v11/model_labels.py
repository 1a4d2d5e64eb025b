"""Hand labels for the embedded model's drafts in holdout v11 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first"
or "all". "all" labels every occurrence of the claim: the model sometimes repeats a false sentence, and a
fact-checker marks each copy. Drafts not listed here were read against their listing, claim by claim, and found
to contain no unsupported claim.
"""

LABELS = {
    # plain path, descriptions
    ("plain", "description", "Z08"): [
        ("It is a great gift for a musician.", "accuracy.category", "warn",
         "a woodworking chisel set, not a music product", "first")],
    ("plain", "description", "Z10"): [
        ("from our Tennis range", "accuracy.category", "warn",
         "the category is table tennis (Tenis de mesa), not tennis", "all")],
    ("plain", "description", "Z16"): [
        ("a round-neck lace shoelace", "accuracy.category", "warn",
         "'round-neck' is a garment word; the listing is waxed round shoelaces only", "first")],
    # plain path, FAQ
    ("plain", "faq", "Z18"): [
        ("It is a white color.", "accuracy.colour", "warn", "the listing gives no colour", "first")],
    ("plain", "faq", "Z24"): [
        ("$89000 KRW", "accuracy.price", "block", "89000 is in Korean won, not dollars", "first"),
        ("3 lbs", "accuracy.number", "block", "the speaker weighs 540 g (about 1.2 lb)", "first")],
    ("plain", "faq", "Z28"): [
        ("$1190.00 CZK", "accuracy.price", "block", "1190 is in Czech koruna, not dollars", "first"),
        ("It is 12 inches long.", "accuracy.size", "block", "the listing gives no size; 12 is the ball count",
         "first")],
    # plain path, SEO
    ("plain", "seo", "Z25"): [
        ("$79.99", "accuracy.price", "block", "prices are 899.00 and 929.00 HKD", "first")],
    # plain path, short descriptions
    ("plain", "short_description", "Z19"): [
        ("The Beard Oil", "accuracy.category", "warn",
         "a grouped kit of oil, balm and comb, not the oil alone", "first"),
        ("a 100% natural oil", "accuracy.material", "block", "the listing makes no natural-ingredient claim",
         "first"),
        ("100g", "accuracy.number", "block", "the oil is 30 ml (the balm 60 g); repeated eight times", "all")],
    # planned path, descriptions
    ("planned", "description", "Z11"): [
        ("so the view stays bright right to the edges", "accuracy.feature", "warn",
         "an optical performance claim the listing does not make", "first")],
    ("planned", "description", "Z13"): [
        ("so they open on any phone, tablet or computer", "accuracy.compatibility", "warn",
         "the listing says PDF only, nothing about devices", "first")],
    ("planned", "description", "Z17"): [
        ("stays warm without itching", "accuracy.feature", "warn",
         "a comfort claim the listing (title, vendor, merino wool) does not make", "first")],
    ("planned", "description", "Z25"): [
        ("so every key press is crisp and even", "accuracy.feature", "warn",
         "a feel claim the listing does not make", "first")],
    # planned path, SEO
    ("planned", "seo", "Z02"): [
        ("so your feet lock in for tricks", "accuracy.feature", "warn",
         "a performance claim the listing does not make", "first")],
    # planned path, FAQ
    ("planned", "faq", "Z04"): [
        ("The tone opens up with playing", "accuracy.feature", "warn",
         "a tone claim the listing does not make", "first")],
    # planned path, short descriptions
    ("planned", "short_description", "Z12"): [
        ("which shows the grain of real wood", "accuracy.material", "block",
         "maple syrup, not wood: no grain", "first")],
    ("planned", "short_description", "Z18"): [
        ("which is light and quick to dry", "accuracy.feature", "warn",
         "a drying and weight benefit the listing does not give for the mesh", "first")],
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
