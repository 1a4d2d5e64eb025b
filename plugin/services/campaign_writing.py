"""Writing a campaign's drafts: one asset per channel and audience, checked by the guardrails
and stored as a pending draft, by the ``write_campaign`` job (the whole campaign, or another
version of one draft). The campaign is ``pending`` until the job has written, then ``ready``
(or ``failed``, with its error).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from plugin.campaign import (
    Asset,
    AssetStatus,
    Audience,
    Brief,
    Channel,
    Goal,
    asset_from_text,
    asset_to_text,
)
from plugin.domain import Finding, Listing, Verdict, verdict_of
from plugin.engine import engine_holder, sentence_passes
from plugin.errors import CopydeskError, GenerationError, ValidationError
from plugin.generation import PromptedEngine
from plugin.generation.campaigns import PlanWriter, write_assets
from plugin.guardrails import GuardrailPolicy
from plugin.guardrails.campaign import check_asset
from plugin.guardrails.offers import offer_terms
from plugin.ports import JobHandler
from plugin.services.campaign_products import campaign_listings
from plugin.services.generate import new_seed, policy_for
from plugin.services.queue import job_queue
from plugin.services.shops import settings_for
from plugin.storage.db import db
from plugin.storage.models import Campaign, CampaignDraft, Shop

PENDING, READY, FAILED = "pending", "ready", "failed"


def queue_writing(campaign: Campaign, draft: CampaignDraft | None = None) -> int:
    """Queue the ``write_campaign`` job: every draft of the campaign, or (``draft``) another
    version of that one, with a fresh seed so that it is not the text it replaces."""
    payload: dict[str, Any] = {"campaign_id": campaign.id, "shop_id": campaign.shop_id}
    if draft is not None:
        payload |= {"draft_id": draft.id, "seed": new_seed()}
    return job_queue().enqueue("write_campaign", payload, queue="generate")


def brief_of(campaign: Campaign) -> Brief:
    return Brief(
        goal=Goal(campaign.goal),
        channels=tuple(Channel(c) for c in campaign.channels),
        offer=campaign.offer,
        audiences=tuple(Audience(a["name"], a.get("description", "")) for a in campaign.audiences),
        tone=campaign.tone,
        collection=campaign.collection,
        name=campaign.name,
    )


def _writer(shop: Shop) -> PlanWriter | None:
    """The engine, when it plans copy (a completion model writing English); else None, and
    every sentence keeps its planned, factual form."""
    language = settings_for(shop).language.lower().split("-")[0]
    engine = engine_holder().get()
    if isinstance(engine, PromptedEngine) and engine.plans_copy() and language == "en":
        return engine
    return None


def campaign_sentence_passes(listing: Listing, sentence: str) -> bool:
    """A model's sentence for a campaign: what product copy allows, and no offer term at all
    (the offer is the merchant's own sentence, written as given)."""
    return sentence_passes(listing, sentence) and not offer_terms(sentence)


@dataclass(frozen=True)
class Checked:
    """An asset as stored: its findings, and the verdict it was first written with."""

    asset: Asset
    findings: list[Finding]
    first: Verdict


def checked_assets(
    brief: Brief,
    listings: Sequence[Listing],
    audience: Audience | None,
    writer: PlanWriter | None,
    policy: GuardrailPolicy,
    banned_words: Sequence[str] = (),
    seed: int | None = None,
) -> list[Checked]:
    """One checked asset per channel for one audience. An asset blocked as written is written
    again from the planner alone (the model's endings left out) and kept if that is better;
    it keeps its first verdict either way. ``seed``: a regeneration's."""
    check = campaign_sentence_passes
    assets = write_assets(brief, listings, audience, writer, check, banned_words, seed)
    planned_only: list[Asset] | None = None
    out = []
    for index, asset in enumerate(assets):
        findings = check_asset(listings, asset.channel, asset.content, brief.offer, policy)
        first = verdict_of(findings)
        if first is Verdict.BLOCK and writer is not None:
            if planned_only is None:
                planned_only = write_assets(brief, listings, audience, None, seed=seed)
            retry = planned_only[index]
            again = check_asset(listings, retry.channel, retry.content, brief.offer, policy)
            if verdict_of(again).rank < first.rank:
                asset, findings = retry, again
        out.append(Checked(asset, findings, first))
    return out


def write_campaign(session: Session, campaign: Campaign) -> list[CampaignDraft]:
    """Write one draft per channel and audience, checked, in place of any pending ones."""
    shop, listings, brief = _writing(session, campaign)
    policy = policy_for(shop)
    banned = settings_for(shop).banned_words
    writer = _writer(shop)
    made = [
        _store(session, campaign, item.asset, item.findings, item.first)
        for audience in brief.audiences or (None,)
        for item in checked_assets(brief, listings, audience, writer, policy, banned)
    ]
    campaign.status = READY
    campaign.error = None
    session.flush()
    return made


# A regeneration that comes back word for word the text it replaces is tried again, with the
# next seed, this many times in all.
REGENERATION_TRIES = 5


def rewrite_draft(
    session: Session, campaign: Campaign, draft: CampaignDraft, seed: int
) -> CampaignDraft:
    """Another version of one draft (its channel, for its audience), written with ``seed``,
    in its place: a pending draft it replaces becomes ``superseded``."""
    shop, listings, brief = _writing(session, campaign)
    audience = next((a for a in brief.audiences if a.name == draft.audience), None)
    if draft.audience and audience is None:
        raise ValidationError(f"the campaign has no audience {draft.audience!r} any more")
    one = replace(brief, channels=(Channel(draft.channel),))
    before = asset_from_text(draft.content)
    policy, writer = policy_for(shop), _writer(shop)
    banned = settings_for(shop).banned_words
    for attempt in range(REGENERATION_TRIES):
        [item] = checked_assets(one, listings, audience, writer, policy, banned, seed + attempt)
        if item.asset.content != before:
            break
    made = _store(session, campaign, item.asset, item.findings, item.first)
    campaign.status = READY
    campaign.error = None
    session.flush()
    return made


def _writing(session: Session, campaign: Campaign) -> tuple[Shop, list[Listing], Brief]:
    shop = session.get(Shop, campaign.shop_id)
    assert shop is not None
    listings = campaign_listings(session, campaign)
    if not listings:
        raise ValidationError("the campaign's products are gone")
    return shop, listings, brief_of(campaign)


def _store(
    session: Session, campaign: Campaign, asset: Asset, findings: list[Finding], first: Verdict
) -> CampaignDraft:
    previous = session.scalars(
        select(CampaignDraft).where(
            CampaignDraft.campaign_id == campaign.id,
            CampaignDraft.channel == str(asset.channel),
            CampaignDraft.audience == asset.audience,
        )
    ).all()
    for old in previous:
        if old.status == AssetStatus.PENDING:
            old.status = str(AssetStatus.SUPERSEDED)
    draft = CampaignDraft(
        shop_id=campaign.shop_id,
        campaign_id=campaign.id,
        channel=str(asset.channel),
        audience=asset.audience,
        revision=max((d.revision for d in previous), default=0) + 1,
        status=str(AssetStatus.PENDING),
        verdict=str(verdict_of(findings)),
        first_verdict=str(first),
        content=asset_to_text(asset.content),
        findings=[f.to_dict() for f in findings],
        model_id=asset.model_id,
        prompt_version=asset.prompt_version,
    )
    session.add(draft)
    session.flush()
    return draft


def write_campaign_job(payload: dict[str, Any]) -> None:
    session = db.session
    campaign = session.get(Campaign, payload["campaign_id"])
    if campaign is None:
        return
    shop = session.get(Shop, campaign.shop_id)
    if shop is None or not shop.active:
        return
    draft = session.get(CampaignDraft, payload["draft_id"]) if payload.get("draft_id") else None
    try:
        if draft is not None and draft.campaign_id == campaign.id:
            rewrite_draft(session, campaign, draft, int(payload["seed"]))
        else:
            write_campaign(session, campaign)
    except CopydeskError as exc:
        if isinstance(exc, GenerationError) and exc.retryable:
            raise
        session.rollback()
        campaign = session.get(Campaign, payload["campaign_id"])
        assert campaign is not None
        campaign.status = FAILED
        campaign.error = exc.message
    session.commit()


#: This module's job handlers, by job name (registered by ``create_app``).
JOBS: dict[str, JobHandler] = {
    "write_campaign": write_campaign_job,
}
