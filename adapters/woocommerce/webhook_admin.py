"""Our product webhooks on a store: registering them, and keeping them switched on.

WooCommerce disables a webhook after more than five failed deliveries in a row and never retries
what it failed to deliver, so a health check re-activates ours and the caller reconciles by polling.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from adapters.woocommerce.client import WooCommerceClient

log = logging.getLogger(__name__)

PRODUCT_TOPICS = ("product.created", "product.updated", "product.deleted", "product.restored")


@dataclass
class WebhookHealth:
    """What a check found and did: webhook ids switched back on, and ids created for lost topics."""

    active: list[int] = field(default_factory=list)
    reactivated: list[int] = field(default_factory=list)
    created: list[int] = field(default_factory=list)

    @property
    def was_broken(self) -> bool:
        return bool(self.reactivated or self.created)


def _same_url(a: str, b: str) -> bool:
    return a.rstrip("/") == b.rstrip("/")


def our_webhooks(client: WooCommerceClient, delivery_url: str) -> dict[str, Mapping[str, Any]]:
    """Our webhooks on the store by topic (the oldest when a topic has several)."""
    found: dict[str, Mapping[str, Any]] = {}
    hooks: Iterable[Mapping[str, Any]] = client.paginate("webhooks", {"status": "all"})
    for hook in sorted(hooks, key=lambda h: int(h.get("id") or 0)):
        topic = str(hook.get("topic") or "")
        if topic in PRODUCT_TOPICS and _same_url(str(hook.get("delivery_url") or ""), delivery_url):
            found.setdefault(topic, hook)
    return found


def _create(client: WooCommerceClient, topic: str, delivery_url: str, secret: str) -> int:
    body = {
        "name": f"Copydesk {topic}",
        "topic": topic,
        "delivery_url": delivery_url,
        "secret": secret,
        "status": "active",
    }
    return int(client.post("webhooks", body).data["id"])


def register_webhooks(client: WooCommerceClient, delivery_url: str, secret: str) -> list[int]:
    """Make sure each product topic has an active webhook to us signed with ``secret``.

    Existing ones are updated rather than duplicated, so this is safe to run again.
    """
    existing = our_webhooks(client, delivery_url)
    ids = []
    for topic in PRODUCT_TOPICS:
        hook = existing.get(topic)
        if hook is None:
            ids.append(_create(client, topic, delivery_url, secret))
        else:
            client.put(f"webhooks/{hook['id']}", {"secret": secret, "status": "active"})
            ids.append(int(hook["id"]))
    return ids


def check_webhooks(client: WooCommerceClient, delivery_url: str, secret: str) -> WebhookHealth:
    """Re-activate our disabled or paused webhooks and recreate any that were deleted."""
    health = WebhookHealth()
    existing = our_webhooks(client, delivery_url)
    for topic in PRODUCT_TOPICS:
        hook = existing.get(topic)
        if hook is None:
            health.created.append(_create(client, topic, delivery_url, secret))
        elif hook.get("status") != "active":
            client.put(f"webhooks/{hook['id']}", {"status": "active"})
            health.reactivated.append(int(hook["id"]))
        else:
            health.active.append(int(hook["id"]))
    if health.was_broken:
        log.warning(
            "WooCommerce webhooks repaired: reactivated %s, created %s",
            health.reactivated,
            health.created,
        )
    return health
