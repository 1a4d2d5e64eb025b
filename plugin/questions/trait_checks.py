"""Checks on the lines quoted for a question about a trait of the product: its smell, how
accurate it is, whether it runs big or small, its colour. A range is no accuracy ("reads 0 to
110 °C"), how to pick a size is no cut."""

from __future__ import annotations

import re

from plugin.domain import Listing
from plugin.questions.choices import asked_concepts, listing_choices
from plugin.questions.lexicon import COLOURS, STOPWORDS, fold, words

# How accurate it is is answered by a stated accuracy, not by its range ("reads 0 to 110 °C").
_ACCURACY_ASKED = re.compile(r"\b(?:accura\w*|precis\w*)")
_ACCURACY_SAID = re.compile(r"\b(?:accura\w*|precis\w*|tolerance|within \d)|±|\+/-", re.IGNORECASE)
# Whether it runs big or small ("do they come up big?") is answered by a line on the cut, not by
# how to pick a size from a measure.
_FIT_ASKED = re.compile(r"\b(?:comes? up|runs?|fits?|sized) (?:big|small|large|true)\b")
_FIT_SAID = re.compile(
    r"\b(?:big|bigger|small|smaller|large|larger|true to size|roomy|generous|snug|tight|loose|"
    r"slim|oversized|relaxed)\b",
    re.IGNORECASE,
)


# A smell asked ("does it smell of anything?", "has it got a scent?") is answered by a line on
# its smell or scent ("unscented", "smells of pine"); a smell beside another question ("can I
# return it if I don't like the smell?") is not what is asked.
_SMELL_ASKED = re.compile(
    r"\b(?:smells?|smelling) (?:of|like)\b|\b(?:does|do|will) (?:it|they|the \w+) smell\b|"
    r"\b(?:have|has|got) (?:a|any) (?:smell|scent|odou?r|fragrance|perfume)\b|"
    r"\b(?:what|which) (?:scent|smell|fragrance)\b|\b(?:un)?scented\b"
)
_SMELL = re.compile(r"\b(?:smell\w*|scent\w*|unscented|odou?r\w*|fragran\w*|perfum\w*)\b")


# Colour words that are also metals: "is the nib steel or gold?" asks a material.
_METAL_COLOURS = frozenset({"gold", "silver", "bronze", "copper", "brass", "chrome"})


# A colour the listing names by calling it one ("rust colour.", "a sand-coloured strap"), a name
# the colour list lacks; not a count of colours, a kind of paint, a colour left open or one
# described ("12 colours", "water colour", "any colour", "its warm colour"), nor "colour"
# before a noun ("colour chart") (round 31).
_CALLED_COLOUR = re.compile(r"(?<![\w-])([a-z]{3,})[- ](?:colou?r(?=\s*(?:[.,;:)]|$))|colou?red\b)")
# Words before "colour" that say what a colour is like, not which: "its warm colour".
_NOT_A_COLOUR = frozenset(
    """water any same other every each one single true full multi warm cool cold rich deep
    bright light dark vivid natural original even uniform named""".split()
)


def states_colour(text: str) -> bool:
    """Whether ``text`` names a colour: a word of the colour list, or a word it calls a
    colour."""
    if any(w in COLOURS for w in words(text)):
        return True
    return any(
        m not in STOPWORDS and m not in _NOT_A_COLOUR for m in _CALLED_COLOUR.findall(fold(text))
    )


def _colours_named(question: str, listing: Listing) -> set[str]:
    """The colours a question names that the listing's own words never do ("red" of a
    product called "Red Torch", "gold" of "Gold-Dot Plates" are its own), metals aside. A word
    is taken as written: a folded word that lost its accent is another word ("köper" is no
    "koper")."""
    own_text = " ".join(
        [
            listing.title,
            re.sub(r"<[^>]+>", " ", listing.description_html or ""),
            *(v for values in listing.attributes.values() for v in values),
        ]
    )
    own = {COLOURS[w] for w in re.findall(r"[^\W\d_]+", fold(own_text)) if w in COLOURS}
    named = {
        COLOURS[fold(w)]
        for w in re.findall(r"[^\W\d_]+", question)
        if fold(w) == w.lower() and fold(w) in COLOURS
    }
    return named - own - _METAL_COLOURS


def trait_unstated(folded: str, text: str) -> bool:
    """Whether a folded question asks a smell, an accuracy or the cut that the lines ``text``
    do not state."""
    if _SMELL_ASKED.search(folded) and not _SMELL.search(fold(text)):
        return True
    if _ACCURACY_ASKED.search(folded) and not _ACCURACY_SAID.search(text):
        return True
    return bool(_FIT_ASKED.search(folded) and not _FIT_SAID.search(text))


def colour_unstated(question: str, listing: Listing, text: str) -> bool:
    """Whether ``question`` asks or names a colour of a product offered in none and the lines
    ``text`` name no colour."""
    present = {c.concept for c in listing_choices(listing)}
    asked = asked_concepts(question, listing.title)
    if "color" in asked and "color" not in present and not states_colour(text):
        return True
    # A colour named for a product offered in none ("does it come in pink?", "saatavilla
    # mustana?"): lines that name no colour do not answer it, stock lines included.
    return bool(
        "color" not in present
        and _colours_named(question, listing)
        and not any(w in COLOURS for w in words(fold(text)))
    )
