"""Hand labels for the embedded model's drafts in holdout v16 (model_raw_*.jsonl, kept unchanged).

Each entry: (path, kind, listing key) -> list of (claim, rule, severity, why, which), where `which` is "first"
or "all". "all" labels every occurrence of the claim: the model sometimes repeats a false sentence, and a
fact-checker marks each copy. Claims in SEO and FAQ drafts are written as they stand in the stored JSON text.
Drafts not listed here were read against their listing, claim by claim, and found to contain no unsupported
claim.
"""

LABELS = {
    # plain path, descriptions
    ("plain", "description", "V02"): [
        ("scarf", "accuracy.category", "block", "the product is a pair of riding gloves, not a scarf", "first"),
        ("in grey or green", "accuracy.colour", "warn", "the listing gives no colour for the gloves", "first")],
    ("plain", "description", "V06"): [
        ("to wear all season", "accuracy.category", "warn",
         "treats the rug as something worn; the listing is a hand-woven rug (Teppich)", "first")],
    ("plain", "description", "V08"): [
        ("skate shoes", "accuracy.category", "block", "the product is figure skates with a mounted blade", "first"),
        ("suitable for all winter sports", "accuracy.compatibility", "warn",
         "a use the listing does not give: youth figure skates for the ice", "first")],
    ("plain", "description", "V10"): [
        ("made from recycled plastic bottles", "accuracy.material", "block",
         "a shampoo bar; the only recycled material in the listing is the cardboard box", "first")],
    ("plain", "description", "V14"): [
        ("silicone-free", "accuracy.material", "block", "the sleeve and the teat are silicone", "first"),
        ("It is dishwasher safe.", "accuracy.care", "block",
         "the listing gives no dishwasher claim (sterilise before first use)", "first")],
    # plain path, short descriptions
    ("plain", "short_description", "V19"): [
        ("5.3-inch screen", "accuracy.feature", "block", "the speaker has no screen; 5.3 is the Bluetooth version",
         "first")],
    # plain path, SEO
    ("plain", "seo", "V09"): [
        ("$42.00", "accuracy.price", "block", "42.00 is in pounds sterling, not dollars", "first")],
    # plain path, FAQ
    ("plain", "faq", "V24"): [
        ("It is a red color.", "accuracy.colour", "warn", "the listing gives no colour for the sauce", "first")],
    # planned path
    ("planned", "description", "V07"): [
        ("light and quick to dry", "accuracy.feature", "warn",
         "a performance claim the listing does not make (it gives 210D recycled nylon, DWR-coated)", "first")],
    ("planned", "description", "V19"): [
        ("fill a room with sound", "accuracy.feature", "warn",
         "a loudness claim the listing does not make for a palm-sized speaker", "first")],
    ("planned", "description", "V23"): [
        ("stands up to daily use without rusting", "accuracy.feature", "warn",
         "a durability claim the listing does not make (it says stainless steel only)", "first")],
    ("planned", "short_description", "V20"): [
        ("so the result can be adjusted until you are happy", "accuracy.feature", "warn",
         "implies open-ended changes; the listing includes one revision", "first")],
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
