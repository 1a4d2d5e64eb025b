"""Support that does not answer the question asked: an option's values given to a question about
something else of it, a policy line that shares nothing with a question in another language, a
product's own property resting on the shop's shipping or returns rules."""

from __future__ import annotations

import re
from collections.abc import Sequence

from plugin.domain import Listing
from plugin.questions.answerability import covered, novel_focus, tokens
from plugin.questions.choices import asked_concepts, concept_of
from plugin.questions.crosslingual import shared_stems
from plugin.questions.decision import Decision
from plugin.questions.lexicon import CUES, HOW_MUCH, asking_sentence, fold, has_cue
from plugin.questions.passages import POLICY_LABELS, Passage
from plugin.questions.policy_topics import policy_asked
from plugin.questions.slots import SlotAnswer

# What a product is made of, where and how it is looked after: the product's own properties,
# which the shop's shipping and returns rules do not state ("ships from … Ireland" says nothing
# of where it was made).
_OWN_PROPERTIES = frozenset({"care", "origin", "material"})
# What the product is good for or works with, in the shop languages: a use, which the returns
# rules never state.
_USE_ASKED = re.compile(
    r"\b(?:suitable|compatible|works? (?:with|for|in|on)|(?:be )?used? (?:it |them )?(?:for|with|"
    r"in|on)|good for|sirven?|valen? para|geeignet|adapte\w*|convien\w*|adatt\w*|va bene per|"
    r"geschikt|servem? para|serve per|adequad\w*|passar (?:till|for)|egnet|sopi\w*|nadaj\w*|"
    r"vhodn\w*|funguj\w*|funcion\w*|funziona\w*|fonctionne\w*|funktioniert|werkt)\b"
)


def _shares_with(question: str, line: str, title: str) -> bool:
    """Whether ``line`` shares a word stem (crosslingual.shared_stems), a number or a measure's
    unit ("300 mm" asked, "150 mm" said) with the question."""
    numbers = set(re.findall(r"\d+", question))
    units = set(_MEASURE_UNIT.findall(fold(question)))
    return (
        bool(shared_stems(question, line, title))
        or bool(numbers & set(re.findall(r"\d+", line)))
        or bool(units & set(_MEASURE_UNIT.findall(fold(line))))
    )


_MEASURE_UNIT = re.compile(r"\d\s*(mm|cm|m|ml|l|g|kg|x|oz|in)\b")


def _property_from_another_policy(question: str, listing: Listing, decision: Decision) -> bool:
    """Whether a question about the product's care, origin or material that asks about no
    return or delivery rests only on sentences of the shipping or returns policy, or a question
    that asks about no policy at all rests only on the returns policy's ("do the strips work
    for pool water?" is not answered by "opened tubs of strips cannot be returned")."""
    if policy_asked(question):
        return False
    returns_label = POLICY_LABELS["returns"]
    if _USE_ASKED.search(fold(question)) and decision.support and all(
        item.passage.source == "policy" and item.passage.text.startswith(returns_label)
        for item in decision.support
    ):
        return True
    asked = asked_concepts(question, listing.title) & _OWN_PROPERTIES
    if not asked:
        return False
    care_label = POLICY_LABELS["care"]
    # The care policy answers how a product is looked after, never what it is made of or where
    # ("what is the lid made of?" is not answered by "Lids: wash in soapy water").
    return all(
        item.passage.source == "policy"
        and ("care" not in asked or not item.passage.text.startswith(care_label))
        for item in decision.support
    )


# What a property question asks that an option's values never say: "how loud is the brown
# switch?" names a value and asks its noise, not whether it is offered.
_PROPERTY_CONCEPTS = frozenset(
    {"noise", "brightness", "power", "hardness", "battery", "duration", "capacity"}
)
_LISTS_VALUES = frozenset({"values", "has_value"})
# Cues of what an option's values settle: whether one is offered, in stock, its price, what a
# set holds.
_SETTLED_BY_VALUES = ("availability", "stock", "price", "grouped")
# A body or part measure asked for, which a size name does not give ("chest measurement in cm").
_MEASURE_ASKED = (
    "measure", "measures", "measurement", "measurements", "in cm", "in inches", "in mm", "chest",
    "waist",
)


_WH_QUESTION = re.compile(r"(?:what|what's|whats|how|which|when|where|who|why)\b")
# A variant called by a noun ("the 5 W version"), which names it and asks no availability.
_VARIANT_NOUN = re.compile(r"\b(?:version|versions|variant|variants|option|options)\b")
# What or how much of a thing is asked ("when will the 30 cm one be back?" asks its stock).
_WHAT_OR_HOW = re.compile(r"(?:what|what's|whats|how|which)\b")


