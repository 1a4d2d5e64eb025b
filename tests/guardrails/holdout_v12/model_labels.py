"""Hand labels for the embedded model's drafts in holdout v12 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first"
or "all". "all" labels every occurrence of the claim: the model sometimes repeats a false sentence, and a
fact-checker marks each copy. Claims in SEO and FAQ drafts are written as they stand in the stored JSON text.
Drafts not listed here were read against their listing, claim by claim, and found to contain no unsupported
claim.
"""

LABELS = {
    # plain path, descriptions
    ("plain", "description", "W04"): [
        ("It is a simple piece to wear all season.", "accuracy.category", "warn",
         "a duvet cover is not worn; garment wording for bedding", "first")],
    ("plain", "description", "W06"): [
        ("necklace", "accuracy.category", "block", "the product is a pair of earrings (Brincos), not a necklace",
         "all")],
    ("plain", "description", "W08"): [
        ("a 300 g muslin swaddle", "accuracy.number", "block",
         "300 g is the weight of the pack of three, not of one swaddle", "first")],
    ("plain", "description", "W10"): [
        ("with a hint of amber", "accuracy.material", "block",
         "no amber among the notes (bergamot, pink pepper, iris, cedar, musk)", "first"),
        ("It is a unisex fragrance.", "accuracy.feature", "warn", "the listing does not say who it is for",
         "first")],
    ("plain", "description", "W14"): [
        ("It is a great gift for a music lover.", "accuracy.category", "warn",
         "a phone case, nothing to do with music", "first")],
    # plain path, SEO
    ("plain", "seo", "W09"): [
        ("$120.00 AED", "accuracy.price", "block", "120.00 is in UAE dirhams, not dollars", "first")],
    ("plain", "seo", "W13"): [
        ("$12.99", "accuracy.price", "block", "the price is A$349 (was A$399)", "first")],
    ("plain", "seo", "W25"): [
        ("from our Lighting range", "accuracy.category", "warn", "an aquarium heater, not lighting", "first"),
        ("$40", "accuracy.price", "block", "the prices are $34.99, $39.99 and $49.99; no price of $40", "first"),
        ("a great choice for any aquarium", "accuracy.compatibility", "warn",
         "for freshwater and marine tanks up to 250 L, not any aquarium", "first")],
    # plain path, FAQ
    ("plain", "faq", "W18"): [
        ("from the Kanopy typeface family", "accuracy.brand", "block",
         "Kerbstone Sans by Kernwerk Type; no Kanopy family", "first"),
        ("It has a lowercase letter \\\"K\\\" on the lower right side of the character.", "accuracy.feature",
         "warn", "an invented design detail", "first"),
        ("4 glyphs (56 glyphs in total)", "accuracy.number", "block", "620 glyphs", "first"),
        ("4x4 character weight", "accuracy.feature", "block",
         "an invented spec; the family has four styles", "all"),
        ("clean, flat, and glossy quality", "accuracy.feature", "warn",
         "a font has no gloss; an invented quality", "all"),
        ("The font has a free license.", "accuracy.feature", "block",
         "the licence is paid (€45 desktop, €60 web)", "first")],
    ("plain", "faq", "W24"): [
        ("It weighs 150 grams.", "accuracy.number", "block",
         "150 ml is the volume; the listing's weight is 320 g", "first")],
    ("plain", "faq", "W28"): [
        ("$54.95", "accuracy.price", "block", "54.95 is in euros, not dollars", "first"),
        ("It measures 16 x 14 x 4 in.", "accuracy.size", "block", "the listing gives no dimensions", "first")],
    # planned path, descriptions
    ("planned", "description", "W05"): [
        ("so each one has the small variations of handwork", "accuracy.feature", "warn",
         "the listing says nothing of variations between rugs", "first")],
    ("planned", "description", "W13"): [
        ("Less water flushes in down the back", "accuracy.feature", "warn",
         "a performance claim the listing does not make", "first"),
        ("so little water seeps in where the panels meet", "accuracy.feature", "warn",
         "a performance claim the listing does not make", "first")],
    ("planned", "description", "W17"): [
        ("so the colour will not fade in the light", "accuracy.feature", "warn",
         "ASTM I or II lightfastness is a rating, not a promise that colour never fades", "first"),
        ("so no two are exactly alike", "accuracy.feature", "warn",
         "the listing says nothing of variation between sets", "first")],
    ("planned", "description", "W27"): [
        ("which softens with wear", "accuracy.feature", "warn", "a wear claim the listing does not make",
         "first")],
    # planned path, SEO
    ("planned", "seo", "W02"): [
        ("so it darkens and gains character with use", "accuracy.feature", "warn",
         "an ageing claim the listing does not make", "first")],
    ("planned", "seo", "W06"): [
        ("so they are kinder to sensitive skin", "compliance.health", "warn",
         "a skin claim; the listing says nickel-free only", "first")],
    ("planned", "seo", "W22"): [
        ("warm", "accuracy.feature", "warn",
         "a warmth claim the thin listing (title, vendor, baby alpaca) does not make", "first")],
    # planned path, FAQ
    ("planned", "faq", "W04"): [
        ("so it feels soft from the first use", "accuracy.feature", "warn",
         "the listing says it gets softer with every wash, not that it is soft from the first use", "first")],
    ("planned", "faq", "W26"): [
        ("which keeps the warmth in", "accuracy.feature", "warn",
         "a warmth claim the listing does not make", "first")],
    # planned path, short descriptions
    ("planned", "short_description", "W18"): [
        ("or perpetual, no redistribution", "accuracy.feature", "warn",
         "the licence terms read as a third licence option; there are two (desktop, web)", "first")],
    ("planned", "short_description", "W20"): [
        ("so there is nothing to wait for in the post", "compliance.shipping", "block",
         "the USB stick and the originals come back by tracked post", "first")],
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
