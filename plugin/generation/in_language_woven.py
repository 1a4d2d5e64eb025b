"""The first line in the shop's language woven with what the product is made of and where it
comes from (round 50): "<title> der Marke X, gefertigt aus Leinen, hergestellt in Portugal."
instead of the first line and "Material: …" pasted after it as a sentence of its own.

Each language's ``woven`` frames (``data/languages/<code>.json``) are phrases said before the
first line's ``end`` ("." or "です。"), each a preposition or a fixed noun that takes the
shop's value as written, so no value is inflected ("aus Leinen", "i bomull", "素材は綿").
A language whose prepositions govern a case the shop's nominative would break (the Slavic and
Baltic languages, Greek, Turkish, Arabic, Hebrew, Icelandic, Estonian) has no frame and keeps
today's first line; the list still says the fact.
"""

from __future__ import annotations

import re

from plugin.generation.language_facts import ShopFact, own_side
from plugin.generation.languages import LanguageWords
from plugin.generation.said_values import lower_values

# A value said inside the first line: a short name, never a list or a note.
MAX_WOVEN_WORDS = 5
_LIST_MARKS = re.compile(r"[,;:/+&]|\s[–—-]\s")
_LETTERS = re.compile(r"[^\W\d_]+")
# A German attributive adjective's endings ("gebeiztes", "roher", "massive").
_ADJECTIVE_ENDINGS = ("es", "er", "em", "en", "e")


def _said(value: str, language: LanguageWords) -> str:
    """The value as said inside a sentence, or "" where it cannot be said there whole."""
    text = own_side(value).strip().rstrip(".").strip()
    if not text or _LIST_MARKS.search(text) or len(text.split()) > MAX_WOVEN_WORDS:
        return ""
    if _refused(text, language):
        return ""  # "ABS műanyag anyagból": the frame's own noun again
    if language.capital_kind:
        # German writes nouns with a capital; a lower-case word, or a first word with an
        # adjective's ending before another, is an adjective whose ending the preposition's
        # case would change ("aus gebeiztes Holz"): left to the list.
        words = _LETTERS.findall(text)
        if len(words) >= 2 and words[0].lower().endswith(_ADJECTIVE_ENDINGS):
            return ""
        return text if all(w[:1].isupper() or len(w) <= 2 for w in words) else ""
    return lower_values([text])[0]


def _refused(text: str, language: LanguageWords) -> bool:
    """Whether a word of the value opens with one of the language's ``woven_not`` words."""
    lowered = text.lower()
    return any(lowered.startswith(w) or f" {w}" in lowered for w in language.woven_not)


def woven_material(fact: ShopFact | None, language: LanguageWords) -> str:
    """The material fact's one value as the first line says it ("" for none)."""
    if fact is None or fact.role != "material" or len(fact.values) != 1:
        return ""
    return _said(fact.values[0], language)


def woven_origin(fact: ShopFact | None, language: LanguageWords) -> str:
    """The origin fact's one place as the first line says it ("" for none or a place the
    language's preposition cannot take bare)."""
    if fact is None or fact.role != "origin" or len(fact.values) != 1:
        return ""
    place = own_side(fact.values[0]).strip().rstrip(".")
    if _refused(place, language):
        return ""
    return place if place and not _LIST_MARKS.search(place) else ""


def weave(
    first: str, language: LanguageWords, material: str, origin: str
) -> tuple[str, bool, bool]:
    """The first line with the material and origin said before its end, and whether each was
    said ("" where the language has no frame for them or the line does not end as its frames
    expect)."""
    frames = language.woven
    end = frames.get("end", ".")
    if not first.endswith(end):
        return "", False, False
    if material and origin and "material_origin" in frames:
        phrase = frames["material_origin"].format(material=material, origin=origin)
    elif material and "material" in frames:
        phrase, origin = frames["material"].format(material=material), ""
    elif origin and "origin" in frames:
        phrase, material = frames["origin"].format(origin=origin), ""
    else:
        return "", False, False
    head = first[: len(first) - len(end)] if end else first
    return f"{head}{phrase}{end}", bool(material), bool(origin)
