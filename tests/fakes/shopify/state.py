"""What the fake Shopify holds per shop: products, tokens, webhook subscriptions, its bucket."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

TOKEN_TTL_SECONDS = 3600
REFRESH_TTL_SECONDS = 90 * 24 * 3600


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def digest_of(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def encode_cursor(index: int) -> str:
    return base64.b64encode(json.dumps({"last": index}).encode()).decode()


def decode_cursor(cursor: str | None) -> int:
    if not cursor:
        return -1
    return int(json.loads(base64.b64decode(cursor))["last"])


@dataclass
class Bucket:
    """Shopify's leaky bucket of cost points for one app on one shop."""

    maximum: float = 1000.0
    restore_rate: float = 50.0
    available: float = 1000.0
    updated: float = field(default_factory=time.monotonic)
    empty_at_next_read: bool = False

    def level(self) -> float:
        now = time.monotonic()
        if self.empty_at_next_read:
            self.empty_at_next_read = False
            self.available = 0.0
        else:
            self.available = min(
                self.maximum, self.available + (now - self.updated) * self.restore_rate
            )
        self.updated = now
        return self.available

    def status(self) -> dict[str, float]:
        return {
            "maximumAvailable": self.maximum,
            "currentlyAvailable": round(self.level(), 2),
            "restoreRate": self.restore_rate,
        }

    def drain(self) -> None:
        """Empty the bucket as the next query arrives, not now: however long the caller takes to
        send that query, the bucket has not refilled in between, so the query is throttled and
        told to wait for its whole cost."""
        self.empty_at_next_read = True


@dataclass
class Token:
    value: str
    expires_at: float


@dataclass
class FakeShop:
    domain: str
    currency: str = "USD"
    products: dict[str, dict[str, Any]] = field(default_factory=dict)
    access_tokens: dict[str, Token] = field(default_factory=dict)
    refresh_tokens: dict[str, float] = field(default_factory=dict)
    subscriptions: list[dict[str, Any]] = field(default_factory=list)
    bucket: Bucket = field(default_factory=Bucket)
    installed: bool = False
    next_id: int = 7000000000001
    #: Bulk operations by GID (see ``bulk_ops``); ``bulk_runtime``: seconds each one runs.
    bulk_operations: dict[str, dict[str, Any]] = field(default_factory=dict)
    bulk_runtime: float = 0.0
    #: ``shopLocales`` as Shopify answers it (``ShopLocale``: locale, name, primary, published).
    locales: list[dict[str, Any]] = field(
        default_factory=lambda: [
            {"locale": "en", "name": "English", "primary": True, "published": True}
        ]
    )
    #: The access scopes the shop's tokens carry (those the merchant granted at install).
    scopes: frozenset[str] = frozenset()

    def set_locales(self, primary: str, *others: str) -> None:
        """The shop's languages: ``primary`` is the one its storefront defaults to."""
        self.locales = [
            {"locale": code, "name": code, "primary": code == primary, "published": True}
            for code in (primary, *others)
        ]

    def issue_tokens(self, scope: str) -> dict[str, Any]:
        access = "shpat_" + secrets.token_hex(16)
        refresh = "shprt_" + secrets.token_hex(16)
        self.access_tokens[access] = Token(access, time.time() + TOKEN_TTL_SECONDS)
        self.refresh_tokens[refresh] = time.time() + REFRESH_TTL_SECONDS
        self.installed = True
        self.scopes = frozenset(s.strip() for s in scope.split(",") if s.strip())
        return {
            "access_token": access,
            "scope": scope,
            "expires_in": TOKEN_TTL_SECONDS,
            "refresh_token": refresh,
            "refresh_token_expires_in": REFRESH_TTL_SECONDS,
        }

    def token_valid(self, value: str | None) -> bool:
        token = self.access_tokens.get(value or "")
        return bool(self.installed and token and token.expires_at > time.time())

    def expire_access_tokens(self) -> None:
        for token in self.access_tokens.values():
            token.expires_at = time.time() - 1

    def revoke(self) -> None:
        self.access_tokens.clear()
        self.refresh_tokens.clear()
        self.subscriptions.clear()
        self.installed = False

    def add_product(
        self,
        *,
        title: str,
        description_html: str = "",
        vendor: str = "",
        product_type: str = "",
        tags: list[str] | None = None,
        variants: list[dict[str, Any]] | None = None,
        options: list[dict[str, Any]] | None = None,
    ) -> str:
        gid = f"gid://shopify/Product/{self.next_id}"
        self.next_id += 1
        built = []
        for spec in variants or [{"price": "10.00"}]:
            built.append(self._variant(spec))
        self.products[gid] = {
            "id": gid,
            "title": title,
            "descriptionHtml": description_html,
            "vendor": vendor,
            "productType": product_type,
            "tags": list(tags or []),
            "updatedAt": now_iso(),
            "seo": {"title": None, "description": None},
            "options": options or [{"name": "Title", "values": ["Default Title"]}],
            "variants": built,
            "metafields": {},
        }
        return gid

    def _variant(self, spec: dict[str, Any]) -> dict[str, Any]:
        vid = f"gid://shopify/ProductVariant/{self.next_id}"
        self.next_id += 1
        selected = spec.get("options") or {"Title": "Default Title"}
        weight = spec.get("weight")
        return {
            "id": vid,
            "title": spec.get("title") or " / ".join(selected.values()),
            "sku": spec.get("sku", ""),
            "price": spec.get("price", "10.00"),
            "compareAtPrice": spec.get("compare_at_price"),
            "availableForSale": spec.get("available", True),
            "selectedOptions": [{"name": k, "value": v} for k, v in selected.items()],
            "inventoryItem": {
                "requiresShipping": spec.get("requires_shipping", True),
                "measurement": {
                    "weight": {"unit": weight[1], "value": weight[0]} if weight else None
                },
            },
        }

    def edit_product(self, gid: str, **fields: Any) -> None:
        """A merchant's edit in the Shopify admin (GraphQL field names)."""
        product = self.products[gid]
        product.update(fields)
        product["updatedAt"] = now_iso()

    def set_metafield(self, gid: str, namespace: str, key: str, value: str, kind: str) -> dict:
        metafield = {
            "namespace": namespace,
            "key": key,
            "type": kind,
            "value": value,
            "jsonValue": json.loads(value) if kind == "json" else value,
            "compareDigest": digest_of(value),
            "id": f"gid://shopify/Metafield/{self.next_id}",
        }
        self.next_id += 1
        self.products[gid]["metafields"][(namespace, key)] = metafield
        self.products[gid]["updatedAt"] = now_iso()
        return metafield


class FakeState:
    """Every shop the fake knows, behind one lock (the HTTP server is threaded)."""

    def __init__(self, restore_rate: float = 50.0) -> None:
        self.restore_rate = restore_rate
        self.lock = threading.RLock()
        self.shops: dict[str, FakeShop] = {}
        self.codes: dict[str, str] = {}
        #: The ``scope`` each authorization code was asked with: what its token will carry.
        self.code_scopes: dict[str, str] = {}

    def shop(self, domain: str) -> FakeShop:
        with self.lock:
            if domain not in self.shops:
                self.shops[domain] = FakeShop(domain, bucket=Bucket(restore_rate=self.restore_rate))
            return self.shops[domain]
