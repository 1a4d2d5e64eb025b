"""Numbers with units, found in text and normalised so that 2 lbs, 907 g and 32 oz compare equal.

The units and their factors are ``data/units.json``, generated from pint's definitions by
``scripts/generate_unit_table.py`` (pint is not needed at run time). A spelling with two readings
("oz": mass or fluid) keeps both. Numbers may use a decimal point or a decimal comma ("5,5",
"1.250,00"); a hedge before a number ("about", "just over", "under") says how it compares.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path

from plugin.guardrails.trie import trie_pattern

_TABLE = json.loads((Path(__file__).parent / "data" / "units.json").read_text(encoding="utf-8"))


def _singular_unit(spelling: str) -> bool:
    """A spelled-out plural unit ("grams", "centilitres") whose singular is its stem."""
    last = spelling.split()[-1]
    return (
        len(last) >= 5 and last.isalpha() and last.endswith("s")
        and not last.endswith(("ss", "us", "ches", "shes", "xes"))
    )  # fmt: skip


# unit spelling -> ((kind, factor, offset), ...) to the kind's base unit.
_UNITS: dict[str, tuple[tuple[str, float, float], ...]] = {}
_EXACT_CASE: set[str] = set()
for _row in _TABLE["units"]:
    _reading = (_row["kind"], float(_row["factor"]), float(_row["offset"]))
    for _spelling in _row["spellings"]:
        _key = _spelling.lower()
        if _reading not in _UNITS.get(_key, ()):
            _UNITS[_key] = _UNITS.get(_key, ()) + (_reading,)
        # "a 355-gram pack", "a 2-kilogram bag": English joins a number to the singular, so a
        # spelled-out plural unit is read in the singular too
        if _singular_unit(_key) and _reading not in _UNITS.get(_key[:-1], ()):
            _UNITS[_key[:-1]] = _UNITS.get(_key[:-1], ()) + (_reading,)
    for _spelling in _row["case_sensitive"]:
        _EXACT_CASE.add(_spelling)
        _UNITS[_spelling] = _UNITS.get(_spelling, ()) + (_reading,)

# Units compared by their own name only (no conversion): ratings, fabric weights and counts.
_NAMED_UNITS = (
    "gsm g/m² g/m2 momme mm² hrc k karat carat ct pcs pc piece pieces pack packs set sets count "
    "thread count mp mpx lumens lm db decibel decibels rpm ipx ply"
).split(" ")
# Spellings that are a unit only after a space ("1st", "the 90s" are not stones or seconds).
_AFTER_SPACE = frozenset({"st", "s"})

_FOLDED = sorted({s for s in _UNITS if s not in _EXACT_CASE} | set(_NAMED_UNITS), key=len)[::-1]
_UNIT_RE = (
    "(?i:"
    + trie_pattern(_FOLDED, separator=" ")
    + ")|"
    + "|".join(re.escape(s) for s in sorted(_EXACT_CASE, key=len, reverse=True))
)

_UNITS_WORDS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS = {
    **{w: i + 1 for i, w in enumerate(_UNITS_WORDS)},
    **{w: i + 10 for i, w in enumerate(_TEENS)},
    **{w: (i + 2) * 10 for i, w in enumerate(_TENS)},
    "hundred": 100, "thousand": 1000, "dozen": 12, "pair": 2,
}  # fmt: skip
# Two to twelve in the shop languages (German, French, Spanish, Italian, Dutch, Portuguese; the
# Nordic eleven and twelve), so "siete capas" and "drei bis vier Tage" are figures. Left out:
# words that are also English words or names ("due", "elf", "sept", "dos", "sei", "otto",
# "once"; "six" is English already), "onze" (Dutch "our") and "one"'s forms, which are
# articles ("ein", "un", "een", "uno").
_NUMBERS_ABROAD = {
    2: "zwei deux twee dois duas", 3: "drei trois tres três tre drie",
    4: "vier quatre cuatro quattro quatro", 5: "fünf cinq cinco cinque vijf",
    6: "sechs seis zes", 7: "sieben siete sette zeven sete", 8: "acht huit ocho oito",
    9: "neun neuf nueve negen", 10: "zehn dix diez dieci tien dez",
    11: "undici elva elleve", 12: "zwölf zwoelf douze doce dodici twaalf tolv",
}  # fmt: skip
NUMBER_WORDS.update({w: n for n, words in _NUMBERS_ABROAD.items() for w in words.split()})
# "sixty-seven", "twenty one": a ten and a unit; "two dozen": a number of dozens.
_WORD_NUMBER = (
    trie_pattern(_TENS, separator=" ") + "[ -]" + trie_pattern(_UNITS_WORDS, separator=" ")
    + "|" + trie_pattern(NUMBER_WORDS, separator=" ") + "(?:[ -]dozen\\b)?"
)  # fmt: skip
# A masculine ordinal sign written for a degree sign ("50 ºC"), one character for one.
_SAME_WIDTH = str.maketrans({"º": "°"})
# Unicode's vulgar fractions, every one a measure in inches or cups is written with ("2⅜ in")
_FRACTIONS = {
    "½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
    "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
}  # fmt: skip
FRACTION_CHARS = "".join(_FRACTIONS)

_NUM = (
    r"(?P<num>\d+(?:\s+|-)\d+/\d+|\d+/\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+,\d{1,2}"
    r"|\d{1,3}(?:[\u00a0\u202f]\d{3})+(?:,\d{1,2})?(?![\d])"
    r"|\d+,\d{1,2}(?![\d])|\d+(?:\.\d+)?(?:\s?[" + FRACTION_CHARS + r"])?|\.\d{1,4}(?!\d|[.,]\d)"
    r"|[" + FRACTION_CHARS + r"]"
    r"|(?i:" + _WORD_NUMBER + r"))"
)
# "in" is inches only when no article, pronoun (round 34: "under 5 in it", "12 in total"), number
# word or place name that ends a clause follows ("10 in the box", "50 in five colours", "a group of
# up to 6 in Fremantle." are not lengths), nor a name that a slash, "or" or "and" joins to another
# ("sizes 8 to 12 in Graphite/Volt", "the Model 40 in Sand or Slate"), nor a colour's English name
# (round 29: "sizes 38 to 46 in olive or black"; the names are the keys of
# ``data/colours_abroad.json``, which ``vocabulary`` reads too).
_COLOUR_NAMES = sorted(
    json.loads((Path(__file__).parent / "data" / "colours_abroad.json").read_text("utf-8"))[
        "names"
    ],
    key=len,
    reverse=True,
)
_NOT_INCH = (
    r"(?!(?<=in)\s+(?:the|a|an|your|our|stock|any|each|every|all|this|that|one|it|its|them|their"
    r"|these|those|his|her|my|which|total)\b)"
    r"(?!(?<=in)\s+(?i:" + "|".join(map(re.escape, _COLOUR_NAMES)) + r")\b)"
    r"(?!(?<=in)\s+(?i:" + trie_pattern(NUMBER_WORDS, separator=" ") + r")\b)"
    r"(?!(?<=in) +[A-Z][a-z]+(?:[.,;!?]|$|/[A-Z]|\s+(?:or|and)\s+[A-Z]))"
)
# "two-thirds", "three fifths", "seven tenths": a fraction, not a count.
_NOT_FRACTION = (
    r"(?![\s-]?(?:quarters?|thirds?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|"
    r"hundredths?)\b)"
)
# No number right after "#": "#1" is a rank, not a quantity (compliance.absolute reads it).
# Dimensions written without spaces ("150x210 cm") are numbers on either side of the "x".
# Japanese, Chinese and Thai put no space between words, and Korean writes its particles on the
# word: a kana, a kanji, a Thai letter or a Hangul syllable beside a number does not join it
# into a word ("70 °Cのお湯で60秒", "15센티미터의").
UNSPACED = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3"
WORD_CHAR = rf"(?![{UNSPACED}])\w"
QUANTITY = re.compile(
    rf"(?:(?<=\d[xX])|(?<![.,/$€£¥#])(?<!{WORD_CHAR}))(?<![A-Za-z]{{2}}-)(?<!\b[A-Za-z]-)"
    + _NUM
    # "3 working days", "5 business days": days still (round 29)
    + r"(?:(?P<space>\s?-\s?|\s)?(?:US\s|(?:working|business|calendar)\s(?=days?\b))?(?P<unit>"
    + _UNIT_RE
    + rf"))?(?!(?![xX]\d)(?:{WORD_CHAR}|[%²]))"
    + _NOT_INCH
    + _NOT_FRACTION
)
_CONNECTOR = re.compile(r"^\s*(?:x|×|-|–|—|to|by|/|and|or)\s*$", re.IGNORECASE)
# "up to" is no hedge: it states the maximum, which must be the listing's ("up to 300 lb" of a
# 275 lb capacity is an invented figure).
_HEDGES = (
    ("over", r"(?:just |a (?:little|bit) )?(?:over|more than|above|at least|upwards of)"),
    ("under", r"(?:just |a (?:little|bit) )?(?:under|less than|below|at most|no more than)"),
    ("about", r"about|around|roughly|approximately|approx\.?|nearly|almost|close to|some|~|"
              r"circa|ca\.|an estimated"),
)  # fmt: skip
_HEDGE = re.compile(
    r"(?:" + "|".join(f"(?P<{name}>\\b(?:{rx}))" for name, rx in _HEDGES) + r")\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quantity:
    """A number in text, with its unit's readings as ``(kind, value in base unit)``."""

    start: int
    end: int
    text: str
    value: float
    unit: str
    readings: tuple[tuple[str, float], ...]
    is_word: bool
    hedge: str = ""  # "about", "over", "under" or ""
    parts: tuple[float, ...] = field(default=())  # a blend ratio "70/30": its percentages

    @property
    def has_unit(self) -> bool:
        return bool(self.unit)

    @property
    def kinds(self) -> set[str]:
        return {kind for kind, _ in self.readings}


