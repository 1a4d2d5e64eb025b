"""Hand labels for the embedded model's drafts in holdout v6 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first"
or "all". "all" labels every occurrence of the claim: the model sometimes repeats a false sentence, and a
fact-checker marks each copy. Drafts not listed here were read against their listing, claim by claim, and found
to contain no unsupported claim.
"""

LABELS = {
    # planned path, descriptions
    ("planned", "description", "W04"): [
        ("which dries quickly", "accuracy.feature", "warn", "drying claim the listing does not make", "first")],
    ("planned", "description", "W05"): [
        ("which is solid and built to last", "accuracy.feature", "warn",
         "durability claim the listing does not make", "first")],
    ("planned", "description", "W06"): [
        ("so it can be thrown into water and fetched back", "accuracy.feature", "warn",
         "invented use: the listing says it floats and flashes a strobe if it goes overboard", "first")],
    ("planned", "description", "W10"): [
        ("in Fjordline yarn", "accuracy.material", "block",
         "Fjordline is the pattern's name; the yarn is any DK weight, and no yarn is sent", "first")],
    ("planned", "description", "W15"): [
        ("so it will not rust", "accuracy.feature", "warn", "rust-proof claim the listing does not make",
         "first")],
    ("planned", "description", "W17"): [
        ("which is light and takes knocks", "accuracy.feature", "warn",
         "durability claim the listing does not make", "first")],
    ("planned", "description", "W18"): [
        ("which is strong yet light", "accuracy.feature", "warn", "strength claim the listing does not make",
         "first")],
    ("planned", "description", "W26"): [
        ("so it can stay outside without rusting", "accuracy.feature", "warn",
         "corrosion claim the listing does not make (it says rinse with fresh water after use)", "first")],
    ("planned", "description", "W27"): [
        ("so it is light and quick to dry", "accuracy.feature", "warn",
         "drying and weight claims the listing does not make", "first")],
    # plain path, descriptions
    ("plain", "description", "W03"): [
        ("a 100 W controller", "accuracy.number", "block",
         "the controller has no power rating; 100 W is one of three heater powers", "all")],
    ("plain", "description", "W09"): [
        ("a telescope", "accuracy.category", "block", "the product is an eyepiece, not a telescope", "first"),
        ("a 25 mm telescope", "accuracy.category", "block", "a 25 mm eyepiece, not a telescope", "first"),
        ("1200 mm field of view", "accuracy.number", "block",
         "1200 mm is the example telescope's focal length; the apparent field is 68°", "all"),
        ("48x magnification", "accuracy.feature", "block",
         "48x only in a 1200 mm telescope; an eyepiece has no magnification of its own", "all"),
        ("a 17 mm barrel", "accuracy.size", "block", "the barrel is 1.25 in; 17 mm is the eye relief", "first")],
    ("plain", "description", "W10"): [
        ("a sweater", "accuracy.category", "block", "the product is a PDF knitting pattern", "first"),
        ("Accessories range", "accuracy.category", "warn", "the listing's category is knitting patterns", "first"),
        ("grey or green", "accuracy.colour", "warn", "the listing gives no colours", "first")],
    ("plain", "description", "W13"): [
        ("those who want to travel light and enjoy a ride without the hassle of a car", "accuracy.feature", "warn",
         "invented use as transport; in the UK it may only be ridden on private land", "first")],
    ("plain", "description", "W16"): [
        ("a set of 10x Loupe and a 10x 21mm glass lens", "accuracy.category", "block",
         "the pair is stamp tongs and a loupe; the 21 mm lens is the loupe's own", "first")],
    ("plain", "description", "W18"): [
        ("Folding range", "accuracy.category", "warn", "the listing's category is camping stoves", "first")],
    ("plain", "description", "W19"): [
        ("suitable for all types of clothes", "accuracy.care", "block", "not for silk or wool", "first")],
    ("plain", "description", "W24"): [
        ("a great choice for a winter garden", "accuracy.feature", "warn",
         "invented use for heating pellets", "first")],
    ("plain", "description", "W26"): [
        ("a chandlery", "accuracy.category", "block", "the product is an anchor; the chandlery is the vendor",
         "first"),
        ("Lighting range", "accuracy.category", "warn", "the listing's category is marine anchoring", "first"),
        ("jewellery", "accuracy.category", "block", "the product is a boat anchor", "all")],
    ("plain", "description", "W30"): [
        ("a set of 4 tools", "accuracy.category", "block",
         "four pieces sold one by one, one of them matcha; not a set of tools", "first"),
        ("Tools range", "accuracy.category", "warn", "the listing's category is matcha", "first")],
    # planned path, short descriptions (the first paragraph of the planned description)
    ("planned", "short_description", "W04"): [
        ("which dries quickly", "accuracy.feature", "warn", "drying claim the listing does not make", "first")],
    ("planned", "short_description", "W15"): [
        ("so it will not rust", "accuracy.feature", "warn", "rust-proof claim the listing does not make",
         "first")],
    ("planned", "short_description", "W17"): [
        ("which is light and takes knocks", "accuracy.feature", "warn",
         "durability claim the listing does not make", "first")],
    ("plain", "short_description", "W04"): [
        ("The four-thread overlocker", "accuracy.category", "block",
         "the product is thread cones for an overlocker, not the machine", "first")],
    # planned path, SEO
    ("planned", "seo", "W10"): [
        ("in Fjordline yarn", "accuracy.material", "block",
         "Fjordline is the pattern's name; the yarn is any DK weight, and no yarn is sent", "first")],
    ("planned", "seo", "W27"): [
        ("so it is light and quick to dry", "accuracy.feature", "warn",
         "drying and weight claims the listing does not make", "first")],
    # plain path, SEO
    ("plain", "seo", "W05"): [
        ("$24800", "accuracy.price", "block", "the price is ¥24,800 (JPY), not dollars", "first")],
    ("plain", "seo", "W12"): [
        ("$240", "accuracy.price", "block", "sambar powder is ₹180 (INR); ₹240 is the garam masala", "first")],
    ("plain", "seo", "W16"): [
        ("Snooker", "accuracy.category", "block", "stamp tongs and a loupe; nothing to do with snooker", "all"),
        ("$39", "accuracy.price", "block", "the price is 390 Kč (CZK)", "first")],
    ("plain", "seo", "W22"): [
        ("$100", "accuracy.price", "block", "a ticket is £35", "first")],
    # planned path, FAQ
    ("planned", "faq", "W06"): [
        ("so it can be thrown into water and fetched back", "accuracy.feature", "warn",
         "invented use: the listing says it floats and flashes a strobe if it goes overboard", "first")],
    ("planned", "faq", "W26"): [
        ("so it can stay outside without rusting", "accuracy.feature", "warn",
         "corrosion claim the listing does not make (it says rinse with fresh water after use)", "first")],
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
