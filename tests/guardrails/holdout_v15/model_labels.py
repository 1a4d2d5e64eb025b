"""Hand labels for the embedded model's drafts in holdout v15 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first"
or "all". "all" labels every occurrence of the claim: the model sometimes repeats a false sentence, and a
fact-checker marks each copy. Claims in SEO and FAQ drafts are written as they stand in the stored JSON text.
Drafts not listed here were read against their listing, claim by claim, and found to contain no unsupported
claim.
"""

LABELS = {
    # plain path, descriptions
    ("plain", "description", "Z10"): [
        ("1 liter vannkapasitet", "accuracy.size", "block",
         "the stove has no pot or capacity; the listing says it boils 1 L in about 3.5 minutes", "all"),
        ("1200 watt effekt", "accuracy.number", "block", "the output is 2,6 kW", "all")],
    ("plain", "description", "Z14"): [
        ("Trekkingsocken", "accuracy.category", "block", "the product is a pair of trekking poles, not socks",
         "first"),
        ("Trekkingstollen", "accuracy.category", "warn",
         "names the poles as another thing (studs); the listing says Trekkingstöcke", "first")],
    ("plain", "description", "Z16"): [
        ("Lighting range", "accuracy.category", "warn", "a perfume; the listing gives no lighting category",
         "first")],
    # plain path, FAQ
    ("plain", "faq", "Z18"): [
        ("$2299.00 DKK", "accuracy.price", "block", "2299 is in Danish kroner, not dollars", "first"),
        ("It is natural.", "accuracy.colour", "block", "the only colour is Olivengrøn (olive green)", "first"),
        ("It is 16 x 14 x 4 in.", "accuracy.size", "block", "the tent packs to 45 x 15 cm", "first")],
    ("plain", "faq", "Z28"): [
        ("$14.00", "accuracy.price", "block", "14.00 is in pounds sterling, not dollars", "first")],
    # plain path, SEO
    ("plain", "seo", "Z05"): [
        ("Light range", "accuracy.category", "warn", "a bicycle helmet; the listing gives no light category",
         "first"),
        ("$65", "accuracy.price", "block", "the price is €79.90", "first")],
    ("plain", "seo", "Z09"): [
        ("300 g, 330 g, 350 g, 370 g, 390 g, 410 g, 430 g, 470 g, 550 g", "accuracy.number", "block",
         "invented weights; the listing gives a child weight range of 3,5-15 kg and no product weight", "first")],
    ("plain", "seo", "Z25"): [
        ("Totes", "accuracy.brand", "block", "the vendor is Spoorhout", "first"),
        ("$40", "accuracy.price", "block", "the price is €54.95", "first")],
    # planned path
    ("planned", "description", "Z05"): [
        ("so it fastens with one hand, in a moment", "accuracy.feature", "warn",
         "a handling benefit the listing does not give (it says magnetic buckle only)", "first")],
    ("planned", "faq", "Z16"): [
        ("so the scent lasts well on the skin", "accuracy.feature", "warn",
         "a performance claim the listing does not make", "first")],
    ("planned", "seo", "Z22"): [
        ("which can be used again and again", "accuracy.feature", "warn",
         "reuse is not given by the thin listing (title, vendor, pack of 3, price)", "first")],
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
