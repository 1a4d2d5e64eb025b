"""Hand labels for the model drafts of guardrails holdout v59, read against each listing.

`LABELS` maps (path, kind, listing key) to the claims found in that draft: the claim as it stands
in the stored text (JSON escapes included), which occurrence (0-based) or "all", the rule, the
severity and the reason. Drafts not listed carry no label.
"""

from typing import Any

Label = tuple[str, Any, str, str, str]

LABELS: dict[tuple[str, str, str], list[Label]] = {
    ("plain", "faq", "T10"): [
        ("1.5 lbs", 0, "accuracy.number", "block", "The listing gives no weight for the jar."),
    ],
    ("plain", "faq", "T30"): [
        ("Natural", 0, "accuracy.colour", "warn", "The listing names no colour."),
        (
            '40\\" x 40\\" x 40\\" (100\\" x 100\\" x 100\\")',
            0,
            "accuracy.number",
            "block",
            "The listing gives no measurements; both sets of figures are made up.",
        ),
    ],
    ("plain", "short_description", "T12"): [
        (
            "a bottle",
            0,
            "accuracy.category",
            "warn",
            "Calls the carafe a bottle; the listing sells a decanting carafe.",
        ),
    ],
    ("plain", "description", "T13"): [
        (
            "K-1000",
            0,
            "accuracy.category",
            "warn",
            "Names the kites as a K-1000, a model name not in the listing (repeats unlabelled).",
        ),
    ],
}


def spans(text: str, claim: str, which: Any) -> list[tuple[int, int]]:
    """Offsets of the chosen occurrence(s) of `claim` in `text`."""
    found: list[tuple[int, int]] = []
    start = text.find(claim)
    while start != -1:
        found.append((start, start + len(claim)))
        start = text.find(claim, start + 1)
    assert found, f"claim not in draft: {claim!r}"
    return found if which == "all" else [found[which]]


def labels_for(path: str, kind: str, key: str, text: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for claim, which, rule, severity, why in LABELS.get((path, kind, key), []):
        for start, end in spans(text, claim, which):
            out.append(
                {
                    "rule": rule,
                    "start": start,
                    "end": end,
                    "claim": claim,
                    "severity": severity,
                    "why": why,
                }
            )
    return sorted(out, key=lambda lab: lab["start"])
