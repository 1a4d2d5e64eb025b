"""Keeping our copy of each listing in step with the store, and deciding what to generate."""

from __future__ import annotations

import hashlib
import itertools
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from flask import Flask, current_app
from sqlalchemy import select
from sqlalchemy.orm import Session

from plugin import progress
from plugin.domain import (
    LIVE_FIELDS,
    VARIANT_LIVE_FIELDS,
    DraftKind,
    Listing,
    Platform,
    copy_kinds_for,
    live_hash_of,
    text_hash,
)
from plugin.listing_text import is_placeholder
from plugin.ports import JobHandler
from plugin.services.generate import new_seed
from plugin.services.listing_rows import (
    live_external_ids,
    pushed_hashes,
    refresh_statistics,
    store_listings,
)
from plugin.services.queue import job_queue
from plugin.services.shops import settings_for, sweep_auth_nonces
from plugin.services.store_language import set_language_from_store
from plugin.services.stores import adapter_for
from plugin.shop_settings import AutoGenerate, ShopSettings
from plugin.storage.db import db
from plugin.storage.models import ListingRecord, Shop

log = logging.getLogger(__name__)


def get_listing(session: Session, shop: Shop, external_id: str) -> ListingRecord | None:
    return session.scalar(
        select(ListingRecord).where(
            ListingRecord.shop_id == shop.id, ListingRecord.external_id == external_id
        )
    )


GENERATE_BATCH = 32
#: Listings of a pull stored (and committed, with the generation they call for) together.
PULL_BATCH = 1000


@dataclass
class PendingGeneration:
    """Listings that need drafts, collected during a pull and queued as batched jobs, so the
    engine sees many prompts at once instead of one per job."""

    shop_id: int
    groups: dict[tuple[str, ...], list[tuple[int, str]]] = field(default_factory=dict)

    def add(self, listing_id: int, kinds: list[DraftKind], content_hash: str) -> None:
        key = tuple(sorted(str(k) for k in kinds))
        self.groups.setdefault(key, []).append((listing_id, content_hash))

    def queue(self) -> None:
        for kinds, items in self.groups.items():
            for start in range(0, len(items), GENERATE_BATCH):
                chunk = items[start : start + GENERATE_BATCH]
                identity = ";".join(f"{listing_id}:{digest}" for listing_id, digest in chunk)
                key = hashlib.sha256(f"{identity}|{','.join(kinds)}".encode()).hexdigest()
                job_queue().enqueue(
                    "generate",
                    {
                        "shop_id": self.shop_id,
                        "listing_ids": [listing_id for listing_id, _ in chunk],
                        "kinds": list(kinds),
                        "tone": "",
                    },
                    idempotency_key=f"generate:{key}",
                    queue="generate",
                )


def apply_listing(session: Session, shop: Shop, listing: Listing) -> bool:
    """Store the store's current copy of a product; True when something changed. Generation the
    shop's policy asks for is queued at once."""
    record = get_listing(session, shop, listing.external_id)
    new_hash = listing.content_hash()
    if record is not None and record.content_hash == new_hash and not record.deleted:
        _refresh_live_fields(record, listing)
        return False
    if record is None:
        record = ListingRecord(shop_id=shop.id, external_id=listing.external_id)
        session.add(record)
    record.title = listing.title
    record.sku = listing.sku
    record.product_type = listing.product_type
    record.data = listing.to_dict()
    record.content_hash = new_hash
    record.live_hash = live_hash_of(record.data)
    record.store_updated_at = listing.updated_at
    record.deleted = False
    session.flush()
    pushed = pushed_hashes(session, [record.id]).get(record.id, set())
    kinds = kinds_to_generate(shop, settings_for(shop), listing, pushed)
    if kinds:
        queue_generation(record, kinds, content_hash=new_hash)
    return True


