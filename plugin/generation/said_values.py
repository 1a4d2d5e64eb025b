"""How a listing's values are said inside a sentence: joined into one list, and lower-cased
unless they are names ("Vibram Megagrip", "June-October") or abbreviations ("GOTS").
"""

from __future__ import annotations

import re


def join_values(values: list[str], last: str = "and") -> str:
    values = [v.strip() for v in values if v.strip()]
    if len(values) <= 1:
        return "".join(values)
    return f"{', '.join(values[:-1])} {last} {values[-1]}"


# Days and months are names: "Saturday 10:00" stays "Saturday 10:00".
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "june july august september october november december".split()
)

_CALENDAR_SHORT = frozenset(
    "mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov "
    "dec".split()
)


# Words that keep their capital inside a sentence, whatever a frame's lower-casing did: a
# nationality, a people or a language (the planner's sentences, ``plan._proper_case``, and, round
# 40, a value's first word in any kind: "made of Japanese cedar", "French or German").
NATIONALITIES = frozenset(
    """japanese french italian english british german spanish greek turkish egyptian belgian
    swiss scottish irish welsh american chinese indian thai korean mexican portuguese dutch
    danish swedish norwegian finnish icelandic peruvian colombian ethiopian kenyan brazilian
    moroccan persian australian canadian european scandinavian nordic mediterranean estonian
    vietnamese indonesian argentinian chilean austrian hungarian czech latin arabic cyrillic
    hebrew""".split()
)


# Common words that open a value before a name without being part of it (heldout22).
_DESCRIBING = frozenset(
    "male female adult juvenile young junior senior small medium large left right".split()
)


def lower_first(text: str) -> str:
    """Lower-case a value's first letter unless it is a name or an abbreviation (``GOTS``): a
    word with a capital inside ("June-October") or followed by a capitalised word ("Vibram
    Megagrip", "Latin Extended"; not an abbreviation: "Thick EVA") is a name."""
    first, _, rest = text.partition(" ")
    named = (
        any(c.isupper() for c in first[1:])
        # "Female Harris hawk": a common describing word before a name is not part of it.
        or (rest[:1].isupper() and rest[1:2].islower() and first.lower() not in _DESCRIBING)
        or first.lower() in _CALENDAR
        or first.lower().rstrip(".,;:") in NATIONALITIES
        # "Sat 16 Jan 2027": a short day or month name before a date.
        or (first.lower().rstrip(".,") in _CALENDAR_SHORT and rest[:1].isdigit())
    )
    if len(text) > 1 and text[0].isupper() and text[1].islower() and not named:
        return text[0].lower() + text[1:]
    return text


def lower_values(values: list[str]) -> list[str]:
    """Values said in one list, in one case: each lower-cased as ``lower_first`` would only
    when all of them are, else all as the shop wrote them (raters: "adams, Elk Hair Caddis,
    klinkhamer" mixes common words and names)."""
    lowered = [lower_first(v) for v in values]
    names = [
        v
        for v, low in zip(values, lowered, strict=True)
        if v == low
        and v[:1].isupper()
        and not v.split()[0].isupper()
        # "J-hook", "D-ring": a letter's shape, not a name ("Flat scraper and J-hook").
        and not re.match(r"[A-Z]-[a-z]", v)
    ]
    return values if names else lowered
