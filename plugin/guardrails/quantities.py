"""Numbers with units, found in text and normalised so that 2 lbs, 907 g and 32 oz compare equal."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# unit spelling -> (dimension, factor to the dimension's base unit). Base units: g, mm, ml, s,
# W, mAh, Wh, V, GB, Hz, %, degC. A spelling with two readings ("oz": mass or fluid) lists both.
_UNITS: dict[str, tuple[tuple[str, float], ...]] = {}


def _unit(dimension: str, factor: float, *spellings: str) -> None:
    for spelling in spellings:
        _UNITS[spelling] = _UNITS.get(spelling, ()) + ((dimension, factor),)


_unit("mass", 1.0, "g", "gram", "grams", "gr")
_unit("mass", 0.001, "mg", "milligram", "milligrams")
_unit("mass", 1000.0, "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms")
_unit("mass", 453.59237, "lb", "lbs", "pound", "pounds")
_unit("mass", 28.349523, "oz", "ounce", "ounces")
_unit("volume", 29.5735, "oz", "ounce", "ounces", "fl oz", "fl. oz", "fl. oz.", "fluid ounces")
_unit("volume", 1.0, "ml", "millilitre", "millilitres", "milliliter", "milliliters")
_unit("volume", 10.0, "cl")
_unit("volume", 1000.0, "l", "liter", "liters", "litre", "litres", "ltr")
_unit("volume", 236.588, "cup", "cups")
_unit("volume", 473.176, "pint", "pints")
_unit("volume", 946.353, "quart", "quarts", "qt")
_unit("volume", 3785.41, "gallon", "gallons", "gal")
_unit("length", 1.0, "mm", "millimeter", "millimeters", "millimetre", "millimetres")
_unit("length", 10.0, "cm", "centimeter", "centimeters", "centimetre", "centimetres")
_unit("length", 1000.0, "m", "meter", "meters", "metre", "metres")
_unit("length", 25.4, "in", "inch", "inches", '"', "″", "”")
_unit("length", 304.8, "ft", "foot", "feet", "′")
_unit("length", 914.4, "yd", "yard", "yards")
_unit("time", 1.0, "sec", "secs", "second", "seconds")
_unit("time", 60.0, "min", "mins", "minute", "minutes")
_unit("time", 3600.0, "h", "hr", "hrs", "hour", "hours")
_unit("time", 86400.0, "day", "days")
_unit("time", 604800.0, "week", "weeks", "wk", "wks")
_unit("time", 2629800.0, "month", "months", "mo")
_unit("time", 31557600.0, "year", "years", "yr", "yrs")
_unit("power", 1.0, "w", "watt", "watts")
_unit("power", 1000.0, "kw", "kilowatt", "kilowatts")
_unit("charge", 1.0, "mah")
_unit("energy", 1.0, "wh")
_unit("voltage", 1.0, "v", "volt", "volts")
_unit("data", 1.0, "gb")
_unit("data", 1000.0, "tb")
_unit("data", 0.001, "mb")
_unit("frequency", 1.0, "hz")
_unit("frequency", 1000.0, "khz")
_unit("frequency", 1e9, "ghz")
_unit("percent", 1.0, "%", "percent", "per cent")
_unit("temperature", 1.0, "°c", "° c", "degrees c", "degrees celsius", "celsius", "c")
_unit("temperature", 1.0, "°f", "° f", "degrees f", "degrees fahrenheit", "fahrenheit", "f")

# Units compared by their own name only (no conversion): ratings, fabric weights and counts.
_NAMED_UNITS = (
    "gsm momme mm² hrc k karat carat ct pcs pc piece pieces pack packs set sets count "
    "thread count mp mpx lumens lm db rpm psi bar ipx ply"
).split(" ")

_SPELLINGS = sorted(set(_UNITS) | set(_NAMED_UNITS), key=len, reverse=True)
_UNIT_RE = "|".join(re.escape(s) for s in _SPELLINGS)

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12, "pair": 2,
}  # fmt: skip
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}

_NUM = (
    r"(?P<num>\d+\s+\d+/\d+|\d+/\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:\s?[½¼¾⅓⅔⅛])?"
    r"|[½¼¾⅓⅔⅛]"
    r"|(?i:" + "|".join(NUMBER_WORDS) + r"))"
)
# "in" is inches only when no article or pronoun follows ("10 in the box" is not a length).
_NOT_INCH = r"(?!(?<=in)\s+(?:the|a|an|your|our|stock|any|each|every|all|this|that|one)\b)"
# No number right after "#": "#1" is a rank, not a quantity (compliance.absolute reads it).
QUANTITY = re.compile(
    r"(?<![\w.,/$€£¥#])(?<![A-Za-z]{2}-)(?<!\b[A-Za-z]-)"
    + _NUM
    + r"(?:(?:\s?-\s?|\s)?(?P<unit>(?i:"
    + _UNIT_RE
    + r")))?(?![\w%])"
    + _NOT_INCH
)
_CONNECTOR = re.compile(r"^\s*(?:x|×|-|–|—|to|by|/|and|or)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """A number in text, with its unit's readings as ``(dimension, value in base unit)``."""

    start: int
    end: int
    text: str
    value: float
    unit: str
    readings: tuple[tuple[str, float], ...]
    is_word: bool

    @property
    def has_unit(self) -> bool:
        return bool(self.unit)


