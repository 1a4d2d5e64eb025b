"""Grounding of prices: an amount must be one of the listing's prices, compare-at prices or
savings, in its currency; "under $50" when every price is under, "from $32" when it is the
lowest, a price per item of one of its prices ("£1.75 a card" of £14 for 8); one price said of
every option ("every size is 349 SEK") only when the options cost the same."""

from __future__ import annotations

import re
from decimal import Decimal

from plugin.domain import Finding
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.listing_facts import ListingFacts
from plugin.guardrails.money import PriceClaim, same_currency

_UPPER_BOUND = re.compile(r"(?:under|less than|below|not more than|no more than)\s*$", re.I)
_LOWER_BOUND = re.compile(r"(?:from|starting at|only|just)\s*$", re.I)


def judge_price(text: str, price: PriceClaim, facts: ListingFacts) -> Finding | None:
    amount = price.amount
    listed = facts.prices
    before = text[max(0, price.start - 20) : price.start]
    if not same_currency(price.currency, facts.currency, price.exact):
        message = f"is in {price.currency}, but the listing's prices are in {facts.currency}."
    elif amount in listed and _said_of_every(text, price.start) and len(facts.variant_prices) > 1:
        message = (f"is not the price of every option: the listing's prices differ "
                   f"({', '.join(f'{p}' for p in sorted(facts.variant_prices))}).")  # fmt: skip
    elif amount in listed:
        return None
    elif _is_a_share(text, price) and _a_share_of(amount, facts):
        return None  # "£1.75 a card" of £14 for a set of 8, "each bag works out at €6.95"
    elif _DIFFERENCE_AFTER.match(text, price.end) and _a_difference(amount, facts):
        return None  # "a grand costs £25 more than an upright" of £85 and £110
    elif _UPPER_BOUND.search(before) and listed and max(listed) < amount:
        return None
    elif _LOWER_BOUND.search(before) and listed and min(listed) == amount:
        return None
    else:
        message = "is not a price the listing gives" + (
            f" (prices: {', '.join(f'{p}' for p in sorted(listed))})." if listed else "."
        )
    fact = ", ".join(f"{p}" for p in sorted(listed))
    return finding("accuracy.price", BLOCK, price.start, price.end, price.text, message,
                   "Leave prices out of the copy; the store shows the price.",
                   f"Price: {fact} {facts.currency}".strip() if fact else "")  # fmt: skip


# "Every size is 349 SEK", "all colours cost $20": one price said of every option.
_EVERY = re.compile(
    r"\b(?:every|each|all|any)\s+(?:\w+\s+)?(?:sizes?|colou?rs?|variants?|options?|versions?|"
    r"models?|styles?|finish(?:es)?|lengths?)\s+(?:is|are|costs?|sells? (?:at|for))\s*"
    r"(?:just\s+|only\s+)?$",
    re.IGNORECASE,
)


_PER_ITEM = re.compile(r"\s*(?:a|an|per|each|for each)\s+[a-z]+", re.IGNORECASE)
# A price said of one of several in the sentence: "each bag works out at about €6.95".
_SHARE_BEFORE = re.compile(
    r"\b(?:each|per|every)\s+[a-z]+\s+(?:works out at|comes to|costs?|is)\s+(?:about\s+|around\s+|"
    r"roughly\s+|just\s+)?$",
    re.IGNORECASE,
)
# "£25 more than", "€10 cheaper": the gap between two of the listing's prices.
_DIFFERENCE_AFTER = re.compile(r"\s*(?:more|less|extra|cheaper|dearer)\b", re.IGNORECASE)


def _is_a_share(text: str, price: PriceClaim) -> bool:
    return bool(
        _PER_ITEM.match(text, price.end)
        or _SHARE_BEFORE.search(text[max(0, price.start - 40) : price.start])
    )


def _a_difference(amount: Decimal, facts: ListingFacts) -> bool:
    return any(a - b == amount for a in facts.prices for b in facts.prices)


def _a_share_of(amount: Decimal, facts: ListingFacts) -> bool:
    """Whether ``amount`` is a listing price divided by one of its counts, to the cent."""
    counts = {int(n) for n in facts.numbers if n == int(n) and 2 <= n <= 1000}
    cent = Decimal("0.01")
    return any(
        abs((price / n).quantize(cent) - amount) <= cent for price in facts.prices for n in counts
    )


def _said_of_every(text: str, start: int) -> bool:
    return bool(_EVERY.search(text[max(0, start - 40) : start]))