@dataclass(frozen=True)
class FactQuantity:
    """A figure the listing gives, with the line it stands in."""

    quantity: Quantity
    line: str
    axis: str = ""  # "height", "length" …: what the listing says this figure measures
    parts: frozenset[str] = frozenset()  # the part it belongs to ("strap"), from its label
    per_item: bool = False  # given for one of several ("Weight per pole", "50 g each")


def parse_number(token: str) -> float | None:
    token = token.strip().lower()
    if token in NUMBER_WORDS:
        return float(NUMBER_WORDS[token])
    words = re.split(r"[ -]", token)
    if len(words) == 2 and all(w in NUMBER_WORDS for w in words):  # "sixty-seven", "two dozen"
        first, second = NUMBER_WORDS[words[0]], NUMBER_WORDS[words[1]]
        return float(first * second if second == 12 else first + second)
    if token in _FRACTIONS:
        return _FRACTIONS[token]
    try:
        if token[-1] in _FRACTIONS:
            return float(token[:-1].strip() or 0) + _FRACTIONS[token[-1]]
        if re.fullmatch(r"\d+[ -]\d+/\d+", token):  # "1 5/8", "1-5/8"
            whole, frac = re.split(r"[ -]", token)
            num, den = frac.split("/")
            return float(whole) + float(num) / float(den)
        if "/" in token:
            num, den = token.split("/")
            return float(num) / float(den) if float(den) else None
        return float(decimal_of(token))
    except (ValueError, InvalidOperation, ZeroDivisionError):
        return None


