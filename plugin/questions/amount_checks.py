"""Checks on the lines quoted for a question that asks an amount: how many of a thing, how many
cups, how much, how heavy, which load. A line that counts or weighs something else does not
answer it ("62 items: plasters, …" for "how many plasters?", "1.5 L" for "how many cups?")."""

from __future__ import annotations

import re

from plugin.questions.lexicon import fold, has_cue

# "How many plasters are in the kit?" is answered by a line that counts that thing ("20
# plasters", "plasters: 20"), not by one that counts everything ("62 items: plasters, …").
_COUNT_ASKED = re.compile(r"\bhow many ([a-z]{4,})\b")
_COUNT_NOT_A_PART = frozenset(
    """years months weeks days hours minutes times people persons cups mugs servings guests
    kids children adults players watts calories pages sizes colours colors variants options
    left litres liters grams kilos pounds ounces inches metres meters""".split()
)
# The word after the one "how many" asks of, when it may be the thing itself ("how many spare
# blades"), not a verb or a word that opens the rest of the question (round 42).
_NEXT_WORD = re.compile(r"\s+([a-z]{4,})\b")
_NOT_A_HEAD = frozenset(
    """does will would could should have there come comes came with from into for that this
    they them your fits inside total each when were been""".split()
)
_NUMBER_WORD = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|a hundred|a dozen|dozens|single|pair|a pair)"
)


# A number with a unit, or the start of a range in one ("5 to 7.5 cm", "3 kg"), measures: it
# counts nothing ("for candles 5 to 7.5 cm across" is no number of candles) (round 51).
_MEASURE_AFTER = (
    r"(?![.,]?\d*\s*(?:(?:-|–|to)\s*[\d.,]+\s*)?(?:mm|cm|m|km|inch(?:es)?|ft|mg|g|kg|lbs?|oz|"
    r"ml|cl|l|%|°)(?![^\W\d_]))"
)


def counts_part_asked(question: str, text: str) -> bool:
    """Whether ``text`` counts the thing an English ``question`` asks "how many" of (a number
    within three words of its name, either side); True when no part is asked. A word before
    the thing may qualify it ("how many spare blades"): a count of either word answers
    (round 42)."""
    match = _COUNT_ASKED.search(question)
    if not match or match.group(1) in _COUNT_NOT_A_PART:
        return True
    said = fold(text)
    following = _NEXT_WORD.match(question, match.end())
    words = [match.group(1)]
    if following and following.group(1) not in _NOT_A_HEAD:
        words.append(following.group(1))
    stems = [word[:5] for word in words if word[:5] in said]
    if not stems:
        return True  # the ranking found another name for it: left to the other checks
    return any(re.search(_near(stem), said) for stem in stems)


def _near(stem: str) -> str:
    return (
        rf"\b{_NUMBER_WORD}{_MEASURE_AFTER}[\s-]+(?:[\w-]+\s+){{0,3}}{re.escape(stem)}|"
        rf"\b{re.escape(stem)}\w*\s*(?:[:(x×]\s*)?{_NUMBER_WORD}\b{_MEASURE_AFTER}"
    )


def counted_part(question: str) -> str:
    """The thing an English ``question`` asks "how many" of, in the singular ("tunes" →
    "tune", "keys" → "key"), empty when it asks none or a measure, time or people
    (``_COUNT_NOT_A_PART``)."""
    match = _COUNT_ASKED.search(question)
    if not match or match.group(1) in _COUNT_NOT_A_PART:
        return ""
    word = match.group(1)
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def counts(thing: str, text: str) -> bool:
    """Whether ``text`` states a number of ``thing`` (singular; the word itself or its plural,
    not a longer word: "nucs" is no "nucleus"): a number (or a number word) up to three words
    before it ("Sixty traditional dance tunes", "a 17-key thumb piano"), or the thing and a
    number after it ("plasters: 20")."""
    said = fold(text)
    word = rf"{re.escape(thing)}(?:s|es)?\b"
    near = (
        rf"\b{_NUMBER_WORD}{_MEASURE_AFTER}[\s-]+(?:[\w-]+\s+){{0,3}}{word}|"
        rf"\b{word}\s*(?:[:(x×]\s*)?{_NUMBER_WORD}\b{_MEASURE_AFTER}"
    )
    return re.search(near, said) is not None


