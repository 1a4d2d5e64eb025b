"""Pushing approved copy to the store, never over a merchant's newer text, and taking it back."""

from __future__ import annotations

from sqlalchemy.orm import Session

from plugin.domain import DraftKind, DraftStatus, text_hash
from plugin.errors import StoreError
from plugin.jobs.registry import job_handler
from plugin.services.review import audit
from plugin.services.stores import adapter_for
from plugin.services.sync import apply_listing
from plugin.storage.db import db
from plugin.storage.models import Draft, Shop


def publish_draft(session: Session, draft: Draft) -> Draft:
    """Re-read the product; if its text moved since the draft's base: conflict, push nothing."""
    if DraftStatus(draft.status) is not DraftStatus.APPROVED:
        return draft
    shop = session.get(Shop, draft.shop_id)
    assert shop is not None
    adapter = adapter_for(shop)
    kind = DraftKind(draft.kind)
    external_id = draft.listing.external_id
    listing = adapter.fetch(external_id)
    if listing is None or listing.deleted:
        draft.status = str(DraftStatus.FAILED)
        draft.error = "the product no longer exists in the store"
        audit(session, draft, "publish_failed", "system", reason=draft.error)
        return draft
    current = listing.text_for(kind)
    if text_hash(current) != draft.base_hash:
        draft.status = str(DraftStatus.CONFLICT)
        draft.previous_text = current
        audit(session, draft, "conflict", "system", text=current)
        apply_listing(session, shop, listing)
        return draft
    adapter.push(external_id, kind, draft.content)
    draft.previous_text = current
    draft.status = str(DraftStatus.PUBLISHED)
    draft.error = None
    _remember_store_text(session, shop, draft, adapter.fetch(external_id), kind)
    audit(session, draft, "publish", draft.decided_by or "system")
    return draft


def revert_draft(session: Session, draft: Draft) -> Draft:
    """Put back the store's text from before we published, unless the merchant changed it since."""
    if DraftStatus(draft.status) is not DraftStatus.PUBLISHED:
        return draft
    shop = session.get(Shop, draft.shop_id)
    assert shop is not None
    adapter = adapter_for(shop)
    kind = DraftKind(draft.kind)
    external_id = draft.listing.external_id
    listing = adapter.fetch(external_id)
    if listing is None:
        draft.error = "the product no longer exists in the store"
        return draft
    if text_hash(listing.text_for(kind)) != draft.pushed_hash:
        draft.error = "the store text changed after we published; nothing was reverted"
        audit(session, draft, "revert_refused", "system", reason=draft.error)
        return draft
    adapter.push(external_id, kind, draft.previous_text or "")
    draft.status = str(DraftStatus.REVERTED)
    draft.error = None
    _remember_store_text(session, shop, draft, adapter.fetch(external_id), kind)
    audit(session, draft, "revert", "system", text=draft.previous_text or "")
    return draft


def _remember_store_text(session, shop, draft, listing, kind) -> None:  # type: ignore[no-untyped-def]
    """Keep the hash of what the store now shows: the update webhook our push causes is an echo."""
    if listing is None:
        raise StoreError("the product vanished right after our push", retryable=False)
    draft.pushed_hash = text_hash(listing.text_for(kind))
    session.flush()
    apply_listing(session, shop, listing)


@job_handler("publish")
def publish_job(payload: dict) -> None:
    draft = db.session.get(Draft, payload["draft_id"])
    if draft is None:
        return
    try:
        publish_draft(db.session, draft)
    except StoreError as exc:
        if exc.retryable:
            raise
        draft.status = str(DraftStatus.FAILED)
        draft.error = exc.message
        audit(db.session, draft, "publish_failed", "system", reason=exc.message)
    db.session.commit()


@job_handler("revert")
def revert_job(payload: dict) -> None:
    draft = db.session.get(Draft, payload["draft_id"])
    if draft is None:
        return
    revert_draft(db.session, draft)
    db.session.commit()
