"""Turning a product CSV's bytes into listings, whichever platform exported it."""

from __future__ import annotations

from adapters.catalog.csv_text import read_records
from adapters.catalog.formats import CatalogFile, CatalogFormat
from adapters.catalog.rows import Header
from adapters.catalog.shopify_csv import ShopifyCsv
from adapters.catalog.woocommerce_csv import WooCommerceCsv
from plugin.errors import ValidationError

FORMATS: tuple[CatalogFormat, ...] = (WooCommerceCsv(), ShopifyCsv())


def detect_format(header: Header) -> CatalogFormat:
    for catalog_format in FORMATS:
        if catalog_format.recognises(header):
            return catalog_format
    shown = ", ".join(name for name in header.names[:8] if name.strip())
    raise ValidationError(
        "This is not a product CSV Copydesk knows. Expected WooCommerce's product export "
        "(columns ID, Type, SKU, Name, Description, …) or Shopify's (Handle, Title, "
        f"Body (HTML), Variant Price, …); the first row has: {shown or 'nothing'}.",
        code="unknown_format",
    )


def format_named(name: str) -> CatalogFormat:
    return next(f for f in FORMATS if f.name == name)


def parse_catalog(data: bytes) -> CatalogFile:
    """Parse a WooCommerce or Shopify product CSV (detected from its header).

    Rows that cannot be imported are listed in ``errors`` and the others still come through;
    a file that is not a product CSV at all raises :class:`~plugin.errors.ValidationError`.
    """
    records = read_records(data)
    names = next(records, [""])
    if names == [""]:
        raise ValidationError("The file is empty: the first row must be the column headers.")
    header = Header(names)
    catalog_format = detect_format(header)
    result = catalog_format.read(records, header)
    return CatalogFile(
        format=catalog_format.name,
        listings=result.listings,
        errors=result.errors,
        data=data,
        product_rows=result.product_rows,
    )
