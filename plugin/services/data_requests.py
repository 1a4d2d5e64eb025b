"""Customer data requests (Shopify's ``customers/data_request``), waiting for the merchant.

The webhook job stores the export on the webhook event's ``result``; the merchant reads it here,
passes it on to the customer, and marks it handed over. ``shop/redact`` erases it with the rest of
the shop's data.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from plugin.errors import Conflict, NotFound
from plugin.storage.models import Shop, WebhookEvent

TOPIC = "customers/data_request"
#: Key on the event's ``result`` that records when the export was handed over.
HANDED_OVER = "handed_over_at"


def data_requests(
    session: Session, shop: Shop, *, include_handed_over: bool = False
) -> list[dict[str, Any]]:
    """The shop's data requests, oldest first. ``export`` is None until the webhook job has run
    (``status`` says where it is: a failed job is retried by the queue)."""
    events = session.scalars(
        select(WebhookEvent)
        .where(WebhookEvent.shop_id == shop.id, WebhookEvent.topic == TOPIC)
        .order_by(WebhookEvent.id)
    )
    found = []
    for event in events:
        result: dict[str, Any] = dict(event.result or {})
        handed_over = result.pop(HANDED_OVER, None)
        if handed_over and not include_handed_over:
            continue
        found.append(
            {
                "id": event.id,
                "received_at": event.received_at.isoformat(),
                "status": event.status,
                HANDED_OVER: handed_over,
                "export": result if event.status == "processed" else None,
            }
        )
    return found


def mark_handed_over(session: Session, shop: Shop, event_id: int) -> None:
    """Record that the export of data request ``event_id`` reached the customer."""
    event = session.get(WebhookEvent, event_id)
    if event is None or event.shop_id != shop.id or event.topic != TOPIC:
        raise NotFound(f"{shop.name} has no data request {event_id}")
    if event.status != "processed":
        raise Conflict(f"data request {event_id} has no export yet (status {event.status})")
    event.result = {**(event.result or {}), HANDED_OVER: datetime.now(UTC).isoformat()}
    session.flush()
