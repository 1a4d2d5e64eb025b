"""Whether a product is of the kind a reason rule was written for (round 36).

A rule's words are shared by other trades: a fishing line's braid and a builder's chalk line,
a plant pot's drain holes and a bath toy's, a drink's "caffeine free" and a baking powder's.
The rule's ``kinds`` name the products it was written for, and only the product's head noun
decides: the phrase ending the title's first phrase or the product type, so "<pot> toy" is a
toy and "<tool> puzzle" a puzzle. A word elsewhere in the title never makes a product that
kind."""

from __future__ import annotations

import re

from plugin.generation.singular import singular

# Where a title's or a type's head phrase ends: "Braided Line, 300 m", "Pot (Set of 3)",
# "Mugs for Toddlers", "Roggenmehl / Rye flour" (two languages).
_SEPARATOR = re.compile(r"[,(–|:/]|\s-\s|\s(?:with|for|in|of|from|by|and|&)\s")
_TRAILING = re.compile(
    r"[\d.,/x×\"+-]+\w{0,3}|\d+-?(pack|pk|pcs|pieces?)|mm|cm|m|ml|l|g|kg|oz|lb|in|ft|pcs?|"
    r"pack|pk|pair|set|pieces?"
)


def kind_pattern(names: str) -> re.Pattern[str]:
    """A rule's ``kinds`` (singular names, "plant pot|planter|pot") as a pattern that holds only
    at the end of a head phrase."""
    return re.compile(rf"(?:^|\s)(?:{names})$")


def head_phrases(product: str) -> tuple[str, ...]:
    """The product's head phrases, lower-cased, counts and sizes dropped, the last word
    singular: the first phrase and the last of "title type" (the type where the shop gave
    one, else the title's)."""
    phrases = _SEPARATOR.split(product.lower())
    out = []
    for phrase in (phrases[0], phrases[-1]):
        words = re.findall(r"[^\s]+", phrase)
        while words and _TRAILING.fullmatch(words[-1]):
            words = words[:-1]
        while words and _TRAILING.fullmatch(words[0]):
            words = words[1:]  # "set of 3 plant pots"
        head = " ".join([*words[:-1], singular(words[-1])]) if words else ""
        if head and head not in out:
            out.append(head)
    return tuple(out)


def of_kind(kinds: re.Pattern[str], product: str) -> bool:
    """Whether a head phrase of the product ends with one of the rule's kinds; not where the
    product is not known."""
    return any(kinds.search(phrase) for phrase in head_phrases(product))
