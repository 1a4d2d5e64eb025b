"""The place an origin claim names, read after its verb: the leading place and a country after
it ("Huila, Colombia"), the most specific of several, and words that are no place (a material,
an article, a month or season)."""

from __future__ import annotations

import re

from babel import Locale

from plugin.guardrails.places import Place, PlaceMention
from plugin.guardrails.vocabulary import MATERIALS

COUNTRY_AFTER = re.compile(r",\s*((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})")


def leading(mentions: list[PlaceMention], text: str) -> list[PlaceMention]:
    """The place right at the start of ``text``, and a country after it ("Huila, Colombia")."""
    out: list[PlaceMention] = []
    for mention in mentions:
        if not out and mention.start != 0:
            break
        if out and not re.fullmatch(r",?\s*", text[out[-1].end : mention.start]):
            break
        out.append(mention)
    return out


def most_specific(places: list[Place]) -> Place:
    for place in places:
        if place.level == "subdivision":
            return place
    return places[0]


def is_not_a_place(name: str) -> bool:
    """A material, an article, or a time ("harvested in November", "picked in Spring 2026")."""
    first = name.split()[0]
    return (
        bool(MATERIALS.pattern.fullmatch(name))
        or first in ("A", "An", "The", "Our")
        or first.lower() in _TIMES
    )


def _time_words() -> frozenset[str]:
    """English months and weekdays (CLDR, through babel) and the seasons."""
    english = Locale("en")
    names = [*english.months["format"]["wide"].values(), *english.days["format"]["wide"].values()]
    return frozenset([*(n.lower() for n in names), "spring", "summer", "autumn", "fall", "winter"])


_TIMES = _time_words()
TIME_THEN = re.compile(
    r"(?i:(?:early |late |mid-?)?(?:" + "|".join(sorted(_TIMES)) + r"))(?:\s+\d{4})?"
    r"(?:\s*,)?\s+(?:in|at|on|near|from)\s+(?:the\s+)?"
)
