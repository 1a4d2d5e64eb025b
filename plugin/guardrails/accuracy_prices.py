"""Grounding of prices: an amount must be one of the listing's prices, compare-at prices or
savings, in its currency; "under $50" when every price is under, "from $32" when it is the
lowest, a price per item of one of its prices ("£1.75 a card" of £14 for 8); one price said of
every option ("every size is 349 SEK") only when the options cost the same."""

from __future__ import annotations

from plugin.domain import Finding
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.listing_facts import ListingFacts
from plugin.guardrails.money import PriceClaim, same_currency
from plugin.guardrails.pack_prices import each_of_a_pack
from plugin.guardrails.price_options import (
    EVERY_AFTER,
    LOWER_BOUND,
    UPPER_BOUND,
    an_option_priced_otherwise,
    of_another_option,
    said_of_every,
)
from plugin.guardrails.worked_prices import (
    DIFFERENCE_AFTER,
    a_difference,
    a_share_of,
    a_total_of_the_options,
    an_added_difference,
    an_items_price_said_of_the_set,
    bound_before,
    hedged_counts,
    is_a_share,
    unit_price_span,
    worked_count,
)


def judge_price(text: str, price: PriceClaim, facts: ListingFacts) -> Finding | None:
    amount = price.amount
    listed = facts.prices
    before = text[max(0, price.start - 20) : price.start]
    if not same_currency(price.currency, facts.currency, price.exact, price.symbol):
        message = f"is in {price.currency}, but the listing's prices are in {facts.currency}."
    elif amount in listed and len(facts.variant_prices) > 1 and said_of_every(text, price, facts):
        message = (f"is not the price of every option: the listing's prices differ "
                   f"({', '.join(f'{p}' for p in sorted(facts.variant_prices))}).")  # fmt: skip
        every = EVERY_AFTER.match(text, price.end)
        end = every.end() if every else price.end  # "£8 a pot, any size": the claim runs on
        return finding(
            "accuracy.price",
            BLOCK,
            price.start,
            end,
            text[price.start : end],
            message,
            "Give each option's price, or leave prices out.",
            f"Price: {', '.join(f'{p}' for p in sorted(listed))} {facts.currency}",
        )
    elif (
        amount in listed
        and not an_added_difference(text, price, facts)
        and (other := of_another_option(text, price, facts))
    ):
        end = max(price.end, other[2])  # "$60 covers up to 5 users": the option's words too
        shown = ", ".join(f"{p}" for p in sorted(listed))
        return finding("accuracy.price", BLOCK, price.start, end, text[price.start : end],
                       f"is not the price of {other[0]} ({other[1]}).",
                       "Leave prices out of the copy; the store shows the price.",
                       f"Price: {shown} {facts.currency}")  # fmt: skip
    elif amount in listed and an_items_price_said_of_the_set(text, price, facts):
        return finding("accuracy.price", BLOCK, price.start, price.end, price.text,
                       "is the price of one item only: the items are sold one by one and the "
                       "set has no price of its own.",
                       "Give each item's price with its name, or leave prices out.",
                       f"Items: {'; '.join(facts.items)}")  # fmt: skip
    elif amount in listed and (pack := each_of_a_pack(text, price, facts))[0]:
        return finding("accuracy.price", BLOCK, price.start, pack[1], text[price.start : pack[1]],
                       f"is the price of the listing's {pack[0]} together, not of each one.",
                       "Give the price of the whole pack, or leave prices out.",
                       f"Price: {amount} {facts.currency} ({facts.title})")  # fmt: skip
    elif amount in listed:
        return None
    elif (
        is_a_share(text, price)
        and not an_option_priced_otherwise(text, price, facts)
        and a_share_of(amount, facts, hedged_counts(text, price), bound_before(before))
    ):
        return None  # "£1.75 a card" of £14 for a set of 8, "each bag works out at €6.95"
    elif unit_price_span(text, price, facts):
        return None  # "$3.60 per 100 ml" of a 1 L bottle at $36.00
    elif a_total_of_the_options(text, price, facts):
        return None  # "the three come to €20" of three items sold one by one
    elif worked_count(text, price, facts):
        return None  # "with two broken spokes it comes to €25" of €22 and €1.50 a spoke
    elif DIFFERENCE_AFTER.match(text, price.end) and a_difference(amount, facts):
        return None  # "a grand costs £25 more than an upright" of £85 and £110
    elif UPPER_BOUND.search(before) and listed and max(listed) < amount:
        return None
    elif LOWER_BOUND.search(before) and listed and min(listed) == amount:
        return None
    else:
        message = "is not a price the listing gives" + (
            f" (prices: {', '.join(f'{p}' for p in sorted(listed))})." if listed else "."
        )
    fact = ", ".join(f"{p}" for p in sorted(listed))
    return finding("accuracy.price", BLOCK, price.start, price.end, price.text, message,
                   "Leave prices out of the copy; the store shows the price.",
                   f"Price: {fact} {facts.currency}".strip() if fact else "")  # fmt: skip
