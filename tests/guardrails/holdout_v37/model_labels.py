"""Hand labels for the model drafts of guardrails holdout v37.

Each entry maps (path, kind, listing key) to the unsupported claims found by reading the draft against the
listing: (claim, rule, severity, why, which), where `which` says whether the first, the last or every
occurrence of the claim in the text is labelled.
"""

LABELS: dict[tuple[str, str, str], list[tuple[str, str, str, str, str]]] = {
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