def decimal_of(token: str) -> Decimal:
    """ "1,250.00", "1.250,00", "19,99" and "1250" as decimals: a comma or point followed by one
    or two digits at the end is the decimal mark, any other is a thousands separator."""
    token = token.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    mark = re.search(r"[.,](\d{1,2})$", token)
    if mark:
        whole = re.sub(r"[.,]", "", token[: mark.start()])
        return Decimal(f"{whole or 0}.{mark.group(1)}")
    return Decimal(re.sub(r"[.,]", "", token))


def readings_of(value: float, unit: str) -> tuple[tuple[str, float], ...]:
    key = unit if unit in _EXACT_CASE else unit.lower().strip()
    if key in _UNITS:
        return tuple((kind, value * factor + offset) for kind, factor, offset in _UNITS[key])
    if unit:
        return ((f"named:{_named(unit)}", value),)
    return ()


def unit_kinds(unit: str) -> set[str]:
    """The kinds a unit spelling reads as: {"mass", "volume"} for "oz"."""
    return {kind for kind, _ in readings_of(1.0, unit)}


def _named(unit: str) -> str:
    unit = unit.lower()
    if unit in ("pc", "pcs", "piece", "pieces", "count", "ct"):
        return "pieces"
    if unit.startswith("decibel"):
        return "db"
    if unit.startswith("g/m"):
        return "gsm"  # grams per square metre, a paper's or fabric's weight
    return unit.rstrip("s") if len(unit) > 3 else unit


# The percent sign written before its number, as Turkish and Basque write it ("%40 yün").
_SIGN_FIRST = re.compile(r"(?<![\w%])%(?P<num>\d+(?:[.,]\d+)?)(?![\d%])")


