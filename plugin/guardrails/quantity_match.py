"""Whether a draft's quantity is one of the listing's (same kind, unit precision and bound),
and whether its sentence gives it to the whole pack or to each item."""

from __future__ import annotations

import re

from plugin.guardrails.quantities import (
    TOLERANCE,
    FactQuantity,
    Quantity,
    agrees,
    find_quantities,
    same_amount,
)

# A figure the listing gives as a bound: "Acidity: ≤ 0.5 %", "max. 40 °C", "at least 20 %".
_BOUND_BEFORE = (
    ("under", re.compile(r"(?:≤|<|\bmax(?:imum|\.)?|\bup to|\bno more than|\bat most)\s*$", re.I)),
    ("over", re.compile(r"(?:≥|>|\bmin(?:imum|\.)?|\bat least|\bno less than)\s*$", re.I)),
)


def _bound_of(fact: FactQuantity) -> str:
    """ "under" or "over" when the listing gives the figure as a maximum or a minimum."""
    if fact.quantity.hedge in ("under", "over"):
        return fact.quantity.hedge
    at = fact.line.find(fact.quantity.text)
    before = fact.line[max(0, at - 16) : at] if at > 0 else ""
    return next((side for side, rx in _BOUND_BEFORE if rx.search(before)), "")


def _agrees(quantity: Quantity, physical: list[tuple[str, float]], fact: FactQuantity) -> bool:
    if quantity.hedge in ("under", "over") and quantity.hedge == _bound_of(fact):
        # "no more than 0.8 %" of "≤ 0.5 %": a bound said of a bound must be the listing's
        return any(
            kind == fact_kind and same_amount(value, fact_value, TOLERANCE)
            for kind, value in physical
            for fact_kind, fact_value in fact.quantity.readings
        )
    if not quantity.hedge and _same_unit(quantity, fact.quantity):
        # no conversion to round: "160 x 240 cm" of a 160 x 230 cm rug is another figure
        step = 10.0 ** -_decimals(quantity.text)
        if abs(quantity.value - fact.quantity.value) > step / 2 + 1e-9:
            return False
    for kind, value in physical:
        for fact_kind, fact_value in fact.quantity.readings:
            if kind == fact_kind and agrees(value, fact_value, quantity.hedge, kind):
                return True
            if kind == fact_kind == "temperature" and _rounded_fahrenheit(quantity, fact_value):
                return True
    return False


def _rounded_fahrenheit(quantity: Quantity, fact_celsius: float) -> bool:
    """A Fahrenheit figure rounded to tens, as a conversion of a listing's Celsius is written
    ("1250 °C (2280 °F)"): within half of that ten, 5 °F, of the listing's exact figure."""
    if not quantity.unit.upper().endswith("F") or quantity.value % 10:
        return False
    exact = fact_celsius * 9 / 5 + 32
    return abs(quantity.value - exact) <= 5 + 1e-9


def _same_unit(claim: Quantity, fact: Quantity) -> bool:
    return bool(claim.unit) and claim.unit.lower() == fact.unit.lower()


def _decimals(token: str) -> int:
    number = re.match(r"\d+(?:[.,](\d+))?", token)
    return len(number.group(1)) if number and number.group(1) else 0


def _of_the_whole(text: str, quantity: Quantity) -> bool:
    """Whether the sentence gives the figure to the whole pack ("the pair weighs 230 g")
    rather than to each item in it ("each pole weighs 230 g", "230 g per pole")."""
    start = max(text.rfind(mark, 0, quantity.start) for mark in (".", "!", "?", "\n")) + 1
    before = text[start : quantity.start]
    after = text[quantity.end : quantity.end + 16]
    whole = [m for m in _WHOLE_PACK.finditer(before) if not _CONTENTS.match(text, start + m.end())]
    whole = [m for m in whole if not _CONTENTS_BEFORE.search(before, 0, m.start())]
    return bool(whole) and not (
        _EACH.search(before) or _EACH_AFTER.match(after) or _one_of_a_list(text, quantity)
    )


# "In the box: the pump, 2 m of tubing", "the kit has …": the pack word opens a list of what it
# holds, each figure an item's own, not one for the whole pack ("the set weighs 2 kg").
_CONTENTS = re.compile(
    r"\s*(?::|(?:has|contains|includes|comes with|holds)\b(?!\s+(?:up to )?[\d½]))"
)
_CONTENTS_BEFORE = re.compile(r"\b(?:in|inside|into)\s+$", re.IGNORECASE)


_LIST_GAP = re.compile(r"\s*(?:,|;|/)?\s*(?:(?:and|or|&)\s+)?")


def _one_of_a_list(text: str, quantity: Quantity) -> bool:
    """A figure listed with others of its kind ("1/8 tsp, 1/4 tsp, 1/2 tsp"): each item's own,
    one to an item, not the whole set's."""
    start = max(text.rfind(mark, 0, quantity.start) for mark in (".", "!", "?", "\n")) + 1
    end = min((i for m in ".!?\n" if (i := text.find(m, quantity.end)) >= 0), default=len(text))
    figures = [q for q in find_quantities(text[start:end]) if q.kinds & quantity.kinds]
    at = next((i for i, q in enumerate(figures) if start + q.start == quantity.start), None)
    if at is None:
        return False
    sentence = text[start:end]
    neighbours = [(figures[i], figures[i + 1]) for i in (at - 1, at) if 0 <= i < len(figures) - 1]
    return any(_LIST_GAP.fullmatch(sentence[a.end : b.start]) for a, b in neighbours)


_WHOLE_PACK = re.compile(
    r"\b(?:the|this|a|each)?\s*(?:pair|set|pack|kit|bundle|box)\b|\b(?:together|in total|"
    r"in all|combined|both)\b",
    re.IGNORECASE,
)
_EACH = re.compile(r"\b(?:each|every|per|one|single)\b", re.IGNORECASE)
# "230 g each", "230 g per pole", "7.4 oz a pole" (not "a pair", "a set": the whole pack).
_EACH_AFTER = re.compile(
    r"\s*(?:each|apiece|per\b|a piece|an item|an?\s+(?!pair|set|pack|box|bundle|kit|case)[a-z]+\b)",
    re.IGNORECASE,
)
