"""Text as the guardrails compare it: lower-case words, so a draft's wording and the listing's
meet whatever their case, hyphens and possessives."""

from __future__ import annotations

import re

WORD = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)?")  # letters of any alphabet: "olvé", "crème"
_POSSESSIVE = re.compile(r"(?<=[^\W\d_])'s\b")


def normalise(text: str) -> str:
    """Lowercase words joined by single spaces: "BPA-Free" and "bpa free" read the same, and so
    do "Fellside's" and "Fellside" (a possessive brand before the product's own name)."""
    return " ".join(WORD.findall(_POSSESSIVE.sub("", text.lower().replace("’", "'"))))


# A figure whose noun is left to the next one: "2- and 4-slot", "10-, 12- or 14-inch".
_SUSPENDED = re.compile(
    r"\b(?P<first>\d+(?:[.,]\d+)?)-(?P<join>,?\s+(?:and|or|to)\s+|,\s+)"
    r"(?=(?:\d+(?:[.,]\d+)?-,?\s+(?:(?:and|or|to)\s+)?)*\d+(?:[.,]\d+)?-(?P<noun>[^\W\d_]+))"
)


def suspended_hyphens(text: str) -> str:
    """ "2- and 4-slot" as "2-slot and 4-slot": each figure given the noun the last one carries,
    so a count or size of the first reads as the listing's."""
    return _SUSPENDED.sub(lambda m: f"{m['first']}-{m['noun']}{m['join']}", text)
