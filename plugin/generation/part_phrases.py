"""A part said with its material, size and describing words, of the part and never of the
whole ("Face: Oak, 9 x 9 in, grooved" → "a grooved oak face (9 x 9 in)"), for ``more_facts``."""

from __future__ import annotations

import re

from plugin.generation.benefits import is_material
from plugin.generation.colour_labels import colour_named
from plugin.generation.fact_wording import value_items
from plugin.generation.part_words import PARTS
from plugin.generation.value_shapes import article

# Parts a shop names that ``part_words.PARTS`` does not hold (that set also decides frames
# elsewhere): said here only in the part frame.
_MORE_PARTS = frozenset(
    """teat face palm cuff comb bladder nib plate plates hose jaws drum shank ferrule clapper
    ring rings seam seams gnomon""".split()
)
DESCRIBING = re.compile(r"^[a-z]+(-[a-z]+)*$")
_AFTER_NOUN = re.compile(r"^(set|to|with|for|in|on|at|from|up to|fitted|marked)\b")
ADJECTIVE_END = re.compile(
    r"(ed|able|ible|proof|free|less|tight|on|off|grade|top)$"
    r"|^(stiff|soft|hard|firm|thick|thin|wide|narrow|heavy|light|smooth|rough|round|flat)$"
)


def part_phrase(name: str, value: str) -> str | None:
    """ "Face: Oak, 9 x 9 in, grooved" → "a grooved oak face (9 x 9 in)"; "Clip colour: Brass" →
    "a brass clip"; ``None`` where the value is not a part's material with plain details."""
    words = name.split()
    if colour_named(name) or re.search(r"\b(material|finish)$", name):
        if len(words) < 2 or words[-2] not in PARTS or len(value.split()) > 3:
            return None
        if not re.fullmatch(r"[a-z][a-z -]*", value.lower()) or "," in value:
            return None
        part = words[-2]
        return f"{article(value.lower())} {value.lower()} {part}"
    if len(words) != 1 or words[0] not in PARTS | _MORE_PARTS:
        return None
    items = value_items(value)
    if not items or len(items) > 4:
        return None
    part = words[0]
    if (
        all(re.match(r"^\d[\d.,/]*\s?(mm|cm|m|in|ft)$", i.strip()) for i in items)
        and len(items) <= 2
    ):
        # "Hose: 1 m, 25 mm": a part known by its sizes alone; one size is said before the
        # part, as a buyer says it ("Hood: 30 cm" → "a 30 cm hood", round 45).
        if len(items) == 1:
            size = items[0].strip()
            return f"{article(size)} {size} {part}"
        return f"{article(part)} {part} ({', '.join(items)})"
    stuff = items[0].lower()
    tail = stuff.split()[-1] if stuff.split() else ""
    if tail in PARTS and len(stuff.split()) <= 3:
        part, stuff = tail, " ".join(stuff.split()[:-1])
    if not stuff or not (is_material(stuff) or is_material(stuff.split()[-1])):
        return None
    before, after, sizes = [], [], []
    for item in items[1:]:
        low = item.lower()
        if re.match(r"^\d", low) and len(low.split()) <= 4:
            sizes.append(item)
        elif _AFTER_NOUN.match(low) and len(low.split()) <= 5:
            after.append(low)
        elif DESCRIBING.match(low) and ADJECTIVE_END.search(low):
            before.append(low)
        else:
            return None  # "hooked edge and straight back edge": not said as a describing word
    phrase = " ".join([*before, stuff, part])
    plural = part.endswith("s") and not part.endswith("ss")
    said = phrase if plural else f"{article(phrase)} {phrase}"
    if sizes:
        said += f" ({', '.join(sizes)})"
    if after:
        said += " " + " and ".join(after)
    return said
