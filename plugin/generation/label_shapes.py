"""Round 51: labels the FAQ asked "What is the … like?" (or "Which … does it have?") that a
shopper asks in another shape.

Raters of round 52's FAQs read "What are the <parts> like? — The <parts> are <a place>.", "… are
included.", "What is the <fuel, technique or age label> like?" and "Which <verb label> does it
have? — <a bare number>." as a database, not a shopper. Each is asked by what its value says:

- a place on the product ("top and bottom", "top", "both sides"): "Where are the … ?";
- "included" (alone, or after what is included): "Are the … included? — Yes, …";
- a fuel: "What fuel does it use?"; a technique or method: "How is it made?";
- an age, a year level or a grade level (never a bare "Grade": a quality's grade is no
  school's): "Who is it for? — It is for ages 8–12.";
- a bare count under "Sleeps", "Seats", "Feeds": "How many people does it sleep?";
- a count of a stuff under a plural part ("Legs: 4 x oak"): "How many legs does it
  have? — It has 4 oak legs." (never "It has 4 x oak.");
- a weight or thickness then a stuff ("Seat: 12 mm moulded beech"): "What is the seat made
  of?"; a rating then a part ("Motor: 40 W brushless"): "What motor does it have? — It has a
  40 W brushless motor."; a connectivity: "How does it connect?".
"""

from __future__ import annotations

import re

from plugin.generation.fact_words import MATERIAL_WORDS
from plugin.generation.faq_values import options_of
from plugin.generation.part_words import PARTS
from plugin.generation.said_values import lower_first
from plugin.generation.value_shapes import article
from plugin.generation.voice import Voice

_PLACE = r"(?:the )?(?:front|back|rear|top|bottom|base|sides?|left|right|inside|outside|ends?)"
_PLACES = re.compile(
    rf"(?i)^(?:both sides|each side|either side|each end|both ends|{_PLACE}"
    rf"(?:(?:, | and | or | & ){_PLACE})*)$"
)
_INCLUDED = re.compile(r"(?i)^(?:(?P<what>[^,;()]+?),? )?\(?(?P<neg>not )?included\)?$")
_FUEL = re.compile(r"^(?:fuel|fuels|fuel type)$")
_MADE_BY = re.compile(r"^(?:technique|techniques|method|making method|process)$")
_FOR_WHOM = re.compile(
    r"^(?:suitable )?(?:(?P<ages>age|ages|age range)|(?P<years>year levels?|school years?|"
    r"years)|(?P<grades>school grades?|grade levels?))$"
)
_COUNTED_PEOPLE = {"sleeps": "sleep", "seats": "seat", "feeds": "feed"}
_TIMES = re.compile(r"^(?P<n>\d+) ?[x×] ?(?P<what>[a-z][a-z -]{1,30})$")
_THICK = re.compile(
    r"^\d+(?:[.,]\d+)? ?(?:gsm|g/m²|g/m2|oz|denier|mm)\b (?P<stuff>[A-Za-z][A-Za-z -]{2,40})$"
)
_RATED = re.compile(r"^\d+(?:[.,]\d+)? ?(?:W|kW|V|mAh|Ah|Wh)\b[a-z -]*$")
# Parts a rating is said before (beside ``PARTS``): "a 5000 mAh battery", "a 6 W bulb".
_RATED_PARTS = frozenset("battery bulb charger element heater panel speaker lamp".split())
_CONNECTS = re.compile(r"^(?:connectivity|connection|connections|connects)$")


# Materials of outdoor and technical goods beside ``MATERIAL_WORDS``.
_MORE_STUFF = frozenset(
    "fibreglass fiberglass carbon ripstop neoprene acrylic polypropylene polyethylene "
    "polycotton elastane spandex tarpaulin".split()
)


