"""Capitals the shop's values carry into a sentence, said as a sentence says them (round 31).

heldout33's raters marked values a shop wrote in capitals and pasted into the meta, the short
description and the FAQ's answers ("made of RECYCLED KRAFT PAPER", "Yes, UP TO 5 MINUTES") and a
value that opens with a capital mid-sentence ("It is printed On demand"). A run of two or more
words in capitals is lowered where its words are English words or long ones (an abbreviation,
"PFAS", "BPA", "EVA", stays); a preposition or a conjunction with a capital after a lower-case
word is lowered.
"""

from __future__ import annotations

import re
from dataclasses import replace

from plugin.domain import Listing
from plugin.generation.two_languages import english_words

# Short words a shop's capitals hold that are never an abbreviation.
_SHORT_WORDS = frozenset(
    "up to no of in on for and or the with from by at as is are not per a an it its all "
    # Colours a shop writes in capitals (round 34: "STORM BLUE"), never an abbreviation.
    "red blue pink grey gray gold navy teal rose sage sand mint lime plum jade ruby onyx ecru "
    "snow jet tan green white black brown".split()
)
_CAPS_RUN = re.compile(r"\b[A-Z][A-Z'’-]*(?:[\s,]+(?:[\d.,/–-]+\s+)?[A-Z][A-Z'’-]*)+\b")
_FUNCTION_WORD = re.compile(
    r"(?P<before>\b[a-z][a-z]*,? )(?P<word>In|On|At|For|With|From|By|To|Of|And|Or|Into)\b"
)


def _lowered(word: str) -> str:
    plain = word.lower()
    if (
        plain in _SHORT_WORDS
        or len(plain) >= 5
        or (len(plain) >= 4 and plain.strip("'’-") in english_words())
    ):
        return plain
    return word


def _run_lowered(found: re.Match[str]) -> str:
    run = found[0]
    words = re.findall(r"[A-Z][A-Z'’-]*", run)
    if not any(len(w) >= 5 for w in words):
        return run  # "EN ISO", "UV LED": abbreviations side by side
    return re.sub(r"[A-Z][A-Z'’-]*", lambda w: _lowered(w[0]), run)


def sentence_case(text: str) -> str:
    """ "It is made of RECYCLED KRAFT PAPER." → "It is made of recycled kraft paper."; "It is
    printed On demand." → "It is printed on demand."; a sentence keeps its first capital."""
    said = _CAPS_RUN.sub(_run_lowered, text)
    said = _FUNCTION_WORD.sub(lambda w: w["before"] + w["word"].lower(), said)
    return said[:1].upper() + said[1:]


def _lone_lowered(found: re.Match[str]) -> str:
    """A lone word is lowered where it is a short word or five letters or more: "HDPE", "PTFE"
    and "OEKO" alone are abbreviations a shop's knowledge base may also spell in lower case."""
    word = found[1]
    return word.lower() if word.lower() in _SHORT_WORDS or len(word) >= 5 else word


_LONE_CAPS = re.compile(r"(?<![A-Za-z\d'’-])([A-Z]{2,}[A-Z'’-]*)(?![A-Za-z\d'’-])")


def lone_caps_lowered(text: str) -> str:
    """A word in capitals on its own, where ``sentence_case`` lowers runs only: "It comes in
    red or CHARCOAL." → "It comes in red or charcoal." (round 34); an abbreviation ("BPA",
    "IP66") stays, and a unit after a number is said as units are ("500 ML" → "500 ml")."""
    said = _LONE_CAPS.sub(_lone_lowered, text)
    return units_lowered(said)


# A unit in capitals after a number: "500 ML", "75 G", "12 IN", "30CM" (a litre's "L" is
# written so and stays).
_UNIT_AFTER_NUMBER = re.compile(r"\b(\d+(?:[.,]\d+)?) ?(ML|CL|KG|CM|MM|G|IN|FT|OZ|LBS?)\b")


def units_lowered(text: str) -> str:
    """Each unit the shop wrote in capitals after a number said as units are, apart from the
    number: "500 ML" and "500ML" → "500 ml"."""
    return _UNIT_AFTER_NUMBER.sub(lambda u: f"{u[1]} {u[2].lower()}", text)


# Abbreviations and codes a shop writes in capitals that read as words once lowered ("LED",
# "PET"): both ways of lowering capitals below keep them.
_ABBREVIATIONS = frozenset(
    "led usb abs eva tpe tpu tpr pvc pet upf spf bpa uv ac dc diy lcd gps hdpe ldpe ptfe pfas "
    "pfoa pla petg mdf hdf osb epdm pe pp ps hd rfid uk us eu usa".split()
)
_SHOUTED_WORD = re.compile(r"(?<![A-Za-z\d])[A-Z][A-Z'’]*(?![A-Za-z\d])")


def _shouted_word(found: re.Match[str]) -> str:
    word = found[0]
    plain = word.lower()
    after_number = found.string[: found.start()].rstrip()[-1:].isdigit()
    if plain in _ABBREVIATIONS or (after_number and len(plain) <= 3 and plain not in _SHORT_WORDS):
        return word  # "0-150 PSI": a unit after a number, said below or kept
    vowels = len(re.findall(r"[aeiouy]", plain))
    if plain in _SHORT_WORDS or plain in english_words() or (len(plain) >= 3 and vowels >= 2):
        return plain
    return word  # "HDPE", "BPA", a unit after a number is said below


def shouted_lowered(value: str) -> str:
    """A value the shop wrote wholly in capitals ("ROCK SALT, RICE MISO; USE WITHIN A MONTH") in
    sentence case, word by word: round 35, heldout37's raters marked the capitals a run's rules
    leave ("ROCK SALT": no word of five letters) pasted into the prose. A word stays in capitals
    where it reads as an abbreviation: a known one, or one with fewer than two vowels that is no
    English word ("HDPE", "IP66"); a unit after a number is lowered ("75 G" → "75 g")."""
    if value != value.upper() or not re.search(r"[A-Z]{3}", value):
        return value
    said = _SHOUTED_WORD.sub(_shouted_word, units_lowered(value))
    return said[:1].upper() + said[1:]


def unshouted(listing: Listing) -> Listing:
    """The listing with its attribute values written wholly in capitals in sentence case
    (``shouted_lowered``); options keep their values, which the variants name."""
    attributes = {
        name: [shouted_lowered(v) for v in values] for name, values in listing.attributes.items()
    }
    return replace(listing, attributes=attributes)


_CAPS_WORD = re.compile(r"(?<![A-Za-z\d'’-])([A-Z]{3,})(?![A-Za-z\d'’-])")


def kinds_case(text: str) -> str:
    """``sentence_case``, then the capitals it leaves (round 35: heldout37's raters marked words
    of three or four capitals left in a shouted list, and a lone one, in all three kinds): in a
    value the shop shouted (a word of five capitals or more), a word of three or four with a
    vowel is lowered; elsewhere one the knowledge base's English knows ("MILD", "MALT"); a code
    ("LED", "MDF", a word with no vowel) stays."""
    shouted = bool(re.search(r"\b[A-Z]{5,}\b", text))
    known = english_words()

    def lowered(found: re.Match[str]) -> str:
        word = found[1]
        plain = word.lower()
        if plain in _ABBREVIATIONS or len(plain) > 4 or not re.search(r"[AEIOUY]", word):
            return word
        if plain in known or (shouted and re.search(r"[AEIOU]", word)):
            return plain
        return word

    said = _CAPS_WORD.sub(lowered, sentence_case(text))
    return said[:1].upper() + said[1:]
