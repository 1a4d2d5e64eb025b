"""The pipeline: listing → engine → guardrails (with the repair loop) → draft."""

from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass, field, replace

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from plugin import metrics
from plugin.domain import (
    DraftKind,
    DraftStatus,
    Finding,
    GenerationRequest,
    GenerationResult,
    Listing,
    ShopVoice,
    Verdict,
    text_hash,
    verdict_of,
)
from plugin.engine import engine_holder
from plugin.generation import PROMPT_VERSIONS, PartialGenerationError
from plugin.guardrails import (
    GuardrailPolicy,
    check,
    feedback_for,
    remove_blocking_sentences,
    sanitize_html,
)
from plugin.ports import GenerationEngine, JobHandler
from plugin.services.shops import settings_for
from plugin.storage.db import db
from plugin.storage.models import Draft, ListingRecord, Question, Shop

log = logging.getLogger(__name__)


def voice_for(shop: Shop, tone: str = "") -> ShopVoice:
    settings = settings_for(shop)
    return ShopVoice(
        language=settings.language,
        tone=tone or settings.tone,
        brand_voice=settings.brand_voice,
        banned_words=settings.banned_words,
    )


@dataclass
class Attempt:
    """One piece of copy on its way through the repair loop."""

    request: GenerationRequest
    result: GenerationResult | None = None
    text: str = ""
    findings: list[Finding] = field(default_factory=list)
    tries: int = 0
    # Why the engine gave no usable text on any try ("" once one try gave some).
    unusable: str = ""

    @property
    def verdict(self) -> Verdict:
        return verdict_of(self.findings)


def new_seed() -> int:
    """A fresh seed: the engine samples with it instead of decoding greedily."""
    return random.randrange(1, 2**31)


def clean_text(kind: DraftKind, text: str) -> str:
    return sanitize_html(text) if kind.is_html else text.strip()


def run_pipeline(
    engine: GenerationEngine,
    requests: list[GenerationRequest],
    policy: GuardrailPolicy,
    max_tries: int,
) -> list[Attempt]:
    """Generate in batches with ``engine``; blocked drafts are regenerated with a new seed and
    the findings as feedback, up to ``max_tries``; then their blocking sentences are cut if
    enough remains.

    A request whose output stayed unusable through the engine's own retries comes back empty
    and blocked (``Attempt.unusable``); a repair try that does so keeps the previous try."""
    attempts = [Attempt(request=r) for r in requests]
    pending = list(attempts)
    while pending:
        results = _generate(engine, [a.request for a in pending])
        retry = []
        for attempt, result in zip(pending, results, strict=True):
            attempt.tries += 1
            if isinstance(result, str):
                if attempt.result is None:
                    _mark_unusable(attempt, engine.model_id, result)
                continue
            attempt.result = result
            attempt.text = clean_text(attempt.request.kind, result.text)
            attempt.findings = _check(attempt.request, attempt.text, policy)
            if attempt.verdict is Verdict.BLOCK and attempt.tries < max_tries:
                attempt.request = replace(
                    attempt.request,
                    feedback=feedback_for(attempt.findings),
                    seed=new_seed(),
                )
                retry.append(attempt)
        pending = retry
    for attempt in attempts:
        if attempt.verdict is Verdict.BLOCK and not attempt.unusable:
            trimmed = remove_blocking_sentences(
                attempt.text, attempt.findings, attempt.request.kind
            )
            if trimmed is not None:
                attempt.text = clean_text(attempt.request.kind, trimmed)
                attempt.findings = _check(attempt.request, attempt.text, policy)
    return attempts


def _generate(
    engine: GenerationEngine, requests: list[GenerationRequest]
) -> list[GenerationResult | str]:
    """The engine's result per request, or the reason its output stayed unusable: one bad
    listing must not cost its batch-mates their drafts."""
    started = time.perf_counter()
    try:
        results: list[GenerationResult | str] = list(engine.generate(requests))
    except PartialGenerationError as exc:
        results = [exc.failures[i] if r is None else r for i, r in enumerate(exc.results)]
    tokens = sum(r.tokens_out for r in results if not isinstance(r, str))
    metrics.generated(tokens, time.perf_counter() - started)
    return results


