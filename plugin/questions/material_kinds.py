"""Which kind of a material a line names (round 36).

"What wood is the spoon made of?" is answered by "solid cherry", and "what hair is the brush?"
by "squirrel hair": the line names a kind of the material the question asks about, which the
general list of materials (`lexicon.MATERIALS`) does not hold.
"""

from __future__ import annotations

import re

from plugin.questions.lexicon import COLOURS, fold

# "what wood …", "which stone …", "what kind of leather …"; not "which metal": copper, silver
# and brass name finishes and colours as often as metals
_KIND_ASKED = re.compile(
    r"\b(?:what|which)\s+(?:kind of\s+|sort of\s+|type of\s+)?(?P<noun>wood|timber|hair|"
    r"bristles?|stone|leather|fibre|fiber|fabric|cloth|glass|plastic|clay)\b"
)
_KINDS = {
    "wood": "beech oak ash pine birch maple walnut cherry olive bamboo teak spruce larch cedar "
    "elm alder poplar linden acacia plywood mdf hardwood softwood chestnut hazel willow "
    "mahogany rosewood ebony boxwood",
    "hair": "goat horse hog boar squirrel sable badger camel nylon taklon",
    "stone": "granite marble slate basalt soapstone limestone sandstone quartz",
    "leather": "cowhide calfskin goatskin sheepskin suede nubuck",
    "fibre": "cotton wool linen hemp jute silk polyester nylon acrylic viscose merino",
    "glass": "borosilicate",
    "plastic": "polypropylene polyethylene pvc acrylic silicone nylon",
    "clay": "stoneware earthenware terracotta porcelain kaolin",
}
_SAME = {
    "timber": "wood",
    "bristle": "hair",
    "bristles": "hair",
    "fiber": "fibre",
    "fabric": "fibre",
    "cloth": "fibre",
}


# A kind of wood, hair, stone or leather is a material whatever was asked ("goat hair",
# "solid beech"), unless it is also a colour ("olive", "ash"); the other kinds are in
# `lexicon.MATERIALS` or may be something else.
MATERIAL_KINDS = frozenset(
    w
    for noun in ("wood", "hair", "stone", "leather")
    for w in _KINDS[noun].split()
    if w not in COLOURS
)


def kinds_of(noun: str) -> frozenset[str]:
    """The kinds of the material ``noun`` names ("wood" → beech, oak, ash …), colours
    included: "a seat of ash" names a wood when a wood is what is asked (round 49)."""
    return frozenset(_KINDS.get(_SAME.get(noun, noun), "").split())


def names_material_kind(question: str, text: str) -> bool:
    """Whether the question asks which kind of a material ("what wood …") and ``text`` names
    one of its kinds: the material's own noun ("a wooden case") does not say which."""
    asked = _KIND_ASKED.search(fold(question))
    if not asked:
        return False
    noun = _SAME.get(asked.group("noun"), asked.group("noun"))
    said = set(re.findall(r"[a-z]+", fold(text)))
    return bool(said & set(_KINDS[noun].split()))
