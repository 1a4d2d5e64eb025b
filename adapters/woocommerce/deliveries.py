"""What a webhook delivery means: ping or event, which product, and its event id."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import parse_qs

TOPIC_HEADER = "X-WC-Webhook-Topic"
SIGNATURE_HEADER = "X-WC-Webhook-Signature"
DELIVERY_ID_HEADER = "X-WC-Webhook-Delivery-ID"
WEBHOOK_ID_HEADER = "X-WC-Webhook-ID"


class Headers(Protocol):
    """A dict or Werkzeug's ``Headers``: anything with ``get``."""

    def get(self, key: str, /) -> str | None: ...


def ping_webhook_id(headers: Headers, body: bytes) -> int | None:
    """The webhook id of the unsigned creation ping (form body ``webhook_id=N``, no topic)."""
    if headers.get(TOPIC_HEADER) or headers.get(SIGNATURE_HEADER):
        return None
    try:
        fields = parse_qs(body.decode("ascii"), strict_parsing=True)
    except (UnicodeDecodeError, ValueError):
        return None
    values = fields.get("webhook_id", [])
    if set(fields) != {"webhook_id"} or len(values) != 1 or not values[0].isdigit():
        return None
    return int(values[0])


def event_id_for(headers: Headers, body: bytes, topic: str) -> str:
    """What makes a delivery the same event: its delivery id together with a hash of its body.

    WooCommerce's delivery id is ``wp_hash(webhook id . current second)``, so two different
    events of one webhook within a second share it; only the same body under the same id is a
    repeat. A proxy that drops the header leaves topic and body to go by.
    """
    digest = hashlib.sha256(topic.encode() + b"\n" + body).hexdigest()
    delivery_id = (headers.get(DELIVERY_ID_HEADER) or "").strip()[:128]
    return f"{delivery_id}:{digest}" if delivery_id else f"sha256:{digest}"


@dataclass(frozen=True)
class ProductEvent:
    """A product webhook reduced to what we act on. ``product_id`` is the parent for variations."""

    topic: str
    product_id: str
    deleted: bool
    variation_id: str | None = None


def parse_product_event(topic: str, body: str | bytes) -> ProductEvent | None:
    """The product a ``product.*`` delivery is about, or None for anything else."""
    resource, _, event = topic.partition(".")
    if resource != "product":
        return None
    try:
        payload = json.loads(body)
    except ValueError:
        return None
    if not isinstance(payload, dict) or not str(payload.get("id", "")).isdigit():
        return None
    product_id = str(payload["id"])
    parent = str(payload.get("parent_id") or "0")
    if payload.get("type") == "variation" and parent.isdigit() and parent != "0":
        return ProductEvent(topic, parent, deleted=False, variation_id=product_id)
    return ProductEvent(topic, product_id, deleted=event == "deleted")
