"""A shop's settings, typed: what its merchant chose on the settings pages, defaults filled in.

They are stored as JSON on the shop's row (``shops.settings``, only what was changed);
:data:`STORED_DEFAULTS`, the one place the defaults are written, is the stored form of a shop
that changed nothing, and :meth:`ShopSettings.from_stored` reads either. The settings forms
offer the choices of the enums here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

from plugin.campaign import Audience
from plugin.domain import DraftKind

E = TypeVar("E", bound=StrEnum)
D = TypeVar("D")


class Tone(StrEnum):
    """The tones the settings suggest; a merchant may type another (a word or two)."""

    FRIENDLY = "friendly"
    PROFESSIONAL = "professional"
    PLAYFUL = "playful"
    LUXURIOUS = "luxurious"
    TECHNICAL = "technical"
    MINIMAL = "minimal"
    WARM = "warm"


class AutoGenerate(StrEnum):
    """When drafts are written without anyone asking, as a product comes in or changes."""

    PLACEHOLDER = "placeholder"  # only where the store's text is missing or filler
    ALWAYS = "always"
    NEVER = "never"


class SeoPlugin(StrEnum):
    """Where a WooCommerce store keeps SEO titles and descriptions."""

    NONE = ""  # WooCommerce's own fields: our meta keys
    YOAST = "yoast"
    RANK_MATH = "rank_math"

    @classmethod
    def parse(cls, value: str | None) -> SeoPlugin:
        """The plugin a name means ("Rank Math", "wpseo", ...); NONE for no or an unknown name."""
        name = (value or "").strip().lower().replace("-", "_").replace(" ", "_")
        if name in ("rankmath", "rank_math_seo"):
            name = "rank_math"
        if name in ("yoast_seo", "wordpress_seo", "wpseo"):
            name = "yoast"
        return _known(cls, name, cls.NONE)


STORED_DEFAULTS: Mapping[str, Any] = {
    "language": "en",
    "tone": str(Tone.FRIENDLY),
    "brand_voice": "",
    "banned_words": [],
    "bias_allow_list": [],
    "competitors": [],
    "auto_generate": str(AutoGenerate.PLACEHOLDER),
    "auto_kinds": [str(DraftKind.DESCRIPTION)],
    "seo_plugin": str(SeoPlugin.NONE),
    "policies": {"shipping": "", "returns": "", "care": ""},
    "outgoing_webhook_url": "",
    # Languages replies to shoppers' questions may be written in: "any" (every language with
    # fixed replies), "shop" (the shop's language only) or a list of codes.
    "reply_languages": "any",
    # Campaign audiences: named segments, never customer records ([{"name", "description"}]).
    "audiences": [],
}


@dataclass(frozen=True)
class ShopSettings:
    """What copy is written in (language, tone, brand voice, words to avoid and to allow,
    competitors), when it is written on its own, where a WooCommerce store keeps SEO copy, what
    replies to shoppers may quote and where they go, and the campaigns' audiences."""

    language: str
    tone: str
    brand_voice: str
    banned_words: tuple[str, ...]
    bias_allow_list: tuple[str, ...]
    competitors: tuple[str, ...]
    auto_generate: AutoGenerate
    auto_kinds: tuple[DraftKind, ...]
    seo_plugin: SeoPlugin
    policies: Mapping[str, str] = field(hash=False)
    outgoing_webhook_url: str
    reply_languages: str | tuple[str, ...]
    audiences: tuple[Audience, ...]

    @classmethod
    def from_stored(cls, stored: Mapping[str, Any]) -> ShopSettings:
        """The settings a shop's stored JSON stands for, defaults where it says nothing. Word
        lists may be lists or comma- or line-separated text; an auto-generate policy it does
        not know is ``placeholder``, and kinds of copy it does not know are left out."""
        values = {**STORED_DEFAULTS, **stored}
        languages = values["reply_languages"]
        if languages is None:  # says nothing: every language with fixed replies
            languages = STORED_DEFAULTS["reply_languages"]
        return cls(
            language=str(values["language"] or "en"),
            tone=str(values["tone"] or ""),
            brand_voice=str(values["brand_voice"] or ""),
            banned_words=_words(values["banned_words"]),
            bias_allow_list=_words(values["bias_allow_list"]),
            competitors=_words(values["competitors"]),
            auto_generate=_known(AutoGenerate, values["auto_generate"], AutoGenerate.PLACEHOLDER),
            auto_kinds=tuple(
                kind for k in values["auto_kinds"] or () if (kind := _known(DraftKind, k, None))
            ),
            seo_plugin=SeoPlugin.parse(values["seo_plugin"]),
            policies={str(k): str(v or "") for k, v in (values["policies"] or {}).items()},
            outgoing_webhook_url=str(values["outgoing_webhook_url"] or "").strip(),
            reply_languages=languages if isinstance(languages, str) else tuple(languages or ()),
            audiences=tuple(
                Audience(str(a.get("name", "")), str(a.get("description", "")))
                for a in values["audiences"] or ()
                if a.get("name")
            ),
        )


def _known(kind: type[E], value: Any, default: D) -> E | D:
    """``value`` as a member of ``kind``, or ``default`` when it is none of them."""
    try:
        return kind(value)
    except (ValueError, TypeError):
        return default


def _words(value: Any) -> tuple[str, ...]:
    """A word list as stored: a list, or text with one entry a line or between commas."""
    if not value:
        return ()
    if isinstance(value, str):
        value = value.replace("\n", ",").split(",")
    return tuple(w.strip() for w in value if isinstance(w, str) and w.strip())
