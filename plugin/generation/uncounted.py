"""Nouns that name an act, a service or a state, said without "a" in the FAQ (round 30).

heldout32's raters marked "Is a <service> included?" as ungrammatical where the thing left out
is something done for the buyer or a state ("a <verb>ing", "a <verb>ation"), not an item in the
box: "Is <verb>ing included? — No, <verb>ing is not included.". The rule goes by the noun's
ending, never by a listing's word.
"""

from __future__ import annotations

from plugin.generation.noun_frames import THING_ING

# Endings of nouns of an act or a state; "station" and "ration" end alike but are counted.
_ACT_ENDINGS = ("ation", "ution", "ition", "ssion", "ness")
_COUNTED = frozenset("station ration nation".split())


def uncounted(word: str) -> bool:
    """Whether a noun names an act or a state and takes no "a": "sharpening", "installation"
    ("lining", "fitting" and "bearing" name things and keep it)."""
    word = word.lower()
    if word in _COUNTED or word in THING_ING:
        return False
    return word.endswith(_ACT_ENDINGS) or (word.endswith("ing") and len(word) > 6)
