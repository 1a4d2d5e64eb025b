"""A listing's prices, what a sale saves, and the totals of its items' prices."""

from __future__ import annotations

import html
import re
from decimal import Decimal

from plugin.domain import Listing
from plugin.guardrails.facts_record import ListingFacts
from plugin.guardrails.listing_lines import TAG
from plugin.guardrails.money import find_prices, to_amount
from plugin.guardrails.quantities import FactQuantity, Quantity, readings_of
from plugin.listing_text import is_placeholder


def read_prices(facts: ListingFacts, listing: Listing) -> None:
    """The listing's prices, and what a sale saves: "save $8", "20% off" are then facts too."""
    for amount in [listing.price, *(v.price for v in listing.variants)]:
        price = to_decimal(amount)
        if price is not None:
            facts.prices.add(price)
    facts.variant_prices = {
        p for v in listing.variants if (p := to_decimal(v.price or listing.price)) is not None
    }
    facts.priced_options = tuple(
        (v.title or " ".join(v.options.values()), p)
        for v in listing.variants
        if (p := to_decimal(v.price or listing.price)) is not None
    )
    # a grouped product's items, each sold on its own at its price: each price, and the total
    # of buying them all ("all three come to $51"), are the listing's
    items = [
        (m.group(1), to_decimal(m.group(2)))
        for child in listing.children
        if (m := _ITEM_PRICE.match(child))
    ]
    item_prices = [(title, price) for title, price in items if price is not None]
    facts.prices.update(price for _, price in item_prices)
    if len(item_prices) > 1 and len(item_prices) == len(listing.children):
        facts.prices.add(sum((price for _, price in item_prices), Decimal(0)))
    facts.priced_options += tuple(item_prices)
    for variant in listing.variants:
        was, now = to_decimal(variant.compare_at_price), to_decimal(variant.price or listing.price)
        if was is None:
            continue
        facts.prices.add(was)
        if now is not None and was > now:
            facts.prices.add(was - now)
            off = float((was - now) / was * 100)
            text = f"{off:.0f}%"
            quantity = Quantity(0, len(text), text, off, "%", readings_of(off, "%"), False)
            facts.quantities.append(FactQuantity(quantity, f"Price: {now}, compare at {was}"))


# "Hawthorne Strainer, price 14.00, Material: steel": a grouped item's title and its price
_ITEM_PRICE = re.compile(r"(.+?), price (\d+(?:\.\d+)?)\b")


def read_description_lists(facts: ListingFacts, listing: Listing) -> None:
    """A description's bulleted list: how many things it lists counts pieces or items ("four
    pieces" of a four-item collection), and when each item has one price, their total is the
    price of buying them all ("all four come to €60.50")."""
    markup = listing.description_html if not is_placeholder(listing.description_html) else ""
    for block in _LIST.finditer(markup):
        items = [html.unescape(TAG.sub(" ", li)) for li in _LI.findall(block.group(1))]
        if len(items) < 2:
            continue
        for generic in ("piece", "item"):
            facts.lists.setdefault(generic, set()).add(len(items))
        prices = [find_prices(item) for item in items]
        if all(len(found) == 1 for found in prices):
            facts.prices.add(sum((found[0].amount for found in prices), Decimal(0)))


_LIST = re.compile(r"<[uo]l\b[^>]*>(.*?)</[uo]l>", re.IGNORECASE | re.DOTALL)
_LI = re.compile(r"<li\b[^>]*>(.*?)</li>", re.IGNORECASE | re.DOTALL)


def to_decimal(amount: str | None) -> Decimal | None:
    return to_amount(amount)
