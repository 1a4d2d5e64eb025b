"""Keeping our copy of each listing in step with the store, and deciding what to generate."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from plugin.domain import (
    LIVE_FIELDS,
    VARIANT_LIVE_FIELDS,
    DraftKind,
    Listing,
    copy_kinds_for,
    text_hash,
)
from plugin.generation import is_placeholder
from plugin.jobs.queue import job_queue
from plugin.jobs.registry import job_handler
from plugin.services.generate import new_seed
from plugin.services.shops import shop_settings, sweep_auth_nonces
from plugin.services.stores import adapter_for
from plugin.storage.db import db
from plugin.storage.models import Draft, ListingRecord, Shop

log = logging.getLogger(__name__)


def get_listing(session: Session, shop: Shop, external_id: str) -> ListingRecord | None:
    return session.scalar(
        select(ListingRecord).where(
            ListingRecord.shop_id == shop.id, ListingRecord.external_id == external_id
        )
    )


GENERATE_BATCH = 32


@dataclass
class PendingGeneration:
    """Listings that need drafts, collected during a pull and queued as batched jobs, so the
    engine sees many prompts at once instead of one per job."""

    groups: dict[tuple[str, ...], list[tuple[ListingRecord, str]]] = field(default_factory=dict)

    def add(self, record: ListingRecord, kinds: list[DraftKind], content_hash: str) -> None:
        key = tuple(sorted(str(k) for k in kinds))
        self.groups.setdefault(key, []).append((record, content_hash))

    def queue(self) -> list[int]:
        job_ids = []
        for kinds, items in self.groups.items():
            for start in range(0, len(items), GENERATE_BATCH):
                chunk = items[start : start + GENERATE_BATCH]
                identity = ";".join(f"{record.id}:{digest}" for record, digest in chunk)
                key = hashlib.sha256(f"{identity}|{','.join(kinds)}".encode()).hexdigest()
                job_ids.append(
                    job_queue().enqueue(
                        "generate",
                        {
                            "shop_id": chunk[0][0].shop_id,
                            "listing_ids": [record.id for record, _ in chunk],
                            "kinds": list(kinds),
                            "tone": "",
                        },
                        idempotency_key=f"generate:{key}",
                        queue="generate",
                    )
                )
        self.groups.clear()
        return job_ids


def apply_listing(
    session: Session, shop: Shop, listing: Listing, pending: PendingGeneration | None = None
) -> bool:
    """Store the store's current copy of a product; True when something changed.

    Generation the shop's policy asks for is queued at once, or collected in ``pending``."""
    record = get_listing(session, shop, listing.external_id)
    new_hash = listing.content_hash()
    if record is not None and record.content_hash == new_hash and not record.deleted:
        _refresh_live_fields(record, listing)
        return False
    created = record is None
    if record is None:
        record = ListingRecord(shop_id=shop.id, external_id=listing.external_id)
        session.add(record)
    record.title = listing.title
    record.sku = listing.sku
    record.product_type = listing.product_type
    record.data = listing.to_dict()
    record.content_hash = new_hash
    record.store_updated_at = listing.updated_at
    record.deleted = False
    session.flush()
    kinds = kinds_to_generate(session, shop, record, listing, created=created)
    if kinds and pending is not None:
        pending.add(record, kinds, new_hash)
    elif kinds:
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


def kinds_to_generate(
    session: Session, shop: Shop, record: ListingRecord, listing: Listing, *, created: bool
) -> list[DraftKind]:
    """The shop's auto-generate policy, minus echoes of our own pushes."""
    settings = shop_settings(shop)
    policy = settings["auto_generate"]
    if policy == "never":
        return []
    kinds = []
    offered = copy_kinds_for(shop.platform)
    for kind in (DraftKind(name) for name in settings["auto_kinds"]):
        if kind not in offered:
            continue
        current = listing.text_for(kind)
        if _is_our_echo(session, record, current):
            continue
        if policy == "always" or _needs_copy(listing, kind):
            kinds.append(kind)
    return kinds


def _needs_copy(listing: Listing, kind: DraftKind) -> bool:
    if kind.is_html:
        return is_placeholder(listing.text_for(kind))
    return not listing.text_for(kind)


def _is_our_echo(session: Session, record: ListingRecord, current_text: str) -> bool:
    """The store's text is one we pushed: the update webhook was caused by our own publish."""
    if not current_text:
        return False
    return (
        session.scalar(
            select(Draft.id).where(
                Draft.listing_id == record.id, Draft.pushed_hash == text_hash(current_text)
            )
        )
        is not None
    )


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
    started = datetime.now(UTC)
    since = None if full else shop.last_synced_at
    changed = 0
    seen: set[str] = set()
    pending = PendingGeneration()
    for listing in adapter_for(shop).pull(since):
        seen.add(listing.external_id)
        if listing.deleted:
            changed += mark_deleted(session, shop, listing.external_id)
        else:
            changed += apply_listing(session, shop, listing, pending)
    pending.queue()
    if since is None:
        for record in session.scalars(
            select(ListingRecord).where(ListingRecord.shop_id == shop.id, ~ListingRecord.deleted)
        ):
            if record.external_id not in seen:
                changed += mark_deleted(session, shop, record.external_id)
    shop.last_synced_at = started
    session.flush()
    log.info("reconciled %s: %d listings changed", shop.name, changed)
    return changed


@job_handler("sync_listing")
def sync_listing_job(payload: dict) -> None:
    shop = db.session.get(Shop, payload["shop_id"])
    if shop is None or not shop.active:
        return
    refresh_listing(db.session, shop, payload["external_id"])
    db.session.commit()


@job_handler("reconcile_shop")
def reconcile_shop_job(payload: dict) -> None:
    shop = db.session.get(Shop, payload["shop_id"])
    if shop is None or not shop.active:
        return
    reconcile_shop(db.session, shop, full=bool(payload.get("full")))
    db.session.commit()


@job_handler("reconcile_all")
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
