"""Units a listing spells out in its shop's language ("36 uur", "24 godziny", "2 litri"): CLDR's
long unit names in the shop languages, through babel. The shared unit table
(``data/units.json``) leaves out the short ones and those English uses ("ore", "uur", "dag",
"timer"), since a draft is English and means something else by them; a listing in the shop's
language is read with all of them, as a number they follow is otherwise bare."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Literal

from babel import localedata
from babel.numbers import list_currencies
from babel.units import format_unit

from plugin.guardrails.places import SHOP_LANGUAGES
from plugin.guardrails.quantities import UNSPACED, WORD_CHAR, Quantity, readings_of

# Languages written without spaces between words (or with particles on the word), whose units
# may touch their numbers ("60秒", "15cm의"), and shop languages of other scripts that space
# their words ("3 मिनट").
_UNSPACED_LANGUAGES = ("ja", "zh", "ko", "th")
_OTHER_SCRIPTS = ("el", "hi")
_UNSPACED_NAME = re.compile(f"[{UNSPACED}]")
# The vowel signs and viramas of the Indic scripts (Devanagari to Malayalam, Sinhala): no word
# letter to ``\w``, so a unit's name is not ended before one ("সেম" of a longer word).
_MARKS = (
    "\u0900-\u0903\u093a-\u094f\u0981-\u0983\u09bc-\u09d7\u0a01-\u0a03\u0a3c-\u0a51"
    "\u0a81-\u0a83\u0abc-\u0acd\u0b01-\u0b03\u0b3c-\u0b57\u0b82\u0bbe-\u0bd7"
    "\u0c00-\u0c04\u0c3c-\u0c56\u0c81-\u0c83\u0cbc-\u0cd6\u0d00-\u0d03\u0d3b-\u0d57"
    "\u0d81-\u0d83\u0dca-\u0ddf\u200c\u200d"
)
# CLDR's unit -> the spelling plugin/guardrails/quantities.py reads it by.
_CLDR_UNITS = {
    "duration-second": "seconds", "duration-minute": "minutes", "duration-hour": "hours",
    "duration-day": "days", "duration-week": "weeks", "duration-month": "months",
    "duration-year": "years",
    "volume-liter": "l", "volume-milliliter": "ml", "mass-gram": "g", "mass-kilogram": "kg",
    "length-meter": "m", "length-centimeter": "cm", "length-millimeter": "mm",
    "length-inch": "in",
}  # fmt: skip


# Everyday short names CLDR does not carry (round 57): Hindi writes a centimetre "सेमी" and a
# kilogram "किलो" more often than CLDR's abbreviations with their "॰" marks.
# Tamil writes them "செமீ", "மிமீ" and "கிலோ" (round 58), where CLDR gives Latin "cm" and "kg".
_EVERYDAY_NAMES = {
    "सेमी": "cm", "मिमी": "mm", "किलो": "kg", "मिली": "ml",
    "செமீ": "cm", "மிமீ": "mm", "கிலோ": "kg", "மிலி": "ml",
}  # fmt: skip


def _is_word(name: str) -> bool:
    """Letters only, a vowel sign or joiner among them allowed (round 58): "সেমি", "கிராம்"
    are words of their scripts, though ``str.isalpha`` refuses the marks ("ি", "்") between
    their letters, so the measures of Bengali, Tamil and other Indic listings went unread."""
    return (
        bool(name)
        and unicodedata.category(name[0]).startswith("L")
        and all(unicodedata.category(char)[0] in "LM" or char in "\u200c\u200d" for char in name)
    )


@cache
def _every_language() -> tuple[str, ...]:
    """Every language CLDR carries (round 48): a listing is read with the long unit names of
    any language, not only the shop languages, since each blind set brings languages no list
    named ("18 modfedd", "3 semanas"). Long names only: the short ones ("in", "d") are English
    words or letters; a long name is on the number's own line, after the number."""
    return tuple(sorted({code.split("_")[0] for code in localedata.locale_identifiers()}))


