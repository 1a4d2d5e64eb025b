"""Grounding of numbers: every figure, unit and price in a draft must be one the listing states."""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.listing_facts import PRICE, ListingFacts, to_decimal
from plugin.guardrails.quantities import Quantity, find_quantities, same_amount

_UPPER_BOUND = re.compile(r"(?:under|less than|below|not more than|no more than)\s*$", re.I)
_COUNT_CONTEXT = re.compile(r"(?:set|pack|pair|box|bundle|case) of\s*$", re.I)
_PLURAL_NOUN = re.compile(r"^[\s-]+([a-z]+s)\b")
_NOT_COUNTS = frozenset("ways times reasons things hands sides".split())


def check_numbers(text: str, facts: ListingFacts) -> list[Finding]:
    findings, price_spans = _check_prices(text, facts)
    for quantity in find_quantities(text):
        if any(s <= quantity.start < e for s, e in price_spans):
            continue
        if quantity.is_word and not _is_count_claim(text, quantity):
            continue
        if _supported(quantity, facts):
            continue
        fact = _nearest_fact(quantity, facts)
        findings.append(
            finding(
                "accuracy.number",
                BLOCK,
                quantity.start,
                quantity.end,
                quantity.text,
                "is not a figure the listing gives" + (f" (it says: {fact})." if fact else "."),
                "Use the listing's figure, or remove it." if fact else "Remove this figure.",
                fact,
            )
        )
    return findings


def _check_prices(text: str, facts: ListingFacts) -> tuple[list[Finding], list[tuple[int, int]]]:
    findings: list[Finding] = []
    spans: list[tuple[int, int]] = []
    for match in PRICE.finditer(text):
        spans.append((match.start(), match.end()))
        amount = to_decimal(match.group("amount") or match.group("amount2"))
        if amount is None or amount in facts.prices:
            continue
        if _UPPER_BOUND.search(text[max(0, match.start() - 20) : match.start()]) and facts.prices:
            if max(facts.prices) < amount:
                continue
        fact = ", ".join(f"{p}" for p in sorted(facts.prices))
        findings.append(
            finding(
                "accuracy.price",
                BLOCK,
                match.start(),
                match.end(),
                match.group(),
                "is not a price the listing gives" + (f" (prices: {fact})." if fact else "."),
                "Leave prices out of the copy; the store shows the price.",
                f"Price: {fact}" if fact else "",
            )
        )
    return findings, spans


def _is_count_claim(text: str, quantity: Quantity) -> bool:
    if quantity.has_unit:
        return True
    if _COUNT_CONTEXT.search(text[max(0, quantity.start - 12) : quantity.start]):
        return True
    noun = _PLURAL_NOUN.match(text[quantity.end : quantity.end + 30])
    if noun is None:
        return False
    return noun.group(1).lower() not in _NOT_COUNTS and quantity.value != 1


def _supported(quantity: Quantity, facts: ListingFacts) -> bool:
    physical = [r for r in quantity.readings if not r[0].startswith("named:")]
    if not physical:
        return quantity.value in facts.numbers or _stated_as_word(quantity, facts)
    for fact in facts.quantities:
        for dimension, value in physical:
            for fact_dimension, fact_value in fact.quantity.readings:
                if dimension == fact_dimension and same_amount(value, fact_value):
                    return True
    return False


def _stated_as_word(quantity: Quantity, facts: ListingFacts) -> bool:
    return quantity.is_word and quantity.text.split()[0].lower() in facts.words


def _nearest_fact(quantity: Quantity, facts: ListingFacts) -> str:
    best: tuple[float, str] | None = None
    for fact in facts.quantities:
        for dimension, value in quantity.readings:
            for fact_dimension, fact_value in fact.quantity.readings:
                if dimension != fact_dimension or not fact_value or not value:
                    continue
                distance = abs(value / fact_value - 1)
                if best is None or distance < best[0]:
                    best = (distance, fact.line)
    return best[1] if best else ""
