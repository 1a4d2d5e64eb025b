"""Hand labels for the embedded model's drafts in holdout v7 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first"
or "all". "all" labels every occurrence of the claim: the model sometimes repeats a false sentence, and a
fact-checker marks each copy. Drafts not listed here were read against their listing, claim by claim, and found
to contain no unsupported claim.
"""

LABELS = {
    # plain path, descriptions
    ("plain", "description", "X04"): [
        ("Accessories range", "accuracy.category", "warn", "a range the listing does not give", "first")],
    ("plain", "description", "X06"): [
        ("16-character", "accuracy.number", "block",
         "no character count in the listing (8 weights, 16 OTF and 16 WOFF2 files)", "all")],
    ("plain", "description", "X08"): [
        ("a pen nib for writing", "accuracy.category", "warn",
         "a sampler of three nibs and a holder, each sold on its own, not one nib", "first")],
    ("plain", "description", "X14"): [
        ("Garment", "accuracy.category", "warn", "welding gauntlets named as a garment", "first"),
        ("a garment", "accuracy.category", "warn", "welding gauntlets, not a garment", "first"),
        ("Accessories range", "accuracy.category", "warn", "a range the listing does not give", "first")],
    # plain path, SEO
    ("plain", "seo", "X09"): [
        ("$100", "accuracy.price", "block",
         "no product price; the pieces cost 79, 189 and 649 kr (SEK), not dollars", "first")],
    ("plain", "seo", "X13"): [
        ("$79.00", "accuracy.price", "block", "the price is 79 € (EUR), not dollars", "first")],
    # planned path, SEO
    ("planned", "seo", "X14"): [
        ("which softens with wear", "accuracy.feature", "warn", "a wear claim the listing does not make",
         "first")],
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
