"""WooCommerce's product CSV (its exporter's columns): products, variations, grouped and external.

One row per product; a variation is its own row whose ``Parent`` names the variable product by
SKU or ``id:N``. Weight and dimension units are in the header (``Weight (lbs)``). Descriptions
store a line break as the two characters ``\\n``, as WooCommerce's exporter and importer do.
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
    split_values,
)
from plugin.domain import Dimensions, DraftKind, Listing, Measure, Variant

FAQ_COLUMN = "Meta: copydesk_faq"
#: SEO plugins' meta keys we write to when the file already has their columns, in that order.
SEO_PLUGIN_COLUMNS = (
    ("Meta: rank_math_title", "Meta: rank_math_description"),
    ("Meta: _yoast_wpseo_title", "Meta: _yoast_wpseo_metadesc"),
)
OWN_SEO_COLUMNS = ("Meta: _copydesk_seo_title", "Meta: _copydesk_seo_description")
INCLUDES_ATTRIBUTE = "Includes"

_ATTRIBUTE_NAME = re.compile(r"Attribute (\d+) name", re.IGNORECASE)
_WEIGHT = re.compile(r"Weight \((.+)\)", re.IGNORECASE)
_DIMENSION = re.compile(r"(Length|Width|Height) \((.+)\)", re.IGNORECASE)


def unescape_description(text: str) -> str:
    """WooCommerce's importer: ``\\n`` is a line break, ``\\\\n`` a literal backslash-n."""
    if "\\" not in text:
        return text
    return "\\n".join(part.replace("\\n", "\n") for part in text.split("\\\\n"))


def escape_description(text: str) -> str:
    """WooCommerce's exporter: the inverse of :func:`unescape_description`."""
    return text.replace("\\n", "\\\\n").replace("\n", "\\n")


def seo_columns(header: Header) -> tuple[str, str]:
    for title, description in SEO_PLUGIN_COLUMNS:
        if header.has(title) and header.has(description):
            return title, description
    return OWN_SEO_COLUMNS


@dataclass
class _Product:
    row: int
    record: int
    kind: str
    listing: Listing
    attributes: list[tuple[str, list[str]]]
    grouped: list[str]
    variants: list[Variant] = field(default_factory=list)
    option_names: list[str] = field(default_factory=list)


@dataclass
class _Columns:
    """The header's unit-bearing and numbered columns, found once per file."""

    weight: tuple[int, str] | None
    dimensions: dict[str, tuple[int, str]]
    attributes: list[tuple[int, int | None]]

    @classmethod
    def of(cls, header: Header) -> _Columns:
        weights = header.matching(_WEIGHT)
        dims = {m.group(1).lower(): (i, m.group(2).strip()) for i, m in header.matching(_DIMENSION)}
        attributes = []
        for i, match in header.matching(_ATTRIBUTE_NAME):
            n = match.group(1)
            attributes.append((i, header.find(f"Attribute {n} value(s)", f"Attribute {n} values")))
        return cls(
            weight=(weights[0][0], weights[0][1].group(1).strip()) if weights else None,
            dimensions=dims,
            attributes=attributes,
        )


