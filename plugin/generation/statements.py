"""What a finished sentence states: a reason a fact gives the buyer (``has_reason``), a limit
(``is_limit``) or an instruction (``without_instruction``); and two statements of a thing had
said as one (``joined_has``)."""

from __future__ import annotations

import re

# A sentence that says what a fact does for the buyer: "…, so it stores flat", "Washing up is
# quick: the …", "Made of oak, the … lasts" (the measure ``bench/reasons_coverage.py`` counts).
_REASON = re.compile(
    r", (so|which|making|letting|keeping|meaning) |^[A-Z][a-z][^:]*: the "
    r"|^(With|Made of|Made from|Crafted from) [^,]+, the "
)


def has_reason(text: str) -> bool:
    return bool(_REASON.search(text))


# What a shopper is told to do or warned of, or what goes stale: no reason to click or to read
# on ("Store upright.", "…; do not microwave.", an expiry date, "see the pack").
INSTRUCTION = re.compile(
    r"^(?:Keep|Store|Wash|Rinse|Wrap|Refrigerate|Avoid|Remove|Allow|See|Check|Apply|Shake|Do not"
    r"|Don't|Never|Once opened)\b"
    r"|(?:^|[;:,–(] ?)(?:do not|don't|never)\b"
    r"|\b(?:expiry|expires|best before|use by|use within|once opened)\b"
    r"|\bsee (?:the )?(?:pack|label|list|model list|below|above|table|chart)\b"
    r"|\b(?:keep|store) (?:it |them )?(?:dry|cool|away|out|upright|refrigerated|in a|at)\b"
    r"|\b(?:warning|caution|hazard|choking|out of reach)\b|^Not (?:for|suitable)\b"
    r"|^(?:Its|Their) (?:storage|care|warning|expiry|shelf life|allergens?)\b",
    re.IGNORECASE,
)


def without_instruction(text: str) -> str:
    """A statement said without what follows its ";" (an instruction or a caveat pasted from
    the list): "They are for one use only; do not microwave." → "They are for one use only.",
    "It is for hot drinks; not for the hob." → "It is for hot drinks."."""
    head, _, tail = text.partition("; ")
    if tail and not INSTRUCTION.search(head) and len(head.split()) >= 4:
        return f"{head.rstrip(' ,')}."
    return text


_LIMIT = re.compile(r"\b(not|never|no longer|cannot|won't)\b")
# What the shopper must get elsewhere: no reason to click (heldout28's raters: "leads with what
# is missing", "wastes the meta").
_MISSING = re.compile(r"\b(not included|sold separately)\b")


def statement_of(text: str) -> str:
    """A sentence without the reason after its fact ("…, so getting it wet is not a worry")."""
    return re.split(r", (?:so|which|making|letting|keeping|meaning) ", text)[0]


def is_limit(text: str) -> bool:
    """Whether a sentence states what the product does not do or what is not included ("It will
    not match older sets.", "The waist belt is not included."): never a meta's or a short
    description's first line, and never in a meta (round 26)."""
    return bool(_LIMIT.search(statement_of(text)) or _MISSING.search(text))


# A statement of one thing had, at its end: "The … has a cork core."; "It has a leather cover."
_HAS_LAST = re.compile(r"^(?P<head>.*\b(?P<verb>has|have)) (?P<thing>[^,;:.()!?]+)\.$")
_HAS_NEXT = re.compile(r"^(?:It|They) (?P<verb>has|have) (?P<thing>[^,;:.()!?]+)\.$")


def joined_has(texts: list[str]) -> list[str]:
    """Two statements of a thing had in a row said as one: "The … has a cork core and a leather
    cover." (round 22's raters: "choppy; join into one sentence")."""
    out: list[str] = []
    for text in texts:
        before = _HAS_LAST.match(out[-1]) if out else None
        here = _HAS_NEXT.match(text)
        if (
            before
            and here
            and before["verb"] == here["verb"]
            and " and " not in out[-1]
            and ": " not in out[-1]
            and not has_reason(out[-1])
        ):
            out[-1] = f"{out[-1][:-1]} and {here['thing']}."
        else:
            out.append(text)
    return out
