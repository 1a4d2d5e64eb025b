"""Hand labels for the embedded model's drafts in holdout v4 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first"
or "all". "all" labels every occurrence of the claim: the model sometimes repeats a false sentence in a loop,
and a fact-checker marks each copy. Drafts not listed here were read against their listing and found to
contain no unsupported claim.
"""

LABELS = {
    # planned path, descriptions
    ("planned", "description", "W03"): [
        ("tough yet flexible", "accuracy.feature", "warn",
         "performance benefit the listing does not state", "first")],
    ("planned", "description", "W08"): [
        ("Tested to ANSI/BIFMA X5.1 certified", "accuracy.certification", "block",
         "the listing says tested to the standard, not certified", "first")],
    ("planned", "description", "W18"): [
        ("it comes from responsibly managed forests", "compliance.environmental", "warn",
         "only the oak veneer is FSC-certified; the sentence extends it to the MDF and glass clock", "first")],
    ("planned", "description", "W20"): [
        ("it will not rust", "accuracy.feature", "block",
         "rust-proof promise the listing does not make", "first")],
    ("planned", "description", "W21"): [
        ("light and comfortable to wear all day", "accuracy.feature", "warn",
         "apparel wording on a fountain pen: invented use", "first")],
    # planned path, SEO and FAQ
    ("planned", "seo", "W03"): [
        ("tough yet flexible", "accuracy.feature", "warn",
         "performance benefit the listing does not state", "first")],
    ("planned", "faq", "W15"): [
        ("no two are exactly alike", "accuracy.feature", "warn",
         "uniqueness claim the listing does not make", "first")],
    ("planned", "faq", "W25"): [
        ("It comes in 10-12 oz", "accuracy.size", "block",
         "10-12 oz is the fruit size, given as the product's size; a packet holds 25 seeds", "first")],
    # plain path, descriptions
    ("plain", "description", "W01"): [
        ("calcs the pressure of your espresso shots", "accuracy.feature", "block",
         "the tamper clicks at 15 kg; it does not measure or calculate shot pressure", "first")],
    ("plain", "description", "W02"): [
        ("Wool Scarf", "accuracy.category", "block", "the product is a pack of hiking socks", "first"),
        ("a scarf", "accuracy.category", "block", "the product is a pack of hiking socks", "first"),
        ("grey or green", "accuracy.colour", "block", "colours are Charcoal, Rust and Moss", "first")],
    ("plain", "description", "W04"): [
        ("made of 100% cotton", "accuracy.material", "block",
         "only the watercolour pad is cotton; the bundle also holds paints and synthetic brushes", "first"),
        ("comes in a metal tin", "accuracy.feature", "warn",
         "the paints are in a metal tin; the bundle comes in a box", "first")],
    ("plain", "description", "W05"): [
        ("a dress", "accuracy.category", "block", "the product is a PDF sewing pattern", "first"),
        ("grey or green", "accuracy.colour", "warn", "a digital pattern; the listing gives no colour", "first"),
        ("a simple piece to wear all season", "accuracy.feature", "warn",
         "a PDF pattern is not worn: invented use", "first")],
    ("plain", "description", "W07"): [
        ("made of carbon fibre", "accuracy.material", "block",
         "only the shaft is carbon fibre; the blades are fibreglass-reinforced nylon", "first"),
        ("available in 4 different colors", "accuracy.number", "block", "two blade colours", "first")],
    ("plain", "description", "W08"): [
        ("available in a variety of sizes", "accuracy.size", "block",
         "one size; the options are headrest and colour", "first")],
    ("plain", "description", "W09"): [
        ("Kitchen &gt; Living room &gt; Kitchen range", "accuracy.category", "warn",
         "the listing has no category; a planter placed in a kitchen range", "first")],
    ("plain", "description", "W12"): [
        ("the olives of the Messinia olive tree", "accuracy.material", "block",
         "the olives are Koroneiki; Messinia is the region, not a variety", "first"),
        ("rich, sweet, and slightly nutty flavor", "accuracy.feature", "warn",
         "the listing says grassy, peppery and a little bitter", "first"),
        ("It is a popular choice", "compliance.social_proof", "warn", "popularity claim", "first")],
    ("plain", "description", "W15"): [
        ("made from natural ingredients", "compliance.environmental", "warn",
         "vague natural claim; the bar contains sodium coco sulfate and cetearyl alcohol", "all"),
        ("free from harmful chemicals", "compliance.health", "warn",
         "chemical-safety claim the listing does not make", "first")],
    ("plain", "description", "W16"): [
        ("Wool Scarf", "accuracy.category", "block", "the product is a trail running shoe", "first"),
        ("a scarf", "accuracy.category", "block", "the product is a trail running shoe", "first"),
        ("grey or green", "accuracy.colour", "block", "colours are Lichen/Black and Ember", "first")],
    ("plain", "description", "W18"): [
        ("a simple piece to wear all season", "accuracy.feature", "warn",
         "apparel wording on a wall clock: invented use", "first")],
    ("plain", "description", "W19"): [
        ("a removable helmet strap", "accuracy.feature", "block",
         "the listing names no removable strap", "all")],
    ("plain", "description", "W20"): [
        ("keep their food warm", "accuracy.feature", "warn",
         "the keep-warm mode holds water temperature; invented use", "first")],
    ("plain", "description", "W21"): [
        ("our Lighting", "accuracy.category", "block", "a fountain pen placed in a lighting range", "all")],
    ("plain", "description", "W22"): [
        ("medium-roasted", "accuracy.feature", "block", "the roast is medium-light", "first")],
    ("plain", "description", "W23"): [
        ("Wool Scarf", "accuracy.category", "block", "the product is a rug", "first"),
        ("a scarf", "accuracy.category", "block", "the product is a rug", "first"),
        ("grey or green", "accuracy.colour", "block", "the rug is indigo and ivory", "first"),
        ("a simple piece to wear all season", "accuracy.feature", "warn",
         "a rug is not worn: invented use", "first")],
    ("plain", "description", "W24"): [
        ("a 100-watt water tank", "accuracy.feature", "block",
         "a heater with no water tank; invented part", "first")],
    ("plain", "description", "W25"): [
        ("from the Cherokee Nation of Oklahoma", "accuracy.origin", "block",
         "the seed is grown in Vermont; no other origin is stated", "first")],
    ("plain", "description", "W26"): [
        ("Harping Boat", "accuracy.category", "block", "the product is a jigsaw puzzle", "first"),
        ("boat", "accuracy.category", "block", "the product is a jigsaw puzzle, not a boat", "all")],
    # plain path, SEO
    ("plain", "seo", "W02"): [
        ("Totes", "accuracy.category", "block", "the product is socks", "first"),
        ("a natural tote for every day", "accuracy.category", "block", "the product is socks", "first"),
        ("$18", "accuracy.price", "block", "the price is £24.00", "first")],
    ("plain", "seo", "W18"): [
        ("$40", "accuracy.price", "block", "the price is 449.00 DKK", "first")],
    ("plain", "seo", "W21"): [
        ("Canvas Tote Bag", "accuracy.category", "block", "the product is a fountain pen", "first"),
        ("a natural tote for every day", "accuracy.category", "block", "the product is a fountain pen", "first"),
        ("$18", "accuracy.price", "block", "the prices are €145.00 and €255.00", "first")],
    # plain path, FAQ
    ("plain", "faq", "W03"): [
        ("Natural", "accuracy.colour", "block", "the mat comes in Moss", "first")],
    ("plain", "faq", "W11"): [
        ("Natural", "accuracy.colour", "block", "colours are Black, Sand and Lagoon", "first"),
        ("10.5 x 4.5 x 4.5 cm (W x H x D)", "accuracy.size", "block",
         "the speaker is 9.5 cm wide and 4.2 cm high", "first"),
        ("battery life of 10 hours", "accuracy.number", "block", "12 hours at 50% volume", "first"),
        ("battery capacity of 10 hours", "accuracy.number", "block",
         "capacity is 2,600 mAh; hours are not a capacity", "first")],
    ("plain", "faq", "W20"): [
        ("$40", "accuracy.price", "block", "the price is £64.00", "first"),
        ("3.5 kg", "accuracy.number", "block", "the kettle weighs 1.3 kg", "first")],
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
