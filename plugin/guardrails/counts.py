"""Counts and comparisons: "two zip pockets", "three USB-C ports", "a set of six", "2x faster",
"half the weight of …", "30% lighter".

A count is checked against the listing's counts of the same thing ("Pockets: 3", "3 pockets"),
then against the length of its own list of that thing ("Ingredients: oats, honey, salt" makes
"three ingredients" true; "Color: Sand, Moss" makes "two colours" true). A comparison is an
invented measurement unless the listing says it.
"""

from __future__ import annotations

import re

from plugin.guardrails.claims import Claim
from plugin.guardrails.measures import singular
from plugin.guardrails.quantities import NUMBER_WORDS, Quantity

_STOP = frozenset(
    "and or of with in for to the a an on at by from as is are that this these those its it "
    "you your our their which who each per every than".split()
)
_NOT_THINGS = frozenset(
    "ways times reasons things hands sides days weeks months years hours minutes seconds "
    "people friends guests kids adults seasons steps is was has its this plus less yes".split()
)
# "two smaller boards" of a set of three counts part of something, not the whole.
_PARTIAL = frozenset(
    "other others remaining additional extra more smaller larger bigger shorter longer spare "
    "separate matching".split()
)
_WORD = re.compile(r"[\s-]*([A-Za-z][\w-]*|\d[\w-]*)")
_A_BEFORE = re.compile(r"\b(?:a|one|per|each)\s+$", re.I)
_COUNT_CONTEXT = re.compile(r"(?:set|pack|pair|box|bundle|case|kit|lot) of\s*$", re.I)
_PIECE_AFTER = re.compile(r"^-(?:piece|pc|pack|part)\b", re.I)
# Synonyms for the names of a listing's lists: its "Color" option counts its colours.
_THING_NAMES = {
    "color": "colour", "colorway": "colour", "colourway": "colour", "shade": "colour",
    "finish": "colour", "scent": "scent", "flavor": "flavour", "style": "style",
    "pc": "piece", "pcs": "piece", "part": "piece", "item": "piece",
}  # fmt: skip


def thing(word: str) -> str:
    """The canonical name of a counted thing: "Colors" -> "colour", "pockets" -> "pocket"."""
    name = singular(word.lower())
    return _THING_NAMES.get(name, name)


def counted_thing(text: str, quantity: Quantity) -> str:
    """What a bare number counts ("two zip pockets" -> "pocket"), or "" when it counts nothing
    the words say. Up to two words may stand between the number and a plural noun."""
    if quantity.has_unit:
        return ""
    if quantity.text.lower() in ("pair", "dozen") and not _A_BEFORE.search(
        text[max(0, quantity.start - 6) : quantity.start]
    ):
        return ""  # "the glasses pair polarised lenses with …" is a verb
    if _PIECE_AFTER.match(text[quantity.end : quantity.end + 8]):
        return "piece"
    if _COUNT_CONTEXT.search(text[max(0, quantity.start - 12) : quantity.start]):
        return "piece"
    pos = quantity.end
    for _ in range(3):
        match = _WORD.match(text, pos)
        if not match or match.start(1) - pos > 2 or "\n" in text[pos : match.start(1)]:
            return ""
        word = match.group(1)
        low = word.lower()
        if low in _STOP or low in NUMBER_WORDS or word[0].isdigit() or low in _PARTIAL:
            return ""
        if low.endswith("s") and len(low) > 3 and low not in _NOT_THINGS and quantity.value != 1:
            return thing(low)
        pos = match.end()
    return ""


def count_claims(text: str, quantities: list[Quantity]) -> list[Claim]:
    out = []
    for quantity in quantities:
        counted = counted_thing(text, quantity)
        if counted:
            out.append(
                Claim("count", quantity.start, quantity.end, quantity.text, quantity.value, counted)
            )
    return out


_COMPARATIVE = r"(?:more|less|fewer|longer|shorter|faster|slower|stronger|lighter|heavier|" \
    r"bigger|smaller|brighter|quieter|louder|warmer|cooler|thinner|thicker|cheaper|better|" \
    r"[a-z]{3,}er)"  # fmt: skip
_COMPARISONS = re.compile(
    r"\b(?:(?P<x>\d+(?:\.\d+)?\s?[x×])\s+(?:the\s+)?" + _COMPARATIVE + r"\b"
    r"|(?P<times>twice|three times|four times|five times|ten times|\d+(?:\.\d+)?\s+times|double|"
    r"triple|half)\s+(?:as\s+[a-z]+(?:\s+as)?|the\s+[a-z]+(?:\s+of)?|" + _COMPARATIVE + r")\b"
    r"|(?P<pct>\d+(?:\.\d+)?\s?(?:%|percent|per cent))\s+" + _COMPARATIVE + r"\b)",
    re.IGNORECASE,
)
_NOT_COMPARATIVE = frozenset("water other over under ever never after paper per".split())


def comparison_claims(text: str) -> list[Claim]:
    out = []
    for match in _COMPARISONS.finditer(text):
        last = match.group().split()[-1].lower()
        if last in _NOT_COMPARATIVE:
            continue
        factor = match.group("x") or match.group("times") or match.group("pct") or ""
        out.append(Claim("comparison", match.start(), match.end(), match.group(), factor, last))
    return out


# Nouns that count whatever the listing lists ("four essentials" of a four-item bundle).
GENERIC_THINGS = frozenset(
    "item piece essential thing accessory tool component part product extra element "
    "ingredient".split()
)


def list_length(values: str) -> int:
    """How many things a listing value lists: "oats, honey and salt" -> 3."""
    items = [v for v in re.split(r",|;|\band\b|&|\n|•", values) if v.strip()]
    return len(items)
