"""Pushing approved copy to the store, never over a merchant's newer text, and taking it back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from plugin import metrics
from plugin.domain import DraftKind, DraftStatus, Listing, text_hash
from plugin.errors import StoreError
from plugin.ports import BatchPush, JobHandler, PushItem, PushOutcome, StoreAdapter
from plugin.services.queue import job_queue
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
    # The store already shows the draft's text: an earlier try pushed it and died before commit.
    already_pushed: bool = False

    @classmethod
    def read(cls, session: Session, draft: Draft, adapter: StoreAdapter | None = None) -> StoreView:
        shop = session.get(Shop, draft.shop_id)
        assert shop is not None
        adapter = adapter or adapter_for(shop)
        external_id = draft.listing.external_id
        return cls(shop, adapter, DraftKind(draft.kind), external_id, adapter.fetch(external_id))

    def push(self, session: Session, draft: Draft, content: str) -> None:
        self.adapter.push(self.external_id, self.kind, content)
        self.record_push(session, draft)

    def record_push(self, session: Session, draft: Draft) -> None:
        """After a push: keep the hash of what the store shows now, so the update webhook our own
        push causes is recognised as an echo."""
        listing = self.adapter.fetch(self.external_id)
        if listing is None:
            raise StoreError("the product vanished right after our push", retryable=False)
        draft.pushed_hash = text_hash(listing.text_for(self.kind))
        session.flush()
        apply_listing(session, self.shop, listing)


def publish_draft(session: Session, draft: Draft, adapter: StoreAdapter | None = None) -> Draft:
    """Re-read the product; if its text moved since the draft's base: conflict, push nothing."""
    if DraftStatus(draft.status) is not DraftStatus.APPROVED:
        return draft
    view = _ready_to_push(session, draft, adapter)
    if view is not None:
        if view.already_pushed:
            view.record_push(session, draft)
        else:
            view.push(session, draft, draft.content)
        _mark_published(session, draft)
    return draft


def publish_drafts(session: Session, drafts: Sequence[Draft]) -> list[Draft]:
    """Publish many approved drafts, each checked against the store as :func:`publish_draft`
    does; what may be pushed goes in one ``push_many`` call where the adapter is a
    :class:`BatchPush`, else one by one."""
    by_shop: dict[int, list[Draft]] = {}
    for draft in drafts:
        if DraftStatus(draft.status) is DraftStatus.APPROVED:
            by_shop.setdefault(draft.shop_id, []).append(draft)
    for shop_id, group in by_shop.items():
        shop = session.get(Shop, shop_id)
        assert shop is not None
        adapter = adapter_for(shop)
        if isinstance(adapter, BatchPush):
            _publish_batch(session, adapter, adapter.push_many, group)
            continue
        for draft in group:
            error = _publish_or_fail(session, draft, adapter)
            if error is not None:
                # Others in this job are already in the store: retry this one on its own.
                job_queue().enqueue(
                    "publish", {"draft_id": draft.id, "shop_id": draft.shop_id}, queue="io"
                )
    return list(drafts)


PushMany = Callable[[Sequence[PushItem]], list[PushOutcome]]


def _publish_batch(
    session: Session, adapter: StoreAdapter, push_many: PushMany, drafts: Sequence[Draft]
) -> None:
    ready: dict[tuple[str, DraftKind], list[tuple[Draft, StoreView]]] = {}
    items: list[PushItem] = []
    for draft in drafts:
        try:
            view = _ready_to_push(session, draft, adapter)
        except StoreError as exc:
            if exc.retryable:
                raise  # nothing is pushed yet: the whole job may safely run again
            _mark_failed(session, draft, exc.message)
            continue
        if view is not None and view.already_pushed:
            _record_published(session, draft, view)
        elif view is not None:
            ready.setdefault((view.external_id, view.kind), []).append((draft, view))
            items.append(PushItem(view.external_id, view.kind, draft.content))
    if not items:
        return
    outcomes = push_many(items)
    errors = [o.error for o in outcomes if o.error is not None]
    if len(errors) == len(outcomes) and all(e.retryable for e in errors):
        raise errors[0]  # nothing reached the store: retry the whole job
    for outcome in outcomes:
        draft, view = ready[(outcome.item.external_id, outcome.item.kind)].pop(0)
        if outcome.error is not None:
            _mark_failed(session, draft, outcome.error.message)
            continue
        _record_published(session, draft, view)


