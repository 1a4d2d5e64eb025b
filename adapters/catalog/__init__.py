"""The CSV catalogue store: a shop whose products live in a WooCommerce or Shopify product CSV."""

from adapters.catalog.formats import CatalogFile
from adapters.catalog.parse import parse_catalog
from adapters.catalog.rows import RowError
from adapters.catalog.store import CatalogStore, build_catalog_store, export_catalog

__all__ = [
    "CatalogFile",
    "CatalogStore",
    "RowError",
    "build_catalog_store",
    "export_catalog",
    "parse_catalog",
]