def find_quantities(text: str) -> list[Quantity]:
    """Every number in ``text``; a unit given once for a group ("10 x 8 x 4 in") applies to all."""
    text = text.translate(_SAME_WIDTH)  # "50 ºC" as "50 °C"; offsets stay the same
    text = _SIGN_FIRST.sub(r"\g<num>%", text)  # "%40 yün" (Turkish) as "40% yün", same offsets
    found: list[Quantity] = _clock_times(text)
    clocks = [(q.start, q.end) for q in found]
    for match in QUANTITY.finditer(text):
        if any(s <= match.start() < e for s, e in clocks):
            continue
        token = match.group("num")
        unit = match.group("unit") or ""
        if unit.lower() in _AFTER_SPACE and not match.group("space"):
            continue
        if unit not in _EXACT_CASE:
            unit = unit.lower()
        if unit in ("c", "f") and not re.match(r"\s?°|\s?degrees", text[match.end("num") :]):
            unit = ""
        if unit == "second" and re.match(r"-[^\W\d_]", text[match.end("unit") :]):
            unit = ""  # "the 2025 second-pressing oil": the ordinal of a compound (round 30)
        spelled = token[0].isalpha()  # "two", "sixty-seven", "two dozen"
        if spelled and len(unit) <= 2:
            unit = ""  # "seats five in comfort": a spelled-out number takes a spelled-out unit
        unit_end = match.end("unit") if unit else match.end("num")
        hedge = _hedge(text, match.start())
        ratio = _blend_ratio(token, unit)
        if ratio:
            found.append(
                Quantity(match.start(), match.end("num"), token, ratio[0], "%",
                         (("percent", ratio[0]),), False, hedge, ratio)
            )  # fmt: skip
            continue
        pair = _alternatives(token) if unit else ()
        if pair:  # "60/70 m": the 60 m and the 70 m, not a fraction of a metre
            num = match.start("num")
            cut = num + token.index("/")
            for at, stop, each in ((num, cut, pair[0]), (cut + 1, unit_end, pair[1])):
                found.append(Quantity(at, stop, text[at:stop], each, unit,
                                      readings_of(each, unit), False, hedge))  # fmt: skip
            continue
        value = parse_number(token)
        if value is None:
            continue
        if _POINT_THREE.fullmatch(token) and (token[0] in ".0" or unit in _IMPERIAL):
            value = float(token)  # ".003 in", "0.036 in", "2.125 in": decimals, not thousands
        start = match.start()
        if _MINUS_BEFORE.search(text, max(0, start - 2), start) and any(
            kind == "temperature" for kind, _ in readings_of(value, unit)
        ):
            start, value = start - 1, -value  # "-20 °F", "(about −29 °C)"; not "10-20 °C"
            hedge = _hedge(text, start)
        found.append(
            Quantity(
                start=start,
                end=unit_end,
                text=text[start:unit_end],
                value=value,
                unit=unit,
                readings=readings_of(value, unit),
                is_word=spelled,
                hedge=hedge,
            )
        )
    found = [_and_a_half(text, q) for q in found]
    found += _one_of(text, found)
    found += _magnifications(text, found)
    return _share_units(text, _compounds(text, sorted(found, key=lambda q: q.start)))


# A point and three digits is a decimal, not a thousands group, after a zero or none ("0.036",
# ".003") and before an imperial unit ("2.125 in"), which no shop writes with "." for thousands.
_POINT_THREE = re.compile(r"\d*\.\d{3}")
_IMPERIAL = frozenset("in inch inches ft foot feet lb lbs oz yd yds mi gal".split())


# A minus sign before a temperature, after a space, a bracket or the start of the text.
_MINUS_BEFORE = re.compile(r"(?:^|(?<=[\s(]))[-−–]$")


# "a pound", "half a litre", "an inch": one (or half) of a spelled-out unit of mass, volume or
# length, loosely said (so compared as "about"); time is left out ("in a minute", "a day hike").
_ONE_OF = re.compile(
    r"\b(?:(?P<part>half|a quarter|quarter|a third|(?:one|two|three|four)[\s-](?:thirds?|quarters?|"
    r"fifths?))\s+(?:of\s+)?)?"
    r"(?:a|an)\s+(?P<unit>pound|kilo|kilogram|gram|ounce|litre|liter|pint|"
    r"quart|gallon|inch|foot|metre|meter|yard|mile|centimetre|centimeter|millimetre|millimeter)"
    r"(?![\w-])",
    re.IGNORECASE,
)


