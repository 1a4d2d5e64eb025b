"""Counts of what a listing's attributes and options list: their items, values and ranges."""

from __future__ import annotations

import re

from plugin.domain import Listing
from plugin.guardrails.counts import Item, counts_its_items, list_items, list_length, thing
from plugin.guardrails.facts_record import ListingFacts
from plugin.guardrails.listing_lines import prose_rows, table_rows
from plugin.guardrails.quantities import find_quantities
from plugin.listing_text import is_placeholder


def read_attribute_lists(facts: ListingFacts, listing: Listing) -> None:
    """How many things each attribute, option and description row lists, and what a counted
    list counts ("Outlets: 4 x AC, 1 x car outlet")."""
    described = listing.description_html if not is_placeholder(listing.description_html) else ""
    prose = [(n, [v]) for n, v in prose_rows(described)]  # "Ingredients: oats, honey." lists
    attributes = [*listing.attributes.items(), *((n, [v]) for n, v in table_rows(described))]
    attributes += prose
    for name, values in attributes:  # an option's values are alternatives
        items = list_items(", ".join(values)) if name.split() else None
        if items:
            _read_items(facts, thing(name.split()[-1]), items)
    for name, values in listing.options.items():  # each value is one choice: "Rose & Gold"
        facts.numbers.add(float(len(values)))
        facts.lists.setdefault(thing(name.split()[-1]) if name.split() else "", set()).add(
            len(values)
        )
        if all(any("length" in q.kinds for q in find_quantities(v)) for v in values) or all(
            _SIZE_VALUE.fullmatch(v.strip()) for v in values
        ):  # "Storlek: 150x210 cm, …", "Größe: 38-40, 42-44", "Taille: S, M, L"
            facts.lists.setdefault("size", set()).add(len(values))
    for name, values in [*listing.attributes.items(), *prose]:
        facts.numbers.add(float(len(values)))
        span = _COUNT_RANGE.fullmatch(values[0].strip()) if len(values) == 1 else None
        if span and name.split():  # "Riders: 1-3" counts riders, it lists one value
            low, high = int(span.group("low")), int(span.group("high") or span.group("low"))
            counted = thing(name.split()[-1])
            facts.counts.setdefault(counted, set()).update(
                float(n) for n in range(low, high + 1) if high - low <= 100
            )
            if high > low:
                facts.ranged.add(counted)
            continue
        if counts_its_items(", ".join(values)):
            continue  # "Ports: 2 x USB-C, 1 x USB-A" counts its items, it is not a list of two
        facts.lists.setdefault(thing(name.split()[-1]) if name.split() else "", set()).add(
            sum(list_length(v) for v in values)
        )


def _read_items(facts: ListingFacts, label: str, items: list[Item]) -> None:
    """A counted list counts its label's thing in all ("Outlets: 4 x AC, 1 x car outlet": 5
    outlets) and each item's own thing ("AC": 4). Items that differ only in their count ("8
    reeds (100 ml), 12 reeds (200 ml)") are alternatives, one per variant: not summed."""
    kinds = [(head, quals) for _, head, quals in items]
    if len(set(kinds)) < len(kinds):
        return
    facts.item_lists.setdefault(label, []).append((tuple(items), label))
    for head in {head for _, head, _ in items} - {label}:
        own = tuple(item for item in items if item[1] == head)
        facts.item_lists.setdefault(head, []).append((own, label))
        facts.counts.setdefault(head, set()).update(n for n, _, _ in own)


# A value that can only be a size: a letter size or a size number or range ("XL", "42-44").
_SIZE_VALUE = re.compile(
    r"(?:\d*X{0,3}[SL]|M|XXS|\d+(?:[.,]5)?(?:\s*[-/–]\s*\d+(?:[.,]5)?)?)", re.IGNORECASE
)
_COUNT_RANGE = re.compile(r"(?P<low>\d+)(?:\s*(?:-|–|to)\s*(?P<high>\d+)|\+)?")
