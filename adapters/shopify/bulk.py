"""Shopify bulk operations: the whole catalogue exported as one JSONL file instead of paged.

``bulkOperationRunQuery`` runs ``products_bulk`` in the background on Shopify's side; when it has
finished (``bulk_operations/finish`` webhook, or polling ``bulkOperation(id:)``) the result is a
JSONL file at a signed URL: one line per product, and one per variant carrying ``__parentId``.
With ``groupObjects: false`` a variant's line comes after its product's but not necessarily right
after it, so :func:`read_products` spools the download into a temporary SQLite file, line by
line, and joins from there: memory stays bounded however large the catalogue.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

from adapters.shopify.documents import load_document
from adapters.shopify.graphql_client import AdminGraphQL
from adapters.shopify.mapping import product_to_listing
from plugin.domain import Listing
from plugin.errors import StoreError

log = logging.getLogger(__name__)

#: Statuses after which a bulk operation changes no more.
FINISHED = frozenset({"COMPLETED", "FAILED", "CANCELED", "EXPIRED"})
#: The connection a child line belongs to, by the type in its GID.
CHILD_CONNECTIONS = {"ProductVariant": "variants"}
_SPOOL_BATCH = 2000


@dataclass(frozen=True)
class BulkOperation:
    id: str
    status: str
    error_code: str | None = None
    url: str | None = None
    partial_url: str | None = None
    #: Products in the file (``rootObjectCount``; ``objectCount`` adds their variants).
    product_count: int = 0

    @property
    def finished(self) -> bool:
        return self.status in FINISHED

    @classmethod
    def from_node(cls, node: dict[str, Any]) -> BulkOperation:
        return cls(
            id=str(node["id"]),
            status=str(node["status"]),
            error_code=node.get("errorCode"),
            url=node.get("url"),
            partial_url=node.get("partialDataUrl"),
            product_count=int(node.get("rootObjectCount") or 0),
        )


@dataclass(frozen=True)
class CatalogueSize:
    count: int
    exact: bool
    currency: str


class ShopifyBulk:
    """Bulk operations for one shop, over its ``AdminGraphQL`` client."""

    def __init__(
        self, client: AdminGraphQL, *, http: requests.Session | None = None, timeout: float = 60.0
    ) -> None:
        self.client = client
        self.http = http or requests.Session()
        self.timeout = timeout

    def catalogue_size(self, limit: int | None = None) -> CatalogueSize:
        """The product count, counted up to ``limit``, and the shop's currency."""
        data = self.client.execute(load_document("products_count"), {"limit": limit})
        counted = data.get("productsCount") or {}
        return CatalogueSize(
            count=int(counted.get("count") or 0),
            exact=counted.get("precision") == "EXACT",
            currency=str((data.get("shop") or {}).get("currencyCode") or ""),
        )

    def start(self) -> BulkOperation:
        """Start the catalogue export; Shopify runs one bulk query per shop and app at a time,
        so when one of ours is already running that one is returned instead."""
        try:
            data = self.client.execute(
                load_document("bulk_operation_run"),
                {"query": load_document("products_bulk").text},
            )
        except StoreError as exc:
            running = self.running() if exc.code == "user_error" else None
            if running is None:
                raise
            log.info("a bulk operation was already running (%s); waiting for it", running.id)
            return running
        return BulkOperation.from_node(data["bulkOperationRunQuery"]["bulkOperation"])

    def running(self) -> BulkOperation | None:
        data = self.client.execute(load_document("bulk_operations_running"))
        nodes = (data.get("bulkOperations") or {}).get("nodes") or []
        return BulkOperation.from_node(nodes[0]) if nodes else None

    def status(self, operation_id: str) -> BulkOperation | None:
        data = self.client.execute(load_document("bulk_operation"), {"id": operation_id})
        node = data.get("bulkOperation")
        return BulkOperation.from_node(node) if node else None

    def listings(self, url: str | None, currency: str) -> Iterator[Listing]:
        """The listings of a completed operation's file (an empty catalogue has no file)."""
        if not url:
            return
        with tempfile.TemporaryDirectory(prefix="copydesk-bulk-") as folder:
            spool = Path(folder) / "lines.sqlite"
            self._download(url, spool)
            for product, children in read_products(spool):
                yield product_to_listing(product, children.get("variants", []), currency).listing

    def _download(self, url: str, spool: Path) -> None:
        try:
            with self.http.get(url, stream=True, timeout=self.timeout) as response:
                if response.status_code != 200:
                    raise StoreError(
                        f"Shopify's bulk result answered {response.status_code}",
                        retryable=response.status_code >= 500 or response.status_code == 429,
                        status_code=response.status_code,
                    )
                spool_lines(response.iter_lines(), spool)
        except requests.RequestException as exc:
            raise StoreError(
                f"Shopify's bulk result is unreachable: {exc}", retryable=True
            ) from exc


def spool_lines(lines: Iterator[bytes], spool: Path) -> int:
    """Write JSONL lines into ``spool`` (SQLite: order, parent, line) a batch at a time."""
    db = sqlite3.connect(spool)
    try:
        db.execute("CREATE TABLE lines (seq INTEGER PRIMARY KEY, parent TEXT, line TEXT)")
        batch: list[tuple[str | None, str]] = []
        count = 0
        for raw in lines:
            if not raw.strip():
                continue
            text = raw.decode() if isinstance(raw, bytes) else raw
            parent = json.loads(text).get("__parentId")
            batch.append((parent, text))
            if len(batch) >= _SPOOL_BATCH:
                count += _flush(db, batch)
        count += _flush(db, batch)
        db.execute("CREATE INDEX lines_parent ON lines (parent, seq)")
        db.commit()
        return count
    finally:
        db.close()


def _flush(db: sqlite3.Connection, batch: list[tuple[str | None, str]]) -> int:
    db.executemany("INSERT INTO lines (parent, line) VALUES (?, ?)", batch)
    written = len(batch)
    batch.clear()
    return written


def read_products(spool: Path) -> Iterator[tuple[dict[str, Any], dict[str, list[dict]]]]:
    """Each product line in file order, with its child lines grouped by connection (variants),
    in file order too; child lines of a type we do not read are skipped."""
    db = sqlite3.connect(spool)
    try:
        roots = db.execute("SELECT line FROM lines WHERE parent IS NULL ORDER BY seq")
        for (line,) in roots:
            product = json.loads(line)
            children: dict[str, list[dict]] = {}
            rows = db.execute(
                "SELECT line FROM lines WHERE parent = ? ORDER BY seq", (product["id"],)
            )
            for (child_line,) in rows:
                child = json.loads(child_line)
                connection = CHILD_CONNECTIONS.get(_gid_type(str(child.get("id") or "")))
                if connection is not None:
                    children.setdefault(connection, []).append(child)
            yield product, children
    finally:
        db.close()


def _gid_type(gid: str) -> str:
    """``gid://shopify/ProductVariant/1`` → ``ProductVariant``."""
    parts = gid.split("/")
    return parts[3] if len(parts) > 4 and gid.startswith("gid://") else ""