def parse_number(token: str) -> float | None:
    token = token.strip().lower()
    if token in NUMBER_WORDS:
        return float(NUMBER_WORDS[token])
    if token in _FRACTIONS:
        return _FRACTIONS[token]
    try:
        if token[-1] in _FRACTIONS:
            return float(token[:-1].strip() or 0) + _FRACTIONS[token[-1]]
        if " " in token:
            whole, frac = token.split()
            num, den = frac.split("/")
            return float(whole) + float(num) / float(den)
        if "/" in token:
            num, den = token.split("/")
            return float(num) / float(den) if float(den) else None
        return float(Decimal(token.replace(",", "")))
    except (ValueError, InvalidOperation, ZeroDivisionError):
        return None


def readings_of(value: float, unit: str) -> tuple[tuple[str, float], ...]:
    unit = unit.lower().strip()
    if unit in _UNITS:
        out = []
        for dimension, factor in _UNITS[unit]:
            if dimension == "temperature" and unit.endswith("f") or unit == "fahrenheit":
                out.append((dimension, (value - 32) * 5 / 9))
            else:
                out.append((dimension, value * factor))
        return tuple(out)
    if unit:
        return ((f"named:{_named(unit)}", value),)
    return ()


def _named(unit: str) -> str:
    unit = unit.lower()
    if unit in ("pc", "pcs", "piece", "pieces", "count", "ct"):
        return "pieces"
    return unit.rstrip("s") if len(unit) > 3 else unit


def find_quantities(text: str) -> list[Quantity]:
    """Every number in ``text``; a unit given once for a group ("10 x 8 x 4 in") applies to all."""
    found: list[Quantity] = []
    for match in QUANTITY.finditer(text):
        value = parse_number(match.group("num"))
        if value is None:
            continue
        unit = (match.group("unit") or "").lower()
        if unit in ("c", "f") and not re.match(r"\s?°|\s?degrees", text[match.end("num") :]):
            unit = ""
        unit_end = match.end("unit") if unit else match.end("num")
        found.append(
            Quantity(
                start=match.start(),
                end=unit_end,
                text=text[match.start() : unit_end],
                value=value,
                unit=unit,
                readings=readings_of(value, unit),
                is_word=match.group("num").isalpha(),
            )
        )
    return _share_units(text, found)


def _share_units(text: str, found: list[Quantity]) -> list[Quantity]:
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        here, after = out[i], out[i + 1]
        if here.has_unit or not after.has_unit or here.is_word:
            continue
        if _CONNECTOR.match(text[here.end : after.start]):
            out[i] = Quantity(
                here.start,
                here.end,
                here.text,
                here.value,
                after.unit,
                readings_of(here.value, after.unit),
                here.is_word,
            )
    return out


def same_amount(a: float, b: float, tolerance: float = 0.03) -> bool:
    """Equal within rounding: 3 % covers 25 cm for 10 in, 25 oz for 750 ml."""
    if a == b:
        return True
    return abs(a - b) <= tolerance * max(abs(a), abs(b))
