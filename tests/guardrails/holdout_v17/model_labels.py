"""Hand labels for the embedded model's drafts in holdout v17 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first"
or "all". "all" labels every occurrence of the claim. Claims in SEO and FAQ drafts are written as they stand in
the stored JSON text. Drafts not listed here were read against their listing, claim by claim, and found to
contain no unsupported claim.
"""

LABELS = {
    # plain path, descriptions
    ("plain", "description", "W12"): [
        ("Wool Scarf", "accuracy.category", "block", "the product is sock yarn, not a scarf", "first"),
        ("a scarf", "accuracy.category", "block", "the product is sock yarn, not a scarf", "first"),
        ("in grey or green", "accuracy.colour", "block", "the colours are Heather, Peat and Tarn", "first")],
    # plain path, short descriptions
    ("plain", "short_description", "W19"): [
        ("natural wood", "accuracy.material", "block",
         "the kit holds a glass jar, expanded clay, charcoal, soil and moss; no wood", "first")],
    # plain path, SEO
    ("plain", "seo", "W05"): [
        ("$21.50", "accuracy.price", "block", "21.50 is in pounds sterling, not dollars", "first")],
    ("plain", "seo", "W13"): [
        ("$3200", "accuracy.price", "block", "3200 is in yen, not dollars", "first")],
    # plain path, FAQ
    ("plain", "faq", "W28"): [
        ("$19.00", "accuracy.price", "block", "19.00 is in euros, not dollars", "first"),
        ("It weighs 15.00.", "accuracy.number", "block", "the listing gives no weight (15 is the soaking time)",
         "first")],
    # planned path
    ("planned", "description", "W05"): [
        ("holds its shape well and is less prone to cracking", "accuracy.feature", "warn",
         "a performance claim the listing does not make (it says grog-free only)", "first")],
    ("planned", "description", "W07"): [
        ("the beam lights the road without dazzling drivers", "accuracy.feature", "warn",
         "a beam-pattern claim the listing does not make (it says StVZO approved)", "first")],
    ("planned", "description", "W09"): [
        ("tough and hard-wearing", "accuracy.feature", "warn",
         "a durability claim the listing does not make (it names chrome-vanadium steel only)", "first")],
    ("planned", "description", "W15"): [
        ("softens with wear", "accuracy.feature", "warn", "a wear claim the listing does not make", "first")],
    ("planned", "seo", "W06"): [
        ("made in small runs", "accuracy.feature", "warn",
         "a production claim the listing does not make (it says hand-poured)", "first")],
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