def _asks_of_a_value_it_states(folded: str, slot: SlotAnswer) -> bool:
    """Whether a question asking what or how much of a value it names by its number is given
    only that the value is offered ("how wide is the 30 cm one?", "what does the 5 W version
    draw?" and "… is available in Size 30 cm"): the reply repeats the question's own number and
    says nothing of what is asked. Not a question that also asks availability, stock, a price
    or what a set holds, and not a value whose numbers the question does not carry ("how wide
    is the large one?" and "Large (60 cm)")."""
    if slot.parts[0].key != "has_value" or _WHAT_OR_HOW.match(folded.strip()) is None:
        return False
    cued = _VARIANT_NOUN.sub(" ", folded)
    if any(has_cue(cued, CUES[intent]) for intent in _SETTLED_BY_VALUES):
        return False
    asked = set(re.findall(r"\d+(?:[.,]\d+)?", folded))
    values = [p.values.get("value", "") for p in slot.parts if p.key == "has_value"]
    return all(
        (numbers := re.findall(r"\d+(?:[.,]\d+)?", value)) and set(numbers) <= asked
        for value in values
    )


def restates_named_value(question: str, listing: Listing, support: Sequence[Passage]) -> bool:
    """Whether the lines to quote are only the option or variant lines of a value the question
    names by its numbers, for a question in any language that asks no availability, stock,
    price or set contents of it ("what does the 2 m one weigh?" and "Variant: 2 m, 30.00"):
    they repeat the question's own value and say nothing of what is asked (round 45; round 44
    declined the same reply given as an option's slot in English). Not lines that share a
    word with the question besides the value's numbers: they may say it."""
    labels = {"Variant", *listing.options}
    if not support or any(
        p.source != "listing" or p.text.partition(":")[0] not in labels for p in support
    ):
        return False
    cued = _VARIANT_NOUN.sub(" ", fold(asking_sentence(question)))
    if any(has_cue(cued, CUES[intent]) for intent in _SETTLED_BY_VALUES) or has_cue(
        cued, HOW_MUCH
    ):
        return False  # "how much" alone may ask the price ("10 mm one how much")
    if any(shared_stems(question, p.text, listing.title) for p in support):
        return False  # "does the 20 cm one include the cord?" and "30 cm with cord"
    asked = set(re.findall(r"\d+(?:[.,]\d+)?", cued))
    return any(
        (numbers := re.findall(r"\d+(?:[.,]\d+)?", value)) and set(numbers) <= asked
        for values in listing.options.values()
        for value in values
    )


def _value_is_the_name(listing: Listing, slot: SlotAnswer) -> bool:
    """Whether every value the slot confirms is an attribute's (no option to choose) and is said
    by words of the product's own name: "will the Oak Stool wobble?" names the stool, and
    "Yes, it is available in Material Oak" answers nothing it asks (round 57)."""
    title = tokens(listing.title)
    confirmed = [p for p in slot.parts if p.key == "has_value"]
    return bool(confirmed) and all(
        p.values.get("name", "") not in listing.options
        and (value := tokens(p.values.get("value", "")))
        and all(covered(w, title) for w in value)
        for p in confirmed
    )


def _values_beside_the_point(
    question: str, listing: Listing, slot: SlotAnswer, passages: Sequence[Passage]
) -> bool:
    """Whether an option's values, or that a value is offered, are given to a question about
    something else of it: the question asks no availability ("come in", "available", "do you
    have" …) and asks a property the options do not name ("how loud", "how bright"), or uses
    a word nothing the product or the shop states ("phthalate-free", "strong enough for a big
    room"). Read off holdout_v10 (round 13): an unanswerable question that named a value got
    the option's values."""
    if slot.intent != "option" or not slot.parts or slot.parts[0].key not in _LISTS_VALUES:
        return False
    asking = asking_sentence(question)
    folded = fold(asking)
    if _asks_of_a_value_it_states(folded, slot):
        return True
    if any(has_cue(folded, CUES[intent]) for intent in _SETTLED_BY_VALUES):
        return False
    if _value_is_the_name(listing, slot):
        return True
    named = {concept_of(name, tuple(values)) for name, values in listing.options.items()}
    names = set().union(*(tokens(p.values.get("name", "")) for p in slot.parts))
    concepts = {concept_of(name) for p in slot.parts if (name := p.values.get("name", ""))}
    measured = {
        concept_of(name)
        for p in slot.parts
        if (name := p.values.get("name", ""))
        and any(ch.isdigit() for value in listing.options.get(name, ()) for ch in value)
    }
    if has_cue(folded, CUES["dimensions"]) and "size" in concepts and not has_cue(
        folded, _MEASURE_ASKED
    ):
        return False  # "how big are they unfolded?" asks the sizes offered
    if asked_concepts(asking, listing.title) & {"size"} and "size" in measured:
        return False  # "I'm an EU 42, which size?" and "M (EU 40-43)": the values say it
    if (asked_concepts(asking, listing.title) & _PROPERTY_CONCEPTS) - named and not measured:
        return True  # not when the values are measures ("how bright?" and "400 lumens")
    if slot.parts[0].key != "values":
        # "Is it plain white?" and "White with blue rim", "is it bpa free?": a value named and
        # confirmed answers a yes-or-no question, whatever else it says ("I'm a beginner, is
        # it too hard?" and "Skill level: Beginner"). Not a question asking what, how or which
        # of the value ("what's the inner width of the 6 mm one?"): the value is its subject,
        # not its question.
        return _WH_QUESTION.match(folded.strip()) is not None
    # The option asked by its own name ("do you grind it for espresso?" and "Grind") weighs
    # against the words the listing never uses.
    by_name = {w for w in tokens(asking) if covered(w, names)}
    return len(novel_focus(asking, listing, passages)) > len(by_name)
