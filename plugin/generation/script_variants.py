"""A language written in two scripts: Chinese in Simplified and Traditional characters.

A shop's code is read at its base (``zh-TW`` → ``zh``), so one data file serves both; its
``variants`` hold the other script's sentences (``frames``, ``questions``, ``reasons``,
``purposes``), the regions that write it (``regions``: TW, HK, MO) and two rows of characters
written one way in each script, pair by pair (``marks``). A shop whose code names a region or
script of the variant (``zh-TW``, ``zh-Hant``) gets it; a bare ``zh`` gets it where the listing
itself is written in it (more of its characters in the variant's row than in the base's), so a
Traditional listing is never said in Simplified frames. The label and reason words of the base
file already hold both scripts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from plugin.domain import Listing
from plugin.generation.languages import LanguageWords, language_data


@dataclass(frozen=True)
class Variant:
    script: str
    name: str
    regions: frozenset[str]
    frames: dict[str, str]
    questions: dict[str, str]
    reasons: dict[str, str]
    purposes: dict[str, str]
    woven: dict[str, str]
    base_marks: frozenset[str]
    marks: frozenset[str]


@cache
def _variants(code: str) -> tuple[Variant, ...]:
    whole = language_data(code)
    if whole is None:
        return ()
    data = whole.get("variants", {})
    return tuple(
        Variant(
            script=script,
            name=entry["name"],
            regions=frozenset(entry.get("regions", ())),
            frames=dict(entry["frames"]),
            questions=dict(entry["questions"]),
            reasons=dict(entry.get("reasons", {})),
            purposes=dict(entry.get("purposes", {})),
            woven=dict(entry.get("woven", {})),
            base_marks=frozenset(entry["marks"][0]),
            marks=frozenset(entry["marks"][1]),
        )
        for script, entry in data.items()
    )


def _listing_text(listing: Listing) -> str:
    parts = [listing.title, listing.product_type, *listing.categories]
    for table in (listing.attributes, listing.options):
        for name, values in table.items():
            parts += [name, *values]
    return "".join(parts)


def _named_by(code: str, variant: Variant) -> bool | None:
    """Whether the shop's code names the variant (True), the base script (False), or neither."""
    subtags = [s for s in code.replace("_", "-").split("-")[1:] if s]
    for subtag in subtags:
        if subtag.lower() == variant.script.lower() or subtag.upper() in variant.regions:
            return True
        if len(subtag) == 4 or len(subtag) == 2:
            return False  # another script ("Hans") or region ("CN", "SG")
    return None


def _written_in(listing: Listing, variant: Variant) -> bool:
    text = _listing_text(listing)
    own = sum(1 for c in text if c in variant.marks)
    base = sum(1 for c in text if c in variant.base_marks)
    return own > base


def script_variant(
    language: LanguageWords | None, code: str, listing: Listing
) -> LanguageWords | None:
    """The language's words in the script the shop's code or, for a bare code, the listing
    is written in."""
    if language is None:
        return None
    for variant in _variants(language.code):
        named = _named_by(code, variant)
        if named or (named is None and _written_in(listing, variant)):
            return replace(
                language,
                name=variant.name,
                frames={**language.frames, **variant.frames},
                questions={**language.questions, **variant.questions},
                reasons={**language.reasons, **variant.reasons},
                purposes={**language.purposes, **variant.purposes},
                woven={**language.woven, **variant.woven},
            )
    return language
