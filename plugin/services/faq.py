"""Approved answers growing a product's FAQ: the FAQ draft they go into, and the FAQ that
replies may quote (the store's, plus the newest FAQ draft the merchant approved)."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from plugin.domain import (
    DraftKind,
    DraftStatus,
    FaqItem,
    faq_from_text,
    faq_to_text,
    text_hash,
    verdict_of,
)
from plugin.errors import Conflict
from plugin.guardrails import check
from plugin.questions.replies import all_fixed_replies
from plugin.services import review
from plugin.services.generate import policy_for
from plugin.storage.models import Draft, ListingRecord, Question, Shop


def faq_items(session: Session, record: ListingRecord) -> list[FaqItem]:
    """The product's FAQ: the store's, and the newest FAQ draft the merchant approved."""
    items = list(record.to_listing().faq)
    approved = session.scalars(
        select(Draft)
        .where(
            Draft.listing_id == record.id,
            Draft.kind == str(DraftKind.FAQ),
            Draft.status.in_([str(DraftStatus.APPROVED), str(DraftStatus.PUBLISHED)]),
        )
        .order_by(Draft.id.desc())
    ).first()
    if approved is not None:
        known = {i.question.strip().lower() for i in items}
        items += [i for i in _faq_of(approved.content) if i.question.strip().lower() not in known]
    return items


def _faq_of(content: str) -> list[FaqItem]:
    try:
        return faq_from_text(content)
    except (ValueError, KeyError, TypeError):
        return []


def add_answer_to_faq(session: Session, question: Question, answer: Draft, actor: str) -> Draft:
    """Put an answered question into the product's pending FAQ draft, or start one from the
    store's current FAQ; the merchant approves it like any draft and it is published as the
    product's FAQ."""
    if question.needs_merchant and answer.content in all_fixed_replies():
        raise Conflict("this reply does not answer the question; edit it before adding it")
    record = session.get(ListingRecord, question.listing_id)
    shop = session.get(Shop, question.shop_id)
    assert record is not None and shop is not None
    listing = record.to_listing()
    draft = session.scalars(
        select(Draft)
        .where(
            Draft.listing_id == record.id,
            Draft.kind == str(DraftKind.FAQ),
            Draft.status == str(DraftStatus.PENDING),
            Draft.question_id.is_(None),
        )
        .order_by(Draft.id.desc())
    ).first()
    if draft is None:
        base = listing.text_for(DraftKind.FAQ)
        draft = Draft(
            shop_id=shop.id,
            listing_id=record.id,
            kind=str(DraftKind.FAQ),
            revision=_next_revision(session, record.id, DraftKind.FAQ),
            status=str(DraftStatus.PENDING),
            content=faq_to_text(listing.faq),
            model_id="",
            prompt_version="questions-faq-v1",
            base_text=base,
            base_hash=text_hash(base),
        )
        session.add(draft)
    items = _faq_of(draft.content)
    if any(i.question.strip().lower() == question.question.strip().lower() for i in items):
        raise Conflict("this question is already in the FAQ draft")
    items.append(FaqItem(question=question.question, answer=answer.content))
    draft.content = faq_to_text(items)
    approved = tuple(i.answer for i in items)
    policy = policy_for(shop)
    findings = check(
        listing,
        draft.content,
        DraftKind.FAQ,
        replace(policy, extra_facts=policy.extra_facts + approved),
    )
    draft.findings = [f.to_dict() for f in findings]
    draft.verdict = str(verdict_of(findings))
    session.flush()
    review.audit(session, draft, "faq_add", actor, reason=f"question {question.id}")
    session.flush()
    return draft


def _next_revision(session: Session, listing_id: int, kind: DraftKind) -> int:
    latest = session.scalar(
        select(func.max(Draft.revision)).where(
            Draft.listing_id == listing_id, Draft.kind == str(kind)
        )
    )
    return (latest or 0) + 1