_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)
_PARTS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}
# "two-thirds of a pound", "three quarters of a litre": a fraction in words of a unit.
_SHARES = {"thirds": 3, "third": 3, "quarters": 4, "quarter": 4, "fifths": 5, "fifth": 5}
_NUMERATORS = {"one": 1, "two": 2, "three": 3, "four": 4}


def _part_value(part: str) -> float:
    if part in _PARTS:
        return _PARTS[part]
    words = part.split()
    if len(words) == 2 and words[0] in _NUMERATORS and words[1] in _SHARES:
        return _NUMERATORS[words[0]] / _SHARES[words[1]]
    return 1.0


# "two and a half hours", "3 and a half metres": a number, a half and the unit after it.
_HALF_THEN_UNIT = re.compile(
    r"\s+and\s+a\s+half\s+(?P<unit>" + _UNIT_RE + r")(?![\w%²])", re.IGNORECASE
)


def _and_a_half(text: str, quantity: Quantity) -> Quantity:
    if quantity.unit or quantity.parts:
        return quantity
    half = _HALF_THEN_UNIT.match(text, quantity.end)
    if not half or (quantity.is_word and len(half["unit"]) <= 2):
        return quantity
    unit = half["unit"] if half["unit"] in _EXACT_CASE else half["unit"].lower()
    value = quantity.value + 0.5
    end = half.end()
    readings = readings_of(value, unit)
    return replace(quantity, end=end, text=text[quantity.start : end], value=value, unit=unit,
                   readings=readings)  # fmt: skip


def _one_of(text: str, found: list[Quantity]) -> list[Quantity]:
    taken = [(q.start, q.end) for q in found]
    out = []
    for match in _ONE_OF.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        part = (match.group("part") or "").lower().removeprefix("a ").replace("-", " ")
        value = _part_value(part) if part else 1.0
        end = match.end()
        if not part and (half := _AND_A_HALF.match(text, end)):
            value, end = 1.5, half.end()  # "a metre and a half", "a pound and a half"
        unit = match.group("unit").lower()
        hedge = _hedge(text, match.start()) or "about"
        out.append(Quantity(match.start(), end, text[match.start() : end], value, unit,
                            readings_of(value, unit), True, hedge))  # fmt: skip
    return out


# "at 10:00", "9:30 pm", "10am", "7 p.m.": a time of day, read in minutes after midnight and
# compared by name (a time of day is exact: 9:45 is not "about" 9:30).
_CLOCK = re.compile(
    r"(?<![\d:.,])(?:(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?:\s?(?P<ap>[ap](?:\.m\.|m\b)))?"
    r"|(?P<h12>1[0-2]|0?[1-9])\s?(?P<ap12>[ap](?:\.m\.|m\b)))"
    r"(?:(?<=[mM.])(?!\d)|(?<![mM.])(?![\d:]))",  # "9 pm: six teas" ends at "pm"
    re.IGNORECASE,
)


def _clock_times(text: str) -> list[Quantity]:
    out = []
    matches = list(_CLOCK.finditer(text))
    for match, after in zip(matches, [*matches[1:], None], strict=False):
        hour = int(match.group("h") or match.group("h12"))
        half = (match.group("ap") or match.group("ap12") or "").lower()[:1]
        if not half and after and _RANGE_JOIN.fullmatch(text, match.end(), after.start()):
            # "6:30 to 8:30 pm": the second time's half of the day is the first's too (not in
            # "11 to 1 pm", which starts before noon)
            if hour < int(after.group("h") or after.group("h12")) % 12 or hour == 12:
                half = (after.group("ap") or after.group("ap12") or "").lower()[:1]
        if half == "p" and hour < 12:
            hour += 12
        elif half == "a" and hour == 12:
            hour = 0
        value = float(hour * 60 + int(match.group("m") or 0))
        out.append(Quantity(match.start(), match.end(), match.group(), value, "clock",
                            (("named:clock", value),), False))  # fmt: skip
        bare = _BARE_HOUR_BEFORE.search(text, max(0, match.start() - 12), match.start())
        if (
            half == "p"
            and bare
            and int(bare.group("h")) < hour % 12
            and not any(m.start() <= bare.start("h") < m.end() for m in matches)
        ):  # "6 to 9 pm": the bare hour before the range's end is an evening hour too
            first = int(bare.group("h")) + 12
            start, end = bare.start("h"), bare.end("m") if bare.group("m") else bare.end("h")
            minutes = float(first * 60 + int(bare.group("m") or 0))
            out.append(Quantity(start, end, text[start:end], minutes, "clock",
                                (("named:clock", minutes),), False))  # fmt: skip
    return out


