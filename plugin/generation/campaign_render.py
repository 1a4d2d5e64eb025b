"""Finished campaign sentences into each channel's fields, inside the channel's limits.

Every field is assembled from the products' finished sentences (the planner's facts and the
model's checked endings), the products' own names and facts, and the brief's offer in the
merchant's words; fixed frames supply the rest (a subject "New in the shop: …", a button
"See what's new"). Sentences are added whole while they fit, so a field never ends mid-word,
and a field short of its minimum is filled with the products' listed facts. The audience's
angle (``campaign_angle``) picks the subject, the opening, the shape of the facts, the order
of hashtags and headlines, and the button.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from plugin.campaign import (
    LIMITS,
    Brief,
    Channel,
    Goal,
    hashtag_sources,
    social_post,
    squash,
    words_in,
)
from plugin.generation.campaign_angle import Angle
from plugin.generation.campaign_plan import CampaignPlan
from plugin.generation.plan import Role
from plugin.generation.render import Written
from plugin.generation.said_values import join_values
from plugin.generation.voice import voice_of


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

    @property
    def tells(self) -> bool:
        """Whether its sentences tell any fact (a hook that only names it tells none)."""
        hook = next((s for s, _ in self.written if s.role is Role.HOOK), None)
        return bool(self.facts) or hook is None or self.hook != hook.fallback or hook.replaces > 0

    @property
    def values(self) -> list[str]:
        """Its listed facts' values ("750 ml"), to tell when a sentence says nothing new."""
        return [value for _, value in self.planned.plan.fact_list]

    @property
    def subject(self) -> str:
        """How its sentences name it after the first: "It" or "They"."""
        return voice_of(self.title).subject

    def alone(self, text: str) -> str | None:
        """A sentence of its as it reads on its own, in a field about several products: one
        led by "It" names it ("The … holds 750 ml."); one that does not name it, None."""
        if text.startswith(f"{self.subject} "):
            return f"The {self.title}{text[len(self.subject) :]}"
        return text if self.title.lower() in text.lower() else None

    def told(self, angle: Angle) -> list[str]:
        """Its fact sentences in the audience's shape: one fact a sentence, or two joined
        for an audience whose copy opens on its situation."""
        return _paired(self.facts, self.subject) if angle.framed else self.facts


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


def _fill(
    blocks: Sequence[Sequence[str]],
    spares: Sequence[Sequence[str]],
    values: Sequence[Sequence[str]],
    low: int,
    high: int,
) -> list[str]:
    """Blocks of sentences (a product's stay together, so "It" always means that product)
    trimmed to at most ``high`` words, whole sentences only, then topped up towards ``low``
    from each block's own spare sentences (``spares``, one list per block, with ``values``,
    the facts of the block's product), a block at a time in turn, none telling again what
    its block told."""
    kept: list[list[str]] = [[] for _ in blocks]
    total = 0
    for place, block in enumerate(blocks):
        for part in block:
            # A block is cut at its first sentence that does not fit: what follows may say
            # "It" of the product that sentence names.
            if total + words_in(part) > high:
                break
            kept[place].append(part)
            total += words_in(part)
    # Only a block that kept its opening takes spare sentences.
    pools = [list(spare) if kept[n] or not blocks[n] else [] for n, spare in enumerate(spares)]
    while total < low and any(pools):
        for place, pool in enumerate(pools):
            while pool and total < low:
                part = pool.pop(0)
                told = any(part in block for block in kept)
                if (
                    told
                    or total + words_in(part) > high
                    or _says_nothing_new(part, kept[place], values[place])
                ):
                    continue
                kept[place].append(part)
                total += words_in(part)
                break
    return [part for block in kept for part in block]


def _paired(sentences: Sequence[str], subject: str) -> list[str]:
    """Two plain sentences about the product joined into one ("It holds 750 ml and is
    BPA-free."): the shape of an audience whose copy opens on its situation. A sentence with a
    comma of its own, or not led by the product's pronoun, stays as it is."""
    lead = f"{subject} "
    out: list[str] = []
    for text in sentences:
        prev = out[-1] if out else ""
        joinable = (
            prev.startswith(lead)
            and text.startswith(lead)
            and "," not in prev
            and " and " not in prev
            and prev.endswith(".")
        )
        if joinable:
            out[-1] = f"{prev[:-1]} and {text[len(lead) :]}"
        else:
            out.append(text)
    return out


