"""A label that is the start of a sentence its value finishes, asked as a shopper asks it
(round 32).

"Fits posts up to: 3 in (76 mm)" is a statement of the product cut at its label: asked from the
label it made no question at all (round 31 rightly drops "What is the fits posts up to?"), and a
listing whose only fact had such a label got an empty FAQ (heldout34's raters). Said whole, it
answers the question its verb asks: "What does it fit? — It fits posts up to 3 in (76 mm)."
"""

from __future__ import annotations

import re

from plugin.generation.faq_flags import yes_or_no
from plugin.generation.faq_labels import ENDS_OPEN, VERB_LED
from plugin.generation.said_values import lower_first
from plugin.generation.voice import Voice

# The question a statement's verb answers, by the verb's plain form.
_ASKED = {
    "fit": "What {does} {it} fit?",
    "suit": "What {does} {it} suit?",
    "take": "What {does} {it} take?",
    "hold": "How much {does} {it} hold?",
    "work": "What {does} {it} work with?",
    "cover": "What {does} {it} cover?",
    "reach": "How far {does} {it} reach?",
    "cut": "What {does} {it} cut?",
    "convert": "What {does} {it} convert to?",
    "connect": "What {does} {it} connect to?",
    "seat": "How many {does} {it} seat?",
    "sleep": "How many {does} {it} sleep?",
    "serve": "How many {does} {it} serve?",
}


def _plain_form(verb: str) -> str:
    """ "fits" → "fit", "reaches" → "reach"."""
    if verb.endswith(("ches", "shes", "sses", "xes")):
        return verb[:-2]
    return verb[:-1]


def clause_question(label: str, value: str, voice: Voice) -> tuple[str, str] | None:
    """ "Fits posts up to" and "3 in (76 mm)" as ("What does it fit?", "It fits posts up to 3 in
    (76 mm)."); ``None`` for a label that is no statement left open, a verb no question is
    kept for, or a value that is a yes or no."""
    name = label.strip().lower()
    led = VERB_LED.match(name)
    shown = value.strip().rstrip(".")
    if not led or not ENDS_OPEN.search(name) or not shown or yes_or_no(shown):
        return None
    plain = _plain_form(led["verb"])
    asked = _ASKED.get(plain)
    if asked is None:
        return None
    it = voice.subject.lower()
    question = asked.format(does="do" if voice.plural else "does", it=it)
    said = f"{voice.subject} {voice.verb(led['verb'])} {led['rest']} {lower_first(shown)}."
    return question, re.sub(r"\s+", " ", said)
