"""Hand labels for the embedded model's drafts in holdout v19 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first",
"last" or "all". "all" labels every occurrence of the claim; "last" the last one. Claims in SEO and FAQ drafts
are written as they stand in the stored JSON text. Drafts not listed here were read against their listing,
claim by claim, and found to contain no unsupported claim.
"""

LABELS = {
    # plain path, descriptions
    ("plain", "description", "V01"): [
        ("a 12-inch nib pen set", "accuracy.size", "block",
         "the set has 12 nibs; nothing in it measures 12 inches (the tin is 9 x 6 cm)", "first")],
    ("plain", "description", "V07"): [
        ("a simple piece to wear all season", "accuracy.feature", "warn",
         "a fly box is not worn; a use the listing does not give", "first")],
    ("plain", "description", "V11"): [
        ("a 50 g scarf", "accuracy.category", "block", "the product is a 50 g ball of yarn, not a scarf", "first"),
        ("a simple piece to wear all season", "accuracy.feature", "warn",
         "yarn is not worn; a use the listing does not give", "first")],
    # plain path, FAQ
    ("plain", "faq", "V26"): [
        ("$69.00 PLN", "accuracy.price", "block", "the price is 69 zł (PLN); a dollar sign misstates it", "first"),
        ("It is a natural color.", "accuracy.colour", "block",
         "the colours are Niebieski and Zielony (blue and green)", "first"),
        ("It is 16 x 14 x 4 in.", "accuracy.size", "block",
         "the listing gives no dimensions; it is a 300 ml mug", "first"),
        ("It is a lamp", "accuracy.category", "block", "the product is a stoneware mug", "first")],
    # plain path, SEO
    ("plain", "seo", "V06"): [
        ("$34.00", "accuracy.price", "block", "the price is £34, not dollars", "first")],
    ("plain", "seo", "V22"): [
        ("$25", "accuracy.price", "block",
         "no price of $25: the pieces are €39, €9 and €15, sold one by one", "first")],
    # planned path
    ("planned", "description", "V02"): [
        ("which stands up to daily use without rusting", "accuracy.feature", "warn",
         "a durability claim the listing does not make (it gives the steel and its thickness only)", "first")],
    ("planned", "description", "V06"): [
        ("so the bat sits snugly in your palm", "accuracy.feature", "warn",
         "a comfort claim the listing does not make (it says flared handle only)", "first")],
    ("planned", "description", "V10"): [
        ("which is light yet strong", "accuracy.feature", "warn",
         "a weight and strength claim the listing does not make for the aluminium body", "first")],
    ("planned", "description", "V16"): [
        ("so it darkens and gains character with use", "accuracy.feature", "warn",
         "a patina claim the listing does not make (it says vegetable-tanned only)", "first")],
    ("planned", "short_description", "V13"): [
        ("which is light", "accuracy.feature", "warn",
         "the listing does not call the 850 g block light", "first")],
    ("planned", "short_description", "V29"): [
        ("so it keeps its colour", "accuracy.feature", "warn",
         "a colourfastness claim the listing does not make (acid-free is about the paper, not its colour)",
         "first")],
    ("planned", "seo", "V21"): [
        ("which can be used again and again", "accuracy.feature", "warn",
         "the thin listing says nothing about reuse", "first")],
}


def spans(text, claim, which):
    """Offsets of the claim in the text: the first occurrence, the last, or every one."""
    found = []
    start = text.find(claim)
    while start != -1:
        found.append((start, start + len(claim)))
        if which == "first":
            break
        start = text.find(claim, start + len(claim))
    assert found, f"claim not in text: {claim!r}"
    return found[-1:] if which == "last" else found


def labels_for(path, kind, key, text):
    out = []
    for claim, rule, severity, why, which in LABELS.get((path, kind, key), []):
        for start, end in spans(text, claim, which):
            out.append({"rule": rule, "start": start, "end": end, "claim": claim, "severity": severity,
                        "why": why})
    return sorted(out, key=lambda lab: lab["start"])