# "How many cups" is answered by a line that counts cups, not by a volume ("1.5 L" says
# nothing of how many cups a kettle pours).
CUPS = (
    "how many cups",
    "hoeveel kopjes",
    "hoeveel koppen",
    "wie viele tassen",
    "combien de tasses",
    "cuantas tazas",
    "quante tazze",
    "quantas chavenas",
    "quantas xicaras",
    "hur manga koppar",
    "hvor mange kopper",
    "montako kupillista",
    "kuinka monta kupillista",
    "ile filizanek",
)
_CUPS_SAID = re.compile(r"\bcups?\b|\bmugs?\b|\bservings?\b|\bshots?\b", re.IGNORECASE)


# A figure asked for: an amount ("how much zinc", "what do spare bands cost?", "how big are
# they?"); lines with no number in them do not give it ("Contains zinc", "Spare bands are sold
# separately", "Three flexible stencils").
_FIGURE_ASKED = re.compile(
    r"\bhow much (?!(?:is|are|was|were|do|does|did|will|would|can|could|should|more|extra|less|"
    r"cheaper|for|to|of|time|it|they|this|that|i|we|you)\b)[a-z]{3,}|"
    r"\bhow much (?:do|does|did|will|would|is|are)\b[^?.!]{0,40}\bcost\b|"
    r"\bwhat (?:do|does|did|will|would)\b[^?.!]{0,40}\bcosts?\b|"
    r"\bwhat(?:'s| is| are) the (?:price|cost)s? (?:of|for)\b|"
    r"\bhow (?:big|large|small)\b"
)
_NUMBER = re.compile(r"\d")

# How heavy it is is answered by a weight ("1.2 kg", "350 g"), not by a line with no figure or
# another figure ("a 10 m line").
_WEIGHT_ASKED = re.compile(
    r"\bhow heavy\b|\b(?:what|how much) (?:does|do|did|will|would) [^?.!]{0,40}\bweigh\b|"
    r"\bweight of\b"
)
# A load it bears ("for up to 40 kg of firewood", "takes up to 120 kg") is no weight of its own
# (round 36).
_WEIGHT_SAID = re.compile(
    r"(?<!up to )(?<!up to \d)(?<!up to \d\d)(?<!up to \d\d\d)"
    r"(?<![\d.,])\b\d+(?:[.,]\d+)?\s*"
    r"(?:kg|g|grams?|kilos?|kilograms?|lbs?|pounds?|oz|ounces?)(?![^\W_])|"
    r"\bweigh",
    re.IGNORECASE,
)
# A load of one kind ("the breaking load", "safe working load") is answered by a line naming
# that kind: a working load is not a breaking strength.
_LOAD_KIND_ASKED = re.compile(r"\b(breaking|working|tensile|proof)\s+(?:load|strength)s?\b")


# A weight asked in the shop languages ("hoe zwaar", "wie schwer", "quanto pesa") (round 27)
_WEIGHT_ASKED_ABROAD = re.compile(
    r"\b(?:hoe zwaar|wat weegt|wie schwer|was wiegt|quanto pesa|qual (?:e )?o peso|hur tung|"
    r"vad vager|hvor tung|hvad vejer|kolik vazi|jak tezk\w*|ile wazy|jak ciezk\w*|combien pese|"
    r"cuanto pesa|quanto pesano|kuinka painava)\b"
)


def amount_unstated(folded: str, text: str, asked: str = "") -> bool:
    """Whether a folded question asks a figure, a weight, a kind of load, a count or a number
    of cups that the lines ``text`` do not state. ``asked`` is the question folded with the
    product's name left in: a count of the thing it names there answers too ("how many spare
    blades" in a listing titled "Spare blades")."""
    if _FIGURE_ASKED.search(folded) and not _NUMBER.search(text):
        return True
    if (
        _WEIGHT_ASKED.search(folded) or _WEIGHT_ASKED_ABROAD.search(folded)
    ) and not _WEIGHT_SAID.search(text):
        return True
    load = _LOAD_KIND_ASKED.search(folded)
    if load and not re.search(rf"\b{load.group(1)}\b", fold(text)):
        return True
    if not counts_part_asked(folded, text) and not (asked and counts_part_asked(asked, text)):
        return True
    return bool(has_cue(folded, CUPS) and not _CUPS_SAID.search(text))
