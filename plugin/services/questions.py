"""Customer questions: intake, the reply draft, the merchant's decision, FAQ growth, erasure."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from plugin import metrics
from plugin.domain import (
    DraftKind,
    DraftStatus,
    GenerationRequest,
    Listing,
    Verdict,
    text_hash,
    verdict_of,
)
from plugin.engine import engine_holder
from plugin.errors import Conflict, CopydeskError, GenerationError, NotFound, ValidationError
from plugin.guardrails import GuardrailPolicy, check
from plugin.ports import GenerationEngine, JobHandler
from plugin.questions.answering import ComposedReply, Wording, compose_reply
from plugin.questions.crosslingual import UseEmbedder
from plugin.questions.embedding import CachedEmbedder, Embedder, MiniLmEmbedder
from plugin.questions.grounding import grounding_problems
from plugin.questions.intake import clean_channel, clean_customer_ref, clean_question, strip_html
from plugin.questions.language import allowed_languages
from plugin.questions.passages import Passage, collect_passages
from plugin.services import review
from plugin.services.customer_data import erase_customer, export_customer
from plugin.services.embedding_cache import SqlEmbeddingStore
from plugin.services.faq import add_answer_to_faq, faq_items
from plugin.services.generate import new_seed, policy_for, run_pipeline, voice_for
from plugin.services.queries import Page
from plugin.services.queue import job_queue
from plugin.services.reply_delivery import queue_delivery
from plugin.services.shops import settings_for
from plugin.storage.db import db
from plugin.storage.models import Draft, ListingRecord, Question, Shop

# A question's life: pending (queued) → drafted (reply waits for the merchant) → answered, or
# rejected; failed when no draft could be made.
PENDING, DRAFTED, ANSWERED, REJECTED, FAILED = (
    "pending",
    "drafted",
    "answered",
    "rejected",
    "failed",
)
STATUSES = (PENDING, DRAFTED, ANSWERED, REJECTED, FAILED)


def resolve_listing(
    session: Session,
    shop: Shop,
    *,
    listing_id: int | None = None,
    product_id: str | None = None,
    sku: str | None = None,
) -> ListingRecord:
    """The shop's listing by our id, the store's product id (``external_id``) or its SKU."""
    if sum(x is not None and x != "" for x in (listing_id, product_id, sku)) != 1:
        raise ValidationError("name the product by exactly one of listing_id, product_id or sku")
    query = select(ListingRecord).where(ListingRecord.shop_id == shop.id, ~ListingRecord.deleted)
    if listing_id is not None:
        query = query.where(ListingRecord.id == listing_id)
    elif product_id:
        query = query.where(ListingRecord.external_id == product_id)
    else:
        query = query.where(ListingRecord.sku == sku)
    record = session.scalars(query.order_by(ListingRecord.id)).first()
    if record is None:
        raise NotFound("this shop has no such product")
    return record


def submit_question(
    session: Session,
    shop: Shop,
    record: ListingRecord,
    question: str,
    *,
    customer_ref: str | None = "",
    channel: str | None = "",
) -> Question:
    """Store the cleaned question and queue its reply draft."""
    if record.shop_id != shop.id:
        raise NotFound("this shop has no such product")
    row = Question(
        shop_id=shop.id,
        listing_id=record.id,
        question=clean_question(question),
        customer_ref=clean_customer_ref(customer_ref),
        channel=clean_channel(channel),
        status=PENDING,
    )
    session.add(row)
    session.flush()
    job_queue().enqueue(
        "answer_question", {"question_id": row.id, "shop_id": shop.id}, queue="generate"
    )
    return row


def questions_since(
    session: Session,
    shop: Shop,
    since: datetime,
    *,
    channel: str,
    customer_ref: str | None = None,
) -> int:
    """How many questions came in on ``channel`` since then, from one customer or all: the
    stored questions are the rate limiter's count, so every process sees the same one."""
    query = select(func.count(Question.id)).where(
        Question.shop_id == shop.id, Question.channel == channel, Question.created_at >= since
    )
    if customer_ref is not None:
        query = query.where(Question.customer_ref == customer_ref)
    return int(session.scalar(query) or 0)


def get_question(session: Session, shop: Shop, question_id: int) -> Question:
    row = session.get(Question, question_id)
    if row is None or row.shop_id != shop.id:
        raise NotFound(f"no question {question_id}")
    return row


def reply_draft(session: Session, question: Question) -> Draft | None:
    """The question's newest reply draft."""
    return session.scalars(
        select(Draft).where(Draft.question_id == question.id).order_by(Draft.id.desc())
    ).first()


def list_questions(
    session: Session,
    shop: Shop,
    *,
    status: str | None = None,
    needs_merchant: bool | None = None,
    page: Page | None = None,
) -> tuple[list[Question], int]:
    page = page or Page()
    query = select(Question).where(Question.shop_id == shop.id)
    if status:
        query = query.where(Question.status == status)
    if needs_merchant is not None:
        query = query.where(Question.needs_merchant == needs_merchant)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    items = session.scalars(
        query.order_by(Question.created_at.desc(), Question.id.desc())
        .offset(page.offset)
        .limit(page.size)
    )
    return list(items), total


