"""Full syncs of large Shopify catalogues through a bulk operation, as jobs.

A full reconcile (the install's backfill, the daily one) of a shop with at least
``SHOPIFY_BULK_THRESHOLD`` products starts a bulk operation instead of paging, and records its id
on the shop: one per shop at a time, and a restarted worker finds it there. The operation's end
is learnt from the ``bulk_operations/finish`` webhook or, failing that, from polling with growing
intervals; either queues one ``shopify_bulk_import`` per operation, which reads the operation
again (the webhook is only a hint), streams its file into the listings and marks what the
catalogue lacks as deleted, like a paged full pull. A failed, cancelled or expired operation
falls back to a paged full pull. Smaller shops and incremental syncs stay on the paged path.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from flask import current_app
from sqlalchemy import update
from sqlalchemy.orm import Session

from adapters.shopify.bulk import BulkOperation, ShopifyBulk
from adapters.shopify.store import ShopifyStore
from plugin import progress
from plugin.errors import StoreError
from plugin.ports import JobHandler
from plugin.services.queue import job_queue
from plugin.services.stores import adapter_for
from plugin.services.sync import apply_pull
from plugin.storage.db import db
from plugin.storage.models import Shop

log = logging.getLogger(__name__)

#: Products from which a full sync goes through a bulk operation; 0 turns bulk syncs off.
DEFAULT_BULK_THRESHOLD = 1000
#: Seconds before the first status poll; each later one waits twice as long, up to the maximum.
DEFAULT_POLL_SECONDS = 10.0
MAX_POLL_SECONDS = 600.0
#: After this long a recorded operation is given up (see ``_stale``).
STALE_AFTER = timedelta(days=1)


def bulk_for(shop: Shop) -> ShopifyBulk:
    adapter = adapter_for(shop)
    assert isinstance(adapter, ShopifyStore)
    return ShopifyBulk(adapter.client)


def bulk_threshold(config: Mapping[str, Any]) -> int:
    return int(config.get("SHOPIFY_BULK_THRESHOLD", DEFAULT_BULK_THRESHOLD) or 0)


def start_full_sync(session: Session, shop: Shop, config: Mapping[str, Any]) -> bool:
    """Take a full sync of ``shop`` onto the bulk path when its catalogue is large enough (or a
    bulk operation of it is already under way); False leaves the sync to the paged pull."""
    if shop.bulk_operation_id and not _stale(shop):
        log.info("%s: bulk operation %s already under way", shop.name, shop.bulk_operation_id)
        schedule_poll(shop, shop.bulk_operation_id, 0, config)
        return True
    if shop.bulk_operation_id:
        log.warning(
            "%s: bulk operation %s never imported; starting again",
            shop.name,
            shop.bulk_operation_id,
        )
        _release(session, shop, shop.bulk_operation_id)
    threshold = bulk_threshold(config)
    if threshold <= 0:
        return False
    bulk = bulk_for(shop)
    if bulk.catalogue_size(limit=threshold).count < threshold:
        return False
    operation = bulk.start()
    shop.bulk_operation_id = operation.id
    shop.bulk_operation_started_at = datetime.now(UTC)
    session.flush()
    log.info("%s: started bulk operation %s", shop.name, operation.id)
    schedule_poll(shop, operation.id, 0, config)
    return True


def _stale(shop: Shop) -> bool:
    """An operation recorded so long ago that its import must have failed for good (the job
    queue gave up): a full sync then starts over rather than wait for it forever."""
    started = shop.bulk_operation_started_at
    return started is not None and datetime.now(UTC) - started > STALE_AFTER


def schedule_poll(
    shop: Shop,
    operation_id: str,
    attempt: int,
    config: Mapping[str, Any],
    *,
    delay: float | None = None,
) -> None:
    """Poll after ``delay`` or ``base * 2**attempt`` seconds (at most ``MAX_POLL_SECONDS``).
    Each poll queues the next in its own transaction, so a chain never forks; a second chain
    (a resumed sync) costs a few status reads and ends with the first, when the operation is
    no longer the shop's."""
    base = float(config.get("SHOPIFY_BULK_POLL_SECONDS", DEFAULT_POLL_SECONDS))
    job_queue().enqueue(
        "shopify_bulk_poll",
        {"shop_id": shop.id, "operation_id": operation_id, "attempt": attempt},
        queue="io",
        delay_seconds=min(MAX_POLL_SECONDS, base * 2**attempt) if delay is None else delay,
    )


