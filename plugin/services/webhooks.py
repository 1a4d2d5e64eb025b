"""Inbound webhooks: record once, queue, and let the platform's processor act on them in a job."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

from flask import Flask, current_app

from plugin import jsontext
from plugin.domain import Platform
from plugin.errors import ValidationError
from plugin.ports import JobHandler
from plugin.services.queue import job_queue
from plugin.storage import webhook_inbox
from plugin.storage.crypto import decrypt
from plugin.storage.db import db
from plugin.storage.models import JobRecord, Shop, WebhookEvent

Processor = Callable[[WebhookEvent, Shop | None], None]
EXTENSION = "copydesk.webhook_processors"


def register_webhook_processor(
    platform: Platform, processor: Processor, app: Flask | None = None
) -> None:
    (app or current_app).extensions.setdefault(EXTENSION, {})[Platform(platform)] = processor


def require_json(body: bytes) -> None:
    """A signed delivery whose body is not JSON (or nests too deeply) is refused (400) before
    anything is recorded."""
    try:
        jsontext.loads(body)
    except ValueError as exc:
        raise ValidationError(f"the webhook body is not valid JSON: {exc}") from exc


@dataclass(frozen=True)
class DeliveryShop:
    """The shop a delivery's URL names, with its webhook secret decrypted."""

    id: int
    platform: str
    active: bool
    webhook_secret: str | None


def delivery_shop(shop_id: int) -> DeliveryShop | None:
    """Read without the ORM or a transaction: every WooCommerce delivery starts here."""
    row = webhook_inbox.shop(db.engine, shop_id)
    if row is None:
        return None
    secret = decrypt(row.webhook_secret) if row.webhook_secret else None
    return DeliveryShop(shop_id, row.platform, row.active, secret)


def record_webhook(
    *,
    platform: Platform,
    event_id: str,
    topic: str,
    body: bytes,
    shop_id: int | None = None,
    shop_name: str | None = None,
) -> bool:
    """Record a verified delivery and queue its processing, committed before this returns;
    False when it had been recorded before. The shop is ``shop_id``, or the shop of this
    platform named ``shop_name`` if there is one (the event is kept either way).

    Header values are checked against their columns first: too long a value would make
    PostgreSQL refuse the row (a 500), and the platform would keep redelivering it."""
    _require_storable("event id", event_id, _max_event_id(platform))
    _require_storable("topic", topic, _column_length(WebhookEvent.topic))
    queue = job_queue()
    now = datetime.now(UTC)
    job_id = webhook_inbox.record(
        db.engine,
        webhook_inbox.Delivery(
            platform=str(platform),
            event_id=event_id,
            topic=topic,
            body=body.decode("utf-8", errors="replace"),
            received_at=now,
            shop_id=shop_id,
            shop_name=shop_name,
        ),
        queue.new_row(
            "process_webhook",
            idempotency_key=f"webhook:{platform}:{event_id}",
            queue="io",
            now=now,
        ),
    )
    if job_id is None:
        return False
    queue.committed(job_id, "io", now)
    return True


@cache
def _column_length(column: Any) -> int:
    length = column.property.columns[0].type.length
    assert isinstance(length, int)
    return length


@cache
def _max_event_id(platform: Platform) -> int:
    """The event id's column, and the job's idempotency key that carries it after a prefix."""
    prefix = len(f"webhook:{platform}:")
    return min(
        _column_length(WebhookEvent.event_id),
        _column_length(JobRecord.idempotency_key) - prefix,
    )


def _require_storable(what: str, value: str, limit: int) -> None:
    if len(value) > limit:
        raise ValidationError(f"the webhook's {what} is longer than {limit} characters")
    if not value.isprintable():
        raise ValidationError(f"the webhook's {what} contains control characters")


def process_webhook(payload: dict) -> None:
    session = db.session
    event = session.get(WebhookEvent, payload["event_id"])
    if event is None or event.status == "processed":
        return
    shop = session.get(Shop, event.shop_id) if event.shop_id else None
    processors: dict[Platform, Processor] = current_app.extensions.get(EXTENSION, {})
    processor = processors[Platform(event.platform)]
    try:
        processor(event, shop)
    except Exception as exc:
        session.rollback()
        event = session.get(WebhookEvent, payload["event_id"])
        assert event is not None
        event.error = f"{type(exc).__name__}: {exc}"
        event.status = "failed"
        session.commit()
        raise
    event.status = "processed"
    event.error = None
    event.processed_at = datetime.now(UTC)
    session.commit()


#: This module's job handlers, by job name (registered by ``create_app``).
JOBS: dict[str, JobHandler] = {
    "process_webhook": process_webhook,
}