def _stuff(phrase: str) -> bool:
    """ "oiled linen canvas", "brushed merino wool": a phrase that ends in a material."""
    last = phrase.lower().split()[-1]
    return any(w in MATERIAL_WORDS or w in _MORE_STUFF for w in (last, last.split("-")[-1]))


def shaped_question(name: str, be: str, value: str, voice: Voice) -> tuple[str, str] | None:
    """The question and answer a shopper would write for label ``name`` (lower case, ``be``
    its verb) and ``value``; ``None`` where none of the shapes above fits."""
    value = value.strip().rstrip(".")
    if name.split()[-1] in MATERIAL_WORDS:
        be = "is"  # "Canvas: …" is one stuff, not several canvases
    it = voice.subject.lower()
    does = "do" if voice.plural else "does"
    if _PLACES.match(value):
        place = lower_first(value)
        place = place if place.startswith(("the ", "both ", "each ", "either ")) else f"the {place}"
        return f"Where {be} the {name}?", f"The {name} {be} on {place}."
    included = _INCLUDED.match(value)
    if included:
        question = f"{be.capitalize()} the {name} included?"
        if included["neg"]:
            return question, f"No, the {name} {be} not included."
        what = included["what"]
        if what and what.lower() != name and " " not in what:
            # "Wick: cotton, included": what it is made of, said before the part.
            return question, f"Yes, the {lower_first(what)} {name} {be} included."
        if what and what.lower() != name:
            return question, f"Yes, the {name} {be} included: {lower_first(what)}."
        return question, f"Yes, the {name} {be} included."
    if _FUEL.match(name):
        return f"What fuel {does} {it} use?", f"{voice.subject} {voice.verb('uses')} {value}."
    if _MADE_BY.match(name) and len(value.split()) <= 5:
        how = lower_first(value)
        noun = name.split()[-1].rstrip("s")
        said = how if how.endswith(noun) else f"the {how} {noun}"
        return f"How {voice.be} {it} made?", f"{voice.subject} {voice.be} made with {said}."
    whom = _FOR_WHOM.match(name)
    if whom and len(value.split()) <= 5:
        word = "ages" if whom["ages"] else "years" if whom["years"] else "grades"
        shown = f"{word} {value}" if value[:1].isdigit() else lower_first(value)
        return f"Who {voice.be} {it} for?", f"{voice.subject} {voice.be} for {shown}."
    if name in _COUNTED_PEOPLE and re.fullmatch(r"\d+", value):
        verb = _COUNTED_PEOPLE[name]
        people = "one person" if value == "1" else f"{value} people"
        return (
            f"How many people {does} {it} {verb}?",
            f"{voice.subject} {voice.verb(name)} {people}.",
        )
    return _made_or_rated(name, be, value, voice)


def _made_or_rated(name: str, be: str, value: str, voice: Voice) -> tuple[str, str] | None:
    """A counted stuff, a weighed stuff, a rated part or a connectivity (see above)."""
    it = voice.subject.lower()
    does = "do" if voice.plural else "does"
    has = f"{voice.subject} {voice.verb('has')}"
    counted = _TIMES.match(value)
    if counted and be == "are" and _stuff(counted["what"]):
        what = counted["what"].strip()
        return f"How many {name} {does} {it} have?", f"{has} {counted['n']} {what} {name}."
    thick = _THICK.match(value)
    if thick and _stuff(thick["stuff"]):
        return f"What {be} the {name} made of?", f"The {name} {be} {value}."
    if _RATED.match(value) and be == "is" and (name in PARTS or name in _RATED_PARTS):
        rated = f"{value} {name}"
        return f"What {name} {does} {it} have?", f"{has} {article(rated)} {rated}."
    if _CONNECTS.match(name):
        # Each way as written: "Bluetooth" is a name, never lowered.
        items = options_of(value)
        ways = ", ".join(items[:-1]) + f" or {items[-1]}" if len(items) > 1 else value
        return f"How {does} {it} connect?", f"{voice.subject} {voice.verb('connects')} via {ways}."
    return None
