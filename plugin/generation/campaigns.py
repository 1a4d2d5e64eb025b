"""Campaign copy: the campaign planner's sentences, finished by the model, into each channel.

The model writes only what the description path lets it write — a hook's "what it is and
what for" and a reason a fact matters — through the same best-of-n composer
(``compose.write_plans``), each candidate verified. Without a planning engine (a chat model,
or none) every sentence keeps its planned, factual form.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from plugin.campaign import Asset, Audience, Brief
from plugin.domain import Listing
from plugin.generation.campaign_angle import Angle
from plugin.generation.campaign_plan import (
    CAMPAIGN_VERSION,
    CampaignPlan,
    audience_seed,
    plan_campaign,
)
from plugin.generation.campaign_render import RENDERERS, Product
from plugin.generation.compose import SentenceCheck, choose
from plugin.generation.plan import Plan
from plugin.generation.render import Written


class PlanWriter(Protocol):
    """What finishes planned sentences: ``PromptedEngine.write_plans``."""

    model_id: str

    def write_plans(
        self,
        plans: Sequence[Plan],
        listings: Sequence[Listing],
        seeds: Sequence[int | None],
        *,
        check: SentenceCheck | None = None,
        contexts: Sequence[str] | None = None,
        angle_words: frozenset[str] = frozenset(),
        banned_words: Sequence[str] = (),
    ) -> list[Written]: ...


def _written(
    planned: Sequence[CampaignPlan],
    angle: Angle,
    seed: int | None,
    writer: PlanWriter | None,
    check: SentenceCheck | None,
    banned_words: Sequence[str],
) -> list[Written]:
    if writer is None:
        return [choose(p.plan, p.listing, {}, None) for p in planned]
    return writer.write_plans(
        [p.plan for p in planned],
        [p.listing for p in planned],
        [audience_seed(angle.audience, seed)] * len(planned),
        check=check,
        contexts=[p.context for p in planned],
        angle_words=angle.grounds,
        banned_words=banned_words,
    )


def write_assets(
    brief: Brief,
    listings: Sequence[Listing],
    audience: Audience | None,
    writer: PlanWriter | None = None,
    check: SentenceCheck | None = None,
    banned_words: Sequence[str] = (),
    seed: int | None = None,
) -> list[Asset]:
    """One asset per channel of the brief, for one audience (None: no audience). ``seed``:
    a regeneration's, so the new copy is not the one it replaces."""
    angle = Angle(audience, brief.audiences)
    planned = [
        plan_campaign(listing, brief.goal, angle, seed, first=not n)
        for n, listing in enumerate(listings)
    ]
    written = _written(planned, angle, seed, writer, check, banned_words)
    products = [Product(p, w) for p, w in zip(planned, written, strict=True)]
    model_id = writer.model_id if writer is not None else "planner"
    return [
        Asset(
            channel=channel,
            content=RENDERERS[channel](products, brief, angle),
            audience=audience.name if audience else "",
            model_id=model_id,
            prompt_version=CAMPAIGN_VERSION,
        )
        for channel in brief.channels
    ]
