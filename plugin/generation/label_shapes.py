"""Round 51: labels the FAQ asked "What is the … like?" (or "Which … does it have?") that a
shopper asks in another shape.

Raters of round 52's FAQs read "What are the <clips> like? — The <clips> are front and back.",
"What are the <fixings> like? — The <fixings> are included.", "What is the fuel like?", "What is
the technique like?", "What are the year levels like?" and "Which sleeps does it have? — 1." as a
database, not a shopper. Each is asked by what its value says:

- a place on the product ("front and back", "top", "both sides"): "Where are the … ?";
- "included" (alone, or after what is included): "Are the … included? — Yes, …";
- a fuel: "What fuel does it use?"; a technique or method: "How is it made?";
- an age, a year level or a grade: "Who is it for? — It is for ages 8–12.";
- a bare count under "Sleeps", "Seats", "Feeds": "How many people does it sleep?".
"""

from __future__ import annotations

import re

from plugin.generation.said_values import lower_first
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
    r"years)|(?P<grades>grades?|grade levels?))$"
)
_COUNTED_PEOPLE = {"sleeps": "sleep", "seats": "seat", "feeds": "feed"}


def shaped_question(name: str, be: str, value: str, voice: Voice) -> tuple[str, str] | None:
    """The question and answer a shopper would write for label ``name`` (lower case, ``be``
    its verb) and ``value``; ``None`` where none of the shapes above fits."""
    value = value.strip().rstrip(".")
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
    return None
