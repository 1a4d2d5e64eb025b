"""What we hold about one shopper: exported on request, erased on request (Shopify's
``customers/data_request`` and ``customers/redact``, and the same for every platform)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from plugin.storage.models import AuditEntry, Draft, ListingRecord, Question, ReplyDelivery, Shop


def erase_customer(session: Session, shop: Shop, customer_ref: str) -> int:
    """Delete every question of this customer in this shop, with their replies, deliveries and
    audit entries (``customers/redact``); returns how many questions went."""
    if not customer_ref:
        return 0
    ids = list(
        session.scalars(
            select(Question.id).where(
                Question.shop_id == shop.id, Question.customer_ref == customer_ref
            )
        )
    )
    if not ids:
        return 0
    draft_ids = list(session.scalars(select(Draft.id).where(Draft.question_id.in_(ids))))
    if draft_ids:
        session.execute(delete(AuditEntry).where(AuditEntry.draft_id.in_(draft_ids)))
        session.execute(delete(Draft).where(Draft.id.in_(draft_ids)))
    session.execute(delete(ReplyDelivery).where(ReplyDelivery.question_id.in_(ids)))
    session.execute(delete(Question).where(Question.id.in_(ids)))
    session.flush()
    return len(ids)


def export_customer(session: Session, shop: Shop, customer_ref: str) -> dict[str, Any]:
    """Everything we hold about this customer in this shop (``customers/data_request``)."""
    rows = (
        session.scalars(
            select(Question)
            .where(Question.shop_id == shop.id, Question.customer_ref == customer_ref)
            .order_by(Question.id)
        ).all()
        if customer_ref
        else []
    )
    questions = []
    for row in rows:
        record = session.get(ListingRecord, row.listing_id)
        draft = session.scalars(
            select(Draft).where(Draft.question_id == row.id).order_by(Draft.id.desc())
        ).first()
        questions.append(
            {
                "id": row.id,
                "product_id": record.external_id if record else None,
                "product_title": record.title if record else None,
                "question": row.question,
                "channel": row.channel,
                "status": row.status,
                "asked_at": row.created_at.isoformat(),
                "reply": draft.content if draft is not None and row.status == "answered" else None,
            }
        )
    return {
        "shop": shop.name,
        "customer_ref": customer_ref,
        "exported_at": datetime.now(UTC).isoformat(),
        "questions": questions,
    }
