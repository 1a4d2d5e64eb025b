"""The campaign planner: which sentences a campaign tells about each product, from its facts.

It reuses the description planner (``plan.plan_description``): every fact sentence is one
that planner writes, so campaign copy states exactly what product copy may state. What an
audience changes is the angle (``campaign_angle``), never the facts: the hook's openers come
from the brief's goal ("New in the shop, the … is") and audience ("For gift buyers, the …
is"), and the model's hook prompt is told the audience; the facts that matter most to the
audience lead, and a fact's benefit ("…, so it will not rust") is told to the audience it
matters to most, the others hearing the fact plainly, in their own shape.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace

from plugin.campaign import Audience, Goal
from plugin.domain import Listing
from plugin.generation.campaign_angle import Angle
from plugin.generation.compose import context_line, finish
from plugin.generation.plan import Plan, Role, Sentence, plan_description
from plugin.generation.title_reading import prose_title
from plugin.generation.voice import voice_of

CAMPAIGN_VERSION = "campaign-v2"
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
    ``spare``: whole sentences from the facts alone, to fill a field short of its minimum,
    most relevant to the audience first."""

    listing: Listing
    plan: Plan
    context: str
    spare: tuple[str, ...] = ()


def turn_of(audience: Audience | None, listing: Listing, seed: int | None = None) -> int:
    """A stable number per (audience, product, regeneration): picks frames and openers."""
    key = f"{audience.name if audience else ''}|{listing.external_id}|{listing.title}|{seed or 0}"
    return int(hashlib.sha256(key.encode()).hexdigest()[:8], 16)


def audience_seed(audience: Audience | None, seed: int | None = None) -> int | None:
    """The seed an audience's copy is written with (None, greedy, for no audience and no
    regeneration): the planner's frames rotate with it and the model samples, so audiences
    read differently and a regeneration differs from the draft it replaces."""
    if audience is None and seed is None:
        return None
    key = f"{audience.name.lower() if audience else ''}|{seed or 0}"
    return int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) or 1


def _rotated(items: tuple[str, ...], turn: int) -> tuple[str, ...]:
    start = turn % len(items)
    return items[start:] + items[:start]


def _hook(
    listing: Listing, goal: Goal, angle: Angle, turn: int, predicate: str, first: bool
) -> Sentence:
    """The campaign's hook, always finished by the model or by its complete fallback. An
    audience's copy that opens on its situation ("Shopping for someone else?") goes on with
    the goal's openers; another names the audience in its opener. A product after the
    campaign's first is named plainly ("The … is"): a field that told every product "For gift
    buyers, the …" would read as a loop. ``predicate`` is what a fact sentence says of the
    product (" is made of oak, so …"): the fallback's opener says it."""
    title = prose_title(listing)
    be = voice_of(title).be
    goal_openers = _rotated(_GOAL_OPENERS[goal], turn)
    if not first:
        frames: tuple[str, ...] = ("The {title} {be}",)
        fallback = "Introducing the {title}."
    elif angle.audience and not angle.framed:
        frames = (*_rotated(_AUDIENCE_OPENERS, turn)[:2], goal_openers[0])
        fallback = _rotated(_AUDIENCE_FALLBACKS, turn)[0]
    else:
        frames = goal_openers[:2]
        fallback = _rotated(_GOAL_FALLBACKS[goal], turn)[0]
    options: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
        (f.format(title=title, be=be, audience=angle.name), ()) for f in frames
    )
    if predicate:
        said = f"{options[0][0].removesuffix(f' {be}')}{predicate}"
    else:
        said = fallback.format(title=title, audience=angle.name)
    return Sentence(Role.HOOK, options[0][0], ask="hook", options=options, fallback=said)


def _after_hook(sentence: Sentence, title: str) -> Sentence:
    """A fact sentence the planner led with the product's name ("The … is made of oak."), as
    it reads after the campaign's hook has named it: "It is made of oak."."""
    for start in (f"The {title} ", f"This {title} "):
        if sentence.lead.startswith(start):
            lead = f"{voice_of(title).subject} {sentence.lead[len(start) :]}"
            return replace(sentence, lead=lead)
    return sentence


def _predicate(lead: str, title: str) -> str:
    """What a one-sentence fact says of the product after naming it (" is made of oak, so …"
    from "The … is made of oak, so …" or "It is made of oak, so …"); "" for another shape."""
    if re.search(r"[.!?]\s", lead):
        return ""
    subject = voice_of(title).subject
    for start in (f"The {title} ", f"This {title} ", f"{subject} "):
        if lead.startswith(start):
            return f" {lead[len(start) :]}"
    return ""


def _told(sentence: Sentence, fact_list: tuple[tuple[str, str], ...]) -> str:
    """The labelled facts a sentence tells ("Material: 18/8 stainless steel"), to weigh its
    relevance by; the sentence itself when it tells none of them."""
    said = sentence.lead.lower()
    labels = [
        f"{label}: {value}"
        for label, value in fact_list
        if value in sentence.facts or value.lower() in said
    ]
    return "; ".join(labels) or sentence.lead


_REASON = re.compile(r", (so|which) .*$")
_REASON_FIRST = re.compile(r"^[^:]+: (?=the )")


