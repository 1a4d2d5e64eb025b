"""Subdivisions under their names with the accents dropped, the way English text writes a
region of a language with marks ("Đà Nẵng" is "Da Nang", "Hà Nội" is "Ha Noi"). Only names of
two words or more: one word without its marks is too often an English word ("Štore" is
"store"); such a name is read only when written with a capital."""

from __future__ import annotations

import unicodedata
from functools import cache

import pycountry

_STROKED = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ħ": "h"})


def unaccented(text: str) -> str:
    """``text`` without its accents and marks, in the same case."""
    bare = unicodedata.normalize("NFD", text.translate(_STROKED))
    return unicodedata.normalize("NFC", "".join(c for c in bare if not unicodedata.combining(c)))


@cache
def unaccented_subdivisions() -> dict[str, tuple[str, str]]:
    """Lower-cased name without marks → (pycountry's name, country code), for each
    subdivision whose name of two words or more has marks."""
    out: dict[str, tuple[str, str]] = {}
    for sub in pycountry.subdivisions:
        key = sub.name.lower().replace("-", " ")
        bare = unaccented(key)
        if bare != key and " " in bare:
            out.setdefault(bare, (sub.name, sub.country_code))
    return out
