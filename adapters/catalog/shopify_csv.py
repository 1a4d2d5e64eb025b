"""Shopify's product CSV: rows sharing a Handle are one product; its first row has the product's
fields, every row may carry a variant (options, SKU, price, grams) and an image.

Both the classic column names (``Handle``, ``Body (HTML)``, ``Variant Price``) and the newer
ones Shopify's exporter writes (``URL handle``, ``Description``, ``Price``) are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from adapters.catalog.formats import (
    CatalogFormat,
    FormatResult,
    faq_cell,
    parse_faq_cell,
    seo_cells,
    seo_copy,
    unsupported_kind,
)
from adapters.catalog.rows import (
    BadRow,
    Header,
    Row,
    RowError,
    lowest_price,
    parse_number,
    parse_price,
    split_list,
)
from plugin.domain import DraftKind, Listing, Measure, Variant

HANDLE = ("Handle", "URL handle")
BODY = ("Body (HTML)", "Description")
SEO_TITLE = ("SEO Title",)
SEO_DESCRIPTION = ("SEO Description",)
SKU = ("Variant SKU", "SKU")
PRICE = ("Variant Price", "Price")
COMPARE_AT = ("Variant Compare At Price", "Compare-at price")
GRAMS = ("Variant Grams", "Weight value (grams)")
WEIGHT_UNIT = ("Variant Weight Unit", "Weight unit for display")
CATEGORY = ("Product Category", "Product category")
FAQ_COLUMN = "FAQ (product.metafields.copydesk.faq)"
_FAQ_PATTERN = re.compile(r".*\(product\.metafields\.copydesk\.faq\)", re.IGNORECASE)

#: Grams per unit of the units Shopify shows weights in.
GRAMS_PER_UNIT = {"g": 1.0, "kg": 1000.0, "lb": 453.59237, "oz": 28.349523125}


def weight_from_grams(grams: float, unit: str) -> Measure:
    """The weight as the merchant entered it: the shortest value in ``unit`` that Shopify's
    rounding to whole grams turns into ``grams`` (so 227 g shown in lb is 0.5 lb)."""
    unit = unit.lower()
    factor = GRAMS_PER_UNIT.get(unit)
    if factor is None:
        return Measure(grams, "g")
    exact = grams / factor
    for places in range(4):
        value = round(exact, places)
        if round(value * factor) == round(grams):
            return Measure(value, unit)
    return Measure(round(exact, 3), unit)


def _column(header: Header, *names: str) -> str:
    """The header's own spelling of a column, or the first name when the file lacks it."""
    index = header.find(*names)
    return header.names[index] if index is not None else names[0]


def _faq_column(header: Header) -> str:
    found = header.matching(_FAQ_PATTERN)
    return header.names[found[0][0]] if found else FAQ_COLUMN


@dataclass
class _Product:
    row: int
    record: int
    listing: Listing
    option_names: list[str]
    variants: list[Variant] = field(default_factory=list)


class ShopifyCsv(CatalogFormat):
    name = "shopify"

    def recognises(self, header: Header) -> bool:
        return header.has(*HANDLE) and header.has("Title")

    def cells_for(self, header: Header, kind: DraftKind, content: str) -> list[tuple[str, str]]:
        if kind is DraftKind.DESCRIPTION:
            return [(_column(header, *BODY), content)]
        if kind is DraftKind.SEO:
            title, description = seo_cells(content)
            return [
                (_column(header, *SEO_TITLE), title),
                (_column(header, *SEO_DESCRIPTION), description),
            ]
        if kind is DraftKind.FAQ:
            return [(_faq_column(header), faq_cell(content))]
        raise unsupported_kind(self.name, kind)

    def read(self, records: Iterable[list[str]], header: Header) -> FormatResult:
        result = FormatResult()
        products: dict[str, _Product] = {}
        failed: dict[str, int] = {}
        skus: dict[str, int] = {}
        faq_column = _faq_column(header)
        for index, values in enumerate(records, start=1):
            row = Row(header, values, index + 1)
            if row.is_empty():
                continue
            handle = row.get(*HANDLE)
            try:
                if not handle:
                    raise BadRow("Handle is empty")
                if handle in failed:
                    raise BadRow(f"its product {handle!r} (row {failed[handle]}) has an error")
                product = products.get(handle)
                if product is None:
                    product = self._product(row, index, faq_column)
                variant = self._variant(row, product, skus)
            except BadRow as exc:
                result.errors.append(RowError(row.number, str(exc)))
                if handle and handle not in products and handle not in failed:
                    failed[handle] = row.number
                continue
            products.setdefault(handle, product)
            if variant is not None:
                product.variants.append(variant)
            alt = row.get("Image Alt Text")
            if alt and alt not in product.listing.image_alts:
                product.listing.image_alts.append(alt)
        for handle, product in products.items():
            result.listings.append(_finish(product))
            result.product_rows[handle] = product.record
        return result

    def _product(self, row: Row, index: int, faq_column: str) -> _Product:
        title = row.get("Title")
        if not title:
            raise BadRow("Title is empty on the product's first row")
        category = row.get(*CATEGORY)
        product_type = row.get("Type") or (category.split(">")[-1].strip() if category else "")
        listing = Listing(
            external_id=row.get(*HANDLE),
            title=title,
            description_html=row.raw(*BODY),
            vendor=row.get("Vendor"),
            product_type=product_type,
            tags=split_list(row.get("Tags")),
            categories=[category] if category else [],
            seo=seo_copy(row.raw(*SEO_TITLE), row.raw(*SEO_DESCRIPTION)),
            faq=parse_faq_cell(row.raw(faq_column), faq_column),
        )
        names = [row.get(f"Option{n} Name") for n in (1, 2, 3)]
        return _Product(row=row.number, record=index, listing=listing, option_names=names)

    def _variant(self, row: Row, product: _Product, skus: dict[str, int]) -> Variant | None:
        values = [row.get(f"Option{n} Value") for n in (1, 2, 3)]
        sku = row.get(*SKU)
        price = parse_price(row.get(*PRICE), _column(row.header, *PRICE))
        if not any(values) and not sku and price is None:
            return None
        if sku:
            if sku in skus:
                raise BadRow(f"Variant SKU {sku!r} is already used on row {skus[sku]}")
            skus[sku] = row.number
        options = {
            name: value
            for name, value in zip(product.option_names, values, strict=True)
            if name and value and not (name == "Title" and value == "Default Title")
        }
        grams = parse_number(row.get(*GRAMS), _column(row.header, *GRAMS))
        title = " / ".join(v for v in values if v) or "Default Title"
        return Variant(
            sku=sku,
            title=title,
            price=price,
            compare_at_price=parse_price(row.get(*COMPARE_AT), _column(row.header, *COMPARE_AT)),
            options=options,
            weight=weight_from_grams(grams, row.get(*WEIGHT_UNIT)) if grams else None,
            external_id=sku or f"{product.listing.external_id}/{title}",
        )


def _finish(product: _Product) -> Listing:
    listing = product.listing
    listing.variants = product.variants
    for variant in product.variants:
        for name, value in variant.options.items():
            values = listing.options.setdefault(name, [])
            if value not in values:
                values.append(value)
    listing.price = lowest_price([v.price for v in product.variants])
    if len(product.variants) == 1:
        listing.sku = product.variants[0].sku
    weights = {v.weight for v in product.variants}
    if len(weights) == 1:
        listing.weight = weights.pop()
    return listing