class WooCommerceCsv(CatalogFormat):
    name = "woocommerce"
    quote_spaces = True

    def recognises(self, header: Header) -> bool:
        return header.has("Type") and header.has("Name") and header.has("SKU", "ID")

    def cells_for(self, header: Header, kind: DraftKind, content: str) -> list[tuple[str, str]]:
        if kind is DraftKind.DESCRIPTION:
            return [("Description", escape_description(content))]
        if kind is DraftKind.SHORT_DESCRIPTION:
            return [("Short description", escape_description(content))]
        if kind is DraftKind.SEO:
            title_column, description_column = seo_columns(header)
            title, description = seo_cells(content)
            return [(title_column, title), (description_column, description)]
        if kind is DraftKind.FAQ:
            return [(FAQ_COLUMN, faq_cell(content))]
        raise unsupported_kind(self.name, kind)

    def read(self, records: Iterable[list[str]], header: Header) -> FormatResult:
        columns = _Columns.of(header)
        result = FormatResult()
        products: list[_Product] = []
        by_ref: dict[str, _Product] = {}
        claimed: dict[str, int] = {}
        failed: dict[str, int] = {}
        variations: list[Row] = []
        for index, values in enumerate(records, start=1):
            row = Row(header, values, index + 1)
            if row.is_empty():
                continue
            refs: list[str] = []
            try:
                refs = self._claim_refs(row, claimed)
                if _is_variation(row):
                    variations.append(row)
                    continue
                product = self._product(row, index, columns)
            except BadRow as exc:
                result.errors.append(RowError(row.number, str(exc)))
                failed.update((ref, row.number) for ref in refs)
                continue
            products.append(product)
            for ref in refs:
                by_ref[ref] = product
        for row in variations:
            try:
                self._attach_variation(row, by_ref, failed, columns)
            except BadRow as exc:
                result.errors.append(RowError(row.number, str(exc)))
        for product in products:
            result.listings.append(self._finish(product, by_ref))
            result.product_rows[product.listing.external_id] = product.record
        result.errors.sort(key=lambda error: error.row)
        return result

    def _claim_refs(self, row: Row, claimed: dict[str, int]) -> list[str]:
        """The references (``SKU``, ``id:N``) a row answers to; each may be used only once."""
        refs = []
        sku, product_id = row.get("SKU"), row.get("ID")
        if sku:
            refs.append(sku)
        if product_id:
            if not product_id.isdigit():
                raise BadRow(f"ID {product_id!r} is not a number")
            refs.append(f"id:{product_id}")
        if not refs:
            raise BadRow("the row has neither a SKU nor an ID, so it cannot be told apart")
        for ref in refs:
            if ref in claimed:
                what = f"SKU {ref!r}" if ref == sku else f"ID {product_id}"
                raise BadRow(f"{what} is already used on row {claimed[ref]}")
        for ref in refs:
            claimed[ref] = row.number
        return refs

    def _product(self, row: Row, index: int, columns: _Columns) -> _Product:
        title = row.get("Name")
        if not title:
            raise BadRow("Name is empty")
        kinds = [t.lower() for t in split_list(row.get("Type"))]
        kind = next((t for t in kinds if t not in ("virtual", "downloadable")), "simple")
        sku = row.get("SKU")
        seo_title, seo_description = seo_columns(header=row.header)
        price, compare_at = _price_pair(row)
        listing = Listing(
            external_id=sku or f"id:{row.get('ID')}",
            title=title,
            description_html=unescape_description(row.raw("Description")),
            short_description_html=unescape_description(row.raw("Short description")),
            vendor=", ".join(split_list(row.get("Brands"))),
            sku=sku,
            tags=split_list(row.get("Tags")),
            categories=split_list(row.get("Categories")),
            price=price,
            compare_at_price=compare_at,
            weight=_weight(row, columns),
            dimensions=_dimensions(row, columns),
            seo=seo_copy(row.raw(seo_title), row.raw(seo_description)),
            faq=parse_faq_cell(row.raw(FAQ_COLUMN), FAQ_COLUMN),
            kind=kind if kind in PRODUCT_KINDS else "simple",
            virtual="virtual" in kinds,
            downloadable="downloadable" in kinds,
            downloads=_download_names(row),
            download_limit=_whole_number(row, "Download limit"),
            download_expiry_days=_whole_number(row, "Download expiry days"),
            external_url=row.get("External URL") if kind == "external" else "",
            button_text=row.get("Button text") if kind == "external" else "",
            in_stock=_flag(row.get("In stock?")),
            stock_quantity=_stock_count(row),
        )
        return _Product(
            row=row.number,
            record=index,
            kind=kind,
            listing=listing,
            attributes=_attributes(row, columns),
            grouped=split_list(row.get("Grouped products")),
        )

    def _attach_variation(
        self, row: Row, by_ref: dict[str, _Product], failed: dict[str, int], columns: _Columns
    ) -> None:
        parent_ref = row.get("Parent")
        if not parent_ref:
            raise BadRow("this variation has no Parent")
        parent = by_ref.get(parent_ref)
        if parent is None:
            if parent_ref in failed:
                raise BadRow(f"its parent {parent_ref!r} (row {failed[parent_ref]}) has an error")
            raise BadRow(f"Parent {parent_ref!r} is not a product in this file")
        if parent.kind != "variable":
            raise BadRow(f"Parent {parent_ref!r} is a {parent.kind} product, not a variable one")
        price, compare_at = _price_pair(row)
        known = {name.casefold(): name for name, _ in parent.attributes}
        options = {}
        for name, values in _attributes(row, columns):
            canonical = known.get(name.casefold(), name)
            if canonical not in parent.option_names:
                parent.option_names.append(canonical)
            if values:
                options[canonical] = values[0]
        sku = row.get("SKU")
        parent.variants.append(
            Variant(
                sku=sku,
                title=row.get("Name"),
                price=price,
                compare_at_price=compare_at,
                options=options,
                weight=_weight(row, columns),
                external_id=sku or f"id:{row.get('ID')}",
                in_stock=_flag(row.get("In stock?")),
                stock_quantity=_stock_count(row),
            )
        )

    def _finish(self, product: _Product, by_ref: dict[str, _Product]) -> Listing:
        listing = product.listing
        listing.variants = product.variants
        for name, values in product.attributes:
            if name in product.option_names:
                listing.options[name] = values
            else:
                listing.attributes[name] = values
        for name in product.option_names:
            if name not in listing.options:
                seen = [v.options[name] for v in product.variants if name in v.options]
                listing.options[name] = list(dict.fromkeys(seen))
        if listing.price is None and product.variants:
            listing.price = lowest_price([v.price for v in product.variants])
        if product.grouped:
            listing.children = [
                by_ref[ref].listing.title if ref in by_ref else ref for ref in product.grouped
            ]
            listing.attributes[INCLUDES_ATTRIBUTE] = list(listing.children)
        if listing.in_stock is None and product.variants:
            stated = [v.in_stock for v in product.variants if v.in_stock is not None]
            listing.in_stock = any(stated) if stated else None
        return listing


