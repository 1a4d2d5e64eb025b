"""The Admin GraphQL documents we send, each in its own ``.graphql`` file under ``operations/``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

#: The Admin API version every call goes to (``/admin/api/<version>/graphql.json``), and the one
#: source of it: the tests validate the documents against ``admin_schema_<version>.json.gz`` and
#: the fake Shopify serves this path. Shopify supports a version for twelve months; docs/shopify.md
#: says how to bump it.
API_VERSION = "2026-10"

#: Every operation document; ``product_fields`` only holds fragments and is appended on demand.
DOCUMENT_NAMES = (
    "product",
    "products_page",
    "product_update",
    "metafields_set",
    "webhook_subscriptions",
    "webhook_subscription_create",
    "products_count",
    "products_bulk",
    "bulk_operation_run",
    "bulk_operation",
    "bulk_operations_running",
    "shop_locales",
)
#: Documents run by Shopify as bulk operations (the ``query`` of ``bulk_operation_run``): not
#: under the single query cost limit, but under the bulk limits (docs/shopify.md).
BULK_QUERY_NAMES = ("products_bulk",)
_FRAGMENTS = "product_fields"


@dataclass(frozen=True)
class Document:
    name: str
    text: str

    @property
    def is_mutation(self) -> bool:
        code = [
            ln for ln in self.text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")
        ]
        return bool(code) and code[0].lstrip().startswith("mutation")


def _read(name: str) -> str:
    return resources.files("adapters.shopify.operations").joinpath(f"{name}.graphql").read_text()


@cache
def load_document(name: str) -> Document:
    """The document ``name`` with the shared fragments appended when it spreads them."""
    if name not in DOCUMENT_NAMES:
        raise KeyError(name)
    text = _read(name)
    if "...Copydesk" in text:
        text = f"{text}\n{_read(_FRAGMENTS)}"
    return Document(name=name, text=text)
