"""What a figure's finding says and cites: the rules of accuracy.number and accuracy.size,
the ``Problem`` a judge returns, and the listing's figure nearest to a claim."""

from __future__ import annotations

from typing import NamedTuple

from plugin.guardrails.listing_facts import ListingFacts
from plugin.guardrails.quantities import Quantity

_RULE = "accuracy.number"
_SIZE_RULE = "accuracy.size"  # a figure of the listing said of another axis


class Problem(NamedTuple):
    """What is wrong with a figure, the listing's nearest fact, and the rule it breaks."""

    message: str
    fact: str
    rule: str = _RULE


def _unsupported(quantity: Quantity, facts: ListingFacts) -> tuple[str, str]:
    fact = _nearest(quantity, facts)
    return "is not a figure the listing gives" + (f" (it says: {fact})." if fact else "."), fact


def _stated_as_word(quantity: Quantity, facts: ListingFacts) -> bool:
    return quantity.is_word and quantity.text.split()[0].lower() in facts.words


def _line_of_kind(kind: str, facts: ListingFacts) -> str:
    return next((f.line for f in facts.quantities if kind in f.quantity.kinds), "")


def _nearest(quantity: Quantity, facts: ListingFacts) -> str:
    best: tuple[float, str] | None = None
    for fact in facts.quantities:
        for kind, value in quantity.readings:
            for fact_kind, fact_value in fact.quantity.readings:
                if kind != fact_kind or not fact_value or not value:
                    continue
                distance = abs(value / fact_value - 1)
                if best is None or distance < best[0]:
                    best = (distance, fact.line)
    return best[1] if best else ""
