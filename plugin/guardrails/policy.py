"""What a shop asks of the guardrails: its language, banned words, allow-list and competitors."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from plugin.domain import DraftKind
from plugin.shop_settings import ShopSettings

# Plain-text characters. SEO limits are the platforms' own (Shopify: title 70, description 320).
DEFAULT_MIN_LENGTH: Mapping[DraftKind, int] = MappingProxyType(
    {
        DraftKind.DESCRIPTION: 60,
        DraftKind.SHORT_DESCRIPTION: 20,
        DraftKind.SEO: 40,
        DraftKind.FAQ: 40,
        DraftKind.REPLY: 20,
    }
)
DEFAULT_MAX_LENGTH: Mapping[DraftKind, int] = MappingProxyType(
    {
        DraftKind.DESCRIPTION: 5000,
        DraftKind.SHORT_DESCRIPTION: 400,
        DraftKind.SEO: 400,
        DraftKind.FAQ: 4000,
        DraftKind.REPLY: 1200,
    }
)
SEO_TITLE_MAX = 70
SEO_DESCRIPTION_MAX = 320


@dataclass(frozen=True)
class GuardrailPolicy:
    """Per-shop settings the checks respect. ``extra_facts`` count as support (replies)."""

    language: str = "en"
    banned_words: tuple[str, ...] = ()
    allow_list: tuple[str, ...] = ()
    competitors: tuple[str, ...] = ()
    extra_facts: tuple[str, ...] = ()
    # The merchant's own edit: their short, true text is theirs to publish, so length only warns.
    merchant_edit: bool = False
    min_length: Mapping[DraftKind, int] = field(
        default_factory=lambda: DEFAULT_MIN_LENGTH, hash=False
    )
    max_length: Mapping[DraftKind, int] = field(
        default_factory=lambda: DEFAULT_MAX_LENGTH, hash=False
    )

    @classmethod
    def from_settings(cls, settings: ShopSettings) -> GuardrailPolicy:
        """From a shop's settings: language, banned words, bias allow-list, competitors."""
        return cls(
            language=settings.language.split("-")[0].split("_")[0].lower(),
            banned_words=settings.banned_words,
            allow_list=settings.bias_allow_list,
            competitors=settings.competitors,
        )

    def min_for(self, kind: DraftKind) -> int:
        return self.min_length.get(kind, DEFAULT_MIN_LENGTH[kind])

    def max_for(self, kind: DraftKind) -> int:
        return self.max_length.get(kind, DEFAULT_MAX_LENGTH[kind])
