"""The merchant's decisions on campaign drafts: edit, approve, reject, regenerate.

Campaign drafts have their own small table and decisions rather than product drafts': a
product draft belongs to one listing and is published to its store, while a campaign draft
speaks for several products and is exported, never sent. The history is the same
``audit_log`` (rows with ``campaign_draft_id``), and the checks are the same guardrails.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from plugin.campaign import FIELDS, AssetStatus, Channel, asset_from_text, asset_to_text
from plugin.domain import Verdict, verdict_of
from plugin.errors import Conflict, ValidationError
from plugin.guardrails.campaign import check_asset
from plugin.guardrails.channels import RULE as LIMIT_RULE
from plugin.services.campaign_products import campaign_listings
from plugin.services.campaign_views import same_slot
from plugin.services.campaign_writing import PENDING, queue_writing
from plugin.services.generate import policy_for
from plugin.storage.models import AuditEntry, CampaignDraft, Shop


def _audit(
    session: Session, draft: CampaignDraft, action: str, actor: str, reason: str | None = None
) -> None:
    session.add(
        AuditEntry(
            shop_id=draft.shop_id,
            campaign_draft_id=draft.id,
            action=action,
            actor=actor,
            reason=reason,
            text=draft.content,
        )
    )


def clean_content(channel: Channel, data: Any) -> dict[str, Any]:
    """A channel's content as a merchant sends it: only the channel's fields, text or lists
    of text, spaces tidied; hashtags without their "#"."""
    if not isinstance(data, dict):
        raise ValidationError(f"{channel} content is an object with {', '.join(FIELDS[channel])}")
    content: dict[str, Any] = {}
    for name in FIELDS[channel]:
        value = data.get(name, [] if name in ("hashtags", "headlines", "descriptions") else "")
        if isinstance(value, list):
            items = [" ".join(str(v).split()) for v in value]
            if name == "hashtags":
                items = [v.lstrip("#") for v in items]
            content[name] = [v for v in items if v]
        elif isinstance(value, str):
            content[name] = value.strip() if name == "body" else " ".join(value.split())
        else:
            raise ValidationError(f"{name} must be text")
    return content


def edit_campaign_draft(
    session: Session, draft: CampaignDraft, content: dict[str, Any], actor: str
) -> CampaignDraft:
    """Replace the draft's copy and check it again, as the model's would be."""
    if draft.status != AssetStatus.PENDING:
        raise Conflict(f"a {draft.status} campaign draft cannot be edited")
    channel = Channel(draft.channel)
    cleaned = clean_content(channel, content)
    shop = session.get(Shop, draft.shop_id)
    assert shop is not None
    campaign = draft.campaign
    findings = check_asset(
        campaign_listings(session, campaign), channel, cleaned, campaign.offer, policy_for(shop)
    )
    draft.content = asset_to_text(cleaned)
    draft.findings = [f.to_dict() for f in findings]
    draft.verdict = str(verdict_of(findings))
    _audit(session, draft, "edit", actor)
    session.flush()
    return draft


def approve_campaign_draft(
    session: Session,
    draft: CampaignDraft,
    actor: str,
    *,
    content: dict[str, Any] | None = None,
    override_reason: str | None = None,
) -> CampaignDraft:
    """Approve (optionally with edits). A block needs an override reason, except a channel's
    hard limit: the platform itself would cut or refuse that copy."""
    if draft.status != AssetStatus.PENDING:
        raise Conflict(f"only pending campaign drafts can be approved; this one is {draft.status}")
    if content is not None and content != asset_from_text(draft.content):
        edit_campaign_draft(session, draft, content, actor)
    if Verdict(draft.verdict) is Verdict.BLOCK:
        if any(f["rule"] == LIMIT_RULE and f["severity"] == "block" for f in draft.findings):
            raise Conflict(
                "this draft is over a channel's limit: edit it until it fits", code="over_limit"
            )
        if not (override_reason and override_reason.strip()):
            raise Conflict(
                "this draft is blocked by the guardrails: edit it until it passes, "
                "or approve with an override reason",
                code="blocked",
            )
        _audit(session, draft, "override", actor, override_reason.strip())
    draft.status = str(AssetStatus.APPROVED)
    draft.decided_by = actor
    draft.decided_at = datetime.now(UTC)
    _audit(session, draft, "approve", actor)
    session.flush()
    return draft


def reject_campaign_draft(
    session: Session, draft: CampaignDraft, actor: str, reason: str = ""
) -> CampaignDraft:
    if draft.status != AssetStatus.PENDING:
        raise Conflict(f"a {draft.status} campaign draft cannot be rejected")
    draft.status = str(AssetStatus.REJECTED)
    draft.reason = reason or None
    draft.decided_by = actor
    draft.decided_at = datetime.now(UTC)
    _audit(session, draft, "reject", actor, reason or None)
    session.flush()
    return draft


def regenerate_campaign_draft(
    session: Session, draft: CampaignDraft, actor: str, reason: str = ""
) -> int:
    """Ask for another version of a pending or rejected draft, as the screen's Regenerate does
    for product drafts: its text goes into the audit log (``regenerate``, with the reason),
    the campaign is ``pending`` until the ``write_campaign`` job has written the new version,
    which then replaces it. Returns the job's id."""
    campaign = draft.campaign
    latest = max(d.revision for d in campaign.drafts if same_slot(d, draft))
    if draft.status == AssetStatus.SUPERSEDED or draft.revision < latest:
        raise Conflict("a newer draft has replaced this one", code="superseded_draft")
    if draft.status == AssetStatus.APPROVED:
        raise Conflict(
            "an approved campaign draft cannot be regenerated: its copy is in the export",
            code="approved_draft",
        )
    _audit(session, draft, "regenerate", actor, reason.strip() or None)
    campaign.status = PENDING
    campaign.error = None
    session.flush()
    return queue_writing(campaign, draft)
