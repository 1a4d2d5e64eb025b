"""The campaign planner: which sentences a campaign tells about each product, from its facts.

It reuses the description planner (``plan.plan_description``): every fact sentence is one
that planner writes, so campaign copy states exactly what product copy may state. What
changes is the hook: its openers come from the brief's goal ("New in the shop, the … is")
and audience ("For gift buyers, the … is"), and the model's hook prompt is told the audience,
so an audience changes the angle, never the facts. Each audience also gets its own rotation
of the planner's frames and of the facts it leads with, so two audiences do not read alike.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

from plugin.campaign import Audience, Goal
from plugin.domain import Listing
from plugin.generation.compose import context_line, finish
from plugin.generation.phrasing import voice_of
from plugin.generation.plan import Plan, Role, Sentence, plan_description, prose_title
from plugin.generation.scoring import stemmed_words

CAMPAIGN_VERSION = "campaign-v1"
MAX_FACT_SENTENCES = 3

_GOAL_OPENERS: dict[Goal, tuple[str, ...]] = {
    Goal.LAUNCH: (
        "New in the shop, the {title} {be}",
        "Just arrived, the {title} {be}",
        "Newly added, the {title} {be}",
    ),
    Goal.RESTOCK: (
        "Back again, the {title} {be}",
        "Here once more, the {title} {be}",
        "Returning to the shop, the {title} {be}",
    ),
    Goal.SEASONAL: (
        "This season, the {title} {be}",
        "For the season ahead, the {title} {be}",
        "Right for now, the {title} {be}",
    ),
    Goal.SALE: (
        "Part of the offer, the {title} {be}",
        "In the offer now, the {title} {be}",
        "Included in the offer, the {title} {be}",
    ),
}
_AUDIENCE_OPENERS = (
    "For {audience}, the {title} {be}",
    "With {audience} in mind, the {title} {be}",
    "Chosen for {audience}, the {title} {be}",
)
_GOAL_FALLBACKS: dict[Goal, tuple[str, ...]] = {
    Goal.LAUNCH: ("New in the shop: the {title}.", "Just arrived: the {title}."),
    Goal.RESTOCK: ("Back again: the {title}.", "Here once more: the {title}."),
    Goal.SEASONAL: ("For the season: the {title}.", "This season: the {title}."),
    Goal.SALE: ("Part of the offer: the {title}.", "In the offer now: the {title}."),
}
_AUDIENCE_FALLBACKS = ("For {audience}: the {title}.", "Chosen for {audience}: the {title}.")


_GOAL_LINES = {
    Goal.LAUNCH: "{it} {be} new in the shop.",
    Goal.RESTOCK: "{it} {be} back in the shop.",
    Goal.SEASONAL: "{it} {be} one for the season.",
    Goal.SALE: "",
}


@dataclass(frozen=True)
class CampaignPlan:
    """One product's plan for one audience, with what the model's hook prompt is told, and
    ``spare``: whole sentences from the facts alone, to fill a field short of its minimum."""

    listing: Listing
    plan: Plan
    context: str
    spare: tuple[str, ...] = ()


def turn_of(audience: Audience | None, listing: Listing) -> int:
    """A stable number per (audience, product): picks frames, openers and the lead fact."""
    key = f"{audience.name if audience else ''}|{listing.external_id}|{listing.title}"
    return int(hashlib.sha256(key.encode()).hexdigest()[:8], 16)


def audience_seed(audience: Audience | None) -> int | None:
    """The seed an audience's copy is written with (None, greedy, for no audience): the
    planner's frames rotate with it and the model samples, so audiences read differently."""
    if audience is None:
        return None
    return int(hashlib.sha256(audience.name.lower().encode()).hexdigest()[:8], 16) or 1


def angle_words(audience: Audience | None) -> frozenset[str]:
    """Words the audience's own line gives ("gift", "someone"), which a hook may stand on."""
    if audience is None:
        return frozenset()
    return frozenset(stemmed_words(f"{audience.name} {audience.description}"))


