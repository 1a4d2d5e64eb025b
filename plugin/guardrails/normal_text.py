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
