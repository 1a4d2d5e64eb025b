"""Finished campaign sentences into each channel's fields, inside the channel's limits.

Every field is assembled from the products' finished sentences (the planner's facts and the
model's checked endings), the products' own names and facts, and the brief's offer in the
merchant's words; fixed frames supply the rest (a subject "New in the shop: …", a button
"See what's new"). Sentences are added whole while they fit, so a field never ends mid-word,
and a field short of its minimum is filled with the products' listed facts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from plugin.campaign import (
    LIMITS,
    Audience,
    Brief,
    Channel,
    Goal,
    hashtag_sources,
    social_post,
    squash,
    words_in,
)
from plugin.generation.campaign_plan import CampaignPlan, turn_of
from plugin.generation.fact_roles import join_values
from plugin.generation.plan import Role
from plugin.generation.render import Written


@dataclass(frozen=True)
class Product:
    """One product as the renderers see it: its plan and its finished sentences."""

    planned: CampaignPlan
    written: Written

    @property
    def title(self) -> str:
        return self.planned.plan.listing_title

    @property
    def hook(self) -> str:
        return next((t for s, t in self.written if s.role is Role.HOOK), f"The {self.title}.")

    @property
    def facts(self) -> list[str]:
        return [t for s, t in self.written if s.role is not Role.HOOK]

    @property
    def spare(self) -> list[str]:
        """Sentences from the facts alone, for filling a field short of its minimum."""
        return list(self.planned.spare)


_SUBJECTS: dict[Goal, tuple[str, ...]] = {
    Goal.LAUNCH: ("New in the shop: {name}", "Just arrived: {name}", "Meet {name}"),
    Goal.RESTOCK: ("Back again: {name}", "Here once more: {name}", "{name} is back"),
    Goal.SEASONAL: ("For the season: {name}", "This season: {name}", "{name} for now"),
    Goal.SALE: ("{offer}", "In the offer: {name}", "Part of the offer: {name}"),
}
_AUDIENCE_SUBJECTS = ("For {audience}: {name}", "{name}, for {audience}")
CALLS_TO_ACTION = {
    Goal.LAUNCH: "See what's new",
    Goal.RESTOCK: "Shop the restock",
    Goal.SEASONAL: "Shop the season",
    Goal.SALE: "Shop the offer",
}
_GOAL_HEADLINES = {
    Goal.LAUNCH: ("New in the Shop", "Just Arrived"),
    Goal.RESTOCK: ("Back in the Shop", "Here Once More"),
    Goal.SEASONAL: ("Right for the Season", "For the Season Ahead"),
    Goal.SALE: ("Part of the Offer", "In the Offer Now"),
}
_SPARE_HEADLINES = ("See the Range", "Browse the Shop", "Find Yours", "Take a Look")


def _fits(text: str, limit: int) -> bool:
    return 0 < len(text) <= limit


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "!", "?")) else f"{text}."


def _name(products: Sequence[Product], brief: Brief) -> str:
    """What a campaign calls its products: the one product, the collection, or a list."""
    if len(products) == 1:
        return f"the {products[0].title}"
    if brief.collection:
        return f"the {brief.collection} collection"
    return join_values([p.title for p in products])


def _first_that_fits(frames: Sequence[str], limit: int, **values: str) -> str:
    for frame in frames:
        text = frame.format(**values)
        text = text[:1].upper() + text[1:]
        if _fits(text, limit):
            return text
    return ""


def _fill_words(parts: list[str], spare: Sequence[str], low: int, high: int) -> list[str]:
    """``parts`` trimmed to at most ``high`` words, then topped up from ``spare`` towards
    ``low``, whole sentences only."""
    kept: list[str] = []
    for part in parts:
        if words_in(" ".join([*kept, part])) <= high:
            kept.append(part)
    for part in spare:
        if words_in(" ".join(kept)) >= low:
            break
        if _says_nothing_new(part, kept):
            continue
        if words_in(" ".join([*kept, part])) <= high:
            kept.append(part)
    return kept


def _says_nothing_new(part: str, kept: Sequence[str]) -> bool:
    """Whether a listed fact's value is already told ("Capacity: 750 ml." after "It holds
    750 ml."), or the very sentence is there."""
    if part in kept:
        return True
    label, colon, value = part.partition(": ")
    if not colon or len(label.split()) > 3:
        return False
    said = {w.strip(".,:;").lower() for text in kept for w in text.split()}
    words = [w.strip(".,:;").lower() for w in value.split()]
    return all(w in said for w in words if w)


def _offer_sentence(brief: Brief) -> str:
    return _sentence(f"The offer: {brief.offer.strip()}") if brief.offer.strip() else ""


