"""Hand labels for the embedded model's drafts in holdout v13 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first"
or "all". "all" labels every occurrence of the claim: the model sometimes repeats a false sentence, and a
fact-checker marks each copy. Claims in SEO and FAQ drafts are written as they stand in the stored JSON text.
Drafts not listed here were read against their listing, claim by claim, and found to contain no unsupported
claim.
"""

LABELS = {
    # plain path, descriptions
    ("plain", "description", "X08"): [
        ("a soft, light beige color", "accuracy.colour", "warn",
         "the listing gives no colour for the straw", "all"),
        ("It is not made to be worn on a hot day.", "accuracy.feature", "block",
         "contradicts the listing: the brisa weave lets air through on hot days", "all")],
    ("plain", "description", "X10"): [
        ("It is a simple piece to wear all season.", "accuracy.category", "warn",
         "a high chair is not worn; garment wording for furniture", "first")],
    ("plain", "description", "X14"): [
        ("warm and cosy", "accuracy.feature", "warn",
         "a warmth claim; the listing says the jacket sheds showers and wind", "first")],
    # plain path, SEO
    ("plain", "seo", "X09"): [
        ("$100", "accuracy.price", "block", "the price is €189 (was €229)", "first")],
    ("plain", "seo", "X13"): [
        ("$1450.00 TRY", "accuracy.price", "block", "1450.00 is in Turkish lira, not dollars", "first")],
    ("plain", "seo", "X25"): [
        ("$18", "accuracy.price", "block", "the price is $189.00", "first"),
        ("a low-cost alternative to our full-range", "accuracy.feature", "warn",
         "an invented comparison with a range the listing does not mention", "first")],
    # plain path, FAQ
    ("plain", "faq", "X18"): [
        ("It is in Natural.", "accuracy.colour", "warn", "a download has no colour; the listing gives none",
         "first"),
        ("It is 16 x 14 x 4 in.", "accuracy.size", "block", "an e-book; the listing gives no dimensions",
         "first")],
    ("plain", "faq", "X24"): [
        ("$6.50", "accuracy.price", "block", "6.50 is in pounds sterling, not dollars", "first")],
    ("plain", "faq", "X28"): [
        ("$89.00", "accuracy.price", "block", "89.00 is in euros, not dollars", "first"),
        ("It comes in Natural.", "accuracy.colour", "block", "the finishes are Cromo and Negro mate", "first"),
        ("a light from our Lighting range", "accuracy.category", "block",
         "a rain shower head, not a light", "first")],
    # planned path, descriptions
    ("planned", "description", "X21"): [
        ("which is tough enough for everyday carrying", "accuracy.feature", "warn",
         "a durability claim the thin listing (title and price) does not make", "first")],
    # planned path, SEO
    ("planned", "seo", "X22"): [
        ("which keeps warm and breathes", "accuracy.feature", "warn",
         "warmth and breathability claims the thin listing (title, vendor, merino wool) does not make", "first")],
    # planned path, short descriptions
    ("planned", "short_description", "X18"): [
        ("so it reads on any e-reader or tablet", "accuracy.compatibility", "warn",
         "PDF and EPUB are given; the listing does not say every e-reader opens them", "first")],
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