_BARE_HOUR_BEFORE = re.compile(
    r"(?<![\d:.,])(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?\s*(?:to|till|until|-|–|—)\s*$",
    re.IGNORECASE,
)


_RANGE_JOIN = re.compile(r"\s*(?:to|till|until|-|–|—)\s*", re.IGNORECASE)


# "a 10x loupe", "gives 48x": a magnification (or a multiple) written against its number.
_MAGNIFICATION = re.compile(r"(?<![\w.,/$€£¥#])(?P<num>\d+(?:\.\d+)?)[x×](?![\w%²×])")


def _magnifications(text: str, found: list[Quantity]) -> list[Quantity]:
    taken = [(q.start, q.end) for q in found]
    out = []
    for match in _MAGNIFICATION.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        value = float(match.group("num"))
        out.append(Quantity(match.start(), match.end(), match.group(), value, "x",
                            (("named:x", value),), False, _hedge(text, match.start())))  # fmt: skip
    return out


def _alternatives(token: str) -> tuple[float, ...]:
    """ "60/70" before a unit: two figures to choose from, as no fraction is written with two
    numbers of two digits or more whose denominator is no power of two ("15/16 in" is one)."""
    parts = token.split("/")
    if len(parts) != 2 or not all(p.isdigit() and len(p) >= 2 for p in parts):
        return ()
    low, high = int(parts[0]), int(parts[1])
    return () if high & (high - 1) == 0 else (float(low), float(high))


def _blend_ratio(token: str, unit: str) -> tuple[float, ...]:
    """ "70/30" (a blend) reads as 70 % and 30 %: two whole numbers that add up to 100."""
    parts = token.split("/")
    if unit or len(parts) != 2 or not all(p.isdigit() for p in parts):
        return ()
    values = tuple(float(p) for p in parts)
    return values if sum(values) == 100 and min(values) > 0 else ()


def _hedge(text: str, start: int) -> str:
    match = _HEDGE.search(text[max(0, start - 24) : start])
    return next((name for name, _ in _HEDGES if match and match.group(name)), "")


def _share_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """A unit given once for a group applies to each number of it: "10 x 8 x 4 in", "20 to 34
    °C", and a list that ends "and"/"or" a number with its unit ("70, 80, 90 and 100 °C"; a
    bare comma alone joins nothing: "a pack of 2, 500 ml each")."""
    out = list(found)
    listed = False  # the chain being read ends "and"/"or" the unit's number
    for i in range(len(out) - 2, -1, -1):
        here, after = out[i], out[i + 1]
        between = text[here.end : after.start]
        if after.has_unit and not listed:
            listed = bool(_LIST_END.match(between))
        if here.has_unit or not after.has_unit or here.is_word:
            listed = False
            continue
        if (
            _CONNECTOR.match(between)
            or (listed and _COMMA.match(between))
            or (_LIST_END.match(between) and "," not in between)
        ):
            start, value = here.start, here.value
            if (
                value > 0
                and _MINUS_BEFORE.search(text, max(0, start - 2), start)
                and any(kind == "temperature" for kind, _ in readings_of(value, after.unit))
            ):  # "-40 to 120 °F": the unit makes the first a temperature, below zero (round 29)
                start, value = start - 1, -value
            out[i] = Quantity(
                start,
                here.end,
                text[start : here.end],
                value,
                after.unit,
                readings_of(value, after.unit),
                here.is_word,
                here.hedge or after.hedge,
            )
        else:
            listed = False
    for i in range(1, len(out)):  # "about 160 x 240 cm": the hedge is said of every side
        before, here = out[i - 1], out[i]
        if before.hedge and not here.hedge and _TIMES.fullmatch(text[before.end : here.start]):
            out[i] = replace(here, hedge=before.hedge)
    return out


# "and"/"or" in English and the shop languages ("2, 3 und 4 mm", "3 ou 4 cm", "2 och 3 mm")
_LIST_END = re.compile(
    r"^\s*,?\s*(?:and|or|und|oder|et|ou|y|o|e|en|och|eller|og|oraz|lub)\s*$", re.IGNORECASE
)
_COMMA = re.compile(r"^\s*,\s*$")


