"""Reading campaigns: the shop's list, one campaign or draft, the current draft of each channel
and audience, a draft's history, and each as the API, the CLI and the screen show it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from plugin.campaign import Channel, asset_from_text, field_items, limits_of, words_in
from plugin.domain import Finding
from plugin.errors import NotFound
from plugin.guardrails.campaign import field_of, text_form
from plugin.services.queries import Page
from plugin.storage.models import AuditEntry, Campaign, CampaignDraft, Shop


def list_campaigns(
    session: Session, shop: Shop, page: Page | None = None
) -> tuple[list[Campaign], int]:
    page = page or Page()
    query = select(Campaign).where(Campaign.shop_id == shop.id)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(
        query.order_by(Campaign.created_at.desc(), Campaign.id.desc())
        .offset(page.offset)
        .limit(page.size)
    ).all()
    return list(rows), total


def get_campaign(session: Session, shop: Shop, campaign_id: int) -> Campaign:
    campaign = session.get(Campaign, campaign_id)
    if campaign is None or campaign.shop_id != shop.id:
        raise NotFound("no such campaign")
    return campaign


def current_drafts(campaign: Campaign) -> list[CampaignDraft]:
    """The latest draft of each (channel, audience), channels in the brief's order."""
    latest: dict[tuple[str, str], CampaignDraft] = {}
    for draft in sorted(campaign.drafts, key=lambda d: (d.revision, d.id)):
        latest[(draft.channel, draft.audience)] = draft
    order = {c: i for i, c in enumerate(campaign.channels)}
    names = {a["name"]: i for i, a in enumerate(campaign.audiences)}
    return sorted(
        latest.values(), key=lambda d: (order.get(d.channel, 99), names.get(d.audience, 0))
    )


def get_campaign_draft(session: Session, shop: Shop, draft_id: int) -> CampaignDraft:
    draft = session.get(CampaignDraft, draft_id)
    if draft is None or draft.shop_id != shop.id:
        raise NotFound("no such campaign draft")
    return draft


def same_slot(a: CampaignDraft, b: CampaignDraft) -> bool:
    """Whether two drafts are versions of one another: one campaign, channel and audience."""
    return (a.campaign_id, a.channel, a.audience) == (b.campaign_id, b.channel, b.audience)


def history(session: Session, draft: CampaignDraft) -> list[tuple[AuditEntry, CampaignDraft]]:
    """Every decision on this draft and on the earlier versions of its channel and audience
    (a regenerated or rejected one's text included), newest first, each with its draft."""
    versions = {d.id: d for d in draft.campaign.drafts if same_slot(d, draft)}
    entries = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.campaign_draft_id.in_(versions))
        .order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc())
    )
    return [(entry, versions[entry.campaign_draft_id or draft.id]) for entry in entries]


def draft_view(draft: CampaignDraft) -> dict[str, Any]:
    """A campaign draft as the API and the CLI show it: its content as an object, each field
    with its length and limit, each finding with the field it sits in."""
    channel = Channel(draft.channel)
    content = asset_from_text(draft.content)
    _, spans = text_form(channel, content)
    limits = limits_of(channel)
    findings = [{**f, "field": field_of(Finding.from_dict(f), spans)} for f in draft.findings or []]
    return {
        "id": draft.id,
        "campaign_id": draft.campaign_id,
        "channel": str(channel),
        "audience": draft.audience,
        "revision": draft.revision,
        "status": draft.status,
        "verdict": draft.verdict,
        "first_verdict": draft.first_verdict,
        "content": content,
        "fields": [
            {
                "field": name,
                "text": text,
                "characters": len(text),
                "words": words_in(text),
                "limit": limits.get(name.split("[")[0], ""),
            }
            for name, text in field_items(channel, content)
        ],
        "findings": findings,
        "model_id": draft.model_id,
        "prompt_version": draft.prompt_version,
        "decided_by": draft.decided_by,
        "decided_at": draft.decided_at.isoformat() if draft.decided_at else None,
        "reason": draft.reason,
        "created_at": draft.created_at.isoformat(),
    }


def campaign_view(campaign: Campaign, *, drafts: bool = True) -> dict[str, Any]:
    """A campaign with its brief and (``drafts``) the current draft of each channel and
    audience."""
    view: dict[str, Any] = {
        "id": campaign.id,
        "name": campaign.name,
        "status": campaign.status,
        "error": campaign.error,
        "brief": {
            "goal": campaign.goal,
            "offer": campaign.offer,
            "channels": list(campaign.channels),
            "audiences": list(campaign.audiences),
            "tone": campaign.tone,
            "collection": campaign.collection,
            "listing_ids": list(campaign.listing_ids),
        },
        "created_at": campaign.created_at.isoformat(),
    }
    if drafts:
        view["drafts"] = [draft_view(d) for d in current_drafts(campaign)]
    return view
