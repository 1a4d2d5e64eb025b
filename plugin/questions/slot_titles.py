"""Counts and measures a product's name states ("Tins, Set of 4", "Wick, 10 m"), asked of
when no option or attribute answers."""

from __future__ import annotations

import re

from plugin.domain import Listing
from plugin.questions.choices import quantities
from plugin.questions.lexicon import fold, has_cue
from plugin.questions.lexicon import words as folded_words
from plugin.questions.slot_answer import Part, SlotAnswer
from plugin.questions.slot_values import _HOW_MANY_OF, _PER_UNIT

# "How many are in the pack?" of a product whose name says how many ("Tins, Set of 4",
# "Dish Cloths, Pack of 2", "Espresso Cups, Pair").
_TITLE_COUNT = re.compile(
    r"\b(?:set|pack|box|bundle|case) of \d+\b|\b\d+[- ]?(?:pack|pieces?|pcs)\b|\bpair\b",
    re.IGNORECASE,
)
# A name that ends on a count of what it holds ("Floss Set, 8 Skeins", "Tea Selection (10
# sachets)"): the count and the thing counted.
_TITLE_COUNT_NOUN = re.compile(
    r"(?:,|\(|\s[-–—])\s*(\d+)\s+([^\W\d_]{3,})\s*\)?\s*$"
)
_UNITS = frozenset(
    """lbs inch inches feet foot metre metres meter meters litre litres liter liters grams
    gram kilos kilo ounces ounce pounds pound yards yard watts watt volts volt years year
    months month weeks week days day hours hour minutes minute""".split()
)
# The pack a count is asked of, in our languages (folded; a cue matches a word's start).
_PACK_WORDS = (
    "pack", "set", "box", "bundle", "packung", "paket", "packet", "paquet", "paquete", "caja",
    "confezion", "scatol", "verpakking", "doos", "embalagem", "caixa", "forpackning", "pakke",
    "pakkaus", "opakowani", "zestaw", "baleni", "krabic", "sada",
)
# Counts of something other than the product's pieces: time, uses, what it makes or holds.
_NOT_PIECES = re.compile(
    r"(?<![^\W_])(?:minutes?|hours?|days?|weeks?|months?|years?|times?|uses?|washes?|loads?|"
    r"cups?|servings?|people|persons?|stunden?|tage?n?|monate?n?|jahre?n?|mois|ans|meses|"
    r"anos|mesi|anni|maanden|jaren|uur|dagen|miesiecy|lat|mesicu|let)(?![^\W_])"
)


def _title_count(question: str, listing: Listing) -> SlotAnswer | None:
    """The product's name as its answer to "how many (of them) are in the pack?", when the
    name states the count. In English the word counted must be the name's head noun ("how many
    tins", "how many cloths"); in another language, where it cannot be told, the question must
    name the pack ("en el paquete", "v balení"). Counts of time, uses or what it makes are
    other questions."""
    title = listing.title.strip()
    folded = fold(question)
    if not has_cue(folded, _HOW_MANY_OF):
        return None
    if not _TITLE_COUNT.search(title):
        return _title_count_noun(folded, title) or _title_bare_count(folded, title)
    if _NOT_PIECES.search(folded):
        return None
    # the thing counted is the name's head noun, before the count ("Tins" in "Travel Candle
    # Tins, Set of 4"), not any word of it ("how many candles can I make?")
    head = folded_words(_TITLE_COUNT.split(title)[0].rstrip(" ,-–(") or title)
    counted = re.search(r"\bhow many ([^\W\d_]+)", folded)
    if counted is not None:
        if not head or counted.group(1)[:4] not in {head[-1][:4], "piec", "item"}:
            return None
    elif not has_cue(folded, _PACK_WORDS):
        return None
    stated = _TITLE_COUNT.search(title)
    assert stated is not None
    name = title[: stated.start()].rstrip(" ,-–(") or title
    return SlotAnswer(
        "count",
        (Part("attribute", {"name": name, "values": stated.group()}),),
        (f"Product: {title}",),
    )