def _plainly(
    sentence: Sentence, fact_list: tuple[tuple[str, str], ...], title: str, listed: bool
) -> Sentence:
    """A fact sentence without its benefit. ``listed``: its facts as the listing labels them
    ("Material: Oak."), the shape of an audience whose copy opens on its situation; else the
    sentence with its benefit cut: "It is made of oak, so it lasts." says "It is made of
    oak."; "Washing up is quick: the … is dishwasher safe." says "The … is dishwasher safe."
    ("Made of oak, the … lasts." has no benefit to cut and is listed)."""
    lead = sentence.lead.rstrip(".")
    said = lead.lower()
    lines = [
        f"{label}: {value}."
        for label, value in fact_list
        if value in sentence.facts or value.lower() in said
    ]
    plain = _REASON_FIRST.sub("", lead)
    if lines and (listed or lead.startswith(("Made of", "Made from"))):
        return replace(sentence, lead=" ".join(lines))
    if plain != lead and plain.startswith(f"the {title}"):
        return replace(sentence, lead=f"T{plain[1:]}.")
    return replace(sentence, lead=f"{_REASON.sub('', lead)}.")


def plan_campaign(
    listing: Listing,
    goal: Goal,
    angle: Angle | None = None,
    seed: int | None = None,
    *,
    first: bool = True,
) -> CampaignPlan:
    """One product's sentences for a campaign: a hook angled by goal and audience, then up to
    ``MAX_FACT_SENTENCES`` of the description planner's fact sentences. The audience hears
    first, with their benefits, the facts that matter to it more than to the brief's other
    audiences, then the rest said plainly, each group most relevant first. ``seed``: a
    regeneration's; ``first``: whether it is the campaign's first product."""
    angle = angle or Angle()
    audience = angle.audience
    turn = turn_of(audience, listing, seed)
    base = plan_description(listing, audience_seed(audience, seed))
    opening = base.sentences[0]
    title = prose_title(listing)
    # A fact the planner chose to open with ("Washing up is quick: the … is dishwasher safe")
    # is one of the product's best sentences: the campaign's own hook opens, and it follows.
    led = [replace(opening, role=Role.FEATURE)] if opening.ask != "hook" else []
    facts = [*led, *(s for s in base.sentences[1:] if s.role is not Role.DETAIL or s.ask)]
    keys = [_told(s, base.fact_list) for s in facts]
    owned = [angle.owns(key, i) for i, key in enumerate(keys)]
    told = [
        _after_hook(s if own else _plainly(s, base.fact_list, title, angle.framed), title)
        for s, own in zip(facts, owned, strict=True)
    ]
    order = sorted(angle.order(keys), key=lambda i: not owned[i])
    chosen = [told[i] for i in order][:MAX_FACT_SENTENCES]
    # When no model ending passes, the hook's fallback says the first fact that can follow
    # its opener ("For gift buyers, the … holds 750 ml."), and that fact's sentence is left
    # out, so the product is not named twice in a row.
    said = next((i for i, s in enumerate(chosen) if _predicate(s.lead, title)), -1)
    predicate = _predicate(chosen[said].lead, title) if said >= 0 else ""
    hook = _hook(listing, goal, angle, turn, predicate, first)
    sentences = (replace(hook, replaces=said + 1 if said >= 0 else -1), *chosen)
    context = context_line(listing)
    if audience:
        context += f"; for {audience.name}" + (
            f": {audience.description}" if audience.description else ""
        )
    plan = replace(base, sentences=sentences)
    spare = _spare(listing, goal, angle, base, [told[i] for i in order if told[i] not in chosen])
    return CampaignPlan(listing, plan, context, spare)


def _spare(
    listing: Listing, goal: Goal, angle: Angle, base: Plan, unused: list[Sentence]
) -> tuple[str, ...]:
    """Sentences a field may add when it is short: the fact sentences the plan left out and
    the planner's details (with their benefits only where the audience owns the fact), in
    the audience's order, and the listed facts ("Capacity: 750 ml.", first for an audience
    whose copy opens on its situation), then where the shop files the product, its brand,
    the goal and the audience."""
    title = prose_title(listing)
    voice = voice_of(title)
    it, be = ("They", "are") if voice.plural else ("It", "is")
    details = [s for s in base.sentences[1:] if s.role is Role.DETAIL and not s.ask]
    keys = [_told(s, base.fact_list) for s in details]
    details = [
        details[i]
        if angle.owns(keys[i], i)
        else _plainly(details[i], base.fact_list, title, angle.framed)
        for i in angle.order(keys)
    ]
    told = [finish(s, None) for s in dict.fromkeys([*unused, *details])]
    listed = angle.ordered([f"{label}: {value}." for label, value in base.fact_list])
    lines = [*listed, *told] if angle.framed else [*told, *listed]
    leaf = next((c.split(">")[-1].strip() for c in listing.categories if c.strip()), "")
    if leaf:
        lines.append(f"{it} {be} part of the shop's {leaf.lower()} range.")
    if listing.vendor:
        lines.append(f"{it} {'come' if voice.plural else 'comes'} from {listing.vendor}.")
    if _GOAL_LINES[goal]:
        lines.append(_GOAL_LINES[goal].format(it=it, be=be))
    if angle.audience:
        lines.append(f"{it} {'were' if voice.plural else 'was'} chosen with {angle.name} in mind.")
    return tuple(dict.fromkeys(line for line in lines if line.strip()))