def render_email(
    products: Sequence[Product], brief: Brief, audience: Audience | None
) -> dict[str, Any]:
    lim = LIMITS
    name = _name(products, brief)
    short_name = name if len(name) <= 40 else (brief.collection or products[0].title)
    turn = turn_of(audience, products[0].planned.listing)
    frames = list(_SUBJECTS[brief.goal])
    if audience:
        frames = [*_AUDIENCE_SUBJECTS[turn % 2 :], *_AUDIENCE_SUBJECTS[: turn % 2], *frames]
    values = {"name": short_name, "offer": brief.offer.strip(), "audience": _who(audience)}
    subject = (
        _first_that_fits(
            [f for f in frames if brief.offer.strip() or "{offer}" not in f],
            lim.subject_chars,
            **values,
        )
        or short_name[: lim.subject_chars].rsplit(" ", 1)[0]
    )
    facts = [f for p in products for f in p.facts]
    options = [brief.offer.strip(), *facts, *(p.hook for p in products)]
    preheader = next(
        (_sentence(t) for t in options if t.strip() and _fits(_sentence(t), lim.preheader_chars)),
        "",
    )
    parts: list[str] = []
    offer = _offer_sentence(brief)
    if offer and brief.goal is Goal.SALE:
        parts.append(offer)
    per_product = 3 if len(products) == 1 else 2
    for product in products:
        parts += [product.hook, *product.facts][:per_product]
    if offer and brief.goal is not Goal.SALE:
        parts.append(offer)
    spare = [f for p in products for f in [*p.facts, *p.spare]]
    body = _fill_words(parts, spare, *lim.email_words)
    return {
        "subject": subject,
        "preheader": preheader,
        "body": " ".join(body),
        "cta": CALLS_TO_ACTION[brief.goal],
    }


def _who(audience: Audience | None) -> str:
    return audience.name.strip().lower() if audience else ""


def render_social(
    products: Sequence[Product], brief: Brief, audience: Audience | None
) -> dict[str, Any]:
    lim = LIMITS
    listings = [p.planned.listing for p in products]
    allowed = hashtag_sources(listings)
    names = [t for item in listings for t in item.tags]
    names += [part.strip() for item in listings for c in item.categories for part in c.split(">")]
    tags = list(dict.fromkeys(squash(n) for n in names if squash(n) in allowed))
    turn = turn_of(audience, listings[0])
    if tags:
        tags = (tags[turn % len(tags) :] + tags[: turn % len(tags)])[: lim.hashtags]
    parts = [products[0].hook, *products[0].facts[:1]]
    parts += [p.hook for p in products[1:]]
    if brief.offer.strip():
        parts.insert(1, _offer_sentence(brief))
    text = ""
    for part in parts:
        longer = f"{text} {part}".strip()
        if len(social_post({"text": longer, "hashtags": tags})) <= lim.social_chars:
            text = longer
    return {"text": text or products[0].hook[: lim.social_chars // 2], "hashtags": tags}


def _headline(text: str) -> str:
    return " ".join(text.split()).rstrip(".!")


def render_ads(
    products: Sequence[Product], brief: Brief, audience: Audience | None
) -> dict[str, Any]:
    lim = LIMITS
    candidates: list[str] = []
    if audience:
        candidates.append(f"For {audience.name.strip().title()}")
    offer = brief.offer.strip()
    if offer:
        candidates.append(offer)
    candidates += [p.title for p in products]
    candidates += list(_GOAL_HEADLINES[brief.goal])
    if brief.collection:
        candidates.append(f"The {brief.collection} Collection")
    for product in products:
        listing = product.planned.listing
        for label, value in product.planned.plan.fact_list:
            candidates.append(f"{label}: {value}")
        if listing.vendor:
            candidates.append(f"By {listing.vendor}")
        if listing.product_type:
            candidates.append(listing.product_type)
    candidates += _SPARE_HEADLINES
    turn = turn_of(audience, products[0].planned.listing)
    headlines: list[str] = []
    for text in candidates:
        text = _headline(text)
        if _fits(text, lim.headline_chars) and text.lower() not in {h.lower() for h in headlines}:
            headlines.append(text)
    # The audience's turn decides which facts lead after the first few.
    head, rest = headlines[:3], headlines[3:]
    if rest:
        rest = rest[turn % len(rest) :] + rest[: turn % len(rest)]
    headlines = (head + rest)[: lim.headlines[1]]
    sentences = [_sentence(offer)] if offer else []
    sentences += [s for p in products for s in (p.hook, *p.facts)]
    sentences += [f"Shop the {p.title}." for p in products]
    sentences += [s for p in products for s in p.spare]
    descriptions: list[str] = []
    for text in sentences:
        if _fits(text, lim.description_chars) and text not in descriptions:
            descriptions.append(text)
    return {"headlines": headlines, "descriptions": descriptions[: lim.descriptions[1]]}


def render_intro(
    products: Sequence[Product], brief: Brief, audience: Audience | None
) -> dict[str, Any]:
    lim = LIMITS
    title = brief.collection or _leaf(products) or products[0].title
    titles = [p.title for p in products]
    parts = []
    if len(products) > 1:
        parts.append(f"The {title} collection brings together the {join_values(titles)}.")
        if audience:
            parts.append(f"It is chosen with {_who(audience)} in mind.")
    elif title != products[0].title:
        parts.append(f"The {title.lower()} collection starts here.")
    for product in products:
        parts += [product.hook, *product.facts[:2]]
    spare = [f for p in products for f in [*p.facts, *p.spare]]
    body = _fill_words(parts, spare, *lim.intro_words)
    return {"title": title[:1].upper() + title[1:], "body": " ".join(body)}


def _leaf(products: Sequence[Product]) -> str:
    """The category the products share, by its last level ("Drinkware"), or ""."""
    leaves = {
        c.split(">")[-1].strip()
        for p in products
        for c in p.planned.listing.categories[:1]
        if c.strip()
    }
    return leaves.pop() if len(leaves) == 1 else ""


RENDERERS: dict[Channel, Callable[[Sequence[Product], Brief, Audience | None], dict[str, Any]]] = {
    Channel.EMAIL: render_email,
    Channel.SOCIAL: render_social,
    Channel.ADS: render_ads,
    Channel.COLLECTION_INTRO: render_intro,
}
