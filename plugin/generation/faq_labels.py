"""How a label reads inside an FAQ question, and which labels a shopper would ask about."""

from __future__ import annotations

import re

from plugin.generation.two_languages import english_words
from plugin.generation.value_shapes import (
    is_adjective,
)


def _caps_words(label: str) -> bool:
    """Whether a label a shop wrote in capitals is plain English words ("SIZE", "DRONE
    FITTING"), not an abbreviation ("STD", "UV") nor a key."""
    words = label.strip().lower().split()
    english = english_words()
    return bool(words) and all(
        len(w) >= 4 and (w in english or w.rstrip("s") in english) for w in words
    )


# Labels that say how the platform sells it, not a fact a shopper asks about.
NOT_ASKED = re.compile(r"^(grouped|linked) products?$|^bundle type$|^sold as$")

# A label that is a statement about the product: "Works on induction hobs", "Converts to
# monopod"; "Fits people up to" ends with a preposition and asks nothing a shopper would.
VERB_LED = re.compile(r"^(?P<verb>[a-z]+[^s]s) (?P<rest>.+)$")
# A label left unfinished: "Suitable for", "Eat within" (round 30), never asked nor said in a frame.
# Round 31: a label that opens with a preposition, a determiner or a modal ("For pipe", "Each
# refill", "Can be trimmed") reads as part of a sentence, not a thing a question can name ("What
# is the for pipe?", "What kind of each refill does it have?").
LEADING_WORDS = frozenset(
    "for with to from of on in at by into onto each every any all no can will may should must "
    "a an the".split()
)
# A label that ends in a verb said of what comes before it ("Price covers", "Colour varies"),
# or two verbs joined ("Pause or stop"): a clause, never asked as a thing.
ENDS_IN_VERB = re.compile(
    r"\b(includes|contains|covers|differs|varies|applies|means|comes|goes|needs|changes)$"
)
ENDS_OPEN = re.compile(r"\b(to|up to|for|with|on|in|of|from|within|before|after|by|per|than)$")


def asked_label(label: str) -> str:
    """A label as it reads inside a question: "Dishwasher Safe" and "TOOLS" in lower case, an
    abbreviation or a unit inside a longer label kept ("Comfort temperature (ISO 23537)",
    "pH")."""
    words = label.strip().split()
    if all(w.isupper() for w in words if w.isalpha()):
        return label.strip().lower()
    return " ".join(w if any(c.isupper() for c in w[1:]) else w.lower() for w in words)


def names_it(name: str) -> bool:
    """Whether a label is a word of the question itself ("Included", "Note"), not a thing."""
    return name in ("included", "note", "notes", "details", "features", "extras", "other")


def plain_label(label: str) -> bool:
    """A label that reads as English words a question can hold: not a key ("FOOD_CONTACT"),
    not a unit-tagged column ("Size mm"), not a label that is a whole statement."""
    shown = label.strip()
    return (
        "_" not in shown
        and not re.search(r"[()\[\]/:\d]", shown)
        and len(shown.split()) <= 4
        and not (shown.isupper() and len(shown) > 3 and not _caps_words(shown))
    )


# A label asked as "What is the …?": a measure or an amount, not a part ("What time does it
# have?" is no question); a label that ends in a unit ("Max pressure bar") is a column.
AMOUNT_LAST = re.compile(
    r"\b(size|length|width|height|depth|time|pressure|head|area|class|level|rate|quantity|"
    r"count|range|angle|gain|temperature|speed|distance|capacity|life|reduction|resistance|"
    r"power|diagonal|licen[cs]e|[a-z]+(al|age|ance|ence|ity|ness|tion|sion))$"
)


# Labels no shopper asks about in their own words (round 21's raters: "What type does it
# have?", "What you send does it have?", "What editable does it have?", "What std does it
# have?"): a word too vague to ask, a pronoun that makes the label a clause, an abbreviation.
VAGUE_LABELS = frozenset(
    "type types style kind model version note notes features feature details detail other "
    "info information description extras misc general spec specs".split()
)
_PRONOUN_LED = frozenset("you we i they it your our my".split())
_ABBREVIATION = re.compile(r"\b[A-Z]{2,4}\b")


def has_abbreviation(label: str) -> bool:
    """Whether a label holds an abbreviation ("STD", "UV index"); a label a shop writes all in
    capitals ("INTERNAL SIZE") is a style, not one."""
    shown = label.strip()
    if shown.isupper():
        return bool(re.fullmatch(r"[A-Z]{2,4}", shown)) and not _caps_words(shown)
    return bool(_ABBREVIATION.search(shown))


_STATE_WORDS = frozenset("dry ready free safe proof friendly resistant wet hard soft".split())


PER = re.compile(r"^(?P<what>[a-z]+) per (?P<each>[a-z]+)$")


def asked_as_noun(label: str, name: str) -> bool:
    """Whether a label reads as a noun phrase a shopper would ask about: not an abbreviation
    ("STD", "UV"), a state ("Editable", "Touch dry"), a clause ("You send"), a vague word
    ("Type"), or a label that ends in "per" ("Sold per")."""
    words = name.split()
    return not (
        not words
        or has_abbreviation(label)
        or name in VAGUE_LABELS
        or words[0] in _PRONOUN_LED
        or words[-1] == "per"
        or ("per" in words and not PER.match(name))
        or is_adjective(name)
        or words[-1] in _STATE_WORDS
        # Round 33: "Table" and "Drive" name things; the ending alone made them states, and a
        # listing whose one fact was such a part got an empty FAQ.
        or re.fullmatch(r"\w{2,}(?:able|ible)|\w{3,}ive", words[-1]) is not None
    )
