"""Writing approved copy into a product CSV, changing only the cells that hold it."""

from __future__ import annotations

from adapters.catalog.csv_text import UTF8_BOM
from adapters.catalog.formats import CatalogFile
from adapters.catalog.parse import format_named
from adapters.catalog.rows import Header
from plugin.domain import DraftKind
from plugin.errors import NotFound


def with_copy(catalog: CatalogFile, external_id: str, kind: DraftKind, content: str) -> bytes:
    """The file's bytes with ``content`` stored as the product's ``kind`` copy.

    Every other cell keeps its exact bytes. A column the file lacks (our FAQ or SEO columns) is
    appended: a header cell, the value on this product's row and an empty cell on every other row.
    """
    record_index = catalog.product_rows.get(external_id)
    if record_index is None:
        raise NotFound(f"No product {external_id!r} in the catalogue")
    catalog_format = format_named(catalog.format)
    document = catalog.document
    header = Header(document.records[0].values())
    changes: dict[tuple[int, int], str] = {}
    width = len(header.names)
    for column, value in catalog_format.cells_for(header, kind, content):
        index = header.find(column)
        if index is None:
            index = width
            width += 1
            changes[(0, index)] = column
            for row, record in enumerate(document.records[1:], start=1):
                if not record.is_blank and len(record.cells) <= index:
                    changes[(row, index)] = ""
        changes[(record_index, index)] = value
    text = document.edited(changes, quote_spaces=catalog_format.quote_spaces)
    return (UTF8_BOM if document.bom else b"") + text.encode("utf-8")
