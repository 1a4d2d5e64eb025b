"""A listing as the labelled lines its facts are read from and quoted by."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from plugin.domain import Listing
from plugin.guardrails.normal_text import suspended_hyphens
from plugin.listing_text import is_placeholder

TAG = re.compile(r"<[^>]+>")
_LABEL = re.compile(r"^(?P<label>[^:]{1,40}):\s*(?P<value>.*)$", re.DOTALL)


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
            parts.append(f"{number_text(variant.weight.value)} {variant.weight.unit}")
        lines.append("Variant: " + ", ".join(p for p in parts if p))
    lines += [f"Item: {child}" for child in listing.children]  # a grouped product's items
    if listing.price:
        lines.append(f"Price: {listing.price} {listing.currency}".strip())
    if listing.weight:
        lines.append(f"Weight: {number_text(listing.weight.value)} {listing.weight.unit}")
    if dimensions_line(listing):
        lines.append(dimensions_line(listing))
    for markup in (listing.description_html, listing.short_description_html):
        if markup and not is_placeholder(markup):
            lines += [f"{name}: {value}" for name, value in described_rows(markup)]
            lines.append("Description: " + suspended_hyphens(html.unescape(TAG.sub(" ", markup))))
    if listing.seo:
        lines.append(f"SEO: {listing.seo.title}. {listing.seo.description}")
    lines += [f"FAQ: {item.question} {item.answer}" for item in listing.faq]
    lines += [str(fact) for fact in extra]
    return lines


def table_rows(markup: str) -> list[tuple[str, str]]:
    """A description's specification table as attributes: a row of a heading and a value
    ("<th>Ports</th><td>2 x USB-C, 1 x USB-A</td>") reads as "Ports: 2 x USB-C, 1 x USB-A"."""
    out = []
    for row in _ROW.finditer(markup):
        cells = [html.unescape(TAG.sub(" ", c)).strip() for c in _CELL.findall(row.group(1))]
        if len(cells) == 2 and all(cells) and ":" not in cells[0]:
            out.append((" ".join(cells[0].split()), " ".join(cells[1].split())))
    return out


def prose_rows(markup: str) -> list[tuple[str, str]]:
    """A labelled list written as a sentence of the description ("… treats. Ingredients: oats,
    carrot, honey. Keep dry.") as an attribute: "Ingredients: oats, carrot, honey". Only a
    short label at a sentence's start, and a value that lists two or more items."""
    plain = " ".join(html.unescape(TAG.sub(" ", markup)).split())
    out = []
    for row in _PROSE_ROW.finditer(plain):
        value = row.group("value").strip()
        if "," in value and not _DIGIT_START.match(value):
            out.append((row.group("label"), value))
    return out


def described_rows(markup: str) -> list[tuple[str, str]]:
    """A description's rows that read as attributes: its table's, then its labelled lists'."""
    return [*table_rows(markup), *prose_rows(markup)]


_PROSE_ROW = re.compile(
    r"(?:^|(?<=[.!?] ))(?P<label>[A-Z][A-Za-z]+(?: [a-z]+)?): (?P<value>[^:]+?)(?:\.(?= |$)|$)"
)
_DIGIT_START = re.compile(r"\s*\d")
_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr>", re.IGNORECASE | re.DOTALL)
_CELL = re.compile(r"<t[hd]\b[^>]*>(.*?)</t[hd]>", re.IGNORECASE | re.DOTALL)


def dimensions_line(listing: Listing) -> str:
    dims = listing.dimensions
    sizes = [v for v in (dims.length, dims.width, dims.height) if v is not None] if dims else []
    if not dims or not sizes:
        return ""
    return "Dimensions: " + " x ".join(f"{number_text(v)} {dims.unit}" for v in sizes)


def line_label(line: str) -> str:
    """An attribute or option line's name ("Strap length"); prose lines have none."""
    labelled = _LABEL.match(line)
    return labelled.group("label") if labelled and not line.startswith(_LOOSE_LINES) else ""


_LOOSE_LINES = ("Title:", "Tag:", "Type:", "Vendor:", "Category:", "Description:", "SEO:", "FAQ:")


def line_rank(line: str) -> int:
    """Attribute and option lines first, so a finding quotes "Material: …" rather than the title."""
    return 1 if line.startswith(_LOOSE_LINES) else 0


def number_text(value: float) -> str:
    return f"{value:g}"