def _says_nothing_new(part: str, kept: Sequence[str], values: Sequence[str]) -> bool:
    """Whether a sentence only tells again what is told: the very sentence, or one whose
    facts (of ``values``, the product's, or a listed fact's own) are all said already
    ("Capacity: 750 ml." after "It holds 750 ml.")."""
    if part in kept:
        return True
    said = _words(" ".join(kept))
    label, colon, value = part.partition(": ")
    if colon and len(label.split()) <= 3:
        # "Dishwasher safe: Yes." is told by "It is dishwasher safe."
        told = _words(label) if _words(value) <= {"yes", "true"} else _words(value)
        return told <= said
    words = _words(part)
    mentioned = [_words(v) for v in values if _words(v) and _words(v) <= words]
    return bool(mentioned) and all(m <= said for m in mentioned)


def _words(text: str) -> set[str]:
    return {w.strip(".,:;()").lower() for w in text.split() if w.strip(".,:;()")} - {"and", "or"}


def _offer_sentence(brief: Brief) -> str:
    return _sentence(f"The offer: {brief.offer.strip()}") if brief.offer.strip() else ""


def _title_case(text: str) -> str:
    small = {"a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to", "with"}
    words = text.rstrip("?.!").split()
    return " ".join(
        w if (i and w.lower() in small) or not w.isalpha() else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


def render_email(products: Sequence[Product], brief: Brief, angle: Angle) -> dict[str, Any]:
    lim = LIMITS
    name = _name(products, brief)
    short_name = name if len(name) <= 40 else (brief.collection or products[0].title)
    frames = list(_SUBJECTS[brief.goal])
    if angle.framed:
        frames = ["{situation} {Name}", *frames]
    elif angle.audience:
        start = angle.place % len(_AUDIENCE_SUBJECTS)
        frames = [*_AUDIENCE_SUBJECTS[start:], *_AUDIENCE_SUBJECTS[:start], *frames]
    names = {
        "name": short_name,
        "Name": short_name[:1].upper() + short_name[1:],
        "offer": brief.offer.strip(),
        "audience": angle.name,
        "situation": angle.situation,
    }
    subject = (
        _first_that_fits(
            [f for f in frames if brief.offer.strip() or "{offer}" not in f],
            lim.subject_chars,
            **names,
        )
        or short_name[: lim.subject_chars].rsplit(" ", 1)[0]
    )
    facts = [f for p in products for f in p.facts]
    if len(products) > 1:
        facts = [t for p in products for f in p.facts if (t := p.alone(f))]
    options = [brief.offer.strip(), *facts, *(p.hook for p in products)]
    preheader = next(
        (_sentence(t) for t in options if t.strip() and _fits(_sentence(t), lim.preheader_chars)),
        "",
    )
    offer = _offer_sentence(brief)
    head = [angle.situation] if angle.framed else []
    if offer and brief.goal is Goal.SALE:
        head.append(offer)
    per_product = 3 if len(products) == 1 else 2
    blocks = [head, *([p.hook, *p.told(angle)][:per_product] for p in products)]
    blocks.append([offer] if offer and brief.goal is not Goal.SALE else [])
    spares = [[], *([*p.facts, *p.spare] for p in products), []]
    values = [[], *(p.values for p in products), []]
    return {
        "subject": subject,
        "preheader": preheader,
        "body": " ".join(_fill(blocks, spares, values, *lim.email_words)),
        "cta": angle.cta(CALLS_TO_ACTION[brief.goal]),
    }


def render_social(products: Sequence[Product], brief: Brief, angle: Angle) -> dict[str, Any]:
    lim = LIMITS
    listings = [p.planned.listing for p in products]
    allowed = hashtag_sources(listings)
    names = [t for item in listings for t in item.tags]
    names += [part.strip() for item in listings for c in item.categories for part in c.split(">")]
    tags = angle.ordered(list(dict.fromkeys(squash(n) for n in names if squash(n) in allowed)))
    tags = tags[: lim.hashtags]
    parts = [angle.situation] if angle.framed else []
    parts += [products[0].hook, _offer_sentence(brief), *products[0].told(angle)[:1]]
    parts += [p.hook for p in products[1:]]
    text = ""
    for part in filter(None, parts):
        longer = f"{text} {part}".strip()
        if len(social_post({"text": longer, "hashtags": tags})) <= lim.social_chars:
            text = longer
    return {"text": text or products[0].hook[: lim.social_chars // 2], "hashtags": tags}


def _headline(text: str) -> str:
    return " ".join(text.split()).rstrip(".!")


def render_ads(products: Sequence[Product], brief: Brief, angle: Angle) -> dict[str, Any]:
    """Headlines the audience reads first (its situation, its name, its button), the offer,
    the products, their facts most relevant to the audience first, the goal, then plain
    ones; descriptions from whole sentences that fit."""
    lim = LIMITS
    candidates: list[str] = []
    if angle.framed:
        candidates.append(_title_case(angle.situation))
    if angle.audience:
        candidates.append(f"For {_title_case(angle.audience.name)}")
        button = angle.cta("")
        if button:
            candidates.append(_title_case(button))
    offer = brief.offer.strip()
    if offer:
        candidates.append(offer)
    candidates += [p.title for p in products]
    facts = [f"{label}: {value}" for p in products for label, value in p.planned.plan.fact_list]
    candidates += angle.ordered(facts)
    goal_lines = list(_GOAL_HEADLINES[brief.goal])
    candidates += goal_lines[::-1] if angle.framed else goal_lines
    if brief.collection:
        candidates.append(f"The {brief.collection} Collection")
    for product in products:
        listing = product.planned.listing
        if listing.vendor:
            candidates.append(f"By {listing.vendor}")
        if listing.product_type:
            candidates.append(listing.product_type)
    headlines = _headlines(candidates, lim.headlines[1])
    # Plain headlines ("See the Range") only make up the platform's minimum.
    start = angle.place % len(_SPARE_HEADLINES)
    plain = [*_SPARE_HEADLINES[start:], *_SPARE_HEADLINES[:start]]
    while len(headlines) < lim.headlines[0] and plain:
        headlines = _headlines([*headlines, plain.pop(0)], lim.headlines[1])
    sentences = [_sentence(offer)] if offer else []
    opening = f"{angle.situation} {products[0].hook}"
    framed = angle.framed and _fits(opening, lim.description_chars)
    if framed:
        sentences.append(opening)
    opened = {products[0].hook} if framed else set()
    told = [(p, s) for p in products for s in (p.hook, *p.told(angle)) if s not in opened]
    told += [(p, f"Shop the {p.title}.") for p in products]
    told += [(p, s) for p in products for s in p.spare]
    # A description is shown with any headline: about several products, each names its own.
    sentences += [t for p, s in told if (t := p.alone(s) if len(products) > 1 else s) is not None]
    descriptions: list[str] = []
    for text in sentences:
        if _fits(text, lim.description_chars) and text not in descriptions:
            descriptions.append(text)
    return {"headlines": headlines, "descriptions": descriptions[: lim.descriptions[1]]}


def _headlines(candidates: Sequence[str], most: int) -> list[str]:
    """The candidates that fit a headline, none repeated (case aside), at most ``most``."""
    headlines: list[str] = []
    for text in map(_headline, candidates):
        if _fits(text, LIMITS.headline_chars) and text.lower() not in map(str.lower, headlines):
            headlines.append(text)
    return headlines[:most]


def render_intro(products: Sequence[Product], brief: Brief, angle: Angle) -> dict[str, Any]:
    lim = LIMITS
    title = brief.collection or _leaf(products) or products[0].title
    titles = [p.title for p in products]
    head = [angle.situation] if angle.framed else []
    if len(products) > 1:
        if angle.framed:
            head.append(f"In the {title} collection: the {join_values(titles)}.")
        else:
            head.append(f"The {title} collection brings together the {join_values(titles)}.")
            if angle.audience:
                head.append(f"It is chosen with {angle.name} in mind.")
    elif title != products[0].title:
        head.append(f"The {title.lower()} collection starts here.")
    # The head names every product; one after the first with nothing to tell is left there.
    told = [p for n, p in enumerate(products) if not n or p.tells]
    blocks = [head, *([p.hook, *p.told(angle)[:2]] for p in told)]
    spares = [[], *([*p.facts, *p.spare] for p in told)]
    values = [[], *(p.values for p in told)]
    body = _fill(blocks, spares, values, *lim.intro_words)
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


RENDERERS: dict[Channel, Callable[[Sequence[Product], Brief, Angle], dict[str, Any]]] = {
    Channel.EMAIL: render_email,
    Channel.SOCIAL: render_social,
    Channel.ADS: render_ads,
    Channel.COLLECTION_INTRO: render_intro,
}
