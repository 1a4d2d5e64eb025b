"""A webhook delivery and its ``process_webhook`` job, written together without the ORM.

This is ingestion's hot path: every delivery a platform sends comes through here, and the
platform waits for the answer. A delivery already recorded (same platform and event id) writes
nothing; a new one writes its ``webhook_events`` row and its job row, both or neither.

- PostgreSQL: one statement, run in autocommit: a data-modifying CTE inserts the event
  (``ON CONFLICT DO NOTHING``) and the job from what it returned. One round trip; the
  statement is its own transaction.
- SQLite (in-process, no round trips): the same two inserts in one transaction.

The job's payload is ``{"event_id", "shop_id"}``, as ``plugin.services.webhooks`` reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Connection, Engine, String, TextClause, bindparam, text

from plugin.storage.models import UTCDateTime

# The shop is either known by id (WooCommerce's URL carries it) or looked up by name in the
# same statement (Shopify's header names the shop's domain).
SHOP_BY_ID = ":shop_id"
SHOP_BY_NAME = (
    "(SELECT id FROM shops WHERE platform = CAST(:platform AS VARCHAR) AND name = :shop_name)"
)

_EVENT_COLUMNS = "platform, shop_id, event_id, topic, status, body, received_at"
_JOB_COLUMNS = (
    "name, queue, payload, status, attempts, max_attempts, run_at, locked_until, locked_by, "
    "idempotency_key, created_at"
)

_POSTGRES = f"""
WITH event AS (
    INSERT INTO webhook_events ({_EVENT_COLUMNS})
    VALUES (CAST(:platform AS VARCHAR), {{shop}}, :event_id, :topic, 'received', :body, :now)
    ON CONFLICT (platform, event_id) DO NOTHING
    RETURNING id, shop_id
)
INSERT INTO jobs ({_JOB_COLUMNS})
SELECT :name, :queue, json_build_object('event_id', event.id, 'shop_id', event.shop_id),
       'queued', 0, CAST(:max_attempts AS INTEGER), :run_at,
       CAST(:locked_until AS TIMESTAMP), CAST(:locked_by AS VARCHAR), :idempotency_key, :now
FROM event
ON CONFLICT (idempotency_key) DO NOTHING
RETURNING id
"""

_SQLITE_EVENT = f"""
INSERT INTO webhook_events ({_EVENT_COLUMNS})
VALUES (CAST(:platform AS VARCHAR), {{shop}}, :event_id, :topic, 'received', :body, :now)
ON CONFLICT (platform, event_id) DO NOTHING
RETURNING id, shop_id
"""

_SQLITE_JOB = f"""
INSERT INTO jobs ({_JOB_COLUMNS})
VALUES (:name, :queue, :payload, 'queued', 0, :max_attempts, :run_at, :locked_until,
        :locked_by, :idempotency_key, :now)
ON CONFLICT (idempotency_key) DO NOTHING
RETURNING id
"""


def _typed(sql: str) -> TextClause:
    """Datetimes go through the models' UTC type, the payload through JSON, as the ORM does."""
    names = {"now", "run_at", "locked_until", "locked_by", "payload"}
    clause = text(sql)
    present = [name for name in names if f":{name}" in sql]
    types: dict[str, Any] = {"locked_by": String(), "payload": JSON()}
    return clause.bindparams(
        *(bindparam(name, type_=types.get(name, UTCDateTime())) for name in present)
    )


# Each statement in its two forms: the shop by id, the shop by name.
_POSTGRES_BY_SHOP = {s: _typed(_POSTGRES.replace("{shop}", s)) for s in (SHOP_BY_ID, SHOP_BY_NAME)}
_SQLITE_EVENT_BY_SHOP = {
    s: _typed(_SQLITE_EVENT.replace("{shop}", s)) for s in (SHOP_BY_ID, SHOP_BY_NAME)
}
_SQLITE_JOB_STATEMENT = _typed(_SQLITE_JOB)


_SHOP = text(
    "SELECT platform, uninstalled_at IS NULL AS active, webhook_secret FROM shops WHERE id = :id"
)


@dataclass(frozen=True)
class ShopRow:
    """What checking a delivery needs to know about its shop (the secret still encrypted)."""

    platform: str
    active: bool
    webhook_secret: str | None


def shop(engine: Engine, shop_id: int) -> ShopRow | None:
    """The shop a delivery's URL names, read in one statement."""
    with _connection(engine) as conn:
        row = conn.execute(_SHOP, {"id": shop_id}).first()
    return ShopRow(row.platform, bool(row.active), row.webhook_secret) if row else None


def _connection(engine: Engine) -> Connection:
    """A connection whose statements commit at once: on PostgreSQL no BEGIN and no ROLLBACK
    round trip around a lone statement."""
    return engine.connect().execution_options(isolation_level="AUTOCOMMIT")


@dataclass(frozen=True)
class Delivery:
    """A verified delivery: ``shop_id`` or ``shop_name`` says whose it is (None if nobody's)."""

    platform: str
    event_id: str
    topic: str
    body: str
    received_at: datetime
    shop_id: int | None = None
    shop_name: str | None = None


def record(engine: Engine, delivery: Delivery, job: dict[str, Any]) -> int | None:
    """Record ``delivery`` with a job of the columns ``job`` (``DatabaseJobQueue.new_row``);
    returns the job's id, or None when the delivery had been recorded before."""
    shop = SHOP_BY_NAME if delivery.shop_name is not None else SHOP_BY_ID
    params = {
        "platform": delivery.platform,
        "event_id": delivery.event_id,
        "topic": delivery.topic,
        "body": delivery.body,
        "now": delivery.received_at,
        "shop_id": delivery.shop_id,
        "shop_name": delivery.shop_name,
    }
    if engine.dialect.name == "postgresql":
        with _connection(engine) as conn:
            found = conn.execute(_POSTGRES_BY_SHOP[shop], {**params, **job}).first()
        return found[0] if found else None
    with engine.begin() as conn:
        event = conn.execute(_SQLITE_EVENT_BY_SHOP[shop], params).first()
        if event is None:
            return None
        payload = {"event_id": event.id, "shop_id": event.shop_id}
        found = conn.execute(
            _SQLITE_JOB_STATEMENT, {**job, "payload": payload, "now": delivery.received_at}
        ).first()
    return found[0] if found else None
