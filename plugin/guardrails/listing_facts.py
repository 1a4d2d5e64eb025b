"""What a listing says, in the forms the checks compare against: quantities, materials, colours…"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from plugin.domain import Listing
from plugin.guardrails.quantities import Quantity, find_quantities
from plugin.guardrails.vocabulary import (
    AMBIGUOUS_PLACE_WORDS,
    CERTIFICATIONS,
    COLOURS,
    MATERIALS,
    PLACE_BY_WORD,
)

_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_PLACE_WORDS = re.compile(
    r"(?<![\w.])("
    + "|".join(re.escape(w) for w in sorted(PLACE_BY_WORD, key=len, reverse=True))
    + r")(?![\w])",
    re.IGNORECASE,
)
PRICE = re.compile(
    r"(?P<cur>[$€£¥]|\b(?:USD|EUR|GBP|CAD|AUD)\s?)(?P<amount>\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)"
    r"|(?P<amount2>\d+(?:\.\d{1,2})?)\s?(?P<cur2>USD|EUR|GBP|dollars|euros|pounds sterling)\b"
)
_PLACEHOLDER = re.compile(
    r"lorem ipsum|coming soon|^\s*(tbd|todo|n/?a|description|placeholder|test|sample)\s*\.?\s*$",
    re.IGNORECASE,
)
_GENDER_WORDS = frozenset(
    "women woman womens women's ladies lady men man mens men's his hers him her girl girls "
    "girls' boy boys boys' maternity mom mum mother dad father bride groom gentleman gentlemen "
    "female male feminine masculine".split()
)


@dataclass(frozen=True)
class FactQuantity:
    quantity: Quantity
    line: str


@dataclass
class ListingFacts:
    """Everything one listing states, built once per check."""

    lines: list[str]
    normal: str = ""
    words: set[str] = field(default_factory=set)
    quantities: list[FactQuantity] = field(default_factory=list)
    numbers: set[float] = field(default_factory=set)
    prices: set[Decimal] = field(default_factory=set)
    materials: dict[str, str] = field(default_factory=dict)  # canonical -> line
    material_names: set[str] = field(default_factory=set)  # with broader names
    colours: dict[str, str] = field(default_factory=dict)
    colour_names: set[str] = field(default_factory=set)
    certifications: dict[str, str] = field(default_factory=dict)
    certification_names: set[str] = field(default_factory=set)
    places: dict[str, str] = field(default_factory=dict)
    gendered: bool = False
    title: str = ""
    vendor: str = ""
    catalogue: str = ""  # vendor, type, categories and tags: what a "range" may be named after

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
        norm = normalise(phrase)
        for line in self.lines:
            if f" {norm} " in f" {normalise(line)} ":
                return line
        return ""


def normalise(text: str) -> str:
    """Lowercase words joined by single spaces: "BPA-Free" and "bpa free" read the same."""
    return " ".join(_WORD.findall(text.lower().replace("’", "'")))


def is_placeholder(markup: str) -> bool:
    text = _TAG.sub(" ", markup).strip()
    return len(text) < 25 or bool(_PLACEHOLDER.search(text))


def fact_lines(listing: Listing, extra: Iterable[str] = ()) -> list[str]:
    """The listing as labelled lines, the way a merchant would read them back."""
    lines = [f"Title: {listing.title}"]
    if listing.vendor:
        lines.append(f"Vendor: {listing.vendor}")
    if listing.product_type:
        lines.append(f"Type: {listing.product_type}")
    lines += [f"Tag: {tag}" for tag in listing.tags]
    lines += [f"Category: {c}" for c in listing.categories]
    for name, values in listing.options.items():
        lines.append(f"{name}: {', '.join(values)}")
    for name, values in listing.attributes.items():
        lines.append(f"{name}: {', '.join(values)}")
    for variant in listing.variants:
        parts = [variant.title, *(f"{k} {v}" for k, v in variant.options.items())]
        if variant.price:
            parts.append(f"price {variant.price}")
        if variant.compare_at_price:
            parts.append(f"compare at {variant.compare_at_price}")
        if variant.weight:
            parts.append(f"{_number(variant.weight.value)} {variant.weight.unit}")
        lines.append("Variant: " + ", ".join(p for p in parts if p))
    if listing.price:
        lines.append(f"Price: {listing.price} {listing.currency}".strip())
    if listing.weight:
        lines.append(f"Weight: {_number(listing.weight.value)} {listing.weight.unit}")
    dims = listing.dimensions
    if dims:
        sizes = [v for v in (dims.length, dims.width, dims.height) if v is not None]
        if sizes:
            lines.append("Dimensions: " + " x ".join(f"{_number(v)} {dims.unit}" for v in sizes))
    for markup in (listing.description_html, listing.short_description_html):
        if markup and not is_placeholder(markup):
            lines.append("Description: " + html.unescape(_TAG.sub(" ", markup)))
    if listing.seo:
        lines.append(f"SEO: {listing.seo.title}. {listing.seo.description}")
    lines += [f"FAQ: {item.question} {item.answer}" for item in listing.faq]
    lines += [str(fact) for fact in extra]
    return lines


def build_listing_facts(listing: Listing, extra: Iterable[str] = ()) -> ListingFacts:
    lines = fact_lines(listing, extra)
    facts = ListingFacts(lines=lines, title=listing.title, vendor=listing.vendor)
    groups = [listing.vendor, listing.product_type, *listing.categories, *listing.tags]
    facts.catalogue = "  ".join(normalise(g) for g in groups if g)
    facts.normal = "  ".join(normalise(line) for line in lines)
    facts.words = set(facts.normal.split())
    for line in sorted(lines, key=_line_rank):
        _read_line(facts, line)
    for values in listing.options.values():
        facts.numbers.add(float(len(values)))
    if listing.variants:
        facts.numbers.add(float(len(listing.variants)))
    for amount in [listing.price, *(v.price for v in listing.variants)] + [
        v.compare_at_price for v in listing.variants
    ]:
        price = to_decimal(amount)
        if price is not None:
            facts.prices.add(price)
    facts.material_names = MATERIALS.closure(set(facts.materials))
    facts.colour_names = COLOURS.closure(set(facts.colours))
    facts.certification_names = CERTIFICATIONS.closure(set(facts.certifications))
    facts.gendered = bool(facts.words & _GENDER_WORDS) and "unisex" not in facts.words
    return facts


def _read_line(facts: ListingFacts, line: str) -> None:
    for match in PRICE.finditer(line):
        price = to_decimal(match.group("amount") or match.group("amount2"))
        if price is not None:
            facts.prices.add(price)
    for quantity in find_quantities(line):
        facts.quantities.append(FactQuantity(quantity, line))
        facts.numbers.add(quantity.value)
    for _, _, term in MATERIALS.find(line):
        facts.materials.setdefault(term.name, line)
    for _, _, term in COLOURS.find(line):
        facts.colours.setdefault(term.name, line)
    for _, _, term in CERTIFICATIONS.find(line):
        facts.certifications.setdefault(term.name, line)
    for match in _PLACE_WORDS.finditer(line):
        word = match.group()
        if word.lower() in AMBIGUOUS_PLACE_WORDS and not word[0].isupper():
            continue
        facts.places.setdefault(PLACE_BY_WORD[word.lower()], line)


_LOOSE_LINES = ("Title:", "Tag:", "Type:", "Vendor:", "Category:", "Description:", "SEO:", "FAQ:")


def _line_rank(line: str) -> int:
    """Attribute and option lines first, so a finding quotes "Material: …" rather than the title."""
    return 1 if line.startswith(_LOOSE_LINES) else 0


def to_decimal(amount: str | None) -> Decimal | None:
    if not amount:
        return None
    try:
        return Decimal(str(amount).replace(",", "")).quantize(Decimal("0.01"))
    except InvalidOperation:
        return None


def _number(value: float) -> str:
    return f"{value:g}"
