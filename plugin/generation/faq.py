"""The FAQ: the questions shoppers ask about this kind of product, each answered with the
listing's own fact in the product's number; the first asks what it is and is answered by the
description's first line. Nothing is asked that the listing cannot answer.
"""

from __future__ import annotations

import re

from plugin.domain import FaqItem, faq_to_text
from plugin.generation.fact_roles import NO, YES, colour_name, lower_first
from plugin.generation.phrasing import Voice, build_lead, feature_lead, voice_of
from plugin.generation.plan import Plan, Sentence
from plugin.generation.value_shapes import is_adjective, noun_phrase, split_items

FAQ_MAX = 6

# Shoppers' questions about a fact, by a word of its label, with how the fact answers it
# ("{it}" and "{is}" follow the product's number), in the order shoppers ask them.
_QUESTIONS = (
    ("material", "What {is} {it} made of?", "{It} {is} made of {}."),
    ("sizes", "Which sizes are there?", "{It} {comes} in {}."),
    ("colours", "Which colours can I choose?", "{It} {comes} in {}."),
    ("capacity", "How much {does} {it} hold?", "{It} {holds} {}."),
    ("people", "How many people {is} {it} for?", "{It} {is} for {}."),
    ("care", "How do I care for {them}?", "{}."),
    ("includes", "What is included?", "{It} {includes} {}."),
    ("origin", "Where {is} {it} made?", "{It} {is} made in {}."),
    ("certification", "{Is} {it} certified?", "Yes: {}."),
)
# The question a label asks, when its words say it: "Size" and "Sizes" are a choice, "Packed
# size" is a measure; "Capacity: 2 person" asks how many people.
_ASKS = (
    ("material", re.compile(r"\b(material|materials|fabric)\b")),
    ("sizes", re.compile(r"^([a-z]+ )?sizes?$")),
    ("colours", re.compile(r"^colou?rs?$")),
    ("people", re.compile(r"\b(capacity|sleeps|seats|persons|people)\b")),
    ("capacity", re.compile(r"\bcapacity\b")),
    ("care", re.compile(r"\bcare\b")),
    ("includes", re.compile(r"\bincludes?\b|\bin the box\b")),
    ("origin", re.compile(r"^(origin|made in|country of origin)$")),
    ("certification", re.compile(r"\bcertifi")),
)
# Labels that say how the platform sells it, not a fact a shopper asks about.
_NOT_ASKED = re.compile(r"^(grouped|linked) products?$|^bundle type$|^sold as$")
# "Oat and Forest", "Red, Blue": more than one value in one ("18/8 steel" and "Indigo/Cream"
# are one).
SEVERAL = re.compile(r",|\band\b|\bor\b")
# A value the shop wrote as sentences, or as labelled parts, answers as written.
_AS_WRITTEN = re.compile(r"[.!?]\s|:")
# A warning is read as the shop wrote it, never rephrased.
_WARNING = re.compile(r"\b(warnings?|allergens?|allergy|caution|note|safety)\b")
_PEOPLE = re.compile(r"\b(person|persons|people|adults?|riders?|players?)\b", re.IGNORECASE)
_PERSON = re.compile(r"\b([2-9]|\d{2,}) persons?\b", re.IGNORECASE)
# A yes or no first, then what the shop adds: "No – hand wash only", "Yes (top rack)", "N".
_ANSWERED = re.compile(r"^(?P<word>[a-z]+)\b\s*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
# A label that is a statement about the product: "Works on induction hobs", "Converts to
# monopod"; "Fits people up to" ends with a preposition and asks nothing a shopper would.
_VERB_LED = re.compile(r"^(?P<verb>[a-z]+[^s]s) (?P<rest>.+)$")
_ENDS_OPEN = re.compile(r"\b(to|up to|for|with|on|in|of|from)$")
_NEEDED = re.compile(r"^(?P<thing>.+?) (included|required|needed)$")


def _said(text: str, words: dict[str, str]) -> str:
    for word, said in words.items():
        text = text.replace(f"{{{word}}}", said)
    return text


def _shown_label(label: str) -> str:
    """A label as it reads inside a question: "Dishwasher Safe" and "TOOLS" in lower case, an
    abbreviation or a unit inside a longer label kept ("Comfort temperature (ISO 23537)",
    "pH")."""
    words = label.strip().split()
    if all(w.isupper() for w in words if w.isalpha()):
        return label.strip().lower()
    return " ".join(w if any(c.isupper() for c in w[1:]) else w.lower() for w in words)


def _yes_or_no(value: str) -> tuple[str, str] | None:
    """ "No – rinse only" → ("No", "– rinse only"); ``None`` when the value is not a yes or no."""
    found = _ANSWERED.match(value.strip())
    if not found:
        return None
    word = found["word"].lower()
    if word in YES:
        return "Yes", found["rest"].strip()
    if word in NO or value.strip().lower() in NO:
        return "No", found["rest"].strip() if word in NO else ""
    return None


def _flag_question(label: str, voice: Voice) -> str | None:
    """A yes/no fact asked as shoppers ask it: "Is it dishwasher safe?", "Does it work on
    induction hobs?", "Does it come with a compression sack?", "Does it have a flat base?"."""
    name = _shown_label(label).rstrip("?")
    it = voice.subject.lower()
    does = "do" if voice.plural else "does"
    verb = _VERB_LED.match(name)
    needed = _NEEDED.match(name)
    if needed:
        thing = noun_phrase(needed["thing"])
        if name.endswith("included"):
            return f"{does.capitalize()} {it} come with {thing}?"
        return f"{does.capitalize()} {it} need {thing}?"
    if is_adjective(name) or name.split()[0].endswith("ed"):
        # "Dishwasher safe", "Roasted to order": said of the product.
        return f"{voice.be.capitalize()} {it} {name}?"
    if name.startswith("use "):
        return f"Can {it} be used {name[4:]}?"
    if verb and not _ENDS_OPEN.search(name):
        return f"{does.capitalize()} {it} {verb['verb'][:-1]} {verb['rest']}?"
    if verb:
        return None
    return f"{does.capitalize()} {it} have {noun_phrase(name)}?"


def _flag_answer(word: str, rest: str) -> str:
    """ "Yes." / "No – rinse with hot water only." / "Yes (top rack)."."""
    rest = rest.lstrip(",;:").strip()
    if not rest:
        return f"{word}."
    if rest[:1] in "–-(":
        return f"{word} {rest.rstrip('.')}."
    return f"{word}, {lower_first(rest).rstrip('.')}."


def _faq_answer(label: str, value: str, voice: Voice) -> tuple[int, str, str] | None:
    """The question a fact answers, its answer, and how early shoppers ask it; ``None`` for a
    fact no shopper's question fits."""
    words = {"It": voice.subject, "it": voice.subject.lower(), "is": voice.be}
    words |= {"Is": voice.be.capitalize(), "them": "them" if voice.plural else "it"}
    words |= {verb: voice.verb(verb) for verb in ("comes", "holds", "includes", "does")}
    name = label.strip().lower()
    asked = [key for key, pattern in _ASKS if pattern.search(name)]
    if "people" in asked:
        asked.remove("people" if not _PEOPLE.search(value) else "capacity")
    if "sizes" in asked and len(split_items(value)) < 2:
        asked.remove("sizes")  # "Packed size: 18 x 6 in" is a measure, not a choice
    for rank, (key, question, answer) in enumerate(_QUESTIONS):
        if key not in asked:
            continue
        if key == "colours" and not SEVERAL.search(value):
            # One colour is not a choice: "What colour is it?", not "Which colours can I choose?".
            question, answer = "What colour {is} {it}?", "{It} {is} {}."
        if key == "colours":
            value = colour_name(value)
        parts = build_lead("Material", value, 0, voice) if key == "material" else None
        if parts and " made " not in parts and " crafted " not in parts:
            # "Stainless steel body" names a part: "It has a stainless steel body.", not "It is
            # made of stainless steel body."
            answer = f"{parts}."
        elif _AS_WRITTEN.search(value) and not answer.startswith("{}"):
            answer = f"{label}: {value}."
        else:
            # A place or a standard keeps its capital; "Linen", "Sage" read in a sentence.
            kept = answer.startswith(("{}", "Yes")) or key in ("origin", "includes")
            shown = value if kept else lower_first(value)
            answer = answer.replace("{}", _PERSON.sub(r"\1 people", shown))
        return rank, _said(question, words), _said(answer, words)
    rank = len(_QUESTIONS)
    flag = _yes_or_no(value)
    if flag:
        asks = _flag_question(label, voice)
        return (rank, asks, _flag_answer(*flag)) if asks else None
    shown_name = _shown_label(label)
    if _VERB_LED.match(shown_name) or _ENDS_OPEN.search(shown_name):
        return None  # "Fits people up to: 185 cm" asks nothing in those words
    plural = name.endswith("s") and not name.endswith("ss")
    be = "are" if plural else "is"
    question = f"What {be} {voice.possessive.lower()} {shown_name}?"
    if _AS_WRITTEN.search(value) or _WARNING.search(name):
        return rank, question, f"{label}: {value}."
    said = feature_lead(label, value, voice)
    if said and _VERB_LED.match(lower_first(said.split(" ", 1)[-1])):
        # "Insulation: Keeps drinks cold 24 hours" → "It keeps drinks cold 24 hours."
        return rank, question, f"{said.rstrip('.')}."
    return rank, question, f"{voice.possessive} {shown_name} {be} {lower_first(value)}."


def render_faq(plan: Plan, written: list[tuple[Sentence, str]]) -> str:
    """The first question asks what it is and is answered by the first line; then material,
    sizes, colours, capacity and care before the rest of the list."""
    voice = voice_of(plan.listing_title)
    first = f"What {voice.be} the {plan.listing_title}?"
    items = [FaqItem(first, written[0][1])] if written else []
    asked = sorted(
        (found, n)
        for n, (label, value) in enumerate(plan.fact_list)
        if not _NOT_ASKED.match(label.strip().lower())
        and (found := _faq_answer(label, value, voice)) is not None
    )
    for (_, question, answer), _ in asked:
        if all(item.question != question for item in items):
            items.append(FaqItem(question, answer[:1].upper() + answer[1:]))
    return faq_to_text(items[:FAQ_MAX])
