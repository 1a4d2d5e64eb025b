"""The language of marketing campaigns: briefs, audiences, channels and their hard limits.

Plain dataclasses and constants, like ``plugin.domain``: the guardrails, the generator, the
services, the screen and the export all read the channels' limits from here, so a limit is
written down once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from plugin.domain import Listing


class Channel(StrEnum):
    EMAIL = "email"
    SOCIAL = "social"
    ADS = "ads"
    COLLECTION_INTRO = "collection_intro"


class Goal(StrEnum):
    LAUNCH = "launch"
    RESTOCK = "restock"
    SEASONAL = "seasonal"
    SALE = "sale"


class AssetStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    SUPERSEDED = "superseded"


# Each channel's fields in order, as a campaign draft's content (a JSON object) holds them.
FIELDS: dict[Channel, tuple[str, ...]] = {
    Channel.EMAIL: ("subject", "preheader", "body", "cta"),
    Channel.SOCIAL: ("text", "hashtags"),
    Channel.ADS: ("headlines", "descriptions"),
    Channel.COLLECTION_INTRO: ("title", "body"),
}


@dataclass(frozen=True)
class Limits:
    """The platforms' hard limits for one channel. Characters count as the platforms count
    them (every character, spaces included); words are runs of non-space characters."""

    subject_chars: int = 60
    preheader_chars: int = 100
    email_words: tuple[int, int] = (40, 120)
    calls_to_action: int = 1
    social_chars: int = 280
    hashtags: int = 3
    headlines: tuple[int, int] = (5, 15)
    headline_chars: int = 30
    descriptions: tuple[int, int] = (2, 4)
    description_chars: int = 90
    intro_words: tuple[int, int] = (60, 150)


LIMITS = Limits()


def limits_of(channel: Channel) -> dict[str, Any]:
    """One channel's limits by field, as the screen shows them and the CSV export writes them."""
    lim = LIMITS
    return {
        Channel.EMAIL: {
            "subject": f"≤ {lim.subject_chars} characters",
            "preheader": f"≤ {lim.preheader_chars} characters",
            "body": f"{lim.email_words[0]}–{lim.email_words[1]} words",
            "cta": f"{lim.calls_to_action} call to action",
        },
        Channel.SOCIAL: {
            "post": f"≤ {lim.social_chars} characters with its hashtags",
            "hashtags": f"≤ {lim.hashtags}, from the products' tags or categories",
        },
        Channel.ADS: {
            "headlines": f"{lim.headlines[0]}–{lim.headlines[1]} of ≤ {lim.headline_chars} "
            "characters, none repeated, no '!', no all-caps words",
            "descriptions": f"{lim.descriptions[0]}–{lim.descriptions[1]} of "
            f"≤ {lim.description_chars} characters",
        },
        Channel.COLLECTION_INTRO: {
            "title": "the collection's name",
            "body": f"{lim.intro_words[0]}–{lim.intro_words[1]} words",
        },
    }[channel]


@dataclass(frozen=True)
class Audience:
    """A segment the merchant names in the settings ("gift buyers": "shopping for someone
    else"). Never customer records: it changes the copy's angle, never its facts."""

    name: str
    description: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "description": self.description}


@dataclass(frozen=True)
class Brief:
    """What a campaign is for. ``offer`` is the merchant's own words and the only place a
    discount, a deadline or free shipping may come from. ``collection`` names the collection
    or category the products were chosen by ("" for products named one by one)."""

    goal: Goal
    channels: tuple[Channel, ...]
    offer: str = ""
    audiences: tuple[Audience, ...] = ()
    tone: str = "friendly"
    collection: str = ""
    name: str = ""


@dataclass(frozen=True)
class Asset:
    """One channel's copy for one audience (``audience`` "" for none): field name to text,
    or to a list of texts for hashtags, headlines and descriptions."""

    channel: Channel
    content: dict[str, Any]
    audience: str = ""
    model_id: str = ""
    prompt_version: str = ""


def asset_to_text(content: dict[str, Any]) -> str:
    return json.dumps(content, ensure_ascii=False)


def asset_from_text(text: str) -> dict[str, Any]:
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("a campaign draft's content is a JSON object")
    return data


def field_items(channel: Channel, content: dict[str, Any]) -> list[tuple[str, str]]:
    """Every piece of copy in a channel's content, in order: ``(field, text)``, one entry per
    headline or description (``headlines[2]``). A social post is one entry, ``post``: its
    text with its hashtags, as it is posted and counted."""
    if channel is Channel.SOCIAL:
        return [("post", social_post(content))]
    items: list[tuple[str, str]] = []
    for name in FIELDS[channel]:
        value = content.get(name, "")
        if isinstance(value, list):
            items += [(f"{name}[{i}]", str(v)) for i, v in enumerate(value)]
        else:
            items.append((name, str(value)))
    return items


def social_post(content: dict[str, Any]) -> str:
    """The post as published: its text, then its hashtags."""
    tags = " ".join(f"#{t.lstrip('#')}" for t in content.get("hashtags") or [])
    return f"{content.get('text', '')} {tags}".strip()


def words_in(text: str) -> int:
    return len(text.split())


def hashtag_sources(listings: Sequence[Listing]) -> set[str]:
    """The hashtags a post may carry: the products' tags and category names, squashed to one
    lower-case word ("Kitchen > Coffee" gives #kitchen and #coffee)."""
    names = [t for item in listings for t in item.tags]
    names += [part for item in listings for c in item.categories for part in c.split(">")]
    return {squash(name) for name in names if squash(name)}


def squash(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())
