"""Round 51: a tag with a known reason said as a sentence where no yes/no frame fits it.

A shop's tag ("padded strap", "single source") whose reason the rules know
was left to nothing: the yes/no frames read a part only where its last word is a known part,
so "It has a <describing word> <thing>" never came, and the tag with its reason was lost
(raters asked for such tags by name). Two shapes, each only for a tag:

- a describing word or a material before a thing ("reflective band", "copper nozzle"): "It has a
  reflective band"; a container ("resealable tin") is what it comes in;
- a single source ("single orchard"): "It comes from a single orchard", with the listing's place
  where it gives a plain one ("from a single orchard in Tyrol"), as one line: the place said
  alone is a bare fact beside it.

A tag naming a material ("cast bronze"), the product's own kind or an activity ("imaginative
play") fits none: the thing must be one the table below names.
"""

from __future__ import annotations

import re

from plugin.generation.material_reasons import is_material
from plugin.generation.part_words import PARTS
from plugin.generation.value_shapes import noun_phrase
from plugin.generation.voice import Voice

# Things a tag may name after a describing word, beyond the parts: what a buyer sees or uses.
THINGS = PARTS | frozenset(
    """mouth lanyard strip stripe band claw claws eyes finish window wick slot slots nose jaws
    edges edge corners stitching seams paint glaze coating lacquer varnish rose teeth pot pan
    plate keycaps sole""".split()
)
# Things that hold the product: it comes in them ("comes in a resealable tin").
CONTAINERS = frozenset("pack packet tin sachet pouch jar bottle box tube carton bag".split())
# Said without an article: a coat on the product, not one of its parts.
_COATS = frozenset("paint glaze coating lacquer varnish stitching".split())
# Endings of a describing word before a thing: "adjustable", "curved", "reflective", "non-toxic".
_DESCRIBING = ("able", "ible", "ed", "ive", "proof", "toxic")
_SOURCE = re.compile(r"single[- ](?P<where>farm|estate|source|orchard|vineyard|apiary|garden)")
# A place as a shop writes it: capitalised words, commas between ("Tyrol, Austria").
_PLACE = re.compile(r"[A-Z][\w'.-]*(?:,? [A-Z][\w'.-]*){0,4}")


def _describes(word: str) -> bool:
    """Whether a tag's first word describes its thing ("adjustable", "hammered", "non-stick"),
    or names what the thing is made of ("brass")."""
    # Round 53: "non-stick", "non-slip" describe their thing as much as "adjustable".
    return word.endswith(_DESCRIBING) or word.startswith("non-") or is_material(word)


def tag_lead(tag: str, voice: Voice, origin: str = "") -> str | None:
    """The tag said of the product in one of the two shapes, or ``None``; ``origin`` is the
    listing's origin value, if any."""
    lowered = " ".join(tag.strip().lower().split())
    found = _SOURCE.fullmatch(lowered)
    if found:
        place = f" in {origin.strip()}" if _PLACE.fullmatch(origin.strip()) else ""
        return f"{voice.subject} {voice.verb('comes')} from a single {found['where']}{place}"
    words = lowered.split()
    if len(words) != 2 or not all(re.fullmatch(r"[a-z][a-z-]+", w) for w in words):
        return None
    modifier, thing = words
    if not _describes(modifier) or is_material(thing):
        return None
    if thing in CONTAINERS:
        return f"{voice.subject} {voice.verb('comes')} in {noun_phrase(lowered)}"
    if thing not in THINGS:
        return None
    said = lowered if thing in _COATS else noun_phrase(lowered)
    return f"{voice.subject} {voice.verb('has')} {said}"
