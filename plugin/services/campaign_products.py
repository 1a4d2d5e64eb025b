"""What a campaign is about: the shop's audiences, the products a brief names (one by one or
as a collection), and the campaign's products as they stand now."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from plugin.campaign import Audience
from plugin.domain import Listing
from plugin.errors import NotFound, ValidationError
from plugin.services.shops import settings_for
from plugin.storage.models import Campaign, ListingRecord, Shop

MAX_PRODUCTS = 20


def shop_audiences(shop: Shop) -> list[Audience]:
    return list(settings_for(shop).audiences)


def resolve_audiences(shop: Shop, names: Sequence[str]) -> list[Audience]:
    """The shop's audiences by name (case aside), in the order asked."""
    known = {a.name.lower(): a for a in shop_audiences(shop)}
    found = []
    for name in dict.fromkeys(n.strip() for n in names if n.strip()):
        if name.lower() not in known:
            offered = ", ".join(a.name for a in known.values()) or "none yet"
            raise ValidationError(
                f"no audience named {name!r} in the shop's settings (audiences: {offered})",
                code="unknown_audience",
            )
        found.append(known[name.lower()])
    return found


def _in_collection(record: ListingRecord, name: str) -> bool:
    """Whether a listing is filed under ``name``: a category (or a level of one), its
    product type or a tag."""
    data = record.data or {}
    wanted = name.strip().lower()
    levels = [p.strip().lower() for c in data.get("categories") or [] for p in c.split(">")]
    full = [c.strip().lower() for c in data.get("categories") or []]
    tags = [t.strip().lower() for t in data.get("tags") or []]
    return (
        wanted in levels
        or wanted in full
        or wanted in tags
        or (record.product_type.strip().lower() == wanted)
    )


def resolve_products(
    session: Session,
    shop: Shop,
    *,
    product_ids: Sequence[str] = (),
    listing_ids: Sequence[int] = (),
    collection: str = "",
) -> list[ListingRecord]:
    """The brief's products: named one by one (the store's id or SKU, or our listing id), or
    every product of a collection or category (the first ``MAX_PRODUCTS`` by title)."""
    named = bool(product_ids or listing_ids)
    if named == bool(collection.strip()):
        raise ValidationError("name the products, or a collection, not both and not neither")
    base = select(ListingRecord).where(ListingRecord.shop_id == shop.id, ~ListingRecord.deleted)
    if collection.strip():
        rows = [
            r
            for r in session.scalars(base.order_by(ListingRecord.title, ListingRecord.id))
            if _in_collection(r, collection)
        ]
        if not rows:
            raise NotFound(f"no product of this shop is in {collection.strip()!r}")
        return rows[:MAX_PRODUCTS]
    records: list[ListingRecord] = []
    for ident in product_ids:
        record = session.scalars(
            base.where(
                (ListingRecord.external_id == ident) | (ListingRecord.sku == ident)
            ).order_by(ListingRecord.id)
        ).first()
        if record is None:
            raise NotFound(f"this shop has no product {ident!r}")
        records.append(record)
    for listing_id in listing_ids:
        record = session.scalar(base.where(ListingRecord.id == listing_id))
        if record is None:
            raise NotFound(f"this shop has no listing {listing_id}")
        records.append(record)
    unique = list({r.id: r for r in records}.values())
    if len(unique) > MAX_PRODUCTS:
        raise ValidationError(f"a campaign is about at most {MAX_PRODUCTS} products")
    return unique


def campaign_records(session: Session, campaign: Campaign) -> list[ListingRecord]:
    """The campaign's products still in its shop, in the brief's order."""
    rows = {
        r.id: r
        for r in session.scalars(
            select(ListingRecord).where(
                ListingRecord.shop_id == campaign.shop_id,
                ListingRecord.id.in_(campaign.listing_ids),
            )
        )
    }
    return [rows[i] for i in campaign.listing_ids if i in rows]


def campaign_listings(session: Session, campaign: Campaign) -> list[Listing]:
    return [record.to_listing() for record in campaign_records(session, campaign)]


def shop_products(session: Session, shop: Shop, limit: int) -> list[ListingRecord]:
    """The shop's products by title, for the brief form's product picker."""
    return list(
        session.scalars(
            select(ListingRecord)
            .where(ListingRecord.shop_id == shop.id, ~ListingRecord.deleted)
            .order_by(ListingRecord.title)
            .limit(limit)
        )
    )
