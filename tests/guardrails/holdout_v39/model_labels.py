"""Hand labels for the model drafts of guardrails holdout v39 (read against each listing by hand).

LABELS maps (path, kind, key) to (claim, rule, severity, why, which): which is "first", "last" or
"all" occurrences of the claim in the draft's text.
"""

LABELS = {
    ("planned", "description", "R05"): [
        ("It has an EN417 threaded canister", "accuracy.feature", "block",
         "reads as if a canister comes with it; the listing says the canister is not included",
         "first")],
    ("plain", "description", "R18"): [
        ("organic", "accuracy.certification", "block",
         "an organic claim the listing does not make", "first")],
    ("plain", "description", "R22"): [
        ("to wear all season", "accuracy.compatibility", "warn",
         "an invented use: a basket is not worn", "first")],
    ("plain", "seo", "R15"): [
        ("$10", "accuracy.price", "block", "the listing's price is 12.00 EUR", "first")],
    ("plain", "seo", "R23"): [
        ("a great gift for a baby", "accuracy.compatibility", "warn",
         "reads baby alpaca as a baby's hat; the listing names no wearer", "first")],
    ("plain", "faq", "R17"): [
        ("$6.90", "accuracy.price", "block", "6.90 EUR given in dollars", "first"),
        ("Natural", "accuracy.colour", "warn", "the listing gives no colour", "first"),
        ("a lamp", "accuracy.category", "block", "a salt, not a lamp", "first")],
    ("plain", "faq", "R21"): [
        ("$149.00", "accuracy.price", "block", "149.00 GBP given in dollars", "first"),
        ("Natural", "accuracy.colour", "warn", "the listing gives no colour", "first")],
    ("plain", "faq", "R29"): [
        ("$10", "accuracy.price", "block",
         "no set price; the parts are $6, $11, $4 and $8", "first"),
        ("weighs 10", "accuracy.number", "block", "the listing gives no weight for the set",
         "first")],
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
