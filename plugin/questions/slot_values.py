"""Values read as words, positions, stock lines, measures and counts."""

from __future__ import annotations

import re

from plugin.domain import Variant
from plugin.questions.choices import Choice, quantities
from plugin.questions.lexicon import COLOURS, COUNT, SIZES, fold
from plugin.questions.lexicon import words as folded_words
from plugin.questions.slot_answer import Part


def _plain(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _position(value: str, question: str) -> int:
    """Where the question names a value: literally, or by a colour or size word for it."""
    folded = fold(question)
    literal = re.search(rf"(?<![^\W_]){re.escape(fold(value))}(?![^\W_])", folded)
    if literal:
        return literal.start()
    canonical = {COLOURS.get(w) or SIZES.get(w) for w in folded_words(value)}
    for match in re.finditer(r"[^\W_]+", folded):
        if (COLOURS.get(match.group()) or SIZES.get(match.group())) in canonical - {None}:
            return match.start()
    return len(folded)


def _stock_parts(variants: list[Variant]) -> tuple[list[Part], list[str]]:
    parts, lines = [], []
    for variant in variants:
        name = " / ".join(v for v in variant.options.values() if v) or variant.title
        if not variant.in_stock:
            key, state = "variant_out_of_stock", "out of stock"
        elif variant.stock_quantity == 0:
            key, state = "variant_backorder", "on backorder"
        else:
            key, state = "variant_in_stock", "in stock"
        parts.append(Part(key, {"variant": name}))
        lines.append(f"Stock of {name}: {state}")
    return parts, lines


_MEASURE_NAMES = (
    "size",
    "length",
    "width",
    "height",
    "depth",
    "diameter",
    "dimension",
    "inseam",
    "grosse",
    "lange",
    "breite",
    "hohe",
    "taille",
    "longueur",
    "largeur",
    "hauteur",
    "tamano",
    "largo",
    "ancho",
    "alto",
    "misura",
    "lunghezza",
    "maat",
    "lengte",
    "tamanho",
    "comprimento",
)


_LENGTH = re.compile(r"\d\s*(?:in|cm|mm|m|ft|inch|inches|\")(?![\w])|\d\s*x\s*\d")


def _plain_measure(choice: Choice) -> bool:
    """A measure attribute named by measure words alone ("Size", "Diameter"), not a measure of
    some state or part ("Packed size", "Seat height")."""
    return all(any(n in w for n in _MEASURE_NAMES) for w in folded_words(choice.name))


def _is_measure(choice: Choice) -> bool:
    """An attribute that states a length ("Size: 70 x 12 in", "Diameter: 16 in")."""
    name = fold(choice.name)
    return (
        not choice.is_option
        and any(n in name for n in _MEASURE_NAMES)
        and any(_LENGTH.search(v) for v in choice.values)
    )


# A bare number, maybe with its noun ("50", "6 packets"), not a measure ("6 in").
_BARE_COUNT = re.compile(r"^\s*\d+(?:\s+[^\W\d_]{3,}(?<!inch)(?<!inches))?\s*$")
# "per packet", "in each", "pro Stück": a count of something inside one unit.
_PER_UNIT = re.compile(r"\b(?:per|each|pro|par|por|elk|elke|varje|hver|kazd\w*)\b")
# A count in a span of time ("how many does a bird eat a day?", "om dagen", "am Tag"): a rate,
# which no count of the pack answers (round 32).
_PER_TIME = re.compile(
    r"\b(?:a|an|in a|every|om|am|al|ao|au|na|za|w) (?:day|week|month|year|dagen|dag|uka|"
    r"uken|ugen|veckan|maneden|manaden|tag|woche|monat|dia|giorno|mese|jour|mois|semana|"
    r"settimana|semaine|den|tyden|dzien|tydzien|miesiac)\b|\b(?:daily|weekly|monthly|"
    r"taglich|dziennie|denne|tydne|paivassa|viikossa|diariamente|giornalmente)\b"
)
# Verbs of what goes in ("past erin", "zmieści się", "cabe"): how much it takes, not how
# many cups a kettle pours. A load ("220 lbs") answers only a question that asks a weight.
_FITS = re.compile(
    r"\b(?:fit|fits|hold|holds|take|takes|past|passt|passen|erin|er in|rymmer|rummer|rommer|"
    r"mahtuu|zmiesci|miesci|cabe|caben|cabem|entra|entrano|contien\w*|tient)\b"
)


def _bare_count(value: str) -> bool:
    return bool(_BARE_COUNT.match(value)) and not _MASS.search(value) and not quantities(value)


_MASS = re.compile(r"\b(?:kg|lbs?|pounds?)\b", re.IGNORECASE)
# a value that is a mass ("250 g", "1.2 kg", "8 oz", "30 lb", "180 gsm"): "#5" or "Light" in
# an option named "… weight" is a class, no answer to "what does it weigh?" (round 41)
_MASS_VALUE = re.compile(
    r"\d\s*(?:mg|g|kg|gsm|g/m2|g/m²|oz|lbs?|pounds?|grams?|grammes?|kilos?|kilograms?)\b",
    re.IGNORECASE,
)
_MASS_ASKED = re.compile(
    r"\b(?:kg|kilo\w*|lbs?|pounds?|weight|gewicht|vikt|vaegt|vekt|paino\w*|wag\w*|peso|poids)\b"
)
# Words that ask how many; "fits" or "max" alone ask whether something fits ("fit a laptop?").
_HOW_MANY = tuple(c for c in COUNT if c not in ("max", "maximum", "up to", "fit", "fits", "passen"))
_HOW_MANY_NOUN = re.compile(r"\bhow many ([a-z]+)")
_HOW_MANY_OF = (
    "how many",
    "wie viele",
    "combien de",
    "cuantos",
    "cuantas",
    "quanti",
    "quante",
    "hoeveel",
    "quantos",
    "quantas",
    "hur manga",
    "hvor mange",
    "kuinka monta",
    "montako",
    "ile",
    "kolik",
)
# "how many litres does one dose make?", "hoeveel liter": a measure is counted, not pieces, so
# a count of packs does not answer it (round 32).
_MEASURE_COUNTED = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, _HOW_MANY_OF))})\s+(?:lit(?:er|re|r)\w*|kilo\w*|"
    r"gram\w*|met(?:er|re|r)\w*|cm|mm|ml|cl|dl|kg|g|l|lbs?|ounces?|oz|inch\w*|feet|foot|"
    r"yards?|watts?)\b"
)
_PIECE_WORDS = frozenset({"piece", "pc", "pcs", "item", "unit", "thing", "bit", "part"})
# After "for", these say what the product is for ("for the garage", "for my son").
_PURPOSE = frozenset({"the", "my", "our", "his", "her"})
