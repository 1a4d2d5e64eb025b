"""Pushing approved copy to the store, never over a merchant's newer text, and taking it back."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from plugin.domain import DraftKind, DraftStatus, Listing, text_hash
from plugin.errors import StoreError
from plugin.jobs.registry import job_handler
from plugin.ports import StoreAdapter
from plugin.services.review import audit
from plugin.services.stores import adapter_for
from plugin.services.sync import apply_listing
from plugin.storage.db import db
from plugin.storage.models import Draft, Shop


@dataclass
class StoreView:
    """A draft's shop, its adapter and the product as the store has it right now."""

    shop: Shop
    adapter: StoreAdapter
    kind: DraftKind
    external_id: str
    listing: Listing | None

    @classmethod
    def read(cls, session: Session, draft: Draft) -> StoreView:
        shop = session.get(Shop, draft.shop_id)
        assert shop is not None
        adapter = adapter_for(shop)
        external_id = draft.listing.external_id
        return cls(shop, adapter, DraftKind(draft.kind), external_id, adapter.fetch(external_id))

    def push(self, session: Session, draft: Draft, content: str) -> None:
        """Push, then keep the hash of what the store shows now, so the update webhook our own
        push causes is recognised as an echo."""
        self.adapter.push(self.external_id, self.kind, content)
        listing = self.adapter.fetch(self.external_id)
        if listing is None:
            raise StoreError("the product vanished right after our push", retryable=False)
        draft.pushed_hash = text_hash(listing.text_for(self.kind))
        session.flush()
        apply_listing(session, self.shop, listing)


def publish_draft(session: Session, draft: Draft) -> Draft:
    """Re-read the product; if its text moved since the draft's base: conflict, push nothing."""
    if DraftStatus(draft.status) is not DraftStatus.APPROVED:
        return draft
    view = StoreView.read(session, draft)
    if view.listing is None or view.listing.deleted:
        draft.status = str(DraftStatus.FAILED)
        draft.error = "the product no longer exists in the store"
        audit(session, draft, "publish_failed", "system", reason=draft.error)
        return draft
    current = view.listing.text_for(view.kind)
    if text_hash(current) != draft.base_hash:
        draft.status = str(DraftStatus.CONFLICT)
        draft.previous_text = current
        audit(session, draft, "conflict", "system", text=current)
        apply_listing(session, view.shop, view.listing)
        return draft
    draft.previous_text = current
    view.push(session, draft, draft.content)
    draft.status = str(DraftStatus.PUBLISHED)
    draft.error = None
    audit(session, draft, "publish", draft.decided_by or "system")
    return draft


def revert_draft(session: Session, draft: Draft) -> Draft:
    """Put back the store's text from before we published, unless the merchant changed it since."""
    if DraftStatus(draft.status) is not DraftStatus.PUBLISHED:
        return draft
    view = StoreView.read(session, draft)
    if view.listing is None:
        draft.error = "the product no longer exists in the store"
        return draft
    if text_hash(view.listing.text_for(view.kind)) != draft.pushed_hash:
        draft.error = "the store text changed after we published; nothing was reverted"
        audit(session, draft, "revert_refused", "system", reason=draft.error)
        return draft
    view.push(session, draft, draft.previous_text or "")
    draft.status = str(DraftStatus.REVERTED)
    draft.error = None
    audit(session, draft, "revert", "system", text=draft.previous_text or "")
    return draft


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