def _record_published(session: Session, draft: Draft, view: StoreView) -> None:
    """The store shows the draft's text: keep its hash and mark the draft published."""
    try:
        view.record_push(session, draft)
    except StoreError as exc:
        _mark_failed(session, draft, exc.message)
        return
    _mark_published(session, draft)


def _ready_to_push(
    session: Session, draft: Draft, adapter: StoreAdapter | None
) -> StoreView | None:
    """The view to push through, with the store's current text kept as ``previous_text``; None
    when the product is gone (failed) or its text moved since the draft's base (conflict).

    A store that already shows exactly the draft's text got it from an earlier try of this job
    that died between the push and the commit: that is our publish, not a merchant's edit. The
    text from before it is the draft's base, kept for revert."""
    view = StoreView.read(session, draft, adapter)
    if view.listing is None or view.listing.deleted:
        _mark_failed(session, draft, "the product no longer exists in the store")
        return None
    current = view.listing.text_for(view.kind)
    if current == draft.content and text_hash(current) != draft.base_hash:
        draft.previous_text = draft.base_text
        view.already_pushed = True
        return view
    if text_hash(current) != draft.base_hash:
        draft.status = str(DraftStatus.CONFLICT)
        draft.previous_text = current
        audit(session, draft, "conflict", "system", text=current)
        metrics.pushed("conflict")
        apply_listing(session, view.shop, view.listing)
        return None
    draft.previous_text = current
    return view


def _publish_or_fail(
    session: Session, draft: Draft, adapter: StoreAdapter | None = None
) -> StoreError | None:
    """Publish one draft; a store error that will not pass marks it failed, a retryable one is
    returned for the caller to retry."""
    try:
        publish_draft(session, draft, adapter)
    except StoreError as exc:
        if exc.retryable:
            return exc
        _mark_failed(session, draft, exc.message)
    return None


def _mark_published(session: Session, draft: Draft) -> None:
    draft.status = str(DraftStatus.PUBLISHED)
    draft.error = None
    audit(session, draft, "publish", draft.decided_by or "system")
    metrics.pushed("published")


def _mark_failed(session: Session, draft: Draft, reason: str) -> None:
    draft.status = str(DraftStatus.FAILED)
    draft.error = reason
    audit(session, draft, "publish_failed", "system", reason=reason)
    metrics.pushed("failed")


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
    metrics.pushed("reverted")
    return draft


def publish_job(payload: dict) -> None:
    draft = db.session.get(Draft, payload["draft_id"])
    if draft is None:
        return
    error = _publish_or_fail(db.session, draft)
    if error is not None:
        raise error
    db.session.commit()


def publish_batch_job(payload: dict) -> None:
    """What a bulk approval queues: its drafts, published together."""
    ids = [int(i) for i in payload["draft_ids"]]
    found = db.session.scalars(
        select(Draft).where(Draft.id.in_(ids), Draft.shop_id == payload["shop_id"])
    ).all()
    by_id = {d.id: d for d in found}
    publish_drafts(db.session, [by_id[i] for i in ids if i in by_id])
    db.session.commit()


def revert_job(payload: dict) -> None:
    draft = db.session.get(Draft, payload["draft_id"])
    if draft is None:
        return
    revert_draft(db.session, draft)
    db.session.commit()


#: This module's job handlers, by job name (registered by ``create_app``).
JOBS: dict[str, JobHandler] = {
    "publish": publish_job,
    "publish_batch": publish_batch_job,
    "revert": revert_job,
}
