"""Decide from structure first: which of a listing's structured facts a question asks for.

A question is mapped to an intent (price, regular price, weight, dimensions, category, stock,
how it is delivered, where an external product is bought, what a grouped product holds, an
option or attribute by name, or a value it names) and to the slot that answers it. The answer is
a list of :class:`Part` (what to say, with the facts word for word) and the fact lines it rests
on. None when no intent is found, when the slot is empty, or when the question is also about
something structure cannot settle (shipping, returns, fit, care without a care fact …): then
similarity retrieval over the free-text facts decides, as before.

The slots themselves live in the ``slot_*`` modules beside this one; this module asks them
in order and re-exports the names other code imports from it.
"""

from __future__ import annotations

from collections.abc import Callable

from plugin.domain import Listing
from plugin.questions.choices import (
    asked_concepts,
    listing_choices,
    named_choices,
    value_mentions,
    value_word_choices,
)
from plugin.questions.extremes import asks_price_of_extreme, extreme_mentions
from plugin.questions.lexicon import TOPIC_CONCEPTS, asking_sentence, fold
from plugin.questions.number_words import with_digits
from plugin.questions.slot_answer import MAX_VARIANT_PRICES, WEAK_PRICE_CUES, Part, SlotAnswer
from plugin.questions.slot_blocks import _blocked, _unknown_names, structure_cannot_settle
from plugin.questions.slot_cues import (
    _FORMAT,
    _PAY_WHOM,
    _cues,
    _extreme_size,
    _only_how_much,
    _with_conversion,
)
from plugin.questions.slot_finder import _Finder
from plugin.questions.slot_materials import _material_asked, _share_asked
from plugin.questions.slot_titles import _title_count, _title_measure
from plugin.questions.slot_values import _PER_UNIT, _bare_count

__all__ = [
    "MAX_VARIANT_PRICES",
    "WEAK_PRICE_CUES",
    "Part",
    "SlotAnswer",
    "_PAY_WHOM",
    "find_slot",
    "structure_cannot_settle",
]


def find_slot(
    question: str,
    listing: Listing,
    language: str = "en",
    accept: Callable[[SlotAnswer], bool] | None = None,
) -> SlotAnswer | None:
    """The structured answer to ``question`` (already stripped of personal data), or None.
    ``language`` is the question's: names are told by capitals in English only (German
    capitalises every noun). ``accept`` judges a weak answer (``SlotAnswer.weak``); one it
    refuses gives way to the next slot that fits."""
    folded = fold(question)
    cues = _cues(folded)
    choices = listing_choices(listing)
    # counts written as words name their values ("six holes": "6 holes") (round 32)
    counted = with_digits(question, language)
    mentions = value_mentions(
        question if counted == folded else counted, choices, listing.title
    )
    if not cues["price"] and _only_how_much(folded, listing.title, mentions):
        cues["price"] = ["how much"]  # "brass pen — how much?": nothing else is asked
    if listing.downloadable and _FORMAT.search(folded):
        cues["download"] = [*cues["download"], "format"]  # "what formats does the ebook come in?"
    asking = asking_sentence(question)
    if asking != question:
        # a price word in a remark after the question ("… pages? ink is expensive") asks none,
        # nor does a word of the regular price ("… in XXL? I am usually a 16")
        in_asking = _cues(fold(asking))
        cues["price"] = in_asking["price"]
        cues["regular_price"] = in_asking["regular_price"]
    named = named_choices(question, choices, listing.title)
    if _PER_UNIT.search(folded):
        # "what size is each sheet?" of sizes that count sheets ("10 sheets, 30 sheets"): a
        # count is no size of one piece; what one measures is the listing's to say (round 26)
        named = [
            c for c in named
            if not (c.concept == "size" and all(_bare_count(v) for v in c.values)
                    and not any(m.choice == c for m in mentions))
        ]
    by_value = [c for c in value_word_choices(question, choices, listing.title) if c not in named]
    material = _material_asked(question, listing, choices) or _share_asked(folded, choices)
    if material is not None:
        return material
    if _blocked(folded, question, listing, choices, cues):
        return None
    if language == "en" and _unknown_names(question, listing, choices):
        return None
    if not cues["price"] and asks_price_of_extreme(folded):
        cues["price"] = ["how much for"]  # "how much for the biggest bag?" (round 32)
    extreme = _extreme_size(folded, choices, cues, mentions)
    if extreme is not None:
        return SlotAnswer(
            "option",
            (Part("values", {"title": listing.title.strip(), "name": extreme.name,
                             "values": ", ".join(extreme.values)}),),
            (extreme.line,),
        )
    if not mentions:
        # "how much is the biggest bag?": the largest value of the one sized option (round 32)
        mentions = extreme_mentions(folded, choices, cues)
    finder = _Finder(listing, question, choices, named + by_value, mentions, cues)
    finder.by_value = {c.name for c in by_value}
    # What a set contains and what it is made of are often asked of one part ("does the kit
    # include tweezers?", "is the wick cotton?"): those answers are checked like a name's.
    asked = asked_concepts(question, listing.title) - {"contents", "material"} - TOPIC_CONCEPTS
    finder.by_concept = {c.name for c in named if c.concept in asked}
    found = finder.answer(accept)
    if found is None:
        found = _title_count(question, listing) or _title_measure(question, listing)
    return _with_conversion(found, question) if found is not None else None
