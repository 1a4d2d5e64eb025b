"""What a recorded WooCommerce webhook does, inside the ``process_webhook`` job.

Webhooks are hints: the product is re-read through the API, never taken from the body. A
variation's event refreshes its parent product; a deletion (``{"id": N}``) re-reads the product,
which marks the listing deleted when the store has trashed it.
"""

from __future__ import annotations

import logging

from sqlalchemy import select

from adapters.woocommerce.deliveries import parse_product_event
from plugin.services.sync import get_listing, refresh_listing
from plugin.storage.db import db
from plugin.storage.models import ListingRecord, Shop, WebhookEvent

log = logging.getLogger(__name__)


def process_woocommerce_event(event: WebhookEvent, shop: Shop | None) -> None:
    if shop is None or not shop.active:
        return
    product = parse_product_event(event.topic, event.body)
    if product is None:
        event.result = {"ignored": f"nothing to do for {event.topic}"}
        return
    session = db.session
    external_id = product.product_id
    if product.deleted and get_listing(session, shop, external_id) is None:
        # Deletions carry only an id: it may be a variation, whose parent we know by its variants.
        parent = _parent_of_variation(shop, external_id)
        if parent is None:
            event.result = {"ignored": f"unknown product {external_id}"}
            return
        external_id = parent
    changed = refresh_listing(session, shop, external_id)
    event.result = {"external_id": external_id, "changed": bool(changed)}


def _parent_of_variation(shop: Shop, variation_id: str) -> str | None:
    records = db.session.scalars(
        select(ListingRecord).where(ListingRecord.shop_id == shop.id, ~ListingRecord.deleted)
    )
    for record in records:
        variants = (record.data or {}).get("variants") or []
        if any(str(v.get("external_id")) == variation_id for v in variants):
            return record.external_id
    return None