PRODUCT_KINDS = ("simple", "variable", "grouped", "external")
_DOWNLOAD_NAME = re.compile(r"Download (\d+) name", re.IGNORECASE)


def _download_names(row: Row) -> list[str]:
    """The names of a downloadable product's files (their URLs are the store's business)."""
    names = []
    for index, _ in row.header.matching(_DOWNLOAD_NAME):
        name = row.at(index).strip()
        if name:
            names.append(name)
    return names


def _whole_number(row: Row, column: str) -> int | None:
    """A count such as ``Stock`` or ``Download limit``; None when empty or not a count
    (WooCommerce writes ``-1`` for "no limit")."""
    try:
        value = parse_number(row.get(column), column)
    except BadRow:
        return None
    return int(value) if value is not None else None


def _stock_count(row: Row) -> int | None:
    """The ``Stock`` column; a product the exporter marks ``backorder`` with no count is sold
    with none in stock (0), the listing's way of saying backorder."""
    count = _whole_number(row, "Stock")
    if count is None and row.get("In stock?").strip().lower() in ("backorder", "onbackorder"):
        return 0
    return count


def _flag(text: str) -> bool | None:
    """WooCommerce's ``1`` / ``0`` columns (the exporter also writes ``backorder``)."""
    lowered = text.strip().lower()
    if lowered in ("1", "yes", "true", "instock", "backorder", "onbackorder"):
        return True
    if lowered in ("0", "no", "false", "outofstock"):
        return False
    return None


def _is_variation(row: Row) -> bool:
    return any("variation" in t.lower() for t in split_list(row.get("Type")))


def _price_pair(row: Row) -> tuple[str | None, str | None]:
    """(price a shopper pays now, the regular price when a sale price is set)."""
    regular = parse_price(row.get("Regular price"), "Regular price")
    sale = parse_price(row.get("Sale price"), "Sale price")
    if sale is not None:
        return sale, regular
    return regular, None


def _weight(row: Row, columns: _Columns) -> Measure | None:
    if columns.weight is None:
        return None
    index, unit = columns.weight
    value = parse_number(row.at(index).strip(), row.header.names[index])
    return Measure(value, unit) if value is not None else None


def _dimensions(row: Row, columns: _Columns) -> Dimensions | None:
    values: dict[str, float | None] = {}
    unit = ""
    for axis in ("length", "width", "height"):
        found = columns.dimensions.get(axis)
        if found is None:
            values[axis] = None
            continue
        index, axis_unit = found
        values[axis] = parse_number(row.at(index).strip(), row.header.names[index])
        unit = unit or axis_unit
    if all(v is None for v in values.values()):
        return None
    return Dimensions(values["length"], values["width"], values["height"], unit)


def _attributes(row: Row, columns: _Columns) -> list[tuple[str, list[str]]]:
    found = []
    for name_index, value_index in columns.attributes:
        name = row.at(name_index).strip()
        if not name:
            continue
        values = split_values(row.at(value_index)) if value_index is not None else []
        found.append((name, values))
    return found
