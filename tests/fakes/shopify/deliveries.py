"""Webhook deliveries signed the way Shopify signs them, with bodies built from its samples."""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests

from adapters.shopify.documents import API_VERSION

SAMPLES = Path(__file__).resolve().parents[2] / "fixtures/shopify/webhook-samples"
#: The version of the sample files (their product payloads are also 2025-04 to 2026-04's, see
#: SOURCES.md); a delivery's header carries the adapter's API_VERSION, as Shopify's do.
SAMPLES_VERSION = "2025-01"


def sample_payload(topic: str) -> dict[str, Any]:
    """Shopify's documented example payload for a topic (e.g. ``products/create``)."""
    path = SAMPLES / f"{topic.replace('/', '_')}.{SAMPLES_VERSION}.metadata.json"
    return copy.deepcopy(json.loads(path.read_text())["response"])


def _numeric(gid: str) -> int:
    return int(gid.rsplit("/", 1)[1])


@dataclass
class Delivery:
    topic: str
    shop: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def event_id(self) -> str:
        return self.headers["X-Shopify-Event-Id"]

    def send(self, target: Any, path: str = "/webhooks/shopify") -> Any:
        """POST to a Flask test client, or to a base URL over real HTTP."""
        if isinstance(target, str):
            return requests.post(
                target.rstrip("/") + path, data=self.body, headers=self.headers, timeout=10
            )
        return target.post(path, data=self.body, headers=self.headers)

    def tampered(self) -> Delivery:
        """The same delivery with one byte of the body changed after signing."""
        body = self.body.replace(b"}", b" }", 1)
        return Delivery(self.topic, self.shop, body, dict(self.headers))


def sign(body: bytes, secret: str) -> str:
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def build_delivery(
    topic: str,
    shop: str,
    payload: dict[str, Any],
    *,
    secret: str,
    event_id: str | None = None,
    webhook_id: str | None = None,
) -> Delivery:
    body = json.dumps(payload).encode()
    headers = {
        "Content-Type": "application/json",
        "X-Shopify-Hmac-Sha256": sign(body, secret),
        "X-Shopify-Topic": topic,
        "X-Shopify-Shop-Domain": shop,
        "X-Shopify-Webhook-Id": webhook_id or str(uuid.uuid4()),
        "X-Shopify-Event-Id": event_id or str(uuid.uuid4()),
        "X-Shopify-Triggered-At": datetime.now(UTC).isoformat(),
        "X-Shopify-API-Version": API_VERSION,
    }
    if event_id == "":
        del headers["X-Shopify-Event-Id"]
    return Delivery(topic, shop, body, headers)


def product_payload(topic: str, product: dict[str, Any] | None, gid: str) -> dict[str, Any]:
    """A products/* body: the sample's shape, our product's values, its GID as the id."""
    if topic == "products/delete":
        return {"id": _numeric(gid)}
    payload = sample_payload(topic)
    payload["admin_graphql_api_id"] = gid
    payload["id"] = _numeric(gid)
    if product is not None:
        payload["title"] = product["title"]
        payload["body_html"] = product["descriptionHtml"]
        payload["vendor"] = product["vendor"]
        payload["product_type"] = product["productType"]
        payload["tags"] = ", ".join(product["tags"])
        payload["updated_at"] = product["updatedAt"]
        payload["variants"] = [
            {
                **payload["variants"][0],
                "admin_graphql_api_id": v["id"],
                "id": _numeric(v["id"]),
                "product_id": _numeric(gid),
                "price": v["price"],
                "sku": v["sku"],
                "title": v["title"],
            }
            for v in product["variants"]
        ]
    return payload


def shop_payload(topic: str, shop: str, **overrides: Any) -> dict[str, Any]:
    """app/uninstalled and the compliance topics, for ``shop``."""
    payload = sample_payload(topic)
    if "shop_domain" in payload:
        payload["shop_domain"] = shop
    if topic == "app/uninstalled":
        payload["myshopify_domain"] = shop
        payload["domain"] = shop
    payload.update(overrides)
    return payload
