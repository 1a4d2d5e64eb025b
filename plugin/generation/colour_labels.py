"""Which attribute names a colour, and which of its values reads as a colour: "Handle colour"
does and "Colour temperature" does not; "Bottle green" does and "Not offered" does not.
"""

from __future__ import annotations

import re

from plugin.generation.part_words import PARTS
from plugin.generation.two_languages import plainly_english

_COLOUR = ("color", "colour", "colors", "colours")


def part_colour(name: str) -> bool:
    """ "Clip colour", "Strap color": a part's colour, not the product's."""
    words = name.strip().lower().split()
    return len(words) == 2 and words[0] in PARTS


def colour_named(name: str) -> bool:
    """ "Colour" or "Handle colour", not "Colour temperature": the colour word is the head."""
    words = name.strip().lower().split()
    return bool(words) and words[-1] in _COLOUR


_NOT_A_COLOUR = re.compile(
    r"\b(not|no|none|n/a|na|unavailable|available|offered|only|ask|see|contact|request|"
    r"varies|vary|random|assorted)\b|[;:–—]|\s-\s"
)


def reads_as_colour(value: str) -> bool:
    """Whether a colour attribute's value names a colour ("Bottle green", "Black / gold"), not a
    note about colours ("Not offered – stock colours only": round 26, said as one more colour
    to choose from). A note stays in the list."""
    return not _NOT_A_COLOUR.search(value.lower()) and len(value.split()) <= 5


def colour_name(value: str) -> str:
    """ "Heather Grey" → "heather grey"; a code such as "RAL 5015" keeps its case; a colour in
    two languages is said on its English half ("Gris / Grey" → "grey", round 35)."""
    value = plainly_english(value) or value
    return value if value.isupper() else value.lower()
