"""Inbound webhooks: record once, queue, and let the platform's processor act on them in a job."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from flask import Flask, current_app
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from plugin import jsontext
from plugin.domain import Platform
from plugin.errors import ValidationError
from plugin.jobs.queue import job_queue
from plugin.jobs.registry import job_handler
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


def record_webhook(
    session: Session,
    *,
    platform: Platform,
    shop: Shop | None,
    event_id: str,
    topic: str,
    body: bytes,
) -> WebhookEvent | None:
    """Record a verified delivery and queue its processing; None when it was already recorded.

    Header values are checked against their columns first: too long a value would make
    PostgreSQL refuse the row (a 500), and the platform would keep redelivering it."""
    _require_storable("event id", event_id, _max_event_id(platform))
    _require_storable("topic", topic, _column_length(WebhookEvent.topic))
    key = (str(platform), event_id)
    if session.scalar(
        select(WebhookEvent.id).where(
            WebhookEvent.platform == key[0], WebhookEvent.event_id == key[1]
        )
    ):
        return None
    event = WebhookEvent(
        platform=str(platform),
        shop_id=shop.id if shop else None,
        event_id=event_id,
        topic=topic,
        body=body.decode("utf-8", errors="replace"),
    )
    try:
        with session.begin_nested():
            session.add(event)
    except IntegrityError:
        return None  # a concurrent delivery of the same event won the race
    job_queue().enqueue(
        "process_webhook",
        {"event_id": event.id, "shop_id": event.shop_id},
        idempotency_key=f"webhook:{platform}:{event_id}",
        queue="io",
    )
    return event


def _column_length(column: Any) -> int:
    length = column.property.columns[0].type.length
    assert isinstance(length, int)
    return length


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


@job_handler("process_webhook")
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
