"""Read-side queries, always scoped to one shop: another shop's id is simply not found."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import Session

from plugin.errors import NotFound
from plugin.storage.models import AuditEntry, Draft, JobRecord, ListingRecord, Shop

SORTS: dict[str, Any] = {
    "newest": Draft.created_at.desc(),
    "oldest": Draft.created_at.asc(),
    "title": ListingRecord.title.asc(),
    # Worst first: blocked, then warned, then passing (the strings do not sort that way).
    "verdict": case({"block": 0, "warn": 1}, value=Draft.verdict, else_=2).asc(),
}


@dataclass(frozen=True)
class DraftFilter:
    status: str | None = None
    kind: str | None = None
    verdict: str | None = None
    product_type: str | None = None
    q: str | None = None
    sort: str = "newest"
    include_replies: bool = False


@dataclass(frozen=True)
class Page:
    number: int = 1
    size: int = 50

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size


def _draft_query(shop: Shop, f: DraftFilter) -> Select:
    query = select(Draft).join(ListingRecord).where(Draft.shop_id == shop.id)
    if not f.include_replies:
        query = query.where(Draft.question_id.is_(None))
    if f.status:
        query = query.where(Draft.status == f.status)
    if f.kind:
        query = query.where(Draft.kind == f.kind)
    if f.verdict:
        query = query.where(Draft.verdict == f.verdict)
    if f.product_type:
        query = query.where(ListingRecord.product_type == f.product_type)
    if f.q:
        like = f"%{f.q}%"
        query = query.where(
            or_(
                ListingRecord.title.ilike(like),
                ListingRecord.sku.ilike(like),
                Draft.content.ilike(like),
            )
        )
    return query


def list_drafts(
    session: Session, shop: Shop, f: DraftFilter, page: Page
) -> tuple[list[Draft], int]:
    query = _draft_query(shop, f)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    order = SORTS.get(f.sort, SORTS["newest"])
    items = session.scalars(
        query.order_by(order, Draft.id.desc()).offset(page.offset).limit(page.size)
    )
    return list(items), total


def all_draft_ids(session: Session, shop: Shop, f: DraftFilter) -> list[int]:
    """Every draft id in the filter, in its sort order (for next/previous and bulk work)."""
    order = SORTS.get(f.sort, SORTS["newest"])
    query = _draft_query(shop, f).with_only_columns(Draft.id).order_by(order, Draft.id.desc())
    return list(session.scalars(query))


def latest_draft(session: Session, shop: Shop, listing_id: int, kind: str) -> Draft | None:
    """The newest draft of a listing for a kind (a regenerated draft supersedes older ones)."""
    return session.scalar(
        select(Draft)
        .where(
            Draft.shop_id == shop.id,
            Draft.listing_id == listing_id,
            Draft.kind == kind,
            Draft.question_id.is_(None),
        )
        .order_by(Draft.revision.desc(), Draft.id.desc())
        .limit(1)
    )


def draft_counts(session: Session, shop: Shop) -> dict[str, dict[str, int]]:
    """Counts per status and per verdict of pending drafts, for the queue's header."""
    base = select(Draft).where(Draft.shop_id == shop.id, Draft.question_id.is_(None)).subquery()
    by_status: dict[str, int] = dict(
        session.execute(select(base.c.status, func.count()).group_by(base.c.status)).all()
    )
    by_verdict: dict[str, int] = dict(
        session.execute(
            select(base.c.verdict, func.count())
            .where(base.c.status == "pending")
            .group_by(base.c.verdict)
        ).all()
    )
    return {"status": by_status, "verdict": by_verdict}


def get_draft(session: Session, shop: Shop, draft_id: int) -> Draft:
    """A draft of store copy. Replies to customer questions are decided in the questions inbox
    (``plugin.services.questions``), which also delivers them, so they are not found here."""
    draft = session.get(Draft, draft_id)
    if draft is None or draft.shop_id != shop.id or draft.question_id is not None:
        raise NotFound(f"no draft {draft_id}")
    return draft


def get_listing(session: Session, shop: Shop, listing_id: int) -> ListingRecord:
    record = session.get(ListingRecord, listing_id)
    if record is None or record.shop_id != shop.id:
        raise NotFound(f"no listing {listing_id}")
    return record


def list_listings(
    session: Session,
    shop: Shop,
    *,
    sku: str | None = None,
    external_id: str | None = None,
    q: str | None = None,
    page: Page = Page(),
) -> tuple[list[ListingRecord], int]:
    query = select(ListingRecord).where(ListingRecord.shop_id == shop.id, ~ListingRecord.deleted)
    if sku:
        query = query.where(ListingRecord.sku == sku)
    if external_id:
        query = query.where(ListingRecord.external_id == external_id)
    if q:
        query = query.where(ListingRecord.title.ilike(f"%{q}%"))
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    items = session.scalars(
        query.order_by(ListingRecord.title).offset(page.offset).limit(page.size)
    )
    return list(items), total


def product_types(session: Session, shop: Shop) -> list[str]:
    return sorted(
        t
        for t in session.scalars(
            select(ListingRecord.product_type).where(ListingRecord.shop_id == shop.id).distinct()
        )
        if t
    )


def history(session: Session, shop: Shop, listing_id: int) -> list[AuditEntry]:
    get_listing(session, shop, listing_id)
    return list(
        session.scalars(
            select(AuditEntry)
            .where(AuditEntry.shop_id == shop.id, AuditEntry.listing_id == listing_id)
            .order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc())
        )
    )


def generation_pending(session: Session, shop: Shop, listing_id: int, kind: str) -> bool:
    """Whether a ``generate`` job for this listing and kind is queued or running."""
    jobs = session.scalars(
        select(JobRecord).where(
            JobRecord.name == "generate", JobRecord.status.in_(("queued", "running"))
        )
    )
    return any(
        job.payload.get("shop_id") == shop.id
        and listing_id in job.payload.get("listing_ids", [])
        and kind in job.payload.get("kinds", [])
        for job in jobs
    )


def job_counts(session: Session) -> dict[str, int]:
    """Jobs per status, across every shop (operators' view, for ``/healthz``)."""
    return dict(
        session.execute(select(JobRecord.status, func.count()).group_by(JobRecord.status)).all()
    )
