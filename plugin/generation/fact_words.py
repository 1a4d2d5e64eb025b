"""The words the frames read an attribute by, shared by the frames of ``phrasing`` and its
sibling modules: verbs, participles, auxiliaries and prepositions a name or value opens with,
names of uses and ages, material words and describing endings; with the small sayers of a name
(``said_name``), a value (``spelled``), a list (``listed``) and an item (``item_name``), and
whether a fact reads as a sentence alone (``reads_as_sentence``).
"""

from __future__ import annotations

import re

from plugin.generation.labels import shown_label
from plugin.generation.said_values import join_values, lower_values
from plugin.generation.value_shapes import noun_phrase

# Abbreviations whose full stop would end the sentence: "approx. 40 hours" reads "about 40
# hours" ("Its power reserve is approx." / "40 hours." was split there).
_ABBREVIATED = {"approx": "about", "ca": "about", "max": "up to", "min": "at least"}
_ABBREVIATION = re.compile(r"\b(approx|ca|max|min)\.\s*(?=\d)", re.IGNORECASE)


def spelled(value: str) -> str:
    """A value with its abbreviations before a number written out, so no full stop but the
    sentence's own ends it."""
    return _ABBREVIATION.sub(lambda m: _ABBREVIATED[m.group(1).lower()] + " ", value)


def said_name(name: str) -> str:
    """An attribute's name inside a sentence: lower case, but its abbreviations as the shop
    wrote them ("IP rating" stays "IP rating", not "ip rating")."""
    words = name.strip().replace("_", " ").split()
    if len(words) > 0 and all(w.isupper() or not w.isalpha() for w in words):
        # A label the shop wrote all in capitals ("WIRES", "ORIGIN OF WHEAT") is said as the
        # list shows it, codes kept ("UV PROTECTION" → "UV protection"; heldout20: "Its WIRES").
        words = shown_label(" ".join(words)).split()
    return " ".join(w if len(w) > 1 and w.isupper() else w.lower() for w in words)


# Materials read without an article: "It has a full-grain leather" is not English.
MATERIAL_WORDS = frozenset(
    """leather wood cotton wool linen silk steel paper flour glass hardware bamboo oak walnut
    beech ash pine cedar maple teak brass copper aluminium aluminum iron titanium plastic rubber
    silicone nylon polyester canvas denim suede felt cork clay ceramic porcelain stoneware
    marble granite slate stone concrete resin foam latex down fleece velvet satin jersey
    merino cashmere alpaca mohair hemp jute sisal rattan wicker""".split()
)
DESCRIBING_ENDINGS = ("ed", "ing", "able", "ible", "al", "ic", "ive", "ous", "ful", "less")


def reads_as_sentence(name: str, value: str) -> bool:
    """Facts a buyer needs in the prose even without a reason: what it works with or suits,
    and values that already say what it does ("Does not expire", "Sent by email")."""
    words = name.lower().split()
    first = value.split()[0].lower() if value.split() else ""
    half = len(words) > 1 and words[-1] in PREPOSITIONS and words[0] != "sold"
    said = first in AUXILIARIES or (first in PARTICIPLES and len(value.split()) > 1)
    told = (
        name.lower().strip() in SENSORY | USES | FOR_NAMES | NOT_FOR_NAMES | VERB_VALUES | AGES
        or (participle_name(name))
    )
    # "Does not bond: Polyethylene" is what it does not do (round 24).
    refused = bool(re.match(r"(does not|doesn't) [a-z]+$", name.lower().strip()))
    return half or said or told or refused


def participle_name(name: str) -> bool:
    """ "Roasted", "Hand-dyed": a name that is a verb's participle, not "Speed" or "Feed"."""
    lowered = name.lower().strip()
    one_word = " " not in lowered and len(lowered) > 4
    return one_word and lowered.endswith("ed") and not lowered.endswith(("eed", "bed"))


def listed(items: list[str]) -> str:
    return join_values(lower_values(items))


AGES = {"age", "ages", "age range", "recommended age", "suitable age", "age group"}


# Values that are already a verb phrase: "Validity: Does not expire" reads "It does not
# expire"; "Delivery: Sent by email" reads "It is sent by email".
# Attribute names that start with a verb: "Works with", "Fits", "Attaches to".
NAME_VERBS = {"works", "fits", "suits", "pairs", "connects", "attaches", "mounts", "clips"}
AUXILIARIES = {"does", "can", "will", "must", "should"}


PREPOSITIONS = {"by", "in", "with", "from", "to", "for", "on", "at", "after", "under"}
PARTICIPLES = {
    "sent",
    "made",
    "built",
    "sold",
    "worn",
    "grown",
    "written",
    "woven",
    "sewn",
    "hand-made",
    "handmade",
    "shipped",
    "knit",
    "hand-knit",
    "spun",
    "cast",
    "blown",
    "hand-sewn",
    "hand-built",
}


USES = {"uses", "use", "good for", "ideal for", "use for", "applications"}
# Names whose one value says what the product is for (round 24: heldout26's drafts left it to
# the list): "Use: Behind radiators on outside walls", "Best for: Fine to medium yarns".
FOR_NAMES = {"use", "uses", "for", "best for", "good for", "ideal for", "suitable for"}
NOT_FOR_NAMES = {"not for", "not suitable for", "unsuitable for", "not recommended for"}


# What a food, drink or scent is like: the facts its buyer reads the prose for.
SENSORY = {"tasting notes", "flavour", "flavor", "flavours", "flavors", "aroma", "taste", "notes"}


VERB_VALUES = {
    "contains",
    "keeps",
    "holds",
    "fits",
    "lasts",
    "works",
    "charges",
    "folds",
    "packs",
    "stays",
    "makes",
    "brews",
    "runs",
    "covers",
    "measures",
    "detects",
    "monitors",
    # Round 24 (heldout26): "Pins: Takes standard blocking pins" read "has takes …", and
    # "Bonds: Metal, Wood" "Its bonds are metal …": a verb the value or name opens with.
    "takes",
    "bonds",
    "accepts",
    "grips",
    "sticks",
}


def item_name(name: str) -> str:
    """An item of a set as it reads in a sentence: "Drawstring bag" → "a drawstring bag",
    "20 spare pins" stays; a link in it is left out (the list has it)."""
    shown = re.sub(r"\s*\([^)]*https?://[^)]*\)", "", name.strip())
    return noun_phrase(shown)


# Labels naming a mark on the product or a paper that comes with it: a state in their value is
# theirs ("Roast date: Printed on the bag" → "Its roast date is printed on the bag"; round 29:
# "Gauge chart: Printed on the envelope" was "It is printed on the envelope").
MARKS = frozenset(
    "date code number label labels logo name instructions batch chart guide manual leaflet "
    "booklet diagram".split()
)
