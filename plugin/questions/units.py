"""A measure in the other unit system when the shopper asks for it: "how long is it in cm?" of a
listing that gives inches, "wie viel wiegt es in kg?" of one that gives pounds. The listing's
own figure is always quoted too; the converted one is computed, rounded, and said to be about.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from plugin.questions.lexicon import fold

# Words that ask for a metric or an imperial unit, in the languages we answer in (folded).
_METRIC = re.compile(
    r"(?<![^\W_])(?:cm|mm|centimet(?:er|re)s?|centimetres?|zentimeter[n]?|centimetros?|"
    r"centimetri|centymetr\w*|senttimetr\w*|millimet(?:er|re)s?|millimetri|milimetros?|"
    r"milimetr\w*|metres?|meters?|metros?|metri|metr[oó]w|kg|kilos?|kilograms?|kilogrammes?|"
    r"kilogramm[eo]?s?|kilogramos?|kilogrammi|kilogramy|grams?|grammes?|gramm|gramos?|"
    r"grammi|gramy|metric|metrisch|metrique|metrico)(?![^\W_])"
)
_IMPERIAL = re.compile(
    r"(?<![^\W_])(?:inch(?:es)?|zoll|pouces?|pulgadas?|pollici|duim|polegadas?|tum|tommer|"
    r"tuuma\w*|cali|lbs?|pounds?|pfund|livres?|libras?|libbre|ounces?|oz|feet|foot|ft|"
    r"imperial)(?![^\W_])"
)
# A measure as listings write it: one to three numbers joined by "x", then the unit.
_MEASURE = re.compile(
    r"(\d+(?:\.\d+)?(?:\s*x\s*\d+(?:\.\d+)?){0,2})\s*(in|inch(?:es)?|\"|ft|lbs?|oz|cm|mm|m|kg|g)"
    r"(?![\w])",
    re.IGNORECASE,
)
# unit → (target unit, factor, decimals)
_TO_METRIC = {"in": ("cm", 2.54, 1), "inch": ("cm", 2.54, 1), "inches": ("cm", 2.54, 1),
              '"': ("cm", 2.54, 1), "ft": ("cm", 30.48, 0), "lb": ("kg", 0.45359237, 2),
              "lbs": ("kg", 0.45359237, 2), "oz": ("g", 28.349523, 0)}
_TO_IMPERIAL = {"cm": ("in", 1 / 2.54, 1), "mm": ("in", 1 / 25.4, 2), "m": ("ft", 3.28084, 1),
                "kg": ("lbs", 2.2046226, 2), "g": ("oz", 1 / 28.349523, 1)}
def asked_system(question: str) -> str:
    """ "metric" or "imperial" when the question asks for a unit of that system, else ""."""
    folded = fold(question)
    if _METRIC.search(folded):
        return "metric"
    if _IMPERIAL.search(folded):
        return "imperial"
    return ""


def _number(value: float, decimals: int) -> str:
    """Rounded half up (69.85 → 69.9), without trailing zeros."""
    text = str(Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP))
    return text.rstrip("0").rstrip(".") if "." in text else text


def converted(text: str, system: str) -> list[str]:
    """The measures of ``text`` ("72 x 24 x 0.2 in", "2.3 lbs") in ``system``'s units, for those
    written in the other system: ["182.9 x 61 x 0.5 cm", "1.04 kg"]."""
    table = _TO_METRIC if system == "metric" else _TO_IMPERIAL if system == "imperial" else {}
    found = []
    for numbers, unit in _MEASURE.findall(text):
        target = table.get(unit.lower())
        if target is None:
            continue
        name, factor, decimals = target
        values = [float(n) * factor for n in re.split(r"\s*x\s*", numbers)]
        found.append(f"{' x '.join(_number(v, decimals) for v in values)} {name}")
    return found
