"""Another size said to exist ("Also in a guest size", "It comes in a family size too"): a size
the listing offers only where its own words name it (round 30). The words between "in" and
"size" must all be the listing's, units and articles aside; otherwise the draft promises a size
a shopper cannot order."""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.facts_record import ListingFacts
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.normal_text import normalise

_ANOTHER = re.compile(
    r"\b(?:also|too)\s+(?:comes?\s+|available\s+|sold\s+|made\s+|offered\s+)?in\s+(?:an?\s+)?"
    r"(?P<what>(?:[\w'’-]+\s+){1,5}?)sizes?\b"
    r"|\b(?:comes?|available|sold|offered)\s+in\s+(?:an?\s+)?"
    r"(?P<then>(?:[\w'’-]+\s+){1,5}?)sizes?\s+(?:too|as\s+well)\b",
    re.IGNORECASE,
)
# Words that name no size of their own: articles, units, the multiplication "x".
_NO_SIZE = frozenset(
    "a an the x by cm mm m in inch inches ft foot feet larger smaller bigger other different "
    "second third slightly much".split()
)


# A list of measures said to be sizes ("in 10, 12 and 14 cm sizes", "8 to 12 inch sizes";
# round 42). A count of sizes ("in three sizes") is a count, judged by ``accuracy.number``.
_NUMBER = r"\d+(?:\.\d+)?"
_MEASURED = re.compile(
    rf"\b(?:in\s+)?(?P<list>{_NUMBER}(?:\s*(?:,\s*(?:and|or)?|\band\b|\bor\b|\bto\b|-|–)\s*"
    rf"{_NUMBER})+)\s*(?:cm|mm|in|inch|inches|litres?|liters?|l|ml|oz|qt)?[\s-]+sizes\b",
    re.IGNORECASE,
)


def _measured_sizes(text: str, facts: ListingFacts, line: str) -> list[Finding]:
    """Sizes given as a list of measures, one of which is no number of the listing's."""
    out = []
    for match in _MEASURED.finditer(text):
        said = {float(n) for n in re.findall(_NUMBER, match.group("list"))}
        if said <= facts.numbers or facts.supports(match.group()):
            continue
        out.append(
            finding(
                "accuracy.size",
                BLOCK,
                match.start(),
                match.end(),
                match.group(),
                f"gives sizes the listing does not offer ({line or 'it gives no sizes'}).",
                "Name only the sizes the listing offers, or leave them out.",
                line,
            )
        )
    return out


def check_other_sizes(text: str, facts: ListingFacts, line: str = "") -> list[Finding]:
    """``line`` is the listing's sizes ("Size: S, M"), or "" where it gives none."""
    out = _measured_sizes(text, facts, line)
    for match in _ANOTHER.finditer(text):
        what = match.group("what") or match.group("then") or ""
        words = [w for w in normalise(what).split() if w not in _NO_SIZE]
        if not words or all(w in facts.words for w in words) or facts.supports(match.group()):
            continue
        out.append(
            finding(
                "accuracy.size",
                BLOCK,
                match.start(),
                match.end(),
                match.group(),
                "says the product comes in a size the listing does not offer.",
                "Name only the sizes the listing offers, or leave it out.",
                "",
            )
        )
    return out
