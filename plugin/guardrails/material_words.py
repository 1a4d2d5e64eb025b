"""The material words a text names, as a listing's are read: blends apart ("cotton-linen"),
compounds and inflections of other languages ("Eichenholz", "polyesterové"), and the words
that deny a material ("plastic-free") or name only what the product is not for."""

from __future__ import annotations

import re

from plugin.guardrails.vocabulary import MATERIALS, NOT_COMPOUND_TAILS, Term

# "plastic-free", "BPA free": the material denied by the word after it.
FREE_AFTER = re.compile(r"^[\s-]*free\b", re.I)
# In a listing's line, only a denial next to the word: "Dishwasher safe: No – glass" is no
# denial of glass.
# "Carbon steel is not stainless": a material the listing says it is not.
_DENIED_BEFORE = re.compile(r"(?:\b(?:no|without|non|zero|not)|n't)[ -]*$", re.I)
# A use the product is not for, up to the material in the same clause or in a relative clause
# on what it is not for ("not for classical guitars, which take nylon strings").
# What the product is not used on, and a warning of traces: no material it is made of.
_NOT_ON = re.compile(
    r"(?:\b(?:not|never|no)\s+(?:on|onto|with)\b|\bmay\s+contain\b|\btraces?\s+of\b)"
    r"[^.;:!?()]*$",
    re.I,
)
_NOT_FOR = re.compile(
    r"\b(?:(?:not|never|isn't|aren't)\s+(?:\w+\s+)?for|unsuitable for)\b[^.;:!?,()]*"
    r"(?:,\s*(?:which|that|as|where)\b[^.;:!?,()]*)?$",
    re.I,
)


_HYPHENED = re.compile(r"\b([A-Za-z]+)-(?=[A-Za-z])")


def blends_spaced(text: str) -> str:
    """The text with a blend's hyphen read as a space ("bamboo-viscose", "cotton-linen"), so
    both materials are the listing's; same length, so offsets hold. Only after a material:
    "non-leather" stays one word."""
    return _HYPHENED.sub(lambda m: m.group(1) + (" " if MATERIALS.knows(m.group(1)) else "-"), text)


def ruled_out_use(text: str, start: int, reach: int = 48) -> bool:
    """Whether a material word names what the product is not for or not used on ("not for
    nylon-string guitars", "not on suede", "may contain traces of nuts"), not what it is of; a
    bracketed gloss stays in its clause ("Not for classical (gut-string) harps", round 30)."""
    before = text[max(0, start - reach) : start].replace("(", " ")
    return bool(_NOT_FOR.search(before) or _NOT_ON.search(before))


def denied_material(text: str, start: int, end: int) -> bool:
    """Whether a material word is said only to deny it: "no plastic", "plastic-free"."""
    return bool(
        _DENIED_BEFORE.search(text[max(0, start - 10) : start]) or FREE_AFTER.match(text[end:])
    )


def listed_materials(text: str) -> list[tuple[int, int, Term]]:
    """The materials a listing's text names: as a draft's are read, blends apart, and each
    material a compound ends in, as listings in Dutch, German or the Nordic languages write
    them ("bamboeviscose", "Eichenholz"), with its first part when that is a material too."""
    found = MATERIALS.find(blends_spaced(text))
    taken = {start for start, _, _ in found}
    for word in _LONG_WORD.finditer(text):
        if word.start() in taken:
            continue
        for start, end, term in _compound(word.group().lower()) or _inflected(word.group()):
            found.append((word.start() + start, word.start() + end, term))
    return sorted(found, key=lambda hit: hit[0])


def _inflected(word: str) -> list[tuple[int, int, Term]]:
    """A material of five letters or more with an ending of one to three letters, as Czech,
    Slovak or Polish inflect it into an adjective ("polyesterové vlákno")."""
    for cut in range(len(word) - 1, len(word) - 4, -1):
        head = MATERIALS.find(word[:cut].lower())
        if cut >= 5 and head and head[0][1] == cut and head[0][0] == 0:
            return [(0, len(word), head[0][2])]
    return []


_LONG_WORD = re.compile(r"(?<![\w-])[^\W\d_]{7,}(?![\w-])")


def _compound(word: str) -> list[tuple[int, int, Term]]:
    """A compound's last material (of four letters or more after a stem of three or more) and,
    when what comes before it is a material as well, that one: "bamboe" and "viscose". With no
    material at its end, a material the compound starts with in a shop's language, its final
    "e" dropped as German drops it ("Baumwollsäckchen": a cotton bag; "Lederband")."""
    for cut in range(3, len(word) - 3):
        tail = MATERIALS.find(word[cut:])
        if tail and tail[0][1] == len(word) - cut and word[cut:] not in NOT_COMPOUND_TAILS:
            head = MATERIALS.find(word[:cut])
            first = [(0, cut, head[0][2])] if head and head[0][1] == cut else []
            return [*first, (cut, len(word), tail[0][2])]
    for cut in range(len(word) - 4, 3, -1):
        for stem in (word[:cut], word[:cut] + "e"):
            name = MATERIALS.name_of(stem)
            if name and name not in (stem, word[:cut]) and stem.isalpha():  # not an English name
                return [(0, cut, MATERIALS.terms[name])]
    return []
