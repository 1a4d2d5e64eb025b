"""A yes-or-no fact asked as shoppers ask it ("Is it dishwasher safe?") and answered ("Yes
(top rack).")."""

from __future__ import annotations

import re

from plugin.generation.benefits import is_material
from plugin.generation.fact_kinds import NO, YES
from plugin.generation.faq_labels import ENDS_OPEN, LEADING_WORDS, VERB_LED, asked_label
from plugin.generation.kinds_codes import is_substance
from plugin.generation.said_values import lower_first
from plugin.generation.value_shapes import (
    is_adjective,
    noun_phrase,
)
from plugin.generation.voice import Voice

# A yes or no first, then what the shop adds: "No – hand wash only", "Yes (top rack)", "N".
_ANSWERED = re.compile(r"^(?P<word>[a-z]+)\b\s*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)

_NEEDED = re.compile(r"^(?P<thing>.+?) (included|required|needed)$")


def yes_or_no(value: str) -> tuple[str, str] | None:
    """ "No – rinse only" → ("No", "– rinse only"); ``None`` when the value is not a yes or no."""
    found = _ANSWERED.match(value.strip())
    if not found:
        return None
    word = found["word"].lower()
    if found["rest"][:1].isalnum() and value.strip().lower() not in NO:
        return None  # "No solvents added" says what it is free of, not "No"
    if value.strip()[len(found["word"]) : len(found["word"]) + 1] == "-":
        return None  # "No-clean rosin" is a kind of flux, not a "No"
    if word in YES:
        return "Yes", found["rest"].strip()
    if word in NO or value.strip().lower() in NO:
        return "No", found["rest"].strip() if word in NO else ""
    return None


# A label that is a clause with its subject left out ("Can be trimmed", "Will fit …").
_MODAL_LED = re.compile(r"^(?P<modal>can|will|may|should|must) (?P<rest>.+)$")

_MASS_ENDINGS = ("age", "ance", "ence", "ity", "ness", "tion", "sion")


def flag_question(label: str, voice: Voice) -> str | None:
    """A yes/no fact asked as shoppers ask it: "Is it dishwasher safe?", "Does it work on
    induction hobs?", "Does it come with a compression sack?", "Does it have a flat base?"."""
    name = asked_label(label).rstrip("?")
    it = voice.subject.lower()
    does = "do" if voice.plural else "does"
    verb = VERB_LED.match(name)
    if verb and verb["verb"].endswith(("ous", "us", "is", "ss")):
        verb = None  # "Continuous drainage" is no verb: "Does it have continuous drainage?"
    needed = _NEEDED.match(name)
    if needed:
        thing = noun_phrase(needed["thing"])
        if name.endswith("included"):
            return f"{does.capitalize()} {it} come with {thing}?"
        return f"{does.capitalize()} {it} need {thing}?"
    words = name.split()
    modal = _MODAL_LED.match(name)
    if modal:
        # Round 31: "Can be trimmed", "Will fit …" are statements with their subject left out:
        # "Can it be trimmed?", never "Does it have a can be trimmed?".
        return f"{modal['modal'].capitalize()} {it} {modal['rest']}?"
    if is_substance(name):
        # Round 39: a substance is never counted: "Does it contain lactose?", not "have a …".
        return f"{does.capitalize()} {it} contain {name.lower()}?"
    if words[0] in LEADING_WORDS:
        return None  # "For pipe", "Each refill": a label that is no thing to have
    if (
        len(words) >= 3
        and words[-1].endswith("ed")
        and not words[-2].endswith("ly")
        and not is_adjective(" ".join(words[:-1]))
    ):
        # "Physical item shipped": the thing is shipped, not the product ("Is it physical item
        # shipped?" was heldout23's broken question): "Is a physical item shipped?".
        thing = noun_phrase(" ".join(words[:-1]))
        plural = not thing.startswith(("a ", "an ")) and words[-2].endswith("s")
        return f"{'Are' if plural else 'Is'} {thing} {words[-1]}?"
    if len(words) == 2 and is_adjective(name) and re.fullmatch(r"[a-z]+[^s]s", words[0]):
        # "Clips reusable": said of the parts it names, "Are the clips reusable?".
        return f"Are the {name}?"
    if is_adjective(name) or (
        (words[0].endswith("ed") or is_adjective(words[0]))
        and (len(words) == 1 or words[1] in ("to", "in", "on", "for", "by", "with"))
    ):
        # "Dishwasher safe", "Roasted to order", "Suitable for children" (round 30: not "Does it
        # have suitable for …?"): said of the product.
        return f"{voice.be.capitalize()} {it} {name}?"
    if name.startswith("use "):
        return f"Can {it} be used {name[4:]}?"
    if verb and not ENDS_OPEN.search(name):
        return f"{does.capitalize()} {it} {verb['verb'][:-1]} {verb['rest']}?"
    if (
        verb
        or is_material(name)
        or is_material(words[-1])
        or any(w.endswith(("ing", "ly", "ed")) for w in words)
    ):
        return None  # "Does it have a cast iron?" asks nothing
    if words[-1].endswith(_MASS_ENDINGS):
        # "Continuous drainage", "Oscillation": no article ("Does it have oscillation?").
        return f"{does.capitalize()} {it} have {name}?"
    return f"{does.capitalize()} {it} have {noun_phrase(name)}?"


def flag_answer(word: str, rest: str) -> str:
    """ "Yes." / "No – rinse with hot water only." / "Yes (top rack)."."""
    rest = rest.lstrip(",;:").strip()
    if not rest:
        return f"{word}."
    if rest[:1] in "–-(":
        return f"{word} {rest.rstrip('.')}."
    return f"{word}, {lower_first(rest).rstrip('.')}."
