"""Counts written as words, read as digits when a question is matched against a listing's values
(round 32): "the feeder with six holes" names the value "6 holes", "das Set mit vier Bechern"
names "4 Becher". Only the question's own language's words, two to twelve ("one" and its
kin are articles as often as counts), and only before another word, so a word read as a
count is the count of that thing.
"""

from __future__ import annotations

import re

from plugin.questions.lexicon import fold

# Folded, two to twelve, in the languages with fixed replies.
_WORDS: dict[str, tuple[str, ...]] = {
    "en": tuple("two three four five six seven eight nine ten eleven twelve".split()),
    "de": tuple("zwei drei vier funf sechs sieben acht neun zehn elf zwolf".split()),
    "fr": tuple("deux trois quatre cinq six sept huit neuf dix onze douze".split()),
    "es": tuple("dos tres cuatro cinco seis siete ocho nueve diez once doce".split()),
    "it": tuple("due tre quattro cinque sei sette otto nove dieci undici dodici".split()),
    "nl": tuple("twee drie vier vijf zes zeven acht negen tien elf twaalf".split()),
    "pt": tuple("dois tres quatro cinco seis sete oito nove dez onze doze".split()),
    "sv": tuple("tva tre fyra fem sex sju atta nio tio elva tolv".split()),
    "da": tuple("to tre fire fem seks syv otte ni ti elleve tolv".split()),
    "nb": tuple("to tre fire fem seks sju atte ni ti elleve tolv".split()),
    "fi": tuple(
        "kaksi kolme nelja viisi kuusi seitseman kahdeksan yhdeksan kymmenen yksitoista "
        "kaksitoista".split()
    ),
    "pl": tuple(
        "dwa trzy cztery piec szesc siedem osiem dziewiec dziesiec jedenascie dwanascie".split()
    ),
    "cs": tuple("dva tri ctyri pet sest sedm osm devet deset jedenact dvanact".split()),
}


def _pairs(text: str) -> tuple[tuple[str, int], ...]:
    return tuple((w, int(n)) for w, n in (p.split(":") for p in text.split()))


# Inflected counts that shops' questions use before a noun ("sześcioma otworami", "šesti
# otvory", "sechs", "zweier"): their stem and the number.
_STEMS: dict[str, tuple[tuple[str, int], ...]] = {
    "pl": _pairs(
        "dwom:2 dwoch:2 trzem:3 trzech:3 czterem:4 czterech:4 piecio:5 "
        "pieciu:5 szescio:6 szesciu:6 osmio:8 osmiu:8 dziesiecio:10 dziesieciu:10"
    ),
    "cs": _pairs("dvema:2 dvou:2 trem:3 trech:3 ctyrmi:4 ctyr:4 peti:5 sesti:6 osmi:8 deseti:10"),
}


def _pattern(language: str) -> re.Pattern[str] | None:
    words = _WORDS.get(language)
    if words is None:
        return None
    stems = [s for s, _ in _STEMS.get(language, ())]
    alternatives = sorted([*words, *stems], key=len, reverse=True)
    # a count before a word: "six holes", "szescioma otworami" (a stem and its ending)
    return re.compile(
        rf"(?<![^\W_])({'|'.join(map(re.escape, alternatives))})[^\W\d_]{{0,3}}"
        r"(?=\s+[^\W\d_]{2,})"
    )


def _number(word: str, language: str) -> int | None:
    words = _WORDS[language]
    if word in words:
        return words.index(word) + 2
    return dict(_STEMS.get(language, ())).get(word)


def with_digits(question: str, language: str) -> str:
    """The folded question with its counts before a word written as digits; the folded
    question as it was in a language without a table or with no count word."""
    folded = fold(question)
    pattern = _pattern(language)
    if pattern is None:
        return folded

    def digits(match: re.Match[str]) -> str:
        word = match.group(1)
        whole = match.group(0)
        number = _number(word, language)
        # a plain count must be the whole word ("six", not "sixth"); a stem takes an ending
        if number is None or (whole != word and word in _WORDS[language]):
            return whole
        return str(number)

    return pattern.sub(digits, folded)
