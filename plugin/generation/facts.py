"""Compact fact lines built from a listing: what every prompt and every guardrail works from.

One fact per line, ``Label: value``, with numbers kept with the units the store gave them,
so a draft's claims can be traced back to one line.
"""

from __future__ import annotations

from plugin.domain import Dimensions, Listing, Measure, Variant
from plugin.listing_text import flat_text, is_placeholder

MAX_VARIANT_LINES = 12
MAX_DESCRIPTION_CHARS = 600

_CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}


def format_number(value: float) -> str:
    """``2.0`` → ``"2"``, ``0.5`` → ``"0.5"``: numbers as a person writes them."""
    return f"{value:.6f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))


def format_price(amount: str, currency: str) -> str:
    symbol = _CURRENCY_SYMBOLS.get(currency.upper())
    if symbol:
        return f"{symbol}{amount}"
    return f"{amount} {currency.upper()}".strip()


def format_measure(measure: Measure) -> str:
    return f"{format_number(measure.value)} {measure.unit}".strip()


def format_dimensions(dims: Dimensions) -> str | None:
    """``10 x 6 x 3 in (L x W x H)``, or the named sides when some are missing."""
    sides = {"L": dims.length, "W": dims.width, "H": dims.height}
    known = {label: value for label, value in sides.items() if value is not None}
    if not known:
        return None
    sizes = " x ".join(format_number(value) for value in known.values())
    return f"{sizes} {dims.unit} ({' x '.join(known)})".strip()


def _variant_line(variant: Variant, currency: str) -> str:
    name = " / ".join(variant.options.values()) or variant.title or variant.sku or "Default"
    details = []
    if variant.price:
        details.append(format_price(variant.price, currency))
    if variant.compare_at_price:
        details.append(f"was {format_price(variant.compare_at_price, currency)}")
    if variant.weight:
        details.append(format_measure(variant.weight))
    return f"Variant: {name}" + (f", {', '.join(details)}" if details else "")


def _option_lines(listing: Listing) -> list[str]:
    merged: dict[str, list[str]] = {}
    for source in (listing.options, listing.attributes):
        for name, values in source.items():
            known = merged.setdefault(name, [])
            known.extend(v for v in values if v and v not in known)
    return [f"{name}: {', '.join(values)}" for name, values in merged.items() if values]


def _variant_lines(listing: Listing) -> list[str]:
    variants = listing.variants
    has_choices = any(v.options for v in variants)
    if len(variants) <= 1 and not has_choices:
        return []
    lines = [_variant_line(v, listing.currency) for v in variants[:MAX_VARIANT_LINES]]
    if len(variants) > MAX_VARIANT_LINES:
        lines.append(f"Variants: {len(variants) - MAX_VARIANT_LINES} more not listed")
    return lines


def _price_line(listing: Listing) -> str | None:
    prices = [v.price for v in listing.variants if v.price]
    if listing.price:
        return f"Price: {format_price(listing.price, listing.currency)}"
    if prices and len(set(prices)) == 1:
        return f"Price: {format_price(prices[0], listing.currency)}"
    return None


def _truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + " …"


def build_facts(listing: Listing) -> list[str]:
    """The listing's facts as short ``Label: value`` lines, most important first."""
    lines = [f"Product: {listing.title.strip()}"]
    if listing.vendor:
        lines.append(f"Brand: {listing.vendor}")
    if listing.product_type:
        lines.append(f"Type: {listing.product_type}")
    lines.extend(f"Category: {c}" for c in listing.categories if c)
    if listing.tags:
        lines.append(f"Tags: {', '.join(listing.tags)}")
    lines.extend(_option_lines(listing))
    price = _price_line(listing)
    if price:
        lines.append(price)
    lines.extend(_variant_lines(listing))
    if listing.weight:
        lines.append(f"Weight: {format_measure(listing.weight)}")
    if listing.dimensions:
        dims = format_dimensions(listing.dimensions)
        if dims:
            lines.append(f"Dimensions: {dims}")
    if listing.sku:
        lines.append(f"SKU: {listing.sku}")
    for label, markup in (
        ("Summary", listing.short_description_html),
        ("Current description", listing.description_html),
    ):
        if not is_placeholder(markup):
            lines.append(f"{label}: {_truncate(flat_text(markup), MAX_DESCRIPTION_CHARS)}")
    return lines