def _compounds(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "7 ft 3 in", "2 lb 4 oz", "1 h 30 min": a measure in two units of one kind, the larger
    first, is one quantity (in the smaller unit)."""
    out: list[Quantity] = []
    for here in found:
        last = out[-1] if out else None
        if last is not None and _adds_to(text, last, here):
            kind = next(iter(here.kinds & last.kinds))
            total = dict(last.readings)[kind] + dict(here.readings)[kind]
            value = round(total / dict(readings_of(1.0, here.unit))[kind], 6)
            out[-1] = Quantity(last.start, here.end, text[last.start : here.end], value,
                               here.unit, ((kind, total),), False, last.hedge)  # fmt: skip
            continue
        out.append(here)
    return out


_DIMENSION_BEFORE = re.compile(r"\d\s*(?:x|×|by)\s*$", re.IGNORECASE)


def _adds_to(text: str, big: Quantity, small: Quantity) -> bool:
    if (
        not (big.has_unit and small.has_unit)
        or small.hedge
        or not re.fullmatch(r"\s+(?:and\s+)?", text[big.end : small.start])
        or _DIMENSION_BEFORE.search(text, 0, big.start)
    ):
        return False  # "183 x 61 cm and 4 mm thick": the last of the dimensions, then another
    kinds = big.kinds & small.kinds
    if len(kinds) != 1 or kinds == {"temperature"}:
        return False
    kind = next(iter(kinds))
    big_one = dict(readings_of(1.0, big.unit))[kind]
    small_one = dict(readings_of(1.0, small.unit))[kind]
    return big_one > small_one and small.value * small_one < big_one


_TIMES = re.compile(r"\s*(?:x|×|by)\s*", re.IGNORECASE)


TOLERANCE = 0.05  # rounding in a conversion: 25 cm for 10 in, 7.8 oz for 220 g
HEDGED_TOLERANCE = 0.10  # "about 4 oz" for 120 g


def same_amount(a: float, b: float, tolerance: float = TOLERANCE) -> bool:
    """Equal within rounding."""
    if a == b:
        return True
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


# Temperatures compare in degrees, not in per cent of a scale whose zero is arbitrary: 95 °F
# (35 °C) is not the listing's 34 °C, while 93 °F is.
TEMPERATURE_TOLERANCE = 0.6  # °C: one rounding of a conversion
HEDGED_TEMPERATURE_TOLERANCE = 2.0


def agrees(claim: float, fact: float, hedge: str = "", kind: str = "") -> bool:
    """Whether a claimed amount is true of the listing's: "just over 4 oz" of 120 g is, "under
    1 kg" of 850 g is, "about 2 kg" of 1.9 kg is."""
    if kind == "temperature":
        slack = HEDGED_TEMPERATURE_TOLERANCE if hedge else TEMPERATURE_TOLERANCE
        if hedge == "over":
            return fact >= claim - slack
        if hedge == "under":
            return fact <= claim + slack
        return abs(claim - fact) <= slack
    if hedge == "over":
        return fact >= claim * (1 - TOLERANCE)
    if hedge == "under":
        return fact <= claim * (1 + TOLERANCE)
    return same_amount(claim, fact, HEDGED_TOLERANCE if hedge else TOLERANCE)


# Between a figure and a bare number that shares its unit: the same sentence, a clause apart.
_SAME_SENTENCE = re.compile(r"[^.!?\n]*[,;][^.!?\n]*")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:)]|$)")


def with_elided_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` (a listing's quantities) with a bare number that ends its clause read in the
    unit of the measure a clause before it in the same sentence: "dry in 2 hours, recoat after
    4" is 4 hours ("1-pack, price 14.00" gives no price in packs)."""
    out: list[Quantity] = []
    for quantity in found:
        before = out[-1] if out else None
        if (
            before is not None
            and any(not kind.startswith("named:") for kind, _ in before.readings)
            and not quantity.has_unit
            and not quantity.parts
            and _SAME_SENTENCE.fullmatch(text, before.end, quantity.start)
            and _CLAUSE_END.match(text, quantity.end)
        ):
            unit = before.unit
            quantity = Quantity(quantity.start, quantity.end, quantity.text, quantity.value, unit,
                                readings_of(quantity.value, unit), quantity.is_word)  # fmt: skip
        out.append(quantity)
    return out