def _refresh_live_fields(record: ListingRecord, listing: Listing) -> None:
    """Stock is kept current for the answers to shoppers' questions, but a stock change alone
    is not a change of the listing: no copy is written for it (``Listing.content_hash``)."""
    data = dict(record.data or {})
    fresh = listing.to_dict()
    if [data.get(n) for n in LIVE_FIELDS] == [fresh[n] for n in LIVE_FIELDS] and [
        [v.get(n) for n in VARIANT_LIVE_FIELDS] for v in data.get("variants") or []
    ] == [[v[n] for n in VARIANT_LIVE_FIELDS] for v in fresh["variants"]]:
        return
    data.update({n: fresh[n] for n in LIVE_FIELDS})
    data["variants"] = fresh["variants"]
    record.data = data
    record.live_hash = live_hash_of(data)


def apply_listings(session: Session, shop: Shop, listings: Sequence[Listing]) -> int:
    """:func:`apply_listing` for a batch, in bulk (:mod:`plugin.services.listing_rows`); the
    generation asked for is queued in jobs of ``GENERATE_BATCH``. Returns how many changed."""
    stored = store_listings(session, shop.id, listings)
    pushed = pushed_hashes(session, [s.id for s in stored if not s.created])
    settings = settings_for(shop)
    pending = PendingGeneration(shop.id)
    for item in stored:
        kinds = kinds_to_generate(shop, settings, item.listing, pushed.get(item.id, set()))
        if kinds:
            pending.add(item.id, kinds, item.content_hash)
    pending.queue()
    return len(stored)


def kinds_to_generate(
    shop: Shop, settings: ShopSettings, listing: Listing, pushed: set[str]
) -> list[DraftKind]:
    """The shop's auto-generate policy, minus echoes of our own pushes (store texts whose hash
    is in ``pushed``)."""
    policy = settings.auto_generate
    if policy is AutoGenerate.NEVER:
        return []
    kinds = []
    offered = copy_kinds_for(shop.platform)
    for kind in settings.auto_kinds:
        if kind not in offered:
            continue
        current = listing.text_for(kind)
        if current and text_hash(current) in pushed:
            continue
        if policy is AutoGenerate.ALWAYS or _needs_copy(listing, kind):
            kinds.append(kind)
    return kinds


def _needs_copy(listing: Listing, kind: DraftKind) -> bool:
    if kind.is_html:
        return is_placeholder(listing.text_for(kind))
    return not listing.text_for(kind)


def queue_generation(
    record: ListingRecord,
    kinds: list[DraftKind],
    *,
    content_hash: str = "",
    tone: str = "",
    regenerate: bool = False,
) -> int:
    """Queue drafts for one listing. ``regenerate``: someone asked for another version, so the
    job carries a fresh random seed and the engine samples; greedy decoding, which automatic
    generation keeps, would give back the text being replaced."""
    names = sorted(str(k) for k in kinds)
    key = f"generate:{record.id}:{content_hash}:{','.join(names)}" if content_hash else None
    payload: dict[str, object] = {
        "shop_id": record.shop_id,
        "listing_ids": [record.id],
        "kinds": names,
        "tone": tone,
    }
    if regenerate:
        payload["seed"] = new_seed()
    return job_queue().enqueue("generate", payload, idempotency_key=key, queue="generate")


def mark_deleted(session: Session, shop: Shop, external_id: str) -> bool:
    record = get_listing(session, shop, external_id)
    if record is None or record.deleted:
        return False
    record.deleted = True
    for draft in record.drafts:
        if draft.status in ("pending", "approved", "conflict"):
            draft.status = "superseded"
            draft.reason = "the product was deleted in the store"
    session.flush()
    return True


def refresh_listing(session: Session, shop: Shop, external_id: str) -> bool:
    """Re-read one product through the store's API (webhooks are only hints)."""
    listing = adapter_for(shop).fetch(external_id)
    if listing is None or listing.deleted:
        return mark_deleted(session, shop, external_id)
    return apply_listing(session, shop, listing)


def reconcile_shop(session: Session, shop: Shop, *, full: bool = False) -> int:
    """Pull what changed since the last sync (or everything); returns how many listings changed.

    A full pull also marks listings the store no longer has as deleted."""
    since = None if full else shop.last_synced_at
    return apply_pull(session, shop, adapter_for(shop).pull(since), full=since is None)