def question_counts(session: Session, shop: Shop) -> dict[str, int]:
    rows = session.execute(
        select(Question.status, func.count())
        .where(Question.shop_id == shop.id)
        .group_by(Question.status)
    ).all()
    return {str(status): int(count) for status, count in rows}


def passages_for(session: Session, shop: Shop, record: ListingRecord) -> list[Passage]:
    policies = settings_for(shop).policies
    return collect_passages(record.to_listing(), faq_items(session, record), policies)


def children_for(
    session: Session, shop: Shop, record: ListingRecord
) -> list[tuple[Listing, list[Passage]]]:
    """A grouped product's children in this shop (found by the titles the adapter read), each
    with its passages, so a question about one child is answered from its own facts."""
    listing = record.to_listing()
    if listing.kind != "grouped" or not listing.children:
        return []
    records = session.scalars(
        select(ListingRecord).where(
            ListingRecord.shop_id == shop.id,
            ListingRecord.title.in_(listing.children),
            ~ListingRecord.deleted,
            ListingRecord.id != record.id,
        ).order_by(ListingRecord.id)
    ).all()
    policies = settings_for(shop).policies
    found: list[tuple[Listing, list[Passage]]] = []
    seen: set[str] = set()
    for child in records:
        if child.title in seen:
            continue
        seen.add(child.title)
        found.append(
            (child.to_listing(), collect_passages(child.to_listing(), faq_items(session, child),
                                                  policies))
        )
    return found


def default_embedder(session: Session) -> Embedder:
    return CachedEmbedder(MiniLmEmbedder(), SqlEmbeddingStore(session))


def engine_wording(request: GenerationRequest, policy: GuardrailPolicy, tries: int) -> Wording:
    """The app's engine wording a reply; the engine (the model) is loaded here, on the first
    reply that needs wording, not for structured answers or refusals."""
    return word_with(engine_holder().get(), request, policy, tries)


def word_with(
    engine: GenerationEngine, request: GenerationRequest, policy: GuardrailPolicy, tries: int
) -> Wording:
    """``engine``'s wording of a reply through the repair loop, as ``compose_reply`` takes it."""
    attempt = run_pipeline(engine, [request], policy, tries)[0]
    assert attempt.result is not None
    return Wording(
        attempt.text,
        attempt.verdict is Verdict.BLOCK,
        attempt.result.model_id,
        attempt.result.prompt_version,
    )


def answer_question(
    session: Session,
    question: Question,
    *,
    embedder: Embedder | None = None,
    seed: int | None = None,
) -> Draft:
    """Write the question's reply draft (superseding a pending one) and record how it was made.

    ``seed`` (a regeneration's) makes the engine sample rather than repeat its greedy wording."""
    shop = session.get(Shop, question.shop_id)
    record = session.get(ListingRecord, question.listing_id)
    assert shop is not None and record is not None
    voice = voice_for(shop)
    reply = compose_reply(
        question.question,
        record.to_listing(),
        passages_for(session, shop, record),
        embedder=embedder or default_embedder(session),
        voice=voice,
        policy=policy_for(shop),
        max_tries=current_app.config["REPAIR_TRIES"],
        seed=seed,
        languages=allowed_languages(settings_for(shop)),
        word=engine_wording if current_app.config["REPLY_WORDING"] == "model" else None,
        crosslingual=CachedEmbedder(UseEmbedder(), SqlEmbeddingStore(session)),
        children=children_for(session, shop, record),
    )
    for old in session.scalars(
        select(Draft).where(
            Draft.question_id == question.id, Draft.status == str(DraftStatus.PENDING)
        )
    ):
        old.status = str(DraftStatus.SUPERSEDED)
    draft = _store_reply(session, question, reply, tone=voice.tone)
    question.status = DRAFTED
    question.needs_merchant = reply.needs_merchant
    question.basis = str(reply.basis)
    question.flag = reply.flag
    question.facts = [item.to_dict() for item in reply.facts]
    question.error = None
    session.flush()
    return draft


def _store_reply(session: Session, question: Question, reply: ComposedReply, *, tone: str) -> Draft:
    revision = (
        session.scalar(select(func.max(Draft.revision)).where(Draft.question_id == question.id))
        or 0
    ) + 1
    draft = Draft(
        shop_id=question.shop_id,
        listing_id=question.listing_id,
        question_id=question.id,
        kind=str(DraftKind.REPLY),
        revision=revision,
        status=str(DraftStatus.PENDING),
        verdict=str(reply.verdict),
        content=reply.text,
        findings=[f.to_dict() for f in reply.findings],
        model_id=reply.model_id,
        prompt_version=reply.prompt_version,
        tone=tone,
        base_text="",
        base_hash=text_hash(""),
    )
    session.add(draft)
    metrics.draft_written(draft.kind, draft.verdict)
    return draft


