"""A plain "Its X is Y" said with a verb where the label gives one (rounds 27 and 28), on the
planned sentences and on the first line's stand-in: "Its charging is 4 hours" → "It charges in 4
hours", "Its wall is 1 mm" → "It has a 1 mm wall"."""

from __future__ import annotations

import re
from dataclasses import replace

from plugin.generation.fact_wording import full_sentence
from plugin.generation.said_values import lower_first
from plugin.generation.sentence import Sentence
from plugin.generation.value_shapes import article, is_measure
from plugin.generation.voice import Voice

# "Its X is Y", the fill-in frame heldout29's raters marked across drafts, said with a verb
# where the label names what the product does (round 27): "Its absorbency is up to 2 litres"
# → "It absorbs up to 2 litres", "Its charging is 4 hours" → "It charges in 4 hours".
_ITS = re.compile(
    r"^(?P<whose>Its|Their) (?P<name>[a-z][a-z ]*?) (?:is|are) (?P<value>[^;:]+?)\.?$"
)
_DURATION = re.compile(r"^(about |up to )?\d[\d.,–-]*\s?(hours?|hrs?|h|minutes?|mins?)$")


# Round 28 (heldout30's raters: "Its freezing is up to 3 months", "It has experienced
# builders", "…'s wall is 1 mm"): a label's value said with a frame that fits the label's kind.
_WHOSE = re.compile(
    r"^(?P<whose>(?:The|This|These) [^.]+?)'s? (?P<name>[a-z][a-z ]*?) (?:is|are) "
    r"(?P<value>[^;:]+?)\.?$"
)
_KEEPS = re.compile(r"^(?:up to |about |around )?\d[\d.,–-]*\s?(?:days?|weeks?|months?|years?)$")
_COLD_PLACES = {
    "freezing": "in the freezer",
    "freezer": "in the freezer",
    "freezer life": "in the freezer",
    "frozen": "frozen",
    "freeze": "in the freezer",
    "fridge": "in the fridge",
    "fridge life": "in the fridge",
    "refrigerator": "in the fridge",
    "refrigerated": "in the fridge",
    "once opened": "once opened",
    "after opening": "once opened",
}
_DIMENSION_WORDS = {
    "length": "long",
    "width": "wide",
    "height": "high",
    "depth": "deep",
    "thickness": "thick",
}
# Who a product is for, said as its value: "Skill level: Experienced builders" is never had.
_PEOPLE = re.compile(
    r"^(?P<subject>It|They|(?:The|This|These) [^.]+?) (?:has|have) "
    r"(?P<who>(?:(?:experienced|beginner|beginners|advanced|intermediate|novice|skilled|"
    r"confident|keen|young|older|adult|first-time|new|all|serious|professional|\d[\d+–-]*|"
    r"or|and|more)\s)*"
    r"(?:builders|beginners|learners|makers|players|cooks|bakers|adults|children|kids|teens|"
    r"toddlers|people|students|riders|modellers|modelers|crafters|knitters|woodworkers|"
    r"musicians|gardeners|walkers|users|owners))\.$"
)


def _people(lead: str, voice: Voice) -> str | None:
    found = _PEOPLE.match(lead.strip())
    if not found:
        return None
    return full_sentence(f"{found['subject']} {voice.be} for {found['who']}")


def _with_a_verb(lead: str, voice: Voice) -> str | None:
    people = _people(lead, voice)
    if people:
        return people
    found = _ITS.match(lead.strip()) or _WHOSE.match(lead.strip())
    if not found:
        return None
    name, value = found["name"], found["value"].strip()
    whose = found["whose"]
    subject = voice.subject if whose in ("Its", "Their") else re.sub(r"'s?$", "", whose).strip()
    place = _COLD_PLACES.get(name)
    if place and _KEEPS.match(value.lower()):
        return full_sentence(
            f"{subject} {_agree('keeps', subject, voice)} {lower_first(value)} {place}"
        )
    words = name.split()
    if (
        len(words) >= 2
        and words[-1] in _DIMENSION_WORDS
        and not re.search(r"(ed|ing)$", words[-2])  # "Its extended length", "Its closing …"
        and words[-2] not in _STATE_MEASURES  # "Its built height", "Its overall length"
        and _LENGTH.match(value)
    ):
        part = " ".join(words[:-1])
        return full_sentence(f"The {part} is {value} {_DIMENSION_WORDS[words[-1]]}")
    if (
        len(words) == 1
        and name in _WALLS
        and is_measure(value)
        and re.match(r"^[\d.,]+ ?mm$", value)
    ):
        return full_sentence(
            f"{subject} {_agree('has', subject, voice)} {article(value)} {value} {name}"
        )
    if name in ("absorbency", "absorption", "absorbency level"):
        return full_sentence(f"{voice.subject} {voice.verb('absorbs')} {lower_first(value)}")
    if name in ("charging", "charging time", "charge time", "recharge time") and _DURATION.match(
        value.lower()
    ):
        return full_sentence(f"{voice.subject} {voice.verb('charges')} in {value}")
    if name in ("heat", "heat level") and re.fullmatch(r"[a-z]+(-[a-z]+)?", value):
        return full_sentence(f"{voice.subject} {voice.verb('has')} {article(value)} {value} heat")
    length = re.fullmatch(r"(call|session|class|lesson|consultation|tour) (length|duration)", name)
    if length and _DURATION.match(value.lower()):
        return full_sentence(f"The {length.group(1)} lasts {value}")
    if name == "pack" and re.match(r"\d+ [a-z]", value):
        return full_sentence(f"Each pack holds {value}")
    return None


_LENGTH = re.compile(r"^(?:about |up to )?[\d.,–-]+\s?(?:mm|cm|m|in|ft|inches|metres|meters)$")
_STATE_MEASURES = frozenset(
    "built overall total max min maximum minimum internal external inner outer open usable "
    "working".split()
)
# Parts whose measure is their thickness: "Its wall is 1 mm" → "It has a 1 mm wall".
_WALLS = frozenset({"wall", "walls", "sole", "shell", "skin", "gauge"})


def _agree(verb: str, subject: str, voice: Voice) -> str:
    """``verb`` agreeing with the subject, which shares the title's number."""
    return voice.verb(verb)


def with_verbs(sentences: tuple[Sentence, ...], voice: Voice) -> tuple[Sentence, ...]:
    """``sentences`` with each plain "Its X is Y" said with a verb where the label gives one."""
    out = []
    for sentence in sentences:
        said = None if sentence.ask else _with_a_verb(sentence.lead, voice)
        if sentence.ask and sentence.fallback:
            # The first line's stand-in, said when no model ending passes (round 28: "The …
            # Collar's wall is 1 mm").
            fallback = _with_a_verb(sentence.fallback, voice)
            out.append(replace(sentence, fallback=fallback) if fallback else sentence)
            continue
        out.append(replace(sentence, lead=said) if said else sentence)
    return tuple(out)
