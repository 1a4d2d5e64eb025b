"""The FAQ: the questions shoppers ask about this kind of product, each answered with the
listing's own fact in the product's number; the first asks what it is and is answered by the
description's first line. Nothing is asked that the listing cannot answer.

This module is the FAQ's entry point (``render_faq``) and the names its callers use; the work
is in ``faq_assembly`` (the FAQ's order and what is new), ``faq_table`` (question choice),
``faq_answers`` and ``answer_frames`` (answer wording), ``faq_flags`` (yes or no),
``label_questions``, ``first_line_faq``, ``asked_of_part``, ``faq_english``, ``faq_labels`` and
``faq_values``.
"""

from __future__ import annotations

import re

from plugin.domain import FaqItem, faq_to_text
from plugin.generation.answer_fit import fitted
from plugin.generation.faq_assembly import FAQ_FEW, FAQ_MAX, fact_answers, faq_items
from plugin.generation.faq_care_said import said_whole
from plugin.generation.faq_english import english_facts, one_language, two_languages
from plugin.generation.faq_labels import VAGUE_LABELS, asked_as_noun, has_abbreviation
from plugin.generation.faq_parts_asked import part_asked
from plugin.generation.faq_values import SEVERAL, alternatives, options_of
from plugin.generation.first_line_faq import says_what_it_is
from plugin.generation.kinds_english import english_only, in_english
from plugin.generation.kinds_mend import measure_asked
from plugin.generation.kinds_packed import packed_asked
from plugin.generation.kinds_part_measures import part_measure_asked
from plugin.generation.kinds_polish import polished
from plugin.generation.label_questions import label_questions
from plugin.generation.letter_case import caps_in_sentence
from plugin.generation.parts_faq import included_item, part_items
from plugin.generation.plan import Plan, Sentence
from plugin.generation.voice import voice_of

__all__ = [
    "SEVERAL",
    "VAGUE_LABELS",
    "alternatives",
    "asked_as_noun",
    "english_facts",
    "fact_answers",
    "has_abbreviation",
    "label_questions",
    "one_language",
    "options_of",
    "render_faq",
    "says_what_it_is",
    "two_languages",
]


def render_faq(plan: Plan, written: list[tuple[Sentence, str]]) -> str:
    """The FAQ as the store keeps it: ``faq_items``, then, for a set whose facts are on its
    items, the questions about those items (round 29, ``parts_faq``)."""
    items = faq_items(plan, written)
    if plan.parts and len(items) < FAQ_FEW:
        included = included_item(plan)
        if included and not any(_INCLUDES.match(item.question) for item in items):
            items.append(included)
        told = {item.question for item in items}
        items += part_items(plan, lambda part: faq_items(part, []), told)
    # Round 31: a value the shop wrote in capitals is said in a sentence's case (``letter_case``);
    # round 33: then no value pasted into a frame's article or verb (``kinds_polish``); round
    # 34: then each answer fits its question's slot (``answer_fit``).
    # Round 35: a value in two languages said once (``kinds_english``), and the capitals
    # the runs leave in a shouted value (``caps_in_sentence``).
    if len(items) >= 3 and items[0].question in ("What is it?", "What are they?"):
        # Round 51: raters of round 52 read "What is it? — It is a <kind> for <use>." as no
        # shopper's question wherever two others are asked.
        items = items[1:]
    kept = items[:FAQ_MAX]
    said = [polished(caps_in_sentence(english_only(i.answer, plan))) for i in kept]
    # Round 40: what it is packed in is asked and said as what it comes in (``kinds_packed``).
    asked = [packed_asked(i.question, a, plan) for i, a in zip(kept, said, strict=True)]
    asked = [(measure_asked(q, a), a) for q, a in asked]  # round 49 (``kinds_mend``)
    # Round 50: a part's measure said of the part, a part asked what it is made of or how it
    # closes, and a care, fit or format fragment said as a sentence.
    voice = voice_of(plan.listing_title)
    asked = [part_measure_asked(q, a, plan.listing_title) for q, a in asked]
    asked = [said_whole(*part_asked(q, a, voice), voice) for q, a in asked]
    # Round 42: a question or answer that sets the shop's words into English is not asked
    # (``kinds_english.in_english``); a FAQ left with none keeps its own.
    english: list[tuple[str, str]] = []
    for question, answer in asked:
        said = in_english([answer], plan)
        worded = in_english([question], plan) or [_choice_asked(said[0] if said else "")]
        if said and worded[0] and all(worded[0] != q for q, _ in english):
            if worded[0] != question and said[0].startswith("Yes, "):
                said[0] = said[0][5:6].upper() + said[0][6:]  # "Which …?" is no yes-or-no
            english.append((worded[0], said[0]))
    return faq_to_text([fitted(FaqItem(q, a)) for q, a in english or asked])


_CHOICE_ANSWER = re.compile(
    r"^(?:Yes, )?(?:it|they) (?:comes?|is sold) in (?P<values>[^.]+)\.$", re.IGNORECASE
)
_SIZED = re.compile(
    r"^(?:[\d.,/–-]+\s?(?:k?g|mg|oz|lbs?|[mcd]?l|[cm]?m|in|ft|мл|л|см|мм|м|г|кг)"
    r"(?:\s*\([^()]*\))?|\d+|X{0,3}[SML]|X{1,3}L)$"
)


def _choice_asked(answer: str) -> str:
    """Round 42: a choice whose label is in the shop's language, asked without it: "Which sizes
    can I choose?" where every value is a measure, "Which options can I choose?" for any other
    English answer ("It comes in 1 kg or 2 kg."); "" where the answer is no choice."""
    found = _CHOICE_ANSWER.match(answer)
    if not found:
        return ""
    values = re.split(r", | or | and ", found["values"])
    if all(_SIZED.match(v.strip()) for v in values):
        return "Which sizes can I choose?"
    return "Which options can I choose?"


_INCLUDES = re.compile(r"^What (?:does it|do they|is) (?:include|included)")
