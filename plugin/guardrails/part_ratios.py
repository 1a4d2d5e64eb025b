"""A blend said in parts ("three parts wool to one part silk", "seven parts to three"): a ratio
of the listing's shares, not a count of pieces."""

from __future__ import annotations

import re

from plugin.guardrails.facts_record import memo
from plugin.guardrails.listing_facts import ListingFacts
from plugin.guardrails.quantities import NUMBER_WORDS, Quantity

_NUMBER = r"(?:\d+(?:[.,]\d+)?|[^\W\d_]+)"
# After the first number: "parts <up to three words> to <number>"
_AFTER = re.compile(
    rf"\s+parts?\b(?:\s+[^\W\d_][\w-]*){{0,3}}?\s+to\s+(?P<other>{_NUMBER})\b", re.IGNORECASE
)
# Before the second number: "<number> parts <up to three words> to "
_BEFORE = re.compile(
    rf"\b(?P<other>{_NUMBER})\s+parts?\b(?:\s+[^\W\d_][\w-]*){{0,3}}?\s+to\s+$", re.IGNORECASE
)
_SHARE = re.compile(r"(\d+(?:[.,]\d+)?)\s?%")


def part_ratio(text: str, quantity: Quantity, facts: ListingFacts) -> bool:
    """Whether the quantity is a side of a ratio in parts that two shares the listing gives
    make (75 % and 25 % are three parts to one)."""
    after = _AFTER.match(text, quantity.end, quantity.end + 60)
    before = None if after else _BEFORE.search(text, max(0, quantity.start - 60), quantity.start)
    said = after or before
    if not said:
        return False
    other = _value(said.group("other"))
    if not other or not quantity.value:
        return False
    ratio = quantity.value / other if after else other / quantity.value
    shares = memo(facts, "numbers.shares", _shares)
    return any(abs(a / b - ratio) < 0.01 for a in shares for b in shares if b)


def _value(word: str) -> float | None:
    word = word.lower().replace(",", ".")
    if word[0].isdigit():
        return float(word)
    number = NUMBER_WORDS.get(word)
    return None if number is None else float(number)


def _shares(facts: ListingFacts) -> frozenset[float]:
    return frozenset(
        float(m.group(1).replace(",", ".")) for line in facts.lines for m in _SHARE.finditer(line)
    )