def _mark_unusable(attempt: Attempt, model_id: str, reason: str) -> None:
    """An empty, blocked draft that says why: the merchant regenerates it or writes it."""
    kind = attempt.request.kind
    attempt.unusable = reason
    # An empty result, so the draft still records which model and prompt failed.
    attempt.result = GenerationResult(
        text="",
        tokens_in=0,
        tokens_out=0,
        seconds=0.0,
        model_id=model_id,
        prompt_version=PROMPT_VERSIONS[kind],
    )
    attempt.text = ""
    label = str(kind).replace("_", " ")
    attempt.findings = [
        Finding(
            rule="quality.format",
            category="quality",
            severity=Verdict.BLOCK,
            start=0,
            end=0,
            message=f"The model kept writing {label} text that could not be used ({reason}), "
            "try after try, so this draft is empty.",
            suggestion="Regenerate it, or write the copy yourself in the editor.",
        )
    ]


def _check(request: GenerationRequest, text: str, policy: GuardrailPolicy) -> list[Finding]:
    if request.facts:
        policy = replace(policy, extra_facts=policy.extra_facts + tuple(request.facts))
    return check(request.listing, text, request.kind, policy)


def policy_for(shop: Shop) -> GuardrailPolicy:
    return GuardrailPolicy.from_settings(settings_for(shop))


def approved_answers(session: Session, record: ListingRecord) -> tuple[str, ...]:
    """The merchant's approved replies to shoppers' questions about this product, as facts: an
    FAQ grows from what customers really asked."""
    rows = session.execute(
        select(Question.question, Draft.content)
        .join(Draft, Draft.question_id == Question.id)
        .where(
            Question.listing_id == record.id,
            Question.needs_merchant.is_(False),
            Draft.status == str(DraftStatus.APPROVED),
        )
        .order_by(Draft.id)
    )
    return tuple(f"Q: {question} A: {answer}" for question, answer in rows)


def generate_drafts(
    session: Session,
    records: list[ListingRecord],
    kinds: list[DraftKind],
    *,
    tone: str = "",
    seed: int | None = None,
) -> list[Draft]:
    """New pending drafts for listings of one shop; older pending ones are superseded.

    ``seed`` None decodes greedily; a regeneration passes one so that the engine samples."""
    if not records:
        return []
    shop = session.get(Shop, records[0].shop_id)
    assert shop is not None
    voice = voice_for(shop, tone)
    requests = [
        GenerationRequest(
            listing=record.to_listing(),
            kind=kind,
            voice=voice,
            seed=seed,
            facts=approved_answers(session, record) if kind is DraftKind.FAQ else (),
        )
        for record in records
        for kind in kinds
    ]
    attempts = run_pipeline(
        engine_holder().get(), requests, policy_for(shop), current_app.config["REPAIR_TRIES"]
    )
    by_id = {r.external_id: r for r in records}
    drafts = []
    for attempt in attempts:
        record = by_id[attempt.request.listing.external_id]
        drafts.append(store_draft(session, record, attempt, tone=voice.tone))
    session.flush()
    return drafts


def store_draft(session: Session, record: ListingRecord, attempt: Attempt, *, tone: str) -> Draft:
    kind = attempt.request.kind
    listing: Listing = attempt.request.listing
    for old in session.scalars(
        select(Draft).where(
            Draft.listing_id == record.id,
            Draft.kind == str(kind),
            Draft.status == str(DraftStatus.PENDING),
            Draft.question_id.is_(None),
        )
    ):
        old.status = str(DraftStatus.SUPERSEDED)
    revision = (
        session.scalar(
            select(func.max(Draft.revision)).where(
                Draft.listing_id == record.id, Draft.kind == str(kind)
            )
        )
        or 0
    ) + 1
    base = listing.text_for(kind)
    assert attempt.result is not None
    draft = Draft(
        shop_id=record.shop_id,
        listing_id=record.id,
        kind=str(kind),
        revision=revision,
        status=str(DraftStatus.PENDING),
        verdict=str(attempt.verdict),
        content=attempt.text,
        findings=[f.to_dict() for f in attempt.findings],
        model_id=attempt.result.model_id,
        prompt_version=attempt.result.prompt_version,
        tone=tone,
        base_text=base,
        base_hash=text_hash(base),
    )
    session.add(draft)
    metrics.draft_written(draft.kind, draft.verdict)
    return draft


def generate_job(payload: dict) -> None:
    session = db.session
    records = [
        r
        for r in session.scalars(
            select(ListingRecord).where(ListingRecord.id.in_(payload["listing_ids"]))
        )
        if not r.deleted
    ]
    shop = session.get(Shop, payload["shop_id"])
    if not records or shop is None or not shop.active:
        return
    kinds = [DraftKind(k) for k in payload["kinds"]]
    generate_drafts(session, records, kinds, tone=payload.get("tone", ""), seed=payload.get("seed"))
    session.commit()


#: This module's job handlers, by job name (registered by ``create_app``).
JOBS: dict[str, JobHandler] = {
    "generate": generate_job,
}