def answer_question_job(payload: dict[str, Any]) -> None:
    session = db.session
    question = session.get(Question, payload["question_id"])
    if question is None or question.status not in (PENDING, FAILED):
        return
    shop = session.get(Shop, question.shop_id)
    if shop is None or not shop.active:
        return
    try:
        answer_question(session, question, seed=payload.get("seed"))
    except CopydeskError as exc:
        if isinstance(exc, GenerationError) and exc.retryable:
            raise
        session.rollback()
        question.status = FAILED
        question.error = exc.message
    session.commit()


def _pending_reply(session: Session, question: Question) -> Draft:
    draft = reply_draft(session, question)
    if draft is None or DraftStatus(draft.status) not in review.EDITABLE:
        raise Conflict("this question has no reply waiting for a decision")
    return draft


def edit_reply(session: Session, question: Question, content: str, actor: str) -> Draft:
    """Replace the reply's text; the guardrails run again with the question's retrieved facts."""
    draft = _pending_reply(session, question)
    text = strip_html(content)
    if not text:
        raise ValidationError("the reply is empty")
    shop = session.get(Shop, question.shop_id)
    assert shop is not None
    policy = policy_for(shop)
    facts = tuple(str(f["text"]) for f in question.facts or [])
    findings = check(
        draft.listing.to_listing(),
        text,
        DraftKind.REPLY,
        replace(policy, extra_facts=policy.extra_facts + facts),
    )
    draft.content = text
    draft.findings = [f.to_dict() for f in findings]
    draft.verdict = str(verdict_of(findings))
    review.audit(session, draft, "edit", actor)
    session.flush()
    return draft


def approve_reply(
    session: Session,
    question: Question,
    actor: str,
    *,
    content: str | None = None,
    override_reason: str | None = None,
) -> Draft:
    """Approve the reply (edited if ``content`` differs); it is then returned by the API and
    posted to the shop's outgoing webhook when it has one."""
    draft = _pending_reply(session, question)
    if content is not None and content.strip() and content.strip() != draft.content:
        edit_reply(session, question, content, actor)
        question.needs_merchant = False  # the merchant wrote the answer
    review.approve_draft(session, draft, actor, override_reason=override_reason)
    question.status = ANSWERED
    session.flush()
    queue_delivery(session, question, draft)
    return draft


def reject_reply(session: Session, question: Question, actor: str, reason: str = "") -> Draft:
    draft = _pending_reply(session, question)
    review.reject_draft(session, draft, actor, reason)
    question.status = REJECTED
    session.flush()
    return draft


def regenerate_reply(session: Session, question: Question) -> int:
    """Queue a fresh reply draft (after the listing or the policies changed)."""
    if question.status == ANSWERED:
        raise Conflict("this question is already answered")
    question.status = PENDING
    session.flush()
    return job_queue().enqueue(
        "answer_question",
        {"question_id": question.id, "shop_id": question.shop_id, "seed": new_seed()},
        queue="generate",
    )


def add_to_faq(session: Session, question: Question, actor: str) -> Draft:
    """Put an answered question and its approved reply into the product's FAQ draft."""
    answer = reply_draft(session, question)
    if question.status != ANSWERED or answer is None:
        raise Conflict("only an answered question can go into the FAQ")
    return add_answer_to_faq(session, question, answer, actor)


def reply_view(question: Question, draft: Draft | None) -> dict[str, Any]:
    """The API's ``reply``: its text only once the merchant approved it."""
    status = draft.status if draft is not None else PENDING
    approved = (str(DraftStatus.APPROVED), str(DraftStatus.PUBLISHED))
    if draft is not None and draft.status in approved:
        return {
            "status": status,
            "content": draft.content,
            "verdict": draft.verdict,
            "needs_merchant": question.needs_merchant,
        }
    return {"status": status, "content": None, "verdict": None, "needs_merchant": None}


def problems_in(text: str, question: Question) -> list[str]:
    """Words of a reply that the retrieved facts don't carry (shown beside an edit)."""
    facts = [str(f["text"]) for f in question.facts or []]
    return [p.text for p in grounding_problems(text, facts, question.question)]


__all__ = [
    "ANSWERED",
    "DRAFTED",
    "FAILED",
    "PENDING",
    "REJECTED",
    "STATUSES",
    "add_to_faq",
    "answer_question",
    "approve_reply",
    "edit_reply",
    "erase_customer",
    "export_customer",
    "questions_since",
    "get_question",
    "list_questions",
    "question_counts",
    "regenerate_reply",
    "reject_reply",
    "reply_draft",
    "reply_view",
    "resolve_listing",
    "submit_question",
]


#: This module's job handlers, by job name (registered by ``create_app``).
JOBS: dict[str, JobHandler] = {
    "answer_question": answer_question_job,
}
