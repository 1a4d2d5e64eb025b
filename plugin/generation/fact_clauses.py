"""A value said as a sentence where its own first word tells how (``more_facts``): an
instruction the shop wrote as one ("Refrigerate after opening"), a storage or washing
temperature, a verb said of the product, a state it comes in, or a clause of its own."""

from __future__ import annotations

import re

from plugin.generation.fact_wording import full_sentence
from plugin.generation.fact_words import MARKS
from plugin.generation.part_facts import supplied
from plugin.generation.said_values import lower_first
from plugin.generation.voice import Voice

_IMPERATIVES = frozenset(
    """keep store refrigerate freeze defrost thaw wash rinse oil close open replace check heat
    reheat serve use wipe dry remove avoid clean apply allow eat drink shake cook bake warm
    hand tumble soak fill empty drain charge pick book choose read insert fit hang mount
    screw tighten loosen season brush spray test turn sprinkle add mix stir spread pour grate
    dilute steep brew chill hose send tap""".split()
)
_DO_NOT = re.compile(r"^(do not|don't|never)\b", re.IGNORECASE)
_INSTRUCTION_LABELS = re.compile(
    r"^(storage|store|keep|keeping|care|care instructions|cleaning|washing|wash|use|usage|"
    r"how to use|how it works|directions|instructions|heating|cooking|freezing|serving|served|"
    r"serve|"
    r"check|checks|removal|winter|maintenance|condition|halls?|tip|tips|"
    r"fitting|booking|before use|first use|after use|seasoning|hanging|mounting|fixing|"
    r"installation)$"
)
_TEMPERATURE = re.compile(r"^(-|−|\+)?\d[\d.,]*\s?°\s?[CF]\b|^(at|below|under|above)\s", re.I)
RELATIONS = {
    "fits": "{S} {fits} {v}.",
    "compatible with": "{S} {works} with {v}.",
    "works with": "{S} {works} with {v}.",
    "suits": "{S} {suits} {v}.",
    "suitable for": "{S} {suits} {v}.",
    "not for": "{S} {is} not for {v}.",
    "not suitable for": "{S} {is} not for {v}.",
    "covers": "{S} {covers} {v}.",
    "does not cover": "{S} {does} not cover {v}.",
    "needs": "You will also need {v}.",
    "you will need": "You will also need {v}.",
    "you need": "You will also need {v}.",
    "requires": "You will also need {v}.",
    "for": "{S} {is} for {v}.",
    "use": "{S} {is} for {v}.",
    "used for": "{S} {is} for {v}.",
}
# Verbs a value may open with, said of the product ("Overflow: Switches back to the drain when
# the butt is full" → "It switches back to the drain when the butt is full").
DOES = frozenset(
    """switches washes keeps holds works runs lets folds opens closes locks clips hangs stores
    covers protects cleans drains turns plays pulls slides attaches screws sits stands lasts
    rinses wipes grips charges heats cools stays fits suits tracks measures shows""".split()
)
# Past participles that say what state it comes in ("Edge: Sharpened, ready to use", "Condition:
# Supplied green; keep damp until twisted").
_STATES = frozenset(
    """supplied delivered sent sold packed shipped sharpened pre-sharpened tuned stitched
    hand-stitched dyed undyed pre-washed tested assembled printed cured aged smoked oiled
    waxed seasoned""".split()
)
# An instruction under any label: an imperative with what it acts on after it ("Trees: Tap only
# trees at least 10 in across", "Winter: Close the diverter in frost").
_ORDER = re.compile(
    r"^[A-Z][a-z]+ (the|a|an|your|it|them|only|in|on|after|before|with|by|at|within|once|away|"
    r"out|off|up|down)\b"
)
# A value that is a clause of its own: "Moths are caught alive", "Colour and shape vary".
_OWN_CLAUSE = re.compile(r"^[A-Z][a-z]+( (and )?[a-z]+)? (is|are|can|will|may|vary|varies) ")


def instruction(name: str, value: str, voice: Voice) -> str | None:
    first = value.strip().split()[0].lower().strip(",;:") if value.strip() else ""
    if first in _IMPERATIVES or _DO_NOT.match(value.strip()):
        if (
            not _INSTRUCTION_LABELS.match(name)
            and name not in RELATIONS
            and not (_ORDER.match(value.strip()) and len(value.split()) >= 4)
        ):
            return None
        return full_sentence(value)
    if _TEMPERATURE.match(value.strip()):
        them = "them" if voice.plural else "it"
        verb = (
            "Wash"
            if re.match(r"^(wash|washing)$", name)
            else ("Store" if re.match(r"^(storage|store|keep)$", name) else None)
        )
        if verb is None:
            return None
        said = value.strip()
        if re.match(r"^(at|below|under|above)\s", said, re.I):
            said = said[:1].lower() + said[1:]
        else:
            said = f"at {said}"
        return full_sentence(f"{verb} {them} {said}")
    return None


def clause(name: str, part: str, voice: Voice) -> str | None:
    """One part of a value parted by ";" said as a sentence, where its first word tells how: an
    instruction, a verb said of the product, a state it comes in, or a clause of its own."""
    said = instruction(name, part, voice)
    if said:
        return said
    first = part.split()[0].lower() if part.split() else ""
    if first in DOES and len(part.split()) >= 3:
        return full_sentence(f"{voice.subject} {voice.verb(first)} {' '.join(part.split()[1:])}")
    state = re.match(
        r"^\S+(\s*$|,|\s+(in|on|at|by|from|with|to|for|and|green|dry|wet|ready|flat|deflated|"
        r"inflated|sharp|whole)\b)",
        part,
    )
    if first in _STATES and state and len(part.split()) <= 8:
        if name.split() and name.split()[-1] in MARKS:
            return full_sentence(f"{voice.possessive} {name} is {lower_first(part)}")
        return full_sentence(f"{voice.subject} {voice.be} {lower_first(part)}")
    things = supplied(part, voice)
    if things:
        return things
    if _OWN_CLAUSE.match(part) and 4 <= len(part.split()) <= 14:
        return full_sentence(part)
    if name in ("supplied", "supplied as", "delivered as") and re.fullmatch(r"[A-Za-z-]+", part):
        return full_sentence(f"{voice.subject} {voice.be} supplied {part.lower()}")
    return None
