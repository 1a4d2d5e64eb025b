"""Hand labels for the real model drafts of guardrails holdout v58, read against each listing.

LABELS maps (path, kind, key) to the unsupported claims found in that draft: the claim's exact
text, its rule, severity and reason, and which occurrences carry the label ("all", or a list of
0-based occurrence numbers). Drafts not named here were read and carry no label.
"""

from typing import Any

Claim = tuple[str, str, str, str, Any]

FEATURE_WARN = "not in the listing, though it holds for the material in general (judgement call)"

LABELS: dict[tuple[str, str, str], list[Claim]] = {
    ("planned", "description", "T04"): [
        (
            "so it holds an edge even when it runs hot",
            "accuracy.feature",
            "warn",
            "the listing says it holds its edge longer than carbon steel; heat is never mentioned",
            [0],
        ),
    ],
    ("planned", "description", "T18"): [
        (
            "so the finish resists chips and corrosion",
            "accuracy.feature",
            "warn",
            FEATURE_WARN,
            [0],
        ),
    ],
    ("planned", "description", "T30"): [
        ("so it holds warmth in on cold nights", "accuracy.feature", "warn", FEATURE_WARN, [0]),
    ],
    ("plain", "description", "T11"): [
        (
            "a gaita de cana natural",
            "accuracy.category",
            "warn",
            "reads the reed as a whole gaita (the instrument); the product is a chanter reed",
            [0],
        ),
    ],
    ("plain", "seo", "T14"): [
        ("Totes", "accuracy.category", "block", "the product is a singing bowl, not totes", "all"),
        ("Hats", "accuracy.category", "warn", "a hat range; the listing is a singing bowl", "all"),
        ("$100", "accuracy.price", "block", "the price is 3500 NPR", [0]),
    ],
    ("plain", "faq", "T02"): [
        ("$26.00", "accuracy.price", "block", "the price is £26, not dollars", [0]),
    ],
    ("plain", "faq", "T30"): [
        ("Natural", "accuracy.colour", "warn", "the listing names no colour", [0]),
        (
            "Lighting range",
            "accuracy.category",
            "warn",
            "a lighting range; the listing is a greenhouse in Garden",
            [0],
        ),
    ],
}


def spans(text: str, claim: str, which: Any) -> list[tuple[int, int]]:
    """Offsets of the chosen occurrences of claim in text; every chosen one must exist."""
    found = []
    start = text.find(claim)
    while start != -1:
        found.append((start, start + len(claim)))
        start = text.find(claim, start + len(claim))
    assert found, f"claim not in draft: {claim!r}"
    if which == "all":
        return found
    return [found[n] for n in which]


def labels_for(path: str, kind: str, key: str, text: str) -> list[dict[str, Any]]:
    labels = []
    for claim, rule, severity, why, which in LABELS.get((path, kind, key), []):
        for start, end in spans(text, claim, which):
            labels.append(
                {
                    "rule": rule,
                    "start": start,
                    "end": end,
                    "claim": claim,
                    "severity": severity,
                    "why": why,
                }
            )
    return sorted(labels, key=lambda lab: lab["start"])
