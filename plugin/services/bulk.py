"""Approving many drafts at once: every pending draft that passes the guardrails in a filter."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session

from plugin.domain import DraftStatus, Verdict
from plugin.errors import Conflict, CopydeskError
from plugin.services import queries, review
from plugin.services.queue import job_queue
from plugin.storage.models import Draft, Shop


@dataclass
class BulkApproval:
    approved: list[int] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)


def passing_filter(f: queries.DraftFilter) -> queries.DraftFilter:
    """The filter narrowed to what bulk approval may touch: pending drafts with a pass verdict."""
    return replace(f, status=str(DraftStatus.PENDING), verdict=str(Verdict.PASS))


def passing_drafts(session: Session, shop: Shop, f: queries.DraftFilter) -> list[Draft]:
    ids = queries.all_draft_ids(session, shop, passing_filter(f))
    return [queries.get_draft(session, shop, i) for i in ids]


def approve_passing(
    session: Session,
    shop: Shop,
    f: queries.DraftFilter,
    actor: str,
    *,
    expected: int | None = None,
) -> BulkApproval:
    """Approve every passing pending draft in the filter, and queue one job publishing them all
    (through the store's batch endpoint where it has one).

    ``expected`` is the count the merchant confirmed; if the set changed since, nothing is
    approved and :class:`Conflict` says so, so that nobody approves drafts they were not shown."""
    drafts = passing_drafts(session, shop, f)
    if expected is not None and expected != len(drafts):
        raise Conflict(
            f"the filter now holds {len(drafts)} passing drafts, not {expected}; "
            "look at them again before approving",
            code="count_changed",
        )
    result = BulkApproval()
    for draft in drafts:
        try:
            with session.begin_nested():
                review.approve_draft(session, draft, actor, queue_publish=False)
        except CopydeskError as exc:
            result.skipped.append((draft.id, exc.message))
        else:
            result.approved.append(draft.id)
    approved = set(result.approved)
    to_publish = [d.id for d in drafts if d.id in approved and d.question_id is None]
    if to_publish:
        job_queue().enqueue(
            "publish_batch", {"shop_id": shop.id, "draft_ids": to_publish}, queue="io"
        )
    return result
