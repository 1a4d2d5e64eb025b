"""A campaign's brief in: checked, stored, and its drafts queued for writing."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from plugin.campaign import Channel, Goal
from plugin.errors import ValidationError
from plugin.services.campaign_products import resolve_audiences, resolve_products
from plugin.services.campaign_writing import PENDING, queue_writing
from plugin.services.shops import settings_for
from plugin.storage.models import Campaign, ListingRecord, Shop

OFFER_MAX_CHARS = 300


def create_campaign(
    session: Session,
    shop: Shop,
    *,
    goal: str,
    channels: Sequence[str],
    product_ids: Sequence[str] = (),
    listing_ids: Sequence[int] = (),
    collection: str = "",
    offer: str = "",
    audiences: Sequence[str] = (),
    tone: str = "",
    name: str = "",
) -> tuple[Campaign, int]:
    """Store the brief and queue its drafts (the ``write_campaign`` job, on the model's queue);
    returns the campaign and the job's id."""
    try:
        goal_value = Goal(goal)
        channel_values = [Channel(c) for c in dict.fromkeys(channels)]
    except ValueError as exc:
        raise ValidationError(str(exc)) from exc
    if not channel_values:
        raise ValidationError("choose at least one channel")
    offer = " ".join(offer.split())
    if len(offer) > OFFER_MAX_CHARS:
        raise ValidationError(f"the offer is at most {OFFER_MAX_CHARS} characters")
    if goal_value is Goal.SALE and not offer:
        raise ValidationError("a sale needs its offer, in your words (e.g. '20% off until Sunday')")
    chosen = resolve_audiences(shop, audiences)
    records = resolve_products(
        session, shop, product_ids=product_ids, listing_ids=listing_ids, collection=collection
    )
    campaign = Campaign(
        shop_id=shop.id,
        name=name.strip()[:255] or _default_name(goal_value, records, collection),
        goal=str(goal_value),
        offer=offer,
        channels=[str(c) for c in channel_values],
        audiences=[a.to_dict() for a in chosen],
        tone=tone.strip()[:50] or settings_for(shop).tone,
        collection=collection.strip()[:255],
        listing_ids=[r.id for r in records],
        status=PENDING,
    )
    session.add(campaign)
    session.flush()
    return campaign, queue_writing(campaign)


def _default_name(goal: Goal, records: Sequence[ListingRecord], collection: str) -> str:
    about = collection.strip() or (records[0].title if len(records) == 1 else "")
    if not about:
        about = f"{records[0].title} and {len(records) - 1} more"
    return f"{goal.value.capitalize()}: {about}"[:255]
