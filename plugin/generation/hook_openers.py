"""The hook's openers: the ways a description's first line starts, each naming the product,
that the model finishes.
"""

from __future__ import annotations

import re
from itertools import zip_longest

from plugin.domain import Listing
from plugin.generation.fact_roles import SortedFacts
from plugin.generation.said_values import lower_first
from plugin.generation.title_reading import prose_title, single_colour
from plugin.generation.value_shapes import names_part, split_items
from plugin.generation.voice import Voice

# Openers that need no fact. Raters marked "Think of the … as", "Presenting the …:", "Quite
# simply, …" and the like as stock template; openers led by a fact or a reason vary instead.
_PLAIN_OPENERS = (
    "The {title} {be}",
    "This {title} {be}",
)
HOOK_OPTIONS = 3
# A name of at most three plain words: a colour that can lead a sentence ("Sage green", not
# "Neutral; may darken light leather" or "Light grey with white") and a title that can take
# "'s" ("The Notebook's paper is 120gsm").
SHORT_NAME = re.compile(r"[A-Za-z0-9-]+( [A-Za-z0-9-]+){0,2}")


def hook_openers(
    listing: Listing, facts: SortedFacts, turn: int, voice: Voice
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``HOOK_OPTIONS`` ways to start the hook, each naming the product, with the facts it
    uses. Fact-led openers come first when the listing has those facts; the rest rotate."""
    title = prose_title(listing)
    be = voice.be
    led: list[tuple[str, tuple[str, ...]]] = []
    if facts.build and facts.build[0][0].lower() in ("material", "materials", "fabric"):
        material = lower_first(facts.build[0][1])
        # Only one material leads: "Made of ABS plastic top, steel ball bearing, the …" does not.
        given = facts.values_of.get(facts.build[0][0], [])
        single = len(given) <= 1 and len(split_items(material)) == 1 and not names_part(material)
        if single and material.lower() not in title.lower():
            led.append((f"Made of {material}, the {title} {be}", (facts.build[0][1],)))
    colour = single_colour(facts)
    if colour and SHORT_NAME.fullmatch(colour) and colour.lower() not in title.lower():
        led.append((f"In {colour}, the {title} {be}", (facts.colours[0],)))
    plain = [
        (frame.format(title=title, be=be), ())
        for frame in _PLAIN_OPENERS
        if not (voice.plural and frame.startswith("This"))
    ]
    start = turn % len(plain)
    rotated = plain[start:] + plain[:start]
    if led:
        led = led[turn % len(led) :] + led[: turn % len(led)]
    mixed = [o for pair in zip_longest(led, rotated) for o in pair if o is not None]
    return tuple(mixed[:HOOK_OPTIONS])