def apply_pull(
    session: Session,
    shop: Shop,
    listings: Iterable[Listing],
    *,
    full: bool,
    started: datetime | None = None,
) -> int:
    """Store a pull's listings, committing every ``PULL_BATCH`` with the generation they call
    for, so a pull cut short keeps what it stored and the drafts that go with it. ``full``: the
    pull was the store's whole catalogue, so a listing it lacks was deleted, unless we stored it
    after the pull began (a webhook's product, newer than the pull). ``started``: when the store
    read its catalogue, if earlier than now (a bulk export); the next sync asks from then."""
    started = started or datetime.now(UTC)
    changed = 0
    seen: set[str] = set()
    for number, batch in enumerate(batched(listings, PULL_BATCH)):
        seen.update(listing.external_id for listing in batch)
        gone = [listing.external_id for listing in batch if listing.deleted]
        changed += sum(mark_deleted(session, shop, external_id) for external_id in gone)
        changed += apply_listings(session, shop, [item for item in batch if not item.deleted])
        session.commit()
        if number == 0 and changed and len(batch) == PULL_BATCH:
            refresh_statistics(session)
        progress.advance(len(batch))
    if full:
        for external_id in live_external_ids(session, shop.id, stored_before=started):
            if external_id not in seen:
                changed += mark_deleted(session, shop, external_id)
    shop.last_synced_at = started
    session.flush()
    log.info("reconciled %s: %d listings changed", shop.name, changed)
    return changed


def batched(items: Iterable[Listing], size: int) -> Iterator[list[Listing]]:
    """``itertools.batched`` (Python 3.12) for 3.11."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def sync_listing_job(payload: dict) -> None:
    shop = db.session.get(Shop, payload["shop_id"])
    if shop is None or not shop.active:
        return
    refresh_listing(db.session, shop, payload["external_id"])
    db.session.commit()


#: Decides whether a full sync of a shop goes another way than the paged pull (Shopify's bulk
#: operations) and, if so, starts it: True when it took the sync.
FullSyncStarter = Callable[[Session, Shop, Mapping[str, Any]], bool]
FULL_SYNC_EXTENSION = "copydesk.full_sync"


def register_full_sync(platform: Platform, starter: FullSyncStarter, app: Flask) -> None:
    app.extensions.setdefault(FULL_SYNC_EXTENSION, {})[str(platform)] = starter


def start_other_full_sync(session: Session, shop: Shop) -> bool:
    starter = current_app.extensions.get(FULL_SYNC_EXTENSION, {}).get(shop.platform)
    return bool(starter and starter(session, shop, current_app.config))


def reconcile_shop_job(payload: dict) -> None:
    """``{"full": true}`` may be taken by the platform's own full sync (a bulk export) unless
    ``"paged": true`` asks for the pull itself (the fallback when that export fails).
    ``{"store_language": true}`` (a connection's first backfill, when the connect could not ask
    the store itself) first takes the shop's copy language from the store, before any draft."""
    shop = db.session.get(Shop, payload["shop_id"])
    if shop is None or not shop.active:
        return
    if payload.get("store_language"):
        set_language_from_store(db.session, shop)
        db.session.commit()
    full = bool(payload.get("full"))
    if full and not payload.get("paged") and start_other_full_sync(db.session, shop):
        db.session.commit()
        return
    reconcile_shop(db.session, shop, full=full)
    db.session.commit()


def reconcile_all_job(payload: dict) -> None:
    """The periodic safety net for missed webhooks: queue a reconcile per live store, incremental
    or (``{"full": true}``, daily) full, which also notices products deleted for good. It also
    sweeps expired install nonces, which nothing else deletes."""
    full = bool(payload.get("full"))
    sweep_auth_nonces(db.session)
    for shop in db.session.scalars(select(Shop).where(Shop.uninstalled_at.is_(None))):
        if shop.platform != "catalog":
            job_queue().enqueue("reconcile_shop", {"shop_id": shop.id, "full": full}, queue="io")
    db.session.commit()


#: This module's job handlers, by job name (registered by ``create_app``).
JOBS: dict[str, JobHandler] = {
    "sync_listing": sync_listing_job,
    "reconcile_shop": reconcile_shop_job,
    "reconcile_all": reconcile_all_job,
}