def _rotated(items: tuple[str, ...], turn: int) -> tuple[str, ...]:
    start = turn % len(items)
    return items[start:] + items[:start]


def _hook(
    listing: Listing, goal: Goal, audience: Audience | None, base: Sentence, turn: int
) -> Sentence:
    title = prose_title(listing)
    be = voice_of(title).be
    name = audience.name.strip().lower() if audience else ""
    goal_openers = _rotated(_GOAL_OPENERS[goal], turn)
    if audience:
        frames = (*_rotated(_AUDIENCE_OPENERS, turn)[:2], goal_openers[0])
        fallback = _rotated(_AUDIENCE_FALLBACKS, turn)[0]
    else:
        frames = goal_openers[:2]
        fallback = _rotated(_GOAL_FALLBACKS[goal], turn)[0]
    options: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
        (f.format(title=title, be=be, audience=name), ()) for f in frames
    )
    if not audience and base.options:
        options += (base.options[0],)
    return replace(
        base,
        role=Role.HOOK,
        ask="hook",
        replaces=-1,
        lead=options[0][0],
        options=options,
        facts=options[0][1],
        fallback=fallback.format(title=title, audience=name),
    )


def plan_campaign(
    listing: Listing,
    goal: Goal,
    audience: Audience | None = None,
    order: tuple[int, int] = (0, 1),
) -> CampaignPlan:
    """One product's sentences for a campaign: a hook angled by goal and audience, then up to
    ``MAX_FACT_SENTENCES`` of the description planner's fact sentences. ``order`` is the
    audience's place among the brief's audiences (index, count): each leads with its own
    share of the facts, so two audiences' drafts tell them in a different order."""
    turn = turn_of(audience, listing)
    base = plan_description(listing, audience_seed(audience))
    first = base.sentences[0]
    hook = _hook(listing, goal, audience, first, turn)
    # A description that opens with a fact (and its reason) keeps that fact among the
    # campaign's: only a model hook is replaced by the campaign's own.
    told = [replace(first, role=Role.FEATURE)] if not first.ask else []
    facts = [s for s in (*told, *base.sentences[1:]) if s.role is not Role.DETAIL or s.ask]
    if facts:
        start = order[0] * len(facts) // max(order[1], 1)
        facts = facts[start:] + facts[:start]
    sentences = (hook, *facts[:MAX_FACT_SENTENCES])
    context = context_line(listing)
    if audience:
        context += f"; for {audience.name}" + (
            f": {audience.description}" if audience.description else ""
        )
    plan = replace(base, sentences=sentences)
    return CampaignPlan(listing, plan, context, _spare(listing, goal, audience, base, plan, turn))


def _spare(
    listing: Listing, goal: Goal, audience: Audience | None, base: Plan, plan: Plan, turn: int
) -> tuple[str, ...]:
    """Sentences a field may add when it is short: the planner's other sentences, then the
    listed facts (in the audience's order), then where the shop files the product, its brand,
    the goal and the audience."""
    voice = voice_of(listing.title)
    it, be = ("They", "are") if voice.plural else ("It", "is")
    rest = [finish(s, None) for s in base.sentences[1:] if s not in plan.sentences]
    listed = [f"{label}: {value}." for label, value in base.fact_list]
    if listed and audience:
        listed = listed[turn % len(listed) :] + listed[: turn % len(listed)]
    lines = [*rest, *listed]
    leaf = next((c.split(">")[-1].strip() for c in listing.categories if c.strip()), "")
    if leaf:
        lines.append(f"{it} {be} part of the shop's {leaf.lower()} range.")
    if listing.vendor:
        lines.append(f"{it} {'come' if voice.plural else 'comes'} from {listing.vendor}.")
    if _GOAL_LINES[goal]:
        lines.append(_GOAL_LINES[goal].format(it=it, be=be))
    if audience:
        lines.append(
            f"{it} {'were' if voice.plural else 'was'} chosen with "
            f"{audience.name.strip().lower()} in mind."
        )
    return tuple(dict.fromkeys(line for line in lines if line.strip()))
