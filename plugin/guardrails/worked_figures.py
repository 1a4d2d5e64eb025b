"""Quantities worked out from the listing's rather than given by it: its worked example
scaled, a total or share of its figures, an instance within a bound its sentence states."""

from __future__ import annotations

import re

from plugin.guardrails.facts_record import memo
from plugin.guardrails.listing_facts import ListingFacts
from plugin.guardrails.quantities import Quantity, agrees, find_quantities


def _scaled_example(text: str, quantity: Quantity, facts: ListingFacts) -> bool:
    """Two figures of one draft sentence in the proportion of two figures of one listing
    sentence, of the same kinds: the listing's worked example with other numbers ("in a 1000
    mm telescope it gives 40x" of "in a 1200 mm telescope it gives 48x")."""
    start = max(text.rfind(mark, 0, quantity.start) for mark in ".!?\n") + 1
    end = min((i for m in ".!?\n" if (i := text.find(m, quantity.end)) >= 0), default=len(text))
    others = [q for q in find_quantities(text[start:end]) if q.start != quantity.start - start]
    if not others:
        return False
    for given in memo(facts, "sentence figures", _sentence_figures):
        for a in given:
            for b in given:
                if a is b or a.kinds & b.kinds or not (a.kinds & quantity.kinds):
                    continue
                for other in others:
                    if b.kinds & other.kinds and _same_ratio(quantity, other, a, b):
                        return _of_the_shoppers(text, quantity.start) or _of_the_shoppers(
                            text, start + other.start
                        )
    return False


_DIGITS = re.compile(r"\d+")


def _sentence_figures(facts: ListingFacts) -> list[list[Quantity]]:
    """The figures of each listing sentence that gives two or more."""
    out = []
    for line in facts.lines:
        for sentence in re.split(r"(?<=[.!?;])\s+", line):
            if len(_DIGITS.findall(sentence)) < 2:
                continue  # fewer than two figures: none to read
            given = find_quantities(sentence)
            if len(given) >= 2:
                out.append(given)
    return out


# A figure of the shopper's own thing, not the product's: "in a 1000 mm telescope", "for your
# 60 m² lawn", "on two square metres".
_SHOPPERS = re.compile(r"\b(?:in|with|for|on|over|into|to|if)\s+(?:(?:a|an|your|any)\s+)?$", re.I)


def _of_the_shoppers(text: str, at: int) -> bool:
    return bool(_SHOPPERS.search(text[max(0, at - 12) : at]))


def _same_ratio(q: Quantity, p: Quantity, a: Quantity, b: Quantity) -> bool:
    values = [_base(x, k) for x, k in ((q, a.kinds), (p, b.kinds), (a, a.kinds), (b, b.kinds))]
    if any(v is None or v <= 0 for v in values):
        return False
    qv, pv, av, bv = values
    assert qv and pv and av and bv
    if abs(qv - av) <= av * 0.001:
        return False  # the listing's own figure: judged as it is
    return abs(qv / pv - av / bv) <= (av / bv) * 0.01


def _base(quantity: Quantity, kinds: set[str] | frozenset[str]) -> float | None:
    return next((value for kind, value in quantity.readings if kind in kinds), None)


# Words that say a figure is worked out from others: a total, or a share of one.
_WORKED_OUT = re.compile(
    r"\b(?:between them|in all|in total|altogether|all together|combined|a total of|works? out|"
    r"comes? to)\b",
    re.IGNORECASE,
)


def _derived(
    text: str, quantity: Quantity, physical: list[tuple[str, float]], facts: ListingFacts
) -> bool:
    """A figure worked out from the listing's: one of its figures times or divided by one of its
    counts, said with a word of totting up ("between them … 100 litres" of 10 tablets at 10
    litres each), or hedged with the count in the sentence ("about 73.5 kWh: 15 kg at 4.9
    kWh/kg")."""
    start = max(text.rfind(mark, 0, quantity.start) for mark in (".", "!", "?", "\n")) + 1
    counts = {n for n in facts.numbers if n == int(n) and 2 <= n <= 1000}
    if not _WORKED_OUT.search(text, start, quantity.end + 40):
        if not quantity.hedge:
            return False
        # a hedged figure only with its working shown: "about 73.5 kWh: 15 kg at 4.9 kWh/kg"
        end = min((i for m in ".!?\n" if (i := text.find(m, quantity.end)) >= 0), default=len(text))
        others = find_quantities(text[start:end])
        counts &= {q.value for q in others if q.start != quantity.start - start}
    for kind, value in physical:
        for fact in facts.quantities:
            for fact_kind, fact_value in fact.quantity.readings:
                if fact_kind != kind:
                    continue
                if any(
                    agrees(value, fact_value * n, quantity.hedge, kind)
                    or agrees(value, fact_value / n, quantity.hedge, kind)
                    for n in counts
                ):
                    return True
    return False


def _within_a_stated_bound(
    text: str, quantity: Quantity, physical: list[tuple[str, float]], facts: ListingFacts
) -> bool:
    """A figure given as an instance of one of the listing's bounds, which its sentence states
    ("over 15 cm, such as … about 8 in" of "Blade length: Over 15 cm"): it lies within it."""
    start = max(text.rfind(mark, 0, quantity.start) for mark in (".", "!", "?", "\n")) + 1
    end = min((i for m in ".!?\n" if (i := text.find(m, quantity.end)) >= 0), default=len(text))
    served = _FOR_A.search(text[max(0, quantity.start - 14) : quantity.start])
    if not served and not _EXAMPLE.search(text, start, quantity.start):
        return False
    sentence = text[start:end]
    stated = []
    for q in find_quantities(sentence):
        if q.hedge in ("over", "under"):
            stated.append((q, q.hedge, True))
        elif _UP_TO.search(sentence[max(0, q.start - 16) : q.start]):
            stated.append((q, "under", False))  # "rated for up to 120 litres": a maximum
    for bound, side, same_hedge in stated:
        for fact in facts.quantities:
            if fact.quantity.readings != bound.readings or (
                same_hedge and fact.quantity.hedge != bound.hedge
            ):
                continue
            for kind, value in physical:
                for fact_kind, limit in fact.quantity.readings:
                    if kind == fact_kind and (value > limit if side == "over" else value <= limit):
                        return True
    return False


# "for a 30-gallon tank": a figure of the thing the product serves, not of the product.
_FOR_A = re.compile(r"\bfor\s+(?:a|an|your|the|any)\s+$", re.IGNORECASE)
_UP_TO = re.compile(r"\b(?:up to|no more than|max\.?|maximum(?: of)?)\s+$", re.IGNORECASE)


# Words that give an example of what a sentence says: "such as", "for example", "like".
_EXAMPLE = re.compile(r"\b(?:such as|for example|for instance|e\.g\.|like|say)\b", re.IGNORECASE)
