"""A pack's price said of one thing in it (round 34): "$40 each" of a listing that sells a pair,
a set of four or a 6-pack for $40 is a price the listing never gives, so it is checked as one."""

from __future__ import annotations

import re

from plugin.guardrails.facts_record import ListingFacts, memo
from plugin.guardrails.money import PriceClaim
from plugin.guardrails.quantities import NUMBER_WORDS

# "each", "apiece", "a piece", "per candle" (a noun that is no measure: "per 100 g" is a unit
# price, read elsewhere).
_EACH_AFTER = re.compile(
    r"\s*(?:each|apiece|a piece|per (?:piece|item|unit|one)|for (?:each|one))\b"
    r"(?!\s+(?:pair|set|pack|box|bundle|kit)s?\b)",
    re.IGNORECASE,
)
_WORD = "|".join(
    re.escape(w)
    for w in sorted((w for w in NUMBER_WORDS if NUMBER_WORDS[w] >= 2), key=len, reverse=True)
)
# How many the listing sells together: "(Pair)", "a pair of", "set of 4", "6-pack", "pack of six".
_PACK = re.compile(
    r"\b(?:(?P<pair>pair)|(?:set|pack|box|bundle) of (?P<n1>\d+|" + _WORD + r")"
    r"|(?P<n2>\d+|" + _WORD + r")[- ](?:pack|piece set)|(?P<n3>\d+)\s?(?:pcs|pieces)\b)",
    re.IGNORECASE,
)


def _pack_size(facts: ListingFacts) -> int:
    """How many things one of the listing's prices buys, from its title and type (else 1)."""
    for line in facts.lines:
        if not line.startswith(("Title:", "Type:")):
            continue
        for match in _PACK.finditer(line):
            if match["pair"]:
                return 2
            said = (match["n1"] or match["n2"] or match["n3"]).lower()
            n = int(said) if said.isdigit() else int(NUMBER_WORDS.get(said, 1))
            if n >= 2:
                return n
    return 1


def each_of_a_pack(text: str, price: PriceClaim, facts: ListingFacts) -> tuple[int, int]:
    """How many the price buys (2 and more) when the draft says it is the price of each one,
    and where that claim ends ("$40 each"); else (0, 0)."""
    each = _EACH_AFTER.match(text, price.end)
    if not each:
        return 0, 0
    size = memo(facts, "prices.pack size", _pack_size)
    return (size, each.end()) if size >= 2 else (0, 0)
