"""The merchant's decisions on drafts; each one lands in the audit log."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from plugin.domain import DraftKind, DraftStatus, Verdict, text_hash, verdict_of
from plugin.errors import Conflict, ValidationError
from plugin.services.generate import clean_text, policy_for
from plugin.services.queue import job_queue
from plugin.storage.models import AuditEntry, Draft, Shop

EDITABLE = (DraftStatus.PENDING, DraftStatus.CONFLICT)


def audit(
    session: Session,
    draft: Draft,
    action: str,
    actor: str,
    *,
    reason: str | None = None,
    text: str | None = None,
) -> None:
    session.add(
        AuditEntry(
            shop_id=draft.shop_id,
            listing_id=draft.listing_id,
            draft_id=draft.id,
            action=action,
            actor=actor,
            reason=reason,
            text=text if text is not None else draft.content,
        )
    )


def _validate_content(kind: DraftKind, content: str) -> None:
    import json

    if not content.strip():
        raise ValidationError("the text is empty")
    if kind.is_json:
        try:
            data = json.loads(content)
        except ValueError as exc:
            raise ValidationError(f"{kind} content must be JSON: {exc}") from exc
        if kind is DraftKind.SEO and not (
            isinstance(data, dict) and {"title", "description"} <= set(data)
        ):
            raise ValidationError('SEO content must be {"title": ..., "description": ...}')
        if kind is DraftKind.FAQ and not (
            isinstance(data, list) and all({"question", "answer"} <= set(i) for i in data)
        ):
            raise ValidationError('FAQ content must be a list of {"question": ..., "answer": ...}')


def edit_draft(session: Session, draft: Draft, content: str, actor: str) -> Draft:
    """Replace the draft's text and re-run the guardrails on it."""
    from plugin.guardrails import check

    if DraftStatus(draft.status) not in EDITABLE:
        raise Conflict(f"a {draft.status} draft cannot be edited")
    kind = DraftKind(draft.kind)
    _validate_content(kind, content)
    shop = session.get(Shop, draft.shop_id)
    assert shop is not None
    draft.content = clean_text(kind, content)
    # The merchant's own words: length findings warn, never block (issue 12).
    policy = dataclasses.replace(policy_for(shop), merchant_edit=True)
    findings = check(draft.listing.to_listing(), draft.content, kind, policy)
    draft.findings = [f.to_dict() for f in findings]
    draft.verdict = str(verdict_of(findings))
    audit(session, draft, "edit", actor)
    session.flush()
    return draft


def approve_draft(
    session: Session,
    draft: Draft,
    actor: str,
    *,
    content: str | None = None,
    override_reason: str | None = None,
    queue_publish: bool = True,
) -> Draft:
    """Approve (optionally with edits) and queue publishing; a block needs an override reason.

    ``queue_publish=False`` leaves publishing to the caller (bulk approval publishes in batches)."""
    if DraftStatus(draft.status) is not DraftStatus.PENDING:
        raise Conflict(f"only pending drafts can be approved; this one is {draft.status}")
    if content is not None and content != draft.content:
        edit_draft(session, draft, content, actor)
    if not draft.content.strip():
        # An override must never publish nothing over the store's text.
        raise Conflict("this draft is empty: regenerate it or write the copy", code="empty_draft")
    if Verdict(draft.verdict) is Verdict.BLOCK:
        if not (override_reason and override_reason.strip()):
            raise Conflict(
                "this draft is blocked by the guardrails: edit it until it passes, "
                "or approve with an override reason",
                code="blocked",
            )
        audit(session, draft, "override", actor, reason=override_reason.strip())
    draft.status = str(DraftStatus.APPROVED)
    draft.decided_by = actor
    draft.decided_at = datetime.now(UTC)
    audit(session, draft, "approve", actor)
    session.flush()
    if queue_publish and draft.question_id is None:
        job_queue().enqueue("publish", {"draft_id": draft.id, "shop_id": draft.shop_id}, queue="io")
    return draft


def reject_draft(session: Session, draft: Draft, actor: str, reason: str = "") -> Draft:
    if DraftStatus(draft.status) not in EDITABLE:
        raise Conflict(f"a {draft.status} draft cannot be rejected")
    draft.status = str(DraftStatus.REJECTED)
    draft.reason = reason
    draft.decided_by = actor
    draft.decided_at = datetime.now(UTC)
    audit(session, draft, "reject", actor, reason=reason or None)
    session.flush()
    return draft


def request_revert(session: Session, draft: Draft, actor: str) -> Draft:
    if DraftStatus(draft.status) is not DraftStatus.PUBLISHED:
        raise Conflict(f"only published drafts can be reverted; this one is {draft.status}")
    audit(session, draft, "revert_requested", actor, text=draft.previous_text or "")
    job_queue().enqueue("revert", {"draft_id": draft.id, "shop_id": draft.shop_id}, queue="io")
    return draft


def resolve_conflict(
    session: Session,
    draft: Draft,
    choice: str,
    actor: str,
    *,
    content: str | None = None,
    override_reason: str | None = None,
) -> Draft:
    """After a conflict: keep the store's new text, or publish ours (as is or edited) over it;
    a blocked draft needs an override reason again, as when it was first approved."""
    if DraftStatus(draft.status) is not DraftStatus.CONFLICT:
        raise Conflict("this draft is not in conflict")
    store_text = draft.previous_text or ""
    if choice == "store":
        return reject_draft(session, draft, actor, "kept the store's newer text")
    if choice != "draft":
        raise ValidationError("choice must be 'store' or 'draft'")
    draft.base_text = store_text
    draft.base_hash = text_hash(store_text)
    draft.status = str(DraftStatus.PENDING)
    audit(session, draft, "rebase", actor, text=store_text)
    return approve_draft(session, draft, actor, content=content, override_reason=override_reason)
