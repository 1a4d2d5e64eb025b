"""Hand labels for the model drafts of guardrails holdout v41.

LABELS maps (path, kind, key) to the unsupported claims found by reading each raw model draft
against its listing: (claim, rule, severity, why, which), where which is "first", "last" or "all"
occurrences of the claim in the draft. A draft with no entry carries no label.
"""

LABELS = {
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