@cache
def _names() -> dict[str, str]:
    """Each unit's name in the shop languages, in the plural forms CLDR gives (1, 2 and 5 of
    it), lower case -> our spelling. babel carries no grammatical case: a German plural that
    differs from its singular and ends in neither -n nor -s takes -n in the dative ("ab 6
    Monaten", "nach 2 Tagen")."""
    out: dict[str, str] = {}
    shop = (*SHOP_LANGUAGES, *_OTHER_SCRIPTS, *_UNSPACED_LANGUAGES)
    currencies = list_currencies()
    for language in (*shop, *(code for code in _every_language() if code not in shop)):
        lengths: tuple[Literal["long", "short"], ...] = (
            ("long", "short") if language in _UNSPACED_LANGUAGES else ("long",)
        )
        for cldr, ours in _CLDR_UNITS.items():
            names = [format_unit(n, cldr, length=length, locale=language).removeprefix(str(n))
                     .strip().lower() for n in (1, 2, 5) for length in lengths]  # fmt: skip
            if language in _UNSPACED_LANGUAGES:  # their own script only, not "g" or "cm"
                names = [name for name in names if _UNSPACED_NAME.match(name)]
            if language == "de" and names[-1] != names[0] and names[-1][-1:] not in "ns":
                names.append(names[-1] + "n")
            for name in names:
                if language not in shop and (
                    len(name) < 3 or name.upper() in currencies or not _is_word(name)
                ):  # "in", "d": a word; "eur" (Breton hours): a currency; "siku 5": no suffix
                    continue
                out.setdefault(name, ours)
    for name, ours in _EVERYDAY_NAMES.items():
        out.setdefault(name, ours)
    for language in _every_language():  # after every long name, so a long one keeps its place
        if language in shop:
            continue
        for cldr, ours in _CLDR_UNITS.items():
            if cldr.startswith("duration-"):
                continue
            for n in (1, 2, 5):
                name = format_unit(n, cldr, length="short", locale=language)
                name = name.removeprefix(str(n)).strip().lower()
                if _abbreviation_of_another_script(name):
                    out.setdefault(name, ours)
    return out


def _abbreviation_of_another_script(name: str) -> bool:
    """A measure's short name in a script with no Latin letter ("см", "мм", "кг" in Cyrillic),
    read in any language since round 49: a listing writes a measure so ("Высота: 30 см") more
    often than spelled out, and two letters of another script are no English word, as "in" or
    "d" are. Durations stay long only: one script's short hour is another's year."""
    return (
        len(name) >= 2
        and _is_word(name)
        and not any("a" <= char <= "z" for char in name)
        and not _UNSPACED_NAME.match(name)
        and name.upper() not in list_currencies()
    )


@cache
def _pattern() -> re.Pattern[str]:
    ordered = sorted(_names(), key=len, reverse=True)
    spaced = "|".join(re.escape(n) for n in ordered if not _UNSPACED_NAME.match(n))
    unspaced = "|".join(re.escape(n) for n in ordered if _UNSPACED_NAME.match(n))
    # on the number's own line, and not a label ("… Set of 4" then "Tag: linen"); a name in a
    # script that puts no space between words may touch its number and the next word ("60秒ほど")
    return re.compile(
        rf"(?<![.,])(?<!{WORD_CHAR})(\d+(?:[.,]\d+)?)"
        rf"(?:[ \t\u00a0]+(?P<name>{spaced})(?![\w:{_MARKS}])|[ \t\u00a0]*(?P<tight>{unspaced}))",
        re.I,
    )


