"""Names a listing writes in the Greek or Cyrillic alphabet, in Latin letters, so that a draft's
"Messinia" is the listing's "Μεσσηνία": ELOT 743 for Greek and the common English romanisation
(BGN/PCGN, simplified) for Cyrillic, letter by letter after accents are dropped. No kept library
romanises (CLDR's transforms are not in babel)."""

from __future__ import annotations

import re
import unicodedata

# Two letters read as one sound first, then each letter.
_PAIRS = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "γγ": "ng", "γκ": "gk", "ντ": "nt",
          "μπ": "mp", "αυ": "av", "ευ": "ev"}  # fmt: skip
_LETTERS = dict(
    zip(
        "αβγδεζηθικλμνξοπρσςτυφχψωабвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ",
        "a v g d e z i th i k l m n x o p r s s t y f ch ps o".split()
        + "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya".split()
        + "i ye yi g".split(),
        strict=True,
    )
)
_TO_LATIN = re.compile("|".join(sorted(_PAIRS, key=len, reverse=True)) + "|.", re.S)


def romanised(text: str) -> str:
    """``text`` in lower-case Latin letters; letters of other scripts are kept as they are."""
    bare = "".join(
        c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c)
    )
    out = []
    for match in _TO_LATIN.finditer(bare):
        piece = match.group()
        latin = _PAIRS.get(piece) or _LETTERS.get(piece, piece)
        out.append("" if latin == "_" else latin)
    return "".join(out)


def latin_letters(text: str) -> str:
    """``text`` lower-cased with its accents dropped, for comparing with ``romanised``."""
    return "".join(
        c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c)
    )
