"""Round 50: a part asked "What kind of <part> does it have?" asked as a shopper asks it.

Blind raters of round 49's FAQs called "What kind of frame does it have? — It has a bamboo
frame." stiff on many listings, and "What kind of outer does it have?" not English: a part
whose value is what it is made of is asked what it is made of ("What is the frame made of? —
The frame is made of bamboo."), an "outer" or "inner" is the outside or the inside, and a
closure is asked how it closes ("How does it close? — It closes with a toggle."). Any other
kind of part ("a push-button catch") keeps its question.
"""

from __future__ import annotations

import re

from plugin.generation.asked_of_part import _made_of
from plugin.generation.faq_said import _made_of as _names_stuff
from plugin.generation.had_articles import is_plural
from plugin.generation.value_shapes import article
from plugin.generation.voice import Voice

_KIND_ASKED = re.compile(r"^What kind of (?P<part>[a-z]+) (?:does|do) (?:it|they) have\?$")
_HAS = re.compile(r"^(?:It|They) (?:has|have) (?:an? )?(?P<value>[^.;:]+?) (?P<part>[a-z]+)\.$")
# A part's word that is an adjective said as a noun: the side it names.
_SIDES = {"outer": "outside", "inner": "inside"}
# Words of a part's shape, not of its stuff ("conical ceramic burrs" are a kind of burr).
_SHAPES = frozenset(
    """conical cylindrical flat round rounded square oval curved straight tapered serrated
    pointed angled domed fluted ribbed hooked""".split()
)
# A part that is how it shuts: the verb it is asked with.
_SHUTS = {"closure": "close", "fastening": "fasten", "fastener": "fasten"}


def part_asked(question: str, answer: str, voice: Voice) -> tuple[str, str]:
    """ "What kind of <part> does it have? — It has a <value> <part>." asked by what the value
    says of the part; the item as it is where the value is no stuff and the part no closure."""
    asked = _KIND_ASKED.match(question)
    said = _HAS.match(answer)
    if not asked or not said or said["part"] != asked["part"]:
        return question, answer
    part, value = asked["part"], said["value"]
    if part in _SHUTS and not value[:1].isdigit():
        verb = _SHUTS[part]
        it = voice.subject
        return (
            f"How {'do' if voice.plural else 'does'} {it.lower()} {verb}?",
            f"{it} {voice.verb(verb + 's')} with {article(value)} {value}.",
        )
    # A stuff first ("felt padding") or last ("brushed bronze"), never a kind of part whose
    # stuff is only inside it ("carbon steel barbed" hooks).
    if _SHAPES & set(value.lower().split()):
        return question, answer
    if _made_of(value) or _names_stuff(value.split()[0]):
        part = _SIDES.get(part, part)
        be = "are" if is_plural(part) else "is"
        return f"What {be} the {part} made of?", f"The {part} {be} made of {value}."
    return question, answer