# A measure asked right after the words that ask how many or how much ("how many metres",
# "ile metrów", "hoeveel ml").
_HOW_MANY_UNIT = re.compile(
    r"(?:" + "|".join(re.escape(c) for c in (*_HOW_MANY_OF, "how much", "hvor mye", "hvor meget",
                                             "hur mycket", "wie viel", "quanto", "cuanto",
                                             "combien", "kuinka paljon", "paljonko"))
    + r")\s+([^\W\d_]+)"
)
# What the shopper would do with it: how much they need or use is not how much there is.
_NEED = re.compile(r"\b(?:need|needs|use|uses|per|each|make|makes|for a|for one)\b")


def _title_measure(question: str, listing: Listing) -> SlotAnswer | None:
    """ "How many metres are on the spool?" of "Wick Spool 25 m": the one measure in the
    product's name in the unit asked, when the question names nothing else by number and asks
    no amount needed or used (round 26)."""
    title = listing.title.strip()
    folded = fold(question)
    if _DIGIT.search(folded) or _NEED.search(folded) or _PER_UNIT.search(folded):
        return None
    asked = _HOW_MANY_UNIT.search(folded)
    if asked is None:
        return _title_measure_by_adjective(folded, listing)
    measured = _MEASURED_OF.match(folded, asked.end())
    if measured and not any(
        w[:4] == measured.group(1)[:4] for w in folded_words(fold(title)) if len(w) >= 4
    ):
        return None  # "how many litres of milk does it set?": a measure of something else
    units = {unit for _, unit in quantities(f"1 {asked.group(1)}")}
    stated = [m for m in _TITLE_QUANTITY.finditer(title) if
              {unit for _, unit in quantities(m.group())} & units]
    if len(stated) != 1 or listing.variants:
        return None
    return _measure_in_title(title, stated[0])


# "How long is the hose?", "how heavy is the anvil?": the measure asked by its adjective, the
# unit it is stated in (round 29), and what it is asked of (the words up to the end).
_HOW_ADJECTIVE = re.compile(
    r"\bhow (long|heavy) (?:is|are) (?:the |this |that |these |those |a |one |each |your )?"
    r"((?:[^\W\d_]+ ?){1,5})\??$"
)
_ADJECTIVE_UNIT = {"long": "mm", "heavy": "g"}
# What a length of something comes as: "the roll of wire", "the spool", "the coil of rope".
_LENGTH_HOLDERS = frozenset("roll rolls spool spools reel reels coil coils length piece".split())
_OF_WORDS = frozenset("of the a an this that".split())


def _title_measure_by_adjective(folded: str, listing: Listing) -> SlotAnswer | None:
    """ "How long is the roll of wire?" of "Copper Wire 0.5 mm2, 20 m": the one length (or,
    for "how heavy", weight) the product's name states, when every word the question asks it
    of is a word of the name or what a length comes as (round 29). A span of time ("how long
    is the course?") is no length: the name must state one in metres."""
    asked = _HOW_ADJECTIVE.search(folded.strip())
    if asked is None or listing.variants:
        return None
    own = {w[:4] for w in folded_words(fold(listing.title)) if len(w) >= 3}
    subject = [w for w in asked.group(2).split() if w not in _OF_WORDS]
    if not subject or not all(w[:4] in own or w in _LENGTH_HOLDERS for w in subject):
        return None
    if not any(w[:4] in own for w in subject):
        return None
    unit = _ADJECTIVE_UNIT[asked.group(1)]
    title = listing.title.strip()
    stated = [m for m in _TITLE_QUANTITY.finditer(title)
              if any(u == unit for _, u in quantities(m.group()))]
    if len(stated) != 1:
        return None
    return _measure_in_title(title, stated[0])


