"""Hand labels for the embedded model's drafts in holdout v5 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first"
or "all". "all" labels every occurrence of the claim: the model sometimes repeats a false sentence in a loop,
and a fact-checker marks each copy. Drafts not listed here were read against their listing, claim by claim,
and found to contain no unsupported claim.
"""

LABELS = {
    # planned path, descriptions
    ("planned", "description", "V01"): [
        ("solid and built to last", "accuracy.feature", "warn",
         "durability claim the listing does not make", "first")],
    ("planned", "description", "V15"): [
        ("USB Power Delivery 3.0, Quick Charge 3.0", "accuracy.certification", "warn",
         "PD 3.0 and Quick Charge 3.0 are listed as supported standards; the sentence calls them certified "
         "(the listing's certifications are UKCA and CE)", "first")],
    ("planned", "description", "V24"): [
        ("Colours hold up in the sun", "accuracy.feature", "warn",
         "the 70% figure is UV blocked by the mesh for the horse; colour-fastness is not stated", "first")],
    # planned path, SEO
    ("planned", "seo", "V24"): [
        ("Colours hold up in the sun", "accuracy.feature", "warn",
         "the 70% figure is UV blocked by the mesh for the horse; colour-fastness is not stated", "first")],
    # plain path, descriptions
    ("plain", "description", "V02"): [
        ("non-comedogenic", "accuracy.feature", "block", "checkable skin claim the listing does not make", "first"),
        ("hypoallergenic", "compliance.health", "block", "allergy claim the listing does not make", "first")],
    ("plain", "description", "V04"): [
        ("Wool Scarf", "accuracy.category", "block", "the product is a baby sleeping bag", "first"),
        ("a scarf", "accuracy.category", "block", "the product is a baby sleeping bag", "first"),
        ("grey or green", "accuracy.colour", "block", "colours are Oat and Slate", "first")],
    ("plain", "description", "V05"): [
        ("lightweight", "accuracy.feature", "warn", "kettlebells of 8-24 kg; 'lightweight' is unsupported",
         "first"),
        ("durable", "accuracy.feature", "warn", "durability claim the listing does not make", "first")],
    ("plain", "description", "V10"): [
        ("16-weight", "accuracy.number", "block", "eight weights, each with an italic: 16 fonts", "first"),
        ("16 weights", "accuracy.number", "block", "eight weights (16 fonts with the italics)", "all")],
    ("plain", "description", "V13"): [
        ("$295.00", "accuracy.price", "block", "the price is £295.00 (GBP)", "first")],
    ("plain", "description", "V16"): [
        ("Home Decor range", "accuracy.category", "warn",
         "the listing has no category; a pin placed in a home decor range", "first")],
    ("plain", "description", "V20"): [
        ("the Alishan Tea Garden", "accuracy.origin", "warn",
         "a single named garden the listing does not give (tea gardens at 1,400 m on Alishan)", "first")],
    ("plain", "description", "V28"): [
        ("100 pieces", "accuracy.number", "block", "four items are sold in the collection", "first"),
        ("copperplate calligraphy paper", "accuracy.category", "block",
         "a pen holder, nibs, ink and a practice pad, not a paper product", "first")],
    # plain path, SEO (V11 came back empty and is not a draft)
    ("plain", "seo", "V03"): [
        ("Dessert", "accuracy.category", "warn", "a hot sauce filed under desserts; the listing gives condiments",
         "first"),
        ("your next dessert", "accuracy.feature", "warn", "invented use for a hot sauce", "first")],
    ("plain", "seo", "V06"): [
        ("Staples", "accuracy.category", "block", "the product is a stapler, not staples", "all")],
    ("plain", "seo", "V21"): [
        ("White", "accuracy.colour", "block", "covers are Forest, Ink, Clay and Sand; the paper is ivory", "first")],
    ("plain", "seo", "V26"): [
        ("$18", "accuracy.price", "block", "the rope is €189.00 (60 m) or €219.00 (70 m)", "first")],
    # plain path, FAQ
    ("plain", "faq", "V07"): [
        ("$119.00", "accuracy.price", "block", "the price is €119.00 (EUR)", "first")],
    ("plain", "faq", "V14"): [
        ("$129.00", "accuracy.price", "block", "the price is €129.00 (EUR)", "first")],
    ("plain", "faq", "V19"): [
        ("$42.00", "accuracy.price", "block", "the price is CHF 42.00", "first")],
    ("plain", "faq", "V23"): [
        ("$9.99", "accuracy.price", "block", "the price is £9.99 (GBP)", "first")],
    ("plain", "faq", "V25"): [
        ("Natural", "accuracy.colour", "warn", "a digital download; the listing gives no colour", "first"),
        ("a drum kit", "accuracy.category", "block", "the product is a sample pack (WAV download)", "first"),
        ("Lighting range", "accuracy.category", "warn", "a sample pack placed in a lighting range", "first")],
    ("plain", "faq", "V26"): [
        ("$18", "accuracy.price", "block", "the rope is €189.00 (60 m) or €219.00 (70 m)", "all")],
    # plain path, short descriptions
    ("plain", "short_description", "V02"): [
        ("a rich source of vitamin E", "accuracy.feature", "block",
         "nutrient claim the listing does not make", "first"),
        ("a natural sunscreen", "compliance.health", "block",
         "sun-protection claim the listing does not make", "first")],
    ("plain", "short_description", "V08"): [
        ("frozen", "accuracy.category", "block", "the treats are freeze-dried, not frozen", "first")],
    ("plain", "short_description", "V12"): [
        ("The bread lame", "accuracy.category", "block",
         "the product is the sourdough kit; the lame is one item in it", "first"),
        ("a 22 cm round, rattan, bread lame", "accuracy.material", "block",
         "22 cm round rattan describes the banneton, not the lame", "first")],
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
