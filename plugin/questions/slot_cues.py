"""The cues a question asks by (price, weight, stock …), the extremes of sizes, and the
conversion of a measure into the shopper's system."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from plugin.option_names import NAME_SYNONYMS
from plugin.questions.choices import Choice, Mention
from plugin.questions.lexicon import CUES, GOING_FOR, HOW_MUCH, TIME_WORDS, fold, has_cue
from plugin.questions.lexicon import words as folded_words
from plugin.questions.slot_answer import Part, SlotAnswer
from plugin.questions.slot_values import _LENGTH
from plugin.questions.units import asked_system, converted
from plugin.questions.wear_checks import REACHED

_SHIPPING_TOPICS = (
    "ship",
    "shipping",
    "postage",
    "deliver to",
    "versand",
    "livraison",
    "envio",
    "spedizione",
    "verzend",
)



# The smallest or largest of a product's sizes, in our languages (folded).
_EXTREMES = (
    "smallest", "largest", "biggest", "tiniest", "kleinste", "kleinsten", "grootste", "grosste",
    "grossten", "groesste", "plus petit", "plus petite", "plus grand", "plus grande",
    "mas pequeno", "mas pequena", "mas grande", "piu piccolo", "piu piccola", "piu grande",
    "menor", "maior", "minsta", "storsta", "mindste", "storste", "minste", "pienin", "pienimman",
    "suurin", "suurimman", "najmniejszy", "najmniejsza", "najmniejsze", "najwiekszy",
    "najwieksza", "najwieksze",
)


# Measures asked in the plural ("what blade lengths can I get?"): which sizes are offered.
_PLURAL_MEASURES = re.compile(
    r"\b(?:lengths|widths|heights|depths|diameters|capacities|volumes|laengen|longueurs|"
    r"longitudes|lunghezze|lengtes|langder|pituudet|dlugosci)\b"
)


def _extreme_size(
    folded: str, choices: list[Choice], cues: dict[str, list[str]], mentions: list[Mention]
) -> Choice | None:
    """ "how much is in the smallest tin?", "hoeveel zit er in het grootste pakje?", "which
    blade lengths are there?": the one
    option whose values are sizes or amounts, from the smallest to the largest as the listing
    lists them. Not a price ("how much is the largest?") or stock question, nor one that names
    a value itself."""
    asked = has_cue(folded, _EXTREMES) or _PLURAL_MEASURES.search(folded)
    if not asked or cues["price"] or cues["stock"] or mentions:
        return None
    options = [
        c for c in choices
        if c.is_option and len(c.values) > 1
        and (c.concept == "size" or all(re.search(r"\d", v) for v in c.values))
    ]
    return options[0] if len(options) == 1 else None


# "Heavy" that says no weight: heavy metals, heavy-duty, heavy use.
_NOT_WEIGHT = re.compile(r"\bheavy[\s-](?:metals?|duty|use|rain|wear)\b")
# A recording (of a class, a talk) is no record (vinyl) to be shipped or downloaded.
# A participle ("is the webinar being recorded?") asks of a recording too, not of a vinyl record
# (round 51).
_RECORDING = re.compile(r"\brecord(?:ings?|ed)\b")
# "Stock up" is buying plenty, not asking whether it is in stock.
_NOT_STOCK = re.compile(r"\bstock(?:ing|ed)? up\b")
# Whether it can be bought now, asked without the word stock (round 53): "could I purchase
# the kettle today?" asks what a stock line answers, as "can I order it now?" does.
_BUY_NOW = re.compile(
    r"\b(?:can|could) (?:i|we) (?:buy|purchase)\b[^?.!]{0,50}\b(?:right now|today)\b"
)
# Paying whom ("do I pay you or the partner?", "who do I pay?") asks who sells it, not what it
# costs: an external product's partner answers.
_PAY_WHOM = re.compile(
    r"\bpay (?:you|them|us)\b[^?.!]{0,40}\bor\b|\bwho (?:do|should|will) i pay\b|"
    # where one pays asks who sells it too ("where do I actually pay for it?")
    r"\bwhere (?:do|can|should|would|will) (?:i|we) (?:actually |even )?pay\b"
)
# "How long" in each language: a length, unless the question is about time.
_HOW_LONG = ("how long", "wie lang", "hoe lang", "hur lang", "hvor lang", "kuinka pitka",
             "jak dlugi")
# Words that ask only about time ("wie lange", not "wie lang"; "duurt", "trwa").
_TIME_ONLY = ("wie lange", "dauert", "hur lange", "hvor laenge", "hvor lenge", "kuinka kauan",
              "kestaa", "jak dlugo", "trwa", "combien de temps", "cuanto tiempo", "cuanto dura",
              "quanto tempo", "quanto dura", "duurt", "hoe lang duurt")


# Words around a bare "how much?" that ask nothing more.
_BARE_FILLER = frozenset("for it this that one the a is please pls then".split())
_HOW_MUCH_WORDS = frozenset(w for cue in HOW_MUCH for w in cue.split())


def _only_how_much(folded: str, title: str, mentions: Sequence[Mention] = ()) -> bool:
    """Whether the question is "how much?" and the product's name, nothing else ("brass
    pen — how much?", "combien, le bol ?"): then it asks the price. The values it names, their
    amount in another unit and "now" ask nothing else ("the 75 foot one right now, how
    much?", "in white how much")."""
    if not has_cue(folded, HOW_MUCH):
        return False
    own = set(folded_words(title))
    if mentions:
        own |= set(folded_words(" ".join(m.value for m in mentions)))
        # the option's own name beside its value ("full size how much", "navy colour")
        own |= set(folded_words(" ".join(m.choice.name for m in mentions)))
        own |= {
            w for m in mentions for w in NAME_SYNONYMS.get(m.choice.concept, ()) if " " not in w
        }
        own |= _NOW_WORDS | {fold(u) for u in _AMOUNT.findall(folded)}
    rest = [w for w in folded_words(folded) if w not in own and w not in _BARE_FILLER]
    return bool(rest) and all(w in _HOW_MUCH_WORDS for w in rest)


# Words that place a price question in time or on a value, with a value named.
_NOW_WORDS = frozenset("now right today currently at in for with".split())
_AMOUNT = re.compile(r"(?<![^\W\d_])\d+(?:[.,]\d+)?\s?-?\s?([^\W\d_]+)")


# "<part> length|width|height|depth": the measure of a named part.
_PART_MEASURE = re.compile(r"\b([a-z]{3,})\s+(?:length|width|height|depth|diameter)\b")
# Words before a measure that name no part ("total length", "overall height").
_NOT_PARTS = frozenset(
    "total overall full whole exact actual outer inner inside outside max maximum minimum "
    "what whats the its".split()
)


# The file formats of a download, in our languages (folded).
_FORMAT = re.compile(r"\b(?:formats?|formaat|formaten|formato|formatos|formati|formatet|muoto|"
                     r"muodossa|tiedostomuoto)\b")
# A load asked ("weight limit", "max load"): the product's own weight does not answer it.
_LOAD = ("how much weight", "weight limit", "max weight", "maximum weight", "max load",
         "maximum load", "weight capacity", "load capacity", "can it carry", "will it carry",
         "hold me", "support me", "holds up to", "weight rating")


# "how long is the cord on the kettle?", "length of the strap of the bag", "wie lang ist das
# Kabel vom Föhn?": the measure of a part named before the product (folded).
_PART_OF = re.compile(
    r"\b(?:how (?:long|wide|tall|big|thick|deep|high) (?:is|are)|(?:length|width|height|depth|"
    r"diameter) of) (?:the|its|this|that) ((?:[a-z-]+ ){0,2}?[a-z-]+) (?:on|of|in|from) "
    r"(?:the|this|that|your|its)\b|"
    r"\bwie (?:lang|breit|hoch|gross|dick|tief) (?:ist|sind) (?:das|der|die) ([a-z-]+) "
    r"(?:vom|von|am|an|des|der|im)\b"
)


def _cues(folded: str) -> dict[str, list[str]]:
    """The intents' cues found in a folded question; "how long" asks for a length only when
    the question is not about time ("how long does it last?", "how long is the workshop?",
    "wie lange zieht der Tee?": a word of time, or a word that asks only about time)."""
    cues = {intent: has_cue(folded, found) for intent, found in CUES.items()}
    if _NOT_WEIGHT.search(folded):
        cues["weight"] = [c for c in cues["weight"] if c != "heavy"]
    if _RECORDING.search(folded):
        cues["download"] = [c for c in cues["download"] if c != "record"]
    if _NOT_STOCK.search(folded):
        cues["stock"] = [c for c in cues["stock"] if c != "stock"]
    if _BUY_NOW.search(folded) and not cues["price"]:
        cues["stock"] = [*cues["stock"], "buy now"]
    if GOING_FOR.search(folded) and not cues["price"]:
        cues["price"] = ["going for"]
    if _PAY_WHOM.search(folded):
        cues["price"] = [c for c in cues["price"] if c != "pay"]
        cues["external"] = [*cues["external"], "pay"]
    if has_cue(folded, _LOAD):
        cues["weight"] = []
    if REACHED.search(folded):
        # a height it flies to, not its own (round 57)
        cues["dimensions"] = []
    if has_cue(folded, TIME_WORDS) or has_cue(folded, _TIME_ONLY):
        cues["dimensions"] = [c for c in cues["dimensions"] if c not in _HOW_LONG]
    return cues


_MEASURED_INTENTS = frozenset({"weight", "dimensions"})


def _with_conversion(answer: SlotAnswer, question: str) -> SlotAnswer:
    """A weight or a measure asked in the other unit system ("in cm?" of a listing in inches):
    the listing's figure, then the converted one."""
    system = asked_system(question)
    if not system or (answer.intent not in _MEASURED_INTENTS and not any(
        _LENGTH.search(line) for line in answer.lines
    )):
        return answer
    values = [v for line in answer.lines for v in converted(line.partition(": ")[2], system)]
    if not values:
        return answer
    text = ", ".join(dict.fromkeys(values[:3]))
    return dataclasses.replace(
        answer,
        parts=(*answer.parts, Part("converted", {"value": text})),
        lines=(*answer.lines, f"Converted: about {text}"),
    )
