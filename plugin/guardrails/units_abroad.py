"""Units a listing spells out in its shop's language ("36 uur", "24 godziny", "2 litri"): CLDR's
long unit names in the shop languages, through babel. The shared unit table
(``data/units.json``) leaves out the short ones and those English uses ("ore", "uur", "dag",
"timer"), since a draft is English and means something else by them; a listing in the shop's
language is read with all of them, as a number they follow is otherwise bare."""

from __future__ import annotations

import re
from functools import cache

from babel.units import format_unit

from plugin.guardrails.places import SHOP_LANGUAGES
from plugin.guardrails.quantities import Quantity, readings_of

# CLDR's unit -> the spelling plugin/guardrails/quantities.py reads it by.
_CLDR_UNITS = {
    "duration-minute": "minutes", "duration-hour": "hours", "duration-day": "days",
    "duration-week": "weeks", "duration-month": "months", "duration-year": "years",
    "volume-liter": "l", "volume-milliliter": "ml", "mass-gram": "g", "mass-kilogram": "kg",
    "length-meter": "m", "length-centimeter": "cm", "length-millimeter": "mm",
}  # fmt: skip


@cache
def _names() -> dict[str, str]:
    """Each unit's name in the shop languages, in the plural forms CLDR gives (1, 2 and 5 of
    it), lower case -> our spelling. babel carries no grammatical case: a German plural that
    differs from its singular and ends in neither -n nor -s takes -n in the dative ("ab 6
    Monaten", "nach 2 Tagen")."""
    out: dict[str, str] = {}
    for language in SHOP_LANGUAGES:
        for cldr, ours in _CLDR_UNITS.items():
            names = [format_unit(n, cldr, length="long", locale=language).removeprefix(str(n))
                     .strip().lower() for n in (1, 2, 5)]  # fmt: skip
            if language == "de" and names[-1] != names[0] and names[-1][-1:] not in "ns":
                names.append(names[-1] + "n")
            for name in names:
                out.setdefault(name, ours)
    return out


@cache
def _pattern() -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted(_names(), key=len, reverse=True))
    # on the number's own line, and not a label ("… Set of 4" then "Tag: linen")
    return re.compile(rf"(?<![\w.,])(\d+(?:[.,]\d+)?)[ \t\u00a0]+({names})(?![\w:])", re.I)


def with_units_abroad(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` (a listing's quantities) with a bare number that a unit's name in a shop
    language follows read in that unit: "per 48 ore" is 48 hours."""
    named = {m.start(): m for m in _pattern().finditer(text)}
    out = []
    for quantity in found:
        match = named.get(quantity.start)
        if match and not quantity.has_unit:
            unit = _names()[match.group(2).lower()]
            quantity = Quantity(quantity.start, match.end(), match.group(), quantity.value, unit,
                                readings_of(quantity.value, unit), quantity.is_word)  # fmt: skip
        out.append(quantity)
    return out