def queue_import(shop: Shop, operation_id: str) -> None:
    """One import per operation, however many polls and webhook deliveries report its end."""
    job_queue().enqueue(
        "shopify_bulk_import",
        {"shop_id": shop.id, "operation_id": operation_id},
        idempotency_key=f"shopify_bulk_import:{operation_id}",
        queue="io",
    )


def bulk_operation_finished(shop: Shop, operation_id: str) -> bool:
    """The ``bulk_operations/finish`` webhook, a hint like every webhook: poll the operation now
    if it is this shop's; the poll queues the import once Shopify's answer says it finished."""
    if not operation_id or shop.bulk_operation_id != operation_id:
        return False
    schedule_poll(shop, operation_id, 0, current_app.config, delay=0)
    return True


def _current(shop_id: int, operation_id: str) -> Shop | None:
    """The shop, while ``operation_id`` is still its bulk operation."""
    shop = db.session.get(Shop, shop_id)
    if shop is None or not shop.active or shop.bulk_operation_id != operation_id:
        return None
    return shop


def poll_job(payload: dict) -> None:
    shop = _current(payload["shop_id"], payload["operation_id"])
    if shop is None:
        return
    operation = bulk_for(shop).status(payload["operation_id"])
    if operation is None or operation.finished:
        queue_import(shop, payload["operation_id"])
    else:
        schedule_poll(shop, operation.id, int(payload["attempt"]) + 1, current_app.config)
    db.session.commit()


def import_job(payload: dict) -> None:
    session = db.session
    shop = _current(payload["shop_id"], payload["operation_id"])
    if shop is None:
        return
    bulk = bulk_for(shop)
    operation = bulk.status(payload["operation_id"])
    if operation is not None and not operation.finished:
        raise StoreError(f"bulk operation {operation.id} is {operation.status}", retryable=True)
    if operation is None or operation.status != "COMPLETED":
        _fall_back(session, shop, operation, payload["operation_id"])
        return
    changed = import_operation(session, shop, bulk, operation)
    log.info(
        "%s: bulk operation %s imported, %d listings changed", shop.name, operation.id, changed
    )


def import_operation(
    session: Session, shop: Shop, bulk: ShopifyBulk, operation: BulkOperation
) -> int:
    """Store a completed operation's catalogue as a full pull, then let the shop go: the next
    full sync starts a new operation. A run cut short is run again by the job queue, and storing
    what is already stored changes nothing."""
    currency = bulk.catalogue_size(limit=1).currency
    progress.expect(operation.product_count)
    started = shop.bulk_operation_started_at
    changed = apply_pull(
        session, shop, bulk.listings(operation.url, currency), full=True, started=started
    )
    _release(session, shop, operation.id)
    session.commit()
    return changed


def _fall_back(
    session: Session, shop: Shop, operation: BulkOperation | None, operation_id: str
) -> None:
    why = f"{operation.status} ({operation.error_code})" if operation else "not found"
    log.warning(
        "%s: bulk operation %s %s; falling back to a paged sync", shop.name, operation_id, why
    )
    _release(session, shop, operation_id)
    job_queue().enqueue(
        "reconcile_shop", {"shop_id": shop.id, "full": True, "paged": True}, queue="io"
    )
    session.commit()


def _release(session: Session, shop: Shop, operation_id: str) -> None:
    session.execute(
        update(Shop)
        .where(Shop.id == shop.id, Shop.bulk_operation_id == operation_id)
        .values(bulk_operation_id=None, bulk_operation_started_at=None)
        .execution_options(synchronize_session=False)
    )
    session.expire(shop, ["bulk_operation_id", "bulk_operation_started_at"])


#: This module's job handlers, by job name (registered by ``create_app``).
JOBS: dict[str, JobHandler] = {
    "shopify_bulk_poll": poll_job,
    "shopify_bulk_import": import_job,
}
