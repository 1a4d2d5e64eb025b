"""What a listing says, in the forms the checks compare against: quantities, materials, colours…"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import OrderedDict
from collections.abc import Iterable
from decimal import Decimal

from plugin.domain import Listing
from plugin.guardrails.derived_facts import read_derived, read_rates
from plugin.guardrails.facts_record import ListingFacts
from plugin.guardrails.line_counts import read_line_counts, read_named_counts
from plugin.guardrails.listed_counts import read_attribute_lists
from plugin.guardrails.listing_lines import (
    dimensions_line,
    fact_lines,
    line_label,
    line_rank,
    number_text,
)
from plugin.guardrails.material_colour_facts import read_materials_and_colours
from plugin.guardrails.measures import (
    GENERIC,
    axis_near,
    axis_of_label,
    part_near,
    parts_of_label,
    phrase_parts,
    singular,
)
from plugin.guardrails.money import find_prices
from plugin.guardrails.normal_text import WORD, normalise
from plugin.guardrails.origin_facts import read_origins
from plugin.guardrails.per_item_totals import read_totals
from plugin.guardrails.price_facts import read_description_lists, read_prices
from plugin.guardrails.product_nouns import listing_kinds
from plugin.guardrails.quantities import (
    FactQuantity,
    Quantity,
    find_quantities,
    readings_of,
    with_elided_units,
)
from plugin.guardrails.units_abroad import with_units_abroad
from plugin.guardrails.unread_scripts import unread_script
from plugin.guardrails.vocabulary import CERTIFICATIONS, COLOURS, MATERIALS
from plugin.listing_text import is_placeholder

_DIGITS = re.compile(r"(?<![\d.,])\d+(?:\.\d+)?(?![\d])")
_TYPE_STOP = frozenset("the and for with of in by from".split())
_GENDER_WORDS = frozenset(
    "women woman womens women's ladies lady men man mens men's his hers him her girl girls "
    "girls' boy boys boys' maternity mom mum mother dad father bride groom gentleman gentlemen "
    "female male feminine masculine".split()
)


_CACHE: OrderedDict[str, ListingFacts] = OrderedDict()
CACHE_SIZE = 64


def listing_facts(listing: Listing, extra: Iterable[str] = ()) -> ListingFacts:
    """The facts of ``listing``, built once per content: the composer checks many candidate
    sentences for one listing, the repair loop several drafts. Keyed by the listing's content
    (a ``Listing`` can change), never by its identity; the facts are read-only to the checks."""
    extra = tuple(str(e) for e in extra)
    key = repr((listing, extra))
    facts = _CACHE.get(key)
    if facts is None:
        facts = _CACHE[key] = build_listing_facts(listing, extra)
        if len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
    else:
        _CACHE.move_to_end(key)
    return facts


def clear_cache() -> None:
    _CACHE.clear()


def build_listing_facts(listing: Listing, extra: Iterable[str] = ()) -> ListingFacts:
    lines = fact_lines(listing, extra)
    facts = ListingFacts(lines=lines, title=listing.title, vendor=listing.vendor)
    groups = [listing.vendor, listing.product_type, *listing.categories, *listing.tags]
    facts.catalogue = "  ".join(normalise(g) for g in groups if g)
    facts.told = (
        len(listing.attributes)
        + len(listing.options)
        + len(listing.tags)
        + sum(
            1
            for m in (listing.description_html, listing.short_description_html)
            if m and not is_placeholder(m)
        )
    )
    facts.normal = "  ".join(normalise(line) for line in lines)
    facts.words = set(facts.normal.split())
    facts.currency = (listing.currency or "").upper()
    facts.product_words = _product_words(listing)
    facts.items = tuple(listing.children)
    facts.kinds = listing_kinds(
        (listing.title, listing.product_type, *(c.split(">")[-1] for c in listing.categories))
    )
    _read_dimensions(facts, listing)
    _read_lines(facts, sorted(lines, key=line_rank))
    read_totals(facts, listing.title)
    read_derived(facts, listing)
    read_attribute_lists(facts, listing)
    if listing.variants:
        facts.numbers.add(float(len(listing.variants)))
    read_prices(facts, listing)
    read_description_lists(facts, listing)
    read_named_counts(facts)
    read_rates(facts)
    facts.counted_things = (set(facts.counts) | set(facts.item_lists)) - facts.measured - GENERIC
    facts.material_names = MATERIALS.closure(set(facts.materials))
    facts.colour_names = COLOURS.closure(set(facts.colours))
    facts.certification_names = CERTIFICATIONS.closure(set(facts.certifications))
    facts.gendered = bool(facts.words & _GENDER_WORDS) and "unisex" not in facts.words
    facts.unread_script = unread_script(lines)
    return facts


def _read_lines(facts: ListingFacts, lines: list[str]) -> None:
    """Read every line in one pass over their joined text (one regex scan per kind of fact,
    not one per line); a fact keeps the first line that states it, attributes first."""
    text = "\n".join(lines)
    starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))

    def line_of(pos: int) -> int:
        return bisect.bisect_right(starts, pos) - 1

    said_prices = [price.amount for price in find_prices(text, facts.currency)]
    facts.prices.update(said_prices)
    if len(facts.items) > 1 and len(said_prices) == len(facts.items):
        # a grouped product priced item by item in its prose ("Pencils, $18; an eraser, $3"):
        # buying them all comes to their total
        facts.item_total = sum(said_prices, Decimal(0))
    facts.numbers.update(float(n) for n in _DIGITS.findall(text))  # also "7-8Y", "3XL"
    facts.numbers.update(_MULTIPLES[w.lower()] for w in _MULTIPLE.findall(text))  # "twice"
    labels = [line_label(line) for line in lines]
    named = {
        singular(word)
        for line, label in zip(lines, labels, strict=True)
        for word in normalise(line[len(label) + 1 :] if label else line).split()
    }
    quantities = with_elided_units(text, with_units_abroad(text, find_quantities(text)))
    for quantity in quantities:
        facts.numbers.update(quantity.parts or (quantity.value,))
        index = line_of(quantity.start)
        line, label, base = lines[index], labels[index], starts[index]
        if line == facts.dimensions_line:
            continue  # read with each figure's axis by _read_dimensions
        if quantity.parts:
            for value in quantity.parts:
                share = Quantity(quantity.start, quantity.end, quantity.text, value, "%",
                                 readings_of(value, "%"), False)  # fmt: skip
                facts.quantities.append(FactQuantity(share, line))
            continue
        start, end = quantity.start - base, quantity.end - base
        axis = axis_of_label(label) or axis_near(line, start, end)
        part = part_near(line, start, end, facts.words)
        parts = {p for p in parts_of_label(label) if _may_name_a_part(p, named)}
        parts |= {part} if part else set()
        parts |= phrase_parts(line, start, end, facts.words)
        facts.quantities.append(FactQuantity(quantity, line, axis, frozenset(parts)))
    read_line_counts(facts, text, lines, labels, quantities)
    read_origins(facts, text, lines, labels, line_of, named)
    read_materials_and_colours(facts, text, lines, labels, line_of)


_MULTIPLES = {"twice": 2.0, "double": 2.0, "triple": 3.0}
_MULTIPLE = re.compile(r"\b(twice|double|triple)\b", re.IGNORECASE)


def _may_name_a_part(word: str, named: set[str]) -> bool:
    """Whether a label's word can name a part an English draft speaks of: a word in English
    letters, or one the listing uses beyond its labels; "Skötsel" (care) is neither."""
    return word.isascii() or word in named


def _read_dimensions(facts: ListingFacts, listing: Listing) -> None:
    """Each dimension with its axis: a length stated as a height can then be told apart."""
    dims = listing.dimensions
    if not dims:
        return
    line = facts.dimensions_line = dimensions_line(listing)
    for axis, value in (("length", dims.length), ("width", dims.width), ("height", dims.height)):
        if value is None:
            continue
        text = f"{number_text(value)} {dims.unit}"
        quantity = Quantity(0, len(text), text, float(value), dims.unit,
                            readings_of(float(value), dims.unit), False)  # fmt: skip
        facts.quantities.append(FactQuantity(quantity, line, axis))


def _product_words(listing: Listing) -> frozenset[str]:
    """The nouns a listing calls itself by: its title's, type's and last category's words."""
    names = [listing.title, listing.product_type, *(c.split(">")[-1] for c in listing.categories)]
    words = {w for name in names for w in WORD.findall(name.lower()) if len(w) > 2}
    return frozenset(w for w in words if w not in _TYPE_STOP and not w.isdigit())
