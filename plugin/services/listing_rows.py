"""Listings stored in bulk: a pull's batch compared by content hash in one query, then the new
ones inserted and the changed ones updated in one statement each, with no ORM object per row.

A catalogue import or a full pull writes tens of thousands of listings; one ORM object, one
SELECT and one flush per listing made a 50,000-row CSV take a minute (docs/performance.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select, text, update
from sqlalchemy.orm import Session

from plugin.domain import Listing, content_hash_of, live_hash_of
from plugin.storage.models import Draft, ListingRecord


@dataclass(frozen=True)
class StoredListing:
    """A listing of the batch that was new or changed, as now stored."""

    id: int
    listing: Listing
    content_hash: str
    created: bool


def store_listings(
    session: Session, shop_id: int, listings: Sequence[Listing]
) -> list[StoredListing]:
    """Insert the new listings and update those whose content hash changed (or that were marked
    deleted); of unchanged ones only a change of stock is written (their live fields, which the
    content hash leaves out, as the single-listing path does), and they are not returned. Of
    several with one external id, the last wins."""
    latest = {listing.external_id: listing for listing in listings}
    known = {
        row.external_id: row
        for row in session.execute(
            select(
                ListingRecord.id,
                ListingRecord.external_id,
                ListingRecord.content_hash,
                ListingRecord.live_hash,
                ListingRecord.deleted,
            ).where(ListingRecord.shop_id == shop_id, ListingRecord.external_id.in_(latest))
        )
    }
    new: list[tuple[Listing, str, dict]] = []
    changed: list[StoredListing] = []
    updates: list[dict] = []
    restocked: list[dict] = []
    for external_id, listing in latest.items():
        data = listing.to_dict()
        digest, live = content_hash_of(data), live_hash_of(data)
        row = known.get(external_id)
        if row is not None and row.content_hash == digest and not row.deleted:
            if row.live_hash != live:
                restocked.append({"id": row.id, "data": data, "live_hash": live})
            continue
        values = _columns(listing, data, digest, live)
        if row is None:
            new.append((listing, digest, {"shop_id": shop_id, **values}))
        else:
            updates.append({"id": row.id, **values})
            changed.append(StoredListing(row.id, listing, digest, created=False))
    for rows in (updates, restocked):
        if rows:
            session.execute(update(ListingRecord), rows)
    if new:
        # Core, not the ORM's bulk insert: the same statement without its bookkeeping per row;
        # and no RETURNING, which would make one statement of the batch with a placeholder per
        # value, slow for psycopg to prepare; the new ids are read back with one query instead.
        table = ListingRecord.metadata.tables[ListingRecord.__tablename__]
        session.execute(insert(table), [values for _, _, values in new])
        ids = _ids(session, shop_id, [listing.external_id for listing, _, _ in new])
        changed += [
            StoredListing(ids[listing.external_id], listing, digest, created=True)
            for listing, digest, _ in new
        ]
    return changed


def _ids(session: Session, shop_id: int, external_ids: list[str]) -> dict[str, int]:
    rows = session.execute(
        select(ListingRecord.external_id, ListingRecord.id).where(
            ListingRecord.shop_id == shop_id, ListingRecord.external_id.in_(external_ids)
        )
    )
    return {external_id: row_id for external_id, row_id in rows}


def _columns(listing: Listing, data: dict, digest: str, live: str) -> dict:
    return {
        "external_id": listing.external_id,
        "title": listing.title,
        "sku": listing.sku,
        "product_type": listing.product_type,
        "data": data,
        "content_hash": digest,
        "live_hash": live,
        "store_updated_at": listing.updated_at,
        "deleted": False,
    }


def pushed_hashes(session: Session, listing_ids: Iterable[int]) -> dict[int, set[str]]:
    """The hashes of the texts we pushed, per listing: a store text with one of them is our own
    push coming back, not an edit."""
    found: dict[int, set[str]] = {}
    rows = session.execute(
        select(Draft.listing_id, Draft.pushed_hash).where(
            Draft.listing_id.in_(list(listing_ids)), Draft.pushed_hash.is_not(None)
        )
    )
    for listing_id, digest in rows:
        if digest:
            found.setdefault(listing_id, set()).add(digest)
    return found


def refresh_statistics(session: Session) -> None:
    """After the first batch of a bulk load: PostgreSQL's planner, with no statistics for rows
    this new, reads every listing of the shop to find one batch's external ids (one scan per
    batch, so a 50,000-row import took minutes) instead of using the unique index. ANALYZE
    reads a sample; the usual advice after loading a table in bulk."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("ANALYZE listings"))


def live_external_ids(
    session: Session, shop_id: int, *, stored_before: datetime | None = None
) -> list[str]:
    """External ids of the shop's listings not marked deleted; with ``stored_before``, only
    those we last wrote before then."""
    query = select(ListingRecord.external_id).where(
        ListingRecord.shop_id == shop_id, ~ListingRecord.deleted
    )
    if stored_before is not None:
        query = query.where(ListingRecord.updated_at < stored_before)
    return list(session.scalars(query))
