"""``check_asset``: the guardrails for one channel's campaign copy.

The same checks as product copy, over each field of the asset (a social post with its
hashtags; a subject the body repeats is no repetition): every claim must be one the products'
facts support, with the compliance, bias and quality rules; plus the channel's hard limits
(``plugin.guardrails.channels``) and the offer rule (``plugin.guardrails.offers``): a discount,
a deadline or free shipping only as the brief's offer makes it. Spans are character offsets
into the asset's text form (``text_form``: each field on its own line).

A campaign about several products is checked field by field against all their facts
together, and each sentence that speaks of one of them (``campaign_subjects``: it names it,
or follows one that does) against that product's facts alone: a colour, material, size or
price of one product said of another is caught.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from plugin.campaign import Channel, field_items
from plugin.domain import DraftKind, Finding, Listing
from plugin.guardrails.campaign_subjects import sentences_about
from plugin.guardrails.channels import Span, check_limits
from plugin.guardrails.check import DEFAULT_POLICY, check
from plugin.guardrails.listing_lines import fact_lines
from plugin.guardrails.offers import check_offer
from plugin.guardrails.policy import GuardrailPolicy

# The product-copy rules that do not apply: the channel's own limits replace the kinds'
# lengths, and the offer rule replaces the shipping rule's view of free shipping.
_REPLACED = ("quality.length",)


def text_form(channel: Channel, content: dict[str, Any]) -> tuple[str, list[Span]]:
    """The asset as checked: each field's text on its own line, and where each one sits."""
    spans: list[Span] = []
    parts: list[str] = []
    at = 0
    for name, text in field_items(channel, content):
        line = " ".join(text.split("\n")) if name != "body" else text
        spans.append((name, line, at, at + len(line)))
        parts.append(line)
        at += len(line) + 1
    return "\n".join(parts), spans


def campaign_listing(listings: Sequence[Listing]) -> tuple[Listing, tuple[str, ...]]:
    """One listing to check a campaign against, and the other products' facts as extra lines:
    the names, types, tags and categories of every product count as the product's own."""
    first = listings[0]
    if len(listings) == 1:
        return first, ()
    vendors = {item.vendor for item in listings}
    merged = dataclasses.replace(
        first,
        title=" / ".join(item.title for item in listings),
        vendor=first.vendor if len(vendors) == 1 else "",
        product_type=" ".join(dict.fromkeys(i.product_type for i in listings if i.product_type)),
        tags=list(dict.fromkeys(t for item in listings for t in item.tags)),
        categories=list(dict.fromkeys(c for item in listings for c in item.categories)),
    )
    extra = tuple(line for item in listings[1:] for line in fact_lines(item))
    return merged, extra


def check_asset(
    listings: Sequence[Listing],
    channel: Channel | str,
    content: dict[str, Any],
    offer: str = "",
    policy: GuardrailPolicy = DEFAULT_POLICY,
) -> list[Finding]:
    """Every finding for one channel's copy about ``listings``, sorted by position."""
    channel = Channel(channel)
    if not listings:
        raise ValueError("a campaign asset is about at least one product")
    text, spans = text_form(channel, content)
    listing, extra = campaign_listing(listings)
    offer_line = (f"Offer: {offer.strip()}",) if offer.strip() else ()
    own = dataclasses.replace(policy, extra_facts=(*policy.extra_facts, *offer_line))
    merged = dataclasses.replace(own, extra_facts=(*own.extra_facts, *extra))
    found = []
    for _, line, start, _ in spans:
        if not line.strip():
            continue
        line_found = [
            f for f in check(listing, line, DraftKind.REPLY, merged) if f.rule not in _REPLACED
        ]
        if len(listings) > 1:
            line_found = _each_about_its_own(line, listings, line_found, own)
        found += [
            dataclasses.replace(f, start=f.start + start, end=f.end + start) for f in line_found
        ]
    found += check_limits(channel, spans, listings)
    found += check_offer(text, offer)
    return sorted(found, key=lambda f: (f.start, f.end, f.rule))


def _each_about_its_own(
    line: str, listings: Sequence[Listing], found: list[Finding], policy: GuardrailPolicy
) -> list[Finding]:
    """One field's findings with each sentence about one product checked for accuracy against
    that product's facts alone, in place of all the products' facts together."""
    out = list(found)
    for start, end, product in sentences_about(line, listings):
        if product is None:
            continue
        out = [f for f in out if not (f.category == "accuracy" and start <= f.start < end)]
        out += [
            dataclasses.replace(
                f,
                start=f.start + start,
                end=f.end + start,
                message=f"{f.message} (said of the {product.title})",
            )
            for f in check(product, line[start:end], DraftKind.REPLY, policy)
            if f.category == "accuracy"
        ]
    return out


def field_of(finding: Finding, spans: Sequence[Span]) -> str:
    """The field a finding sits in (``subject``, ``headlines[3]``), for the screen."""
    for name, _, start, end in spans:
        if start <= finding.start <= end:
            return name
    return ""
