"""What one listing states, as the checks read it (``ListingFacts``): built by
``listing_facts``, read by every check and by the modules that build it (``materials``,
``derived_facts``), which import it from here instead of from its builder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import TypeVar

from plugin.guardrails.counts import Item
from plugin.guardrails.normal_text import normalise
from plugin.guardrails.product_nouns import stem
from plugin.guardrails.quantities import FactQuantity
from plugin.guardrails.vocabulary import COLOUR_LABELS

T = TypeVar("T")


@dataclass
class ListingFacts:
    """Everything one listing states, built once per check."""

    lines: list[str]
    normal: str = ""
    words: set[str] = field(default_factory=set)
    quantities: list[FactQuantity] = field(default_factory=list)
    numbers: set[float] = field(default_factory=set)
    prices: set[Decimal] = field(default_factory=set)
    variant_prices: set[Decimal] = field(default_factory=set)  # what each option costs
    # a grouped product whose description prices each of its items: their total, and the items
    item_total: Decimal | None = None
    items: tuple[str, ...] = ()
    # each option's name and what it costs: ("set of 4", Decimal("32.00"))
    priced_options: tuple[tuple[str, Decimal], ...] = ()
    materials: dict[str, str] = field(default_factory=dict)  # canonical -> line
    material_names: set[str] = field(default_factory=set)  # with broader names
    material_parts: dict[str, set[str]] = field(default_factory=dict)  # part -> materials
    colours: dict[str, str] = field(default_factory=dict)
    colour_names: set[str] = field(default_factory=set)
    certifications: dict[str, str] = field(default_factory=dict)
    certification_names: set[str] = field(default_factory=set)
    countries: dict[str, str] = field(default_factory=dict)  # ISO code -> line
    # ISO code -> the steps done there, for a country the listing names only for a step of
    # the making ("Designed in Denmark", "bottled in Spain"): not where it is made or from
    origin_steps: dict[str, set[str]] = field(default_factory=dict)
    origin_parts: dict[str, set[str]] = field(default_factory=dict)  # code -> parts from there
    whole_origins: set[str] = field(default_factory=set)  # codes given for the whole product
    step_places: dict[str, set[str]] = field(default_factory=dict)  # "roasted" -> {"US"}
    counts: dict[str, set[float]] = field(default_factory=dict)  # thing -> counts given
    ranged: set[str] = field(default_factory=set)  # things counted by a range ("Riders: 1-3")
    lists: dict[str, set[int]] = field(default_factory=dict)  # thing -> length of its list
    # thing -> the counted lists that count it ("Ports: 2 x USB-C, 1 x USB-A"), with their label
    item_lists: dict[str, list[tuple[tuple[Item, ...], str]]] = field(default_factory=dict)
    counted_things: set[str] = field(default_factory=set)  # what the listing counts
    count_words: dict[str, list[frozenset[str]]] = field(default_factory=dict)  # "2 zip pockets"
    measured: set[str] = field(default_factory=set)  # labels of a measure ("Weight: 520 g")
    # Counts of things the listing names in words a draft may not share: a number before a word
    # that is no unit ("500 Ladezyklen"), the length of a list in its prose ("4 each of Adams,
    # Royal Wulff and Olive" lists 3)
    named_counts: set[float] = field(default_factory=set)
    currency: str = ""
    product_words: frozenset[str] = frozenset()  # the nouns the listing calls itself
    kinds: tuple[str, ...] = ()  # its product nouns, most specific: "black tea" (product_nouns)
    dimensions_line: str = ""
    gendered: bool = False
    title: str = ""
    vendor: str = ""
    # How many things the listing tells a shopper about the product: its attributes, options,
    # tags and a real description. A listing that tells one or two makes short, true copy.
    told: int = 0
    # The script most of it is written in when no word table reads it ("HEBREW"), else ""
    # (``unread_scripts``): its silence on a material, colour or part is not known.
    unread_script: str = ""
    catalogue: str = ""  # vendor, type, categories and tags: what a "range" may be named after
    # What a check reads from these facts once and keeps for the listing's further drafts
    # (``memo(facts, key, build)``).
    memos: dict[str, object] = field(default_factory=dict)

    @cached_property
    def stems(self) -> frozenset[str]:
        """``product_nouns.stem`` of each word, built when a use or an inclusion needs it."""
        return frozenset(stem(w) for w in self.words)

    def supports(self, phrase: str) -> bool:
        """Whether the listing states ``phrase`` in so many words (case, hyphens, plurals aside)."""
        norm = normalise(phrase)
        if not norm:
            return False
        padded = f" {self.normal} "
        if f" {norm} " in padded:
            return True
        if norm.endswith("s") and f" {norm[:-1]} " in padded:
            return True
        return f" {norm}s " in padded

    def line_with(self, phrase: str) -> str:
        norm = f" {normalise(phrase)} "
        return next((line for line, padded in self._padded if norm in padded), "")

    @cached_property
    def _padded(self) -> list[tuple[str, str]]:
        """Each line with its normalised words, padded with spaces (read once per listing)."""
        return [(line, f" {normalise(line)} ") for line in self.lines]

    @cached_property
    def colour_option(self) -> str:
        """The line of the colours a shopper chooses from ("Colour: Matte Black, Brass"), if
        the listing offers a choice of them."""
        line = self.colour_line
        return line if line and self.lists.get("colour") else ""

    @cached_property
    def colour_line(self) -> str:
        """The line that names the listing's colours ("Colour: …", "Farbe: …")."""
        return next(
            (line for word in ("colour", "color", *sorted(COLOUR_LABELS))
             if (line := self.line_with(word))),
            "",
        )  # fmt: skip


def memo(facts: ListingFacts, key: str, build: Callable[[ListingFacts], T]) -> T:
    """``build(facts)``, computed once per listing and kept with its facts."""
    if key not in facts.memos:
        facts.memos[key] = build(facts)
    return facts.memos[key]  # type: ignore[return-value]
