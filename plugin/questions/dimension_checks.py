"""Checks on the lines quoted for a question that asks a measure: a length, width, height …, a
part's measure, a length in a unit. A line with another figure or another dimension does not
answer it ("a dial from 68 to 93 °F" for "how long is the tube?")."""

from __future__ import annotations

import re

from plugin.questions.lexicon import fold
from plugin.questions.time_checks import asks_duration, states_duration

# "How wide is the nut?", "how long is the tube?", "quelle longueur ?": a length asked is
# answered by a line that states one ("13 in", "40 x 30 cm") or, for "how long", a time ("45
# minutes"), not by the description's other facts ("a dial from 68 to 93 °F", "25 W").
_LENGTH_ASKED = re.compile(
    # "how high are the shipping costs?", "wie hoch sind die Versandkosten?" ask an amount,
    # not a height (round 28)
    # "how low can the stool's seat go?" asks a height too, unless a temperature, a speed or a
    # volume goes low (round 56)
    r"(?:\bhow (?:wide|tall|thick|deep|high|long is|long are|low(?![^.?!]{0,40}\b(?:"
    r"temperatures?|degrees|heat|speeds?|volume)\b))\b|"
    r"\bwie (?:lang|breit|hoch|dick|tief) (?:ist|sind)\b)"
    r"(?![^.?!]{0,40}(?:\b(?:costs?|fees?|prices?|charges?|postage|rates?|preise?|porto)\b|"
    r"kosten\b|gebuhr))|"
    r"\b(?:length|width|height|depth|diameter|thickness)\b|"
    r"\b(?:longueur|largeur|hauteur|profondeur|lunghezza|larghezza|altezza|profondita|"
    r"longitud|anchura|altura|profundidad|lengte|breedte|hoogte|diepte|comprimento|largura|"
    r"dlugosc|szerokosc|wysokosc|glebokosc)\b"
)
_LENGTH_SAID = re.compile(
    r"\d\s*(?:in|cm|mm|m|ft|inch(?:es)?|yd|yards?|feet|foot|meters?|metres?|\"|”|'')(?![^\W_])|"
    r"\d\s*x\s*\d|\bdimensions?\b",
    re.IGNORECASE,
)


# The dimension a question asks by its word, and the words a line states it with ("how wide?"
# and "90 cm wide", "what's the width?" and "a width of 40 cm").
_DIMENSION_WORDS = {
    "width": re.compile(r"\b(?:wide|width)\b"),
    "length": re.compile(r"\b(?:long|length)\b"),
    "height": re.compile(r"\b(?:tall|high|height)\b"),
    "depth": re.compile(r"\b(?:deep|depth)\b"),
    "thickness": re.compile(r"\b(?:thick|thickness)\b"),
    "diameter": re.compile(r"\b(?:diameter|across)\b"),
}


# A round thing's width is its diameter ("8 cm across" answers "how wide?").
_SAME_DIMENSION = {"diameter": "width"}


def _other_dimension_only(asked: str, text: str) -> bool:
    """Whether the lines state lengths only of another dimension than the one the question
    names ("what is the height?" against "6.5 cm across"): no answer. A length of the whole
    ("40 x 30 cm") may hold any; "how long" may ask a time (round 26)."""
    names = {_SAME_DIMENSION.get(n, n) for n, p in _DIMENSION_WORDS.items() if p.search(asked)}
    if len(names) != 1 or not _LENGTH_SAID.search(text) or re.search(r"\d\s*x\s*\d", text):
        return False
    if "length" in names and asks_duration(asked):
        return False
    said = fold(text)
    stated = {_SAME_DIMENSION.get(n, n) for n, p in _DIMENSION_WORDS.items() if p.search(said)}
    return bool(stated) and not stated & names


def names_dimension(noun: str, line: str) -> bool:
    """Whether ``line`` names the dimension the English ``noun`` is ("thickness" and "1 cm
    thick", "width" and "70 cm wide"): a length alone may be any dimension ("a 2 m hose" states
    no diameter), so a measure a question in another language asks by its noun is stated only
    with its word (crosslingual.py, round 50)."""
    pattern = _DIMENSION_WORDS.get(noun)
    return pattern is not None and pattern.search(fold(line)) is not None


def _names_dimension(asked: str, said: str) -> bool:
    """Whether the lines name, by its noun, the dimension asked for: "how high should I hang
    it?" is answered by "at the horse's chest height", a place and no figure."""
    return any(
        pattern.search(asked) and re.search(rf"\b{name}\b", said)
        for name, pattern in _DIMENSION_WORDS.items()
    )


def states_dimension_asked(question: str, line: str) -> bool:
    """Whether ``line`` states the dimension an English ``question`` asks for ("how wide is
    it?") with a length and the same word ("90 cm wide"): a length of another part does not
    answer it."""
    asked = fold(question)
    if not _LENGTH_ASKED.search(asked) or not _LENGTH_SAID.search(line):
        return False
    said = fold(line)
    return any(p.search(asked) and p.search(said) for p in _DIMENSION_WORDS.values())


# A part's measure ("how long is the shank of …", "how wide is the mouth on …") is answered by a
# line naming that part, not by the product's other lengths.
# What a length of something comes as is no part of it: "how long is the roll of wire?" asks
# the wire's length (round 29).
_PART_MEASURED = re.compile(
    r"\bhow (?:long|wide|tall|thick|deep|high|heavy|big) (?:is|are) the "
    r"(?!(?:roll|spool|reel|coil)s? of\b)([a-z]{3,}) (?:of|on|in)\b"
)
# The same asked by the possessive: "how big is the scale's platform?" names the part last
# (round 27).
_PART_OF_OWNER = re.compile(
    r"\bhow (?:long|wide|tall|thick|deep|high|heavy|big|large) (?:is|are) (?:the |its |their )?"
    r"[a-z-]+'s? (?:[a-z-]+ ){0,2}?([a-z]{3,})\s*[?.!]*\s*$"
)


# A length asked in a unit in the other languages ("hoeveel centimeter", "wie viele Zentimeter")
_UNITS_ASKED = re.compile(
    r"\b(?:how many|hoeveel|wie vie\w*|combien de|cu[aá]nt[oa]s|quant[io]s?|hvor mange|"
    r"hur m[aå]nga|kuinka (?:monta|monen)|ile|kolik)\s+(?:cm|mm|centimet\w*|centymetr\w*|"
    r"zentimet\w*|millimet\w*|milimetr\w*|senttimet\w*|inch\w*|tommer|tum)\b"
)


def dimension_unstated(question: str, folded: str, text: str) -> bool:
    """Whether ``question`` (``folded``: folded, the product's name left out) asks a measure, a
    part's measure or a length in a unit that the lines ``text`` do not state."""
    owner_part = _PART_OF_OWNER.search(fold(question).replace("\u2019", "'"))
    if owner_part and not re.search(rf"\b{re.escape(owner_part.group(1)[:5])}", fold(text)):
        return True
    part = _PART_MEASURED.search(folded)
    if part and not re.search(rf"\b{re.escape(part.group(1)[:5])}", fold(text)):
        return True
    if _UNITS_ASKED.search(folded) and not _LENGTH_SAID.search(text):
        return True
    if (
        _LENGTH_ASKED.search(folded)
        and not _LENGTH_SAID.search(text)
        and not states_duration(text)
        and not _names_dimension(folded, fold(text))
    ):
        return True
    return _other_dimension_only(folded, text)
