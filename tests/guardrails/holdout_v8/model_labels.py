"""Hand labels for the embedded model's drafts in holdout v8 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first"
or "all". "all" labels every occurrence of the claim: the model sometimes repeats a false word, and a
fact-checker marks each copy. Drafts not listed here were read against their listing, claim by claim, and found
to contain no unsupported claim.
"""

LABELS = {
    # plain path, descriptions
    ("plain", "description", "Y08"): [
        ("Waterproof Accessories range", "accuracy.category", "warn",
         "a range the listing does not give (its category is Phone accessories > Cases)", "first")],
    ("plain", "description", "Y20"): [
        ("a drum loop", "accuracy.category", "warn", "a pack of 120 loops, not one loop", "first"),
        ("a great choice for any drum machine", "accuracy.compatibility", "block",
         "no fit to drum machines in the listing; the loops are WAV files", "first")],
    # plain path, short descriptions
    ("plain", "short_description", "Y30"): [
        ("rechargeable", "accuracy.feature", "block", "it runs on a fitted CR2032 coin cell, not a rechargeable",
         "first")],
    # plain path, SEO
    ("plain", "seo", "Y01"): [
        ("Lingerie", "accuracy.category", "block", "swaddle blankets, not lingerie (the category is Linge de lit)",
         "all"),
        ("$34.90", "accuracy.price", "block", "the price is 34,90 € (EUR), not dollars", "first")],
    ("plain", "seo", "Y11"): [
        ("$22.00", "accuracy.price", "block", "the price is £22.00 (GBP), not dollars", "first")],
    ("plain", "seo", "Y17"): [
        ("Jewelry range", "accuracy.category", "warn", "a range the listing does not give (Uhren > Armbanduhren)",
         "first"),
        ("$245.–", "accuracy.price", "block", "the price is CHF 245.–, not dollars", "first")],
    ("plain", "seo", "Y27"): [
        ("$9.50", "accuracy.price", "block", "the price is £9.50 (GBP), not dollars", "first")],
    # plain path, FAQ
    ("plain", "faq", "Y24"): [
        ("$45", "accuracy.price", "block", "the price is £45.00 (GBP), not dollars", "first"),
        ("It weighs 1.5 lbs.", "accuracy.number", "block", "a workshop ticket has no weight in the listing",
         "first"),
        ("Candle range", "accuracy.category", "warn", "a range the listing does not give (Workshops)", "first")],
    ("plain", "faq", "Y26"): [
        ("It weighs 3.5 lbs.", "accuracy.number", "block", "no weight in the listing", "first")],
    # planned path, descriptions
    ("planned", "description", "Y11"): [
        ("so the flame burns steadily", "accuracy.feature", "warn",
         "a burning benefit the listing does not claim for the wick", "first")],
    # planned path, SEO
    ("planned", "seo", "Y12"): [
        ("so it can take water and washes without buckling", "accuracy.feature", "warn",
         "an invented use and performance claim for the paper", "first")],
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