@cache
def _latin_lengths() -> dict[str, str]:
    """A length's short name in Latin letters that English gives no unit ("sm" for centimetres
    in Uzbek, Azerbaijani and Turkmen, "òirl" for inches in Gaelic; round 50), -> our spelling.
    Two letters of Latin may be an English abbreviation ("tm", "db"), so they are read only
    after a product's measures ("120 x 180 sm", ``_measures``), never after one number."""
    english = _english_unit_names()
    currencies = list_currencies()
    out: dict[str, str] = {}
    for language in _every_language():
        for cldr, ours in _CLDR_UNITS.items():
            if not cldr.startswith("length-"):
                continue
            for n in (1, 2, 5):
                name = format_unit(n, cldr, length="short", locale=language)
                name = name.removeprefix(str(n)).strip().lower()
                if (
                    len(name) >= 2
                    and name.isalpha()
                    and any("a" <= char <= "z" for char in name)
                    and name not in english
                    and name.upper() not in currencies
                    and name not in _names()
                ):
                    out.setdefault(name, ours)
    return out


@cache
def _english_unit_names() -> frozenset[str]:
    """Every unit's name in English, in each length CLDR gives ("cm", "in", "dB"), lower case."""
    names: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, str):
            names.add(node.replace("{0}", "").strip().lower())
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, tuple):
            for value in node:
                walk(value)

    walk(localedata.load("en")["unit_patterns"])
    return frozenset(names)


@cache
def _measures() -> re.Pattern[str]:
    """Two or three measures by "x" and a Latin short name after the last: "60 x 90 sm"."""
    names = "|".join(re.escape(n) for n in sorted(_latin_lengths(), key=len, reverse=True))
    number = r"\d+(?:[.,]\d+)?"
    return re.compile(
        rf"(?<![.,])(?<!{WORD_CHAR}){number}(?:[ \t\u00a0]*[x×][ \t\u00a0]*{number}){{1,2}}"
        rf"[ \t\u00a0]+(?P<name>{names})(?![\w:])",
        re.I,
    )


_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _measured(text: str) -> dict[int, str]:
    """Each number of a measures run (``_measures``) by its start -> our spelling of its unit."""
    out: dict[int, str] = {}
    for match in _measures().finditer(text):
        unit = _latin_lengths()[match.group("name").lower()]
        for number in _NUMBER.finditer(match.group()):
            out[match.start() + number.start()] = unit
    return out


# The first number of a range whose unit is named once, after the second: "2-12 uur", "2 tot
# 12 uur", "3 bis 5 Tagen" (a dash or one short word between the numbers).
_RANGE_START = re.compile(r"(\d+(?:[.,]\d+)?)[ \t\u00a0]*(?:[-–]|[ \t\u00a0]\w{1,5}[ \t\u00a0])"
                          r"[ \t\u00a0]*(?=\d)")  # fmt: skip


def with_units_abroad(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` (a listing's quantities) with a bare number that a unit's name in a shop
    language follows read in that unit: "per 48 ore" is 48 hours; the first of a range takes
    the unit named after the second ("2-12 uur")."""
    named = {m.start(): m for m in _pattern().finditer(text)}
    for start in list(named):
        for opening in _RANGE_START.finditer(text, max(0, start - 12), start + 1):
            if opening.end() == start and not text[opening.start() - 1 : opening.start()].isalnum():
                named.setdefault(opening.start(), named[start])
    measured = _measured(text) if _latin_lengths() else {}
    out = []
    for quantity in found:
        match = named.get(quantity.start)
        if not match and not quantity.has_unit and quantity.start in measured:
            unit = measured[quantity.start]
            quantity = Quantity(quantity.start, quantity.end, quantity.text, quantity.value, unit,
                                readings_of(quantity.value, unit), quantity.is_word)  # fmt: skip
        if match and not quantity.has_unit:
            unit = _names()[(match.group("name") or match.group("tight")).lower()]
            end = match.end() if match.start() == quantity.start else quantity.end
            said = text[quantity.start : end]
            quantity = Quantity(quantity.start, end, said, quantity.value, unit,
                                readings_of(quantity.value, unit), quantity.is_word)  # fmt: skip
        out.append(quantity)
    return out