# What the measure asked is of: "metres of wick", "litros de leche", "litri di latte".
_MEASURED_OF = re.compile(r"\s+(?:of|de|di|da|du|des|von|van|af|av)\s+(?:the\s+)?([^\W\d_]+)")
_TITLE_QUANTITY = re.compile(
    r"(?<![\w.,])\d+(?:[.,]\d+)?\s?(?:litres?|liters?|ml|cl|l|g|kg|cm|mm|metres?|meters?|m|"
    r"w|kw)(?!\w)",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")


def _measure_in_title(title: str, stated: re.Match[str]) -> SlotAnswer:
    """The one measure a product's name states, answered as an attribute of the rest of the name."""
    name = (title[: stated.start()] + title[stated.end():]).strip(" ,-–—()") or title
    return SlotAnswer(
        "count",
        (Part("attribute", {"name": name, "values": stated.group().strip()}),),
        (f"Product: {title}",),
    )


def _title_count_noun(folded: str, title: str) -> SlotAnswer | None:
    """ "How many skeins are in the set?" of "Floss Set, 8 Skeins": the count the name ends on.
    In English the word counted must be the thing the name counts or its head noun; in
    another language the question must name the pack ("i pakken", "in der Packung")."""
    stated = _TITLE_COUNT_NOUN.search(title)
    if stated is None or fold(stated.group(2)) in _UNITS or _NOT_PIECES.search(folded):
        return None
    name = title[: stated.start()].rstrip(" ,-–—(") or title
    head = folded_words(name)
    counted = re.search(r"\bhow many ([^\W\d_]+)", folded)
    if counted is not None:
        allowed = {fold(stated.group(2))[:4], "piec", "item", *(head[-1:] and [head[-1][:4]])}
        if counted.group(1)[:4] not in allowed:
            return None
    elif not has_cue(folded, _PACK_WORDS):
        return None
    values = f"{stated.group(1)} {stated.group(2)}"
    return SlotAnswer(
        "count",
        (Part("attribute", {"name": name, "values": values}),),
        (f"Product: {title}",),
    )



# A name that ends on a bare count in brackets ("Tea Lights (50)", "Coasters 10 cm (6)"): the
# count of what the name names (round 28).
_TITLE_BARE_COUNT = re.compile(r"\((\d+)\)\s*$")
_FOR_A = re.compile(r"\bfor (?:an?|one|my|each|every)\b")
_BARE_COUNT_UNITS = re.compile(
    r"(?<![\w.,])\d+(?:[.,]\d+)?\s?[^\W\d_]{1,6}(?![^\W_])|\d+(?:[.,]\d+)?", re.IGNORECASE
)


def _title_bare_count(folded: str, title: str) -> SlotAnswer | None:
    """ "How many tea lights are in the pack?" of "Tea Lights (50)": the count in brackets
    the name ends on. In English one of the three words after "how many" must be the name's
    head noun (or "pieces", "items"); in another language the question must name the pack, as
    for the other counts in a name."""
    stated = _TITLE_BARE_COUNT.search(title)
    if stated is None or _NOT_PIECES.search(folded) or _NEED.search(folded) or _FOR_A.search(
        folded
    ):
        return None  # how many the shopper needs or uses is not how many there are
    name = title[: stated.start()].strip(" ,-–—(")
    head = [w for w in folded_words(_BARE_COUNT_UNITS.sub(" ", name)) if len(w) >= 3]
    if not head:
        return None
    counted = re.search(r"\bhow many((?:\s+[^\W\d_]+){1,3})", folded)
    if counted is not None:
        allowed = {head[-1][:4], "piec", "item"}
        if not any(w[:4] in allowed for w in counted.group(1).split()):
            return None
    elif not has_cue(folded, _PACK_WORDS):
        return None
    written = re.findall(r"[^\W\d_]{3,}", name)
    values = f"{stated.group(1)} {written[-1]}" if written else stated.group(1)
    return SlotAnswer(
        "count",
        (Part("attribute", {"name": name, "values": values}),),
        (f"Product: {title}",),
    )
