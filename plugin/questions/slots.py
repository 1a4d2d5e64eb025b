"""Decide from structure first: which of a listing's structured facts a question asks for.

A question is mapped to an intent (price, regular price, weight, dimensions, category, stock,
how it is delivered, where an external product is bought, what a grouped product holds, an
option or attribute by name, or a value it names) and to the slot that answers it. The answer is
a list of :class:`Part` (what to say, with the facts word for word) and the fact lines it rests
on. None when no intent is found, when the slot is empty, or when the question is also about
something structure cannot settle (shipping, returns, fit, care without a care fact …): then
similarity retrieval over the free-text facts decides, as before.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from plugin.domain import Listing, Variant
from plugin.generation.facts import format_dimensions, format_measure, format_price
from plugin.option_names import NAME_SYNONYMS
from plugin.questions.answerability import covered, tokens
from plugin.questions.choices import (
    Choice,
    Mention,
    absent_mentions,
    asked_concepts,
    listing_choices,
    matching_variants,
    named_choices,
    quantities,
    value_mentions,
    value_word_choices,
)
from plugin.questions.extremes import asks_price_of_extreme, extreme_mentions
from plugin.questions.lexicon import (
    BODY_MEASURE,
    BODY_PART_MEASURED,
    COLOURS,
    COUNT,
    CUES,
    HOW_MUCH,
    LANGUAGE_WORDS,
    MATERIALS,
    OTHER_TOPICS,
    SIZES,
    STOPWORDS,
    TIME_WORDS,
    TOPIC_CONCEPTS,
    asking_sentence,
    cue_pattern,
    fold,
    has_cue,
)
from plugin.questions.lexicon import words as folded_words
from plugin.questions.number_words import with_digits
from plugin.questions.policy_topics import POLICIES
from plugin.questions.units import asked_system, converted

MAX_VARIANT_PRICES = 8
# Price cues that ask a price only of a variant named or when nothing else fits ("how much
# is the L?"); "how much" alone never does (lexicon.HOW_MUCH).
WEAK_PRICE_CUES = frozenset({"how much is", "how much are", "pay"})
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


@dataclass(frozen=True)
class Part:
    """One sentence of a structured answer: a template key and the facts that fill it."""

    key: str
    values: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SlotAnswer:
    intent: str
    parts: tuple[Part, ...]
    lines: tuple[str, ...]
    # Found through an attribute's name or value words alone (no option, no value asked for):
    # the question may be about something else that merely shares a word ("does the leather
    # crease?" is no question about the Material), so the caller checks its topic words.
    weak: bool = False
    # Found through a value word alone (not the attribute's name): the shared words must
    # outnumber the question's words the listing never uses.
    strict: bool = False


def find_slot(
    question: str,
    listing: Listing,
    language: str = "en",
    accept: Callable[[SlotAnswer], bool] | None = None,
) -> SlotAnswer | None:
    """The structured answer to ``question`` (already stripped of personal data), or None.
    ``language`` is the question's: names are told by capitals in English only (German
    capitalises every noun). ``accept`` judges a weak answer (``SlotAnswer.weak``); one it
    refuses gives way to the next slot that fits."""
    folded = fold(question)
    cues = _cues(folded)
    choices = listing_choices(listing)
    # counts written as words name their values ("six holes": "6 holes") (round 32)
    counted = with_digits(question, language)
    mentions = value_mentions(
        question if counted == folded else counted, choices, listing.title
    )
    if not cues["price"] and _only_how_much(folded, listing.title, mentions):
        cues["price"] = ["how much"]  # "brass pen — how much?": nothing else is asked
    if listing.downloadable and _FORMAT.search(folded):
        cues["download"] = [*cues["download"], "format"]  # "what formats does the ebook come in?"
    asking = asking_sentence(question)
    if asking != question:
        # a price word in a remark after the question ("… pages? ink is expensive") asks none,
        # nor does a word of the regular price ("… in XXL? I am usually a 16")
        in_asking = _cues(fold(asking))
        cues["price"] = in_asking["price"]
        cues["regular_price"] = in_asking["regular_price"]
    named = named_choices(question, choices, listing.title)
    if _PER_UNIT.search(folded):
        # "what size is each sheet?" of sizes that count sheets ("10 sheets, 30 sheets"): a
        # count is no size of one piece; what one measures is the listing's to say (round 26)
        named = [
            c for c in named
            if not (c.concept == "size" and all(_bare_count(v) for v in c.values)
                    and not any(m.choice == c for m in mentions))
        ]
    by_value = [c for c in value_word_choices(question, choices, listing.title) if c not in named]
    material = _material_asked(question, listing, choices) or _share_asked(folded, choices)
    if material is not None:
        return material
    if _blocked(folded, question, listing, choices, cues):
        return None
    if language == "en" and _unknown_names(question, listing, choices):
        return None
    if not cues["price"] and asks_price_of_extreme(folded):
        cues["price"] = ["how much for"]  # "how much for the biggest bag?" (round 32)
    extreme = _extreme_size(folded, choices, cues, mentions)
    if extreme is not None:
        return SlotAnswer(
            "option",
            (Part("values", {"title": listing.title.strip(), "name": extreme.name,
                             "values": ", ".join(extreme.values)}),),
            (extreme.line,),
        )
    if not mentions:
        # "how much is the biggest bag?": the largest value of the one sized option (round 32)
        mentions = extreme_mentions(folded, choices, cues)
    finder = _Finder(listing, question, choices, named + by_value, mentions, cues)
    finder.by_value = {c.name for c in by_value}
    # What a set contains and what it is made of are often asked of one part ("does the kit
    # include tweezers?", "is the wick cotton?"): those answers are checked like a name's.
    asked = asked_concepts(question, listing.title) - {"contents", "material"} - TOPIC_CONCEPTS
    finder.by_concept = {c.name for c in named if c.concept in asked}
    found = finder.answer(accept)
    if found is None:
        found = _title_count(question, listing) or _title_measure(question, listing)
    return _with_conversion(found, question) if found is not None else None


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
_HOW_MANY_OF = (
    "how many", "wie viele", "combien de", "cuantos", "cuantas", "quanti", "quante", "hoeveel",
    "quantos", "quantas", "hur manga", "hvor mange", "kuinka monta", "montako", "ile", "kolik",
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


# Words that name what a thing is made of, beyond the twelve languages' basic ones in
# ``MATERIALS``: a value carrying one states a material ("Frame: Anodised aluminium").
_MATERIAL_VALUES = frozenset(MATERIALS) | frozenset(
    fold(w)
    for w in """aluminium aluminum rubber bamboo brass copper iron oak walnut olive beech ash
    maple cherry birch pine teak cork nylon flax merino cashmere alpaca mohair hemp jute rattan
    wicker willow stone marble granite slate porcelain stoneware earthenware enamel silicone
    titanium canvas denim fleece felt suede paper cardboard beeswax soy acrylic viscose bronze
    zinc tin pewter resin""".split()
)
# "Stainless" says steel.
_MATERIAL_ALIASES = {"stainless": "steel", "wooden": "wood", "woollen": "wool", "woolen": "wool"}


def _one(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _material_words(text: str) -> set[str]:
    found = set()
    for word in folded_words(text):
        word = _MATERIAL_ALIASES.get(word, word)
        if word in _MATERIAL_VALUES:
            found.add(MATERIALS.get(word, word))
    return found


# A share asked ("what percentage", "hoeveel procent", "wie viel Prozent").
_PERCENT_ASKED = re.compile(
    r"\b(?:percent(?:age)?|per cent|prozent\w*|pourcentage|porcentaje|percentuale|percentagem|"
    r"procent\w*|prosent\w*|percentage|prosenttia)\b"
)


def _share_asked(folded: str, choices: list[Choice]) -> SlotAnswer | None:
    """ "how much percent merino is in them?": the one line that gives shares in percent
    ("Material: 70% merino wool, 27% nylon, 3% elastane")."""
    if not _PERCENT_ASKED.search(folded):
        return None
    shares = [c for c in choices if any("%" in v for v in c.values)]
    if len(shares) != 1:
        return None
    choice = shares[0]
    values = ", ".join(choice.values)
    return SlotAnswer(
        "option", (Part("attribute", {"name": choice.name, "values": values}),), (choice.line,)
    )


# Words around a choice between materials that name no part ("pure wool or mixed?").
_MATERIAL_FRAME = frozenset(
    """made mixed mix blend blended pure real inside outside entirely fully solid genuine
    actually just only percent whats""".split()
)


def _other_part(question: str, listing: Listing) -> bool:
    """Whether a question that weighs materials against each other names something besides
    the product ("is the handle plastic or wood?", "the wick, cotton or wood?"): then the
    product's own Material line does not answer it."""
    from plugin.questions.answerability import GENERIC

    own = {_one(w) for w in folded_words(listing.title)}
    for word in folded_words(asking_sentence(question)):
        word = _MATERIAL_ALIASES.get(word, word)
        if (
            len(word) < 3
            or word.isdigit()
            or word in STOPWORDS
            or word in GENERIC
            or word in _MATERIAL_FRAME
            or word in _MATERIAL_VALUES
            or _one(word) in own
        ):
            continue
        return True
    return False


def _material_asked(
    question: str, listing: Listing, choices: list[Choice]
) -> SlotAnswer | None:
    """What a product or one of its parts is made of, asked as a choice between materials
    ("linen or a cotton blend?", "is the handle wood or plastic?") or by a part's name ("what
    is the frame made of?"): the line that states it ("Frame: Anodised aluminium"), however
    many other words the question has. Not when every material the question names is the one
    the line states ("is the walnut handle oiled?" asks about its finish)."""
    folded = fold(question)
    named_materials = _material_words(question)
    made_of = bool(has_cue(folded, NAME_SYNONYMS["material"]))
    if not made_of and len(named_materials) < 2:
        return None
    own = set(folded_words(listing.title))
    asked = {_one(w) for w in folded_words(question) if w not in STOPWORDS and w not in own}
    stating = [c for c in choices if _material_words(" ".join(c.values))]
    parts = [c for c in stating if {_one(w) for w in folded_words(c.name)} & asked]
    if not parts and (len(named_materials) >= 2 or made_of) and not _other_part(question, listing):
        # a choice between materials of the product itself, or what it is made of: its one
        # Material line
        parts = [c for c in stating if c.concept == "material"]
    if len(parts) != 1:
        return None
    choice = parts[0]
    if (
        not made_of
        and named_materials
        and named_materials <= _material_words(" ".join(choice.values))
    ):
        return None
    values = ", ".join(choice.values)
    return SlotAnswer(
        "option", (Part("attribute", {"name": choice.name, "values": values}),), (choice.line,)
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
_RECORDING = re.compile(r"\brecordings?\b")
# "Stock up" is buying plenty, not asking whether it is in stock.
_NOT_STOCK = re.compile(r"\bstock(?:ing|ed)? up\b")
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
    if _PAY_WHOM.search(folded):
        cues["price"] = [c for c in cues["price"] if c != "pay"]
        cues["external"] = [*cues["external"], "pay"]
    if has_cue(folded, _LOAD):
        cues["weight"] = []
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


def structure_cannot_settle(question: str, listing: Listing) -> bool:
    """Whether the question is about something no structured fact settles (fit, restock,
    shipping, returns, care without a care fact …)."""
    folded = fold(question)
    return _blocked(folded, question, listing, listing_choices(listing), _cues(folded))


def _blocked(
    folded: str, question: str, listing: Listing, choices: list[Choice], cues: dict
) -> bool:
    """Whether the question is also about something the structured facts cannot settle. The
    product's own name does not count ("Wool Dryer Balls" is no question about a dryer)."""
    for word in sorted(set(folded_words(listing.title)), key=len, reverse=True):
        folded = re.sub(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", " ", folded)
    present = {c.concept for c in choices if c.concept}
    for concept in asked_concepts(question) & present:
        # The words that asked for a concept the listing has ("wie viel passt" for a
        # capacity) are no other topic.
        for cue in sorted(has_cue(folded, NAME_SYNONYMS.get(concept, ())), key=len, reverse=True):
            folded = re.sub(rf"(?<![^\W_]){re.escape(fold(cue))}[^\W_]*", " ", folded)
    whole = fold(question)
    # Phrases ("taille grand") count as asked even where a concept's word was cut from them.
    topics = set(has_cue(folded, OTHER_TOPICS)) | {
        t for t in has_cue(whole, OTHER_TOPICS) if " " in t and t not in ("made of", "made from")
    }
    measured = cues["dimensions"] or "capacity" in asked_concepts(question)
    part = BODY_PART_MEASURED.search(whole)
    charted = part is not None and any(
        part.group("part") in fold(f"{c.name} {' '.join(c.values)}") for c in choices
    )
    body = (BODY_MEASURE.search(whole) and not measured) or (part is not None and not charted)
    if body and not _names_option_amount(whole, choices):
        topics.add("fit")
    advice = _SIZE_ADVICE.search(whole)
    if advice and not _own_size_system(question, choices) and not _of_a_part(advice, choices):
        topics.add("fit")  # "I'm EU 44, which US size?" needs a conversion nobody stated
    if "care" not in present:
        # "how do I look after it?" and no care line: the care policy, not an option line
        topics |= set(has_cue(folded, NAME_SYNONYMS["care"]))
    if "material" in present:
        topics -= {t for t in topics if t in MATERIALS or t in ("made of", "made from")}
    if [c for c in cues["price"] if c not in WEAK_PRICE_CUES]:
        topics -= {"difference", "compare"}  # "the price difference between M and XL"
    # A topic word the listing's own structured facts use ("vegan?" for Certifications: Vegan)
    # is settled by them.
    said = set().union(*(tokens(c.line) for c in choices)) if choices else set()
    topics = {t for t in topics if not (t.isalpha() and len(t) >= 3 and covered(fold(t), said))}
    # Sending somewhere, in the words the shipping policy is told by in every language
    # ("¿cuánto cuesta enviar a …?", "sende til …"): the shipping policy's price, not the
    # product's (round 26).
    # A word of being in stock is none of them ("lieferbar", available, is no "liefer-").
    sending = folded
    for cue in has_cue(folded, (*CUES["stock"], *CUES["availability"])):
        sending = cue_pattern(cue).sub(" ", sending)
    topics |= set(has_cue(sending, POLICIES["Shipping policy"]))
    if (listing.downloadable or listing.virtual) and cues["download"]:
        topics -= set(_SHIPPING_TOPICS) | set(POLICIES["Shipping policy"])
    return bool(topics)


def _names_option_amount(question: str, choices: list[Choice]) -> bool:
    """Whether the question's quantities are in a unit an option's values are measured in
    ("20 kg kettlebell?" when it comes in 8 kg to 24 kg): it names a value, offered or not,
    not the shopper's own weight or height."""
    asked = {unit for _, unit in quantities(question)}
    offered = {
        unit for c in choices if c.is_option for v in c.values for _, unit in quantities(v)
    }
    return bool(asked & offered)


# Asking which size to take: answered by the values only when they use the shopper's system.
_SIZE_ADVICE = re.compile(
    r"\b(?:which|what) (?:(\w+) )?size (?:should|do|would)\b|\bsize should i\b|"
    r"\bshould i (?:size|get|order|take)\b"
)


def _of_a_part(advice: re.Match[str], choices: list[Choice]) -> bool:
    """ "which needle size do you recommend?" asks the size of a part the listing names
    ("Recommended needles: 4.5-5 mm"), not which size of the product to take."""
    part = advice.group(1)
    if not part:
        return False
    names = {w for c in choices for w in folded_words(c.name)}
    return covered(part, names)
_SIZE_SYSTEM = re.compile(r"\b([A-Za-z]{1,3})\s?\d{1,3}\b")


def _own_size_system(question: str, choices: list[Choice]) -> bool:
    """Whether the shopper's size ("EU 42") is in a system the size values use ("M (EU
    40-43)")."""
    systems = {s.upper() for s in _SIZE_SYSTEM.findall(question)}
    values = " ".join(v for c in choices if c.concept == "size" for v in c.values).upper()
    return any(re.search(rf"\b{re.escape(s)}\b", values) for s in systems)


def _unknown_names(question: str, listing: Listing, choices: list[Choice]) -> set[str]:
    """Capitalised words inside the question that neither the listing nor our words know
    ("Spotify", "Canada")."""
    known = fold(" ".join([listing.title, *(c.line for c in choices), *listing.categories]))
    names = set()
    for match in re.finditer(r"(?<![.!?¿¡]\s)(?<!^)\b[A-Z][a-zA-Z]{2,}\b", question.strip()):
        word = fold(match.group())
        if word in STOPWORDS or word in known or word in COLOURS or word in SIZES:
            continue
        if word in LANGUAGE_WORDS:  # "is it in French?" names a language, not a place
            continue
        if any(has_cue(word, cues) for cues in (*CUES.values(), *NAME_SYNONYMS.values())):
            continue
        names.add(word)
    return names


# Availability cues that ask what a product comes in, not whether it can be had now.
_CHOICE_CUES = frozenset(
    {
        "come in",
        "comes in",
        "made in",
        "make it",
        "option",
        "options",
        "version",
        "versions",
        "variant",
        "variants",
        "choose",
        "choice",
        "offer",
        "get it",
        "get this",
        "get them",
        "get the",
    }
)
# Words asking where a product is filed in the shop ("listed with", "under bags?").
_FILED_WORDS = frozenset({"under", "listed", "filed", "sorted"})
_SHIPPING_CUES = frozenset(
    {
        "mailed",
        "mail it",
        "posted",
        "shipped",
        "ship it",
        "sent to me",
        "delivered",
        "delivery",
        "how do i get",
        "how will i receive",
        "verschickt",
        "zugeschickt",
        "geliefert",
        "envoye",
        "livre",
        "enviado",
        "entregado",
        "spedito",
        "consegnato",
        "verzonden",
        "opgestuurd",
        "geleverd",
        "entregue",
    }
)
# "included in the price", "does the price include": what the price covers, not the price.
_INCLUDED = re.compile(
    r"\binclud\w*\b[^.?!]{0,30}\bprice\b|\bprice\b[^.?!]{0,20}\binclud|\binklusive\b|"
    r"\bim preis\b|\bcompris\b|\bincluid\w*\b|\binbegrepen\b|\binclu[ií]d",
    re.IGNORECASE,
)


def _inclusion(question: str) -> bool:
    return _INCLUDED.search(fold(question)) is not None


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
_MASS_ASKED = re.compile(
    r"\b(?:kg|kilo\w*|lbs?|pounds?|weight|gewicht|vikt|vaegt|vekt|paino\w*|wag\w*|peso|poids)\b"
)
# Words that ask how many; "fits" or "max" alone ask whether something fits ("fit a laptop?").
_HOW_MANY = tuple(c for c in COUNT if c not in ("max", "maximum", "up to", "fit", "fits", "passen"))
_HOW_MANY_NOUN = re.compile(r"\bhow many ([a-z]+)")
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
class _Finder:
    def __init__(
        self,
        listing: Listing,
        question: str,
        choices: list[Choice],
        named: list[Choice],
        mentions: list[Mention],
        cues: dict[str, list[str]],
    ) -> None:
        self.listing = listing
        self.question = question
        self.choices = choices
        self.named = named
        self.mentions = mentions
        self.cues = cues
        self.title = listing.title.strip()

    by_value: set[str] = set()
    by_concept: set[str] = set()

    def answer(self, accept: Callable[[SlotAnswer], bool] | None = None) -> SlotAnswer | None:
        cues = self.cues
        strong_price = [c for c in cues["price"] if c not in WEAK_PRICE_CUES]
        load = any(c.concept == "capacity" for c in self.named)
        measured = cues["weight"] or cues["dimensions"] or load
        part = self._part_of_asked()
        # "how much are the size 10s?": a weak price cue with a variant named is a price.
        variant_price = (
            cues["price"]
            and not measured
            and bool(matching_variants(self.listing.variants, self.mentions))
        )
        if (strong_price or variant_price) and _inclusion(self.question):
            # "is the clay included in the price?" asks what the price covers
            strong_price, variant_price = [], False
        for found in (
            self._combination(),
            self._regular_price() if cues["regular_price"] else None,
            self._price() if strong_price or variant_price else None,
            self._named() if load else None,
            self._size_and_weight() if cues["weight"] and cues["dimensions"] and not load else None,
            self._weight() if cues["weight"] else None,
            self._delivery() if cues["download"] else None,
            self._external() if cues["external"] and self.listing.kind == "external" else None,
            self._grouped() if cues["grouped"] and self.listing.children else None,
            self._count() if not measured and not cues["price"] and not self.named else None,
            # "a 1000 lumen version?" names no attribute but a value the options lack: what
            # they offer, before an attribute that merely shares the unit ("Rear light: 40 lumens")
            self._availability() if self._absent() and self._only_by_value() else None,
            # "is the organic tee also available in white?": an attribute named on the way
            # ("organic" → Certifications) is not what is asked, the colour or size is
            self._availability()
            if self._absent() and self.cues["availability"]
            and not any(c.is_option for c in self.named)
            else None,
            self._named() if self.named else None,
            self._dimensions() if cues["dimensions"] or self._size_as_measure() else None,
            self._variant_stock() if cues["stock"] and self.mentions else None,
            self._stock() if cues["stock"] and not self.mentions and not self._absent() else None,
            self._category() if cues["category"] or self._under_category() else None,
            self._price() if cues["price"] and not _inclusion(self.question) else None,
            self._availability(),
            self._stock() if self._asks_availability() and self._only_the_product() else None,
        ):
            if found is not None and part and not any(_LENGTH.search(x) for x in found.lines):
                continue  # a part's length is not "Power: 2200 W"
            if found is not None and (not found.weak or accept is None or accept(found)):
                return found
        return None

    # -- prices ---------------------------------------------------------------------------

    def _money(self, amount: str) -> str:
        return format_price(amount, self.listing.currency)

    def _variants_asked(self) -> list[Variant]:
        chosen = matching_variants(self.listing.variants, self.mentions)
        return chosen or list(self.listing.variants)

    def _price(self, regular: bool = False) -> SlotAnswer | None:
        listing = self.listing
        priced = [v for v in self._variants_asked() if v.price]
        narrowed = bool(matching_variants(listing.variants, self.mentions))
        if priced and (narrowed or len({(v.price, v.compare_at_price) for v in priced}) > 1):
            return self._variant_prices(priced, narrowed)
        price = priced[0].price if priced else listing.price
        was = (priced[0].compare_at_price if priced else None) or listing.compare_at_price
        if not price:
            return None
        values = {"title": self.title, "price": self._money(price)}
        line = f"Price: {self._money(price)}"
        if was:
            values["regular"] = self._money(was)
            line += f", regular price {self._money(was)}"
            return SlotAnswer("price", (Part("price_sale", values),), (line,))
        if regular:
            return SlotAnswer("price", (Part("price", values), Part("no_sale", values)), (line,))
        return SlotAnswer("price", (Part("price", values),), (line,))

    def _variant_prices(self, priced: list[Variant], narrowed: bool) -> SlotAnswer:
        parts: list[Part] = []
        lines: list[str] = []
        if not narrowed:
            amounts = sorted({float(v.price or 0) for v in priced})
            low = next(v.price for v in priced if float(v.price or 0) == amounts[0])
            high = next(v.price for v in priced if float(v.price or 0) == amounts[-1])
            assert low is not None and high is not None
            parts.append(
                Part(
                    "price_range",
                    {"title": self.title, "low": self._money(low), "high": self._money(high)},
                )
            )
        # Variants at the same price are named together: one sentence per price, not a list
        # that says "69.00 on sale" eight times.
        groups: dict[tuple[str, str], list[str]] = {}
        for variant in priced:
            name = " / ".join(v for v in variant.options.values() if v) or variant.title
            assert variant.price is not None
            groups.setdefault((variant.price, variant.compare_at_price or ""), []).append(name)
        for (price, regular), names in list(groups.items())[:MAX_VARIANT_PRICES]:
            name = ", ".join(names)
            values = {"variant": name, "price": self._money(price)}
            line = f"Variant: {name}, {self._money(price)}"
            if regular:
                values["regular"] = self._money(regular)
                line += f", regular price {self._money(regular)}"
                parts.append(Part("variant_price_sale", values))
            else:
                parts.append(Part("variant_price", values))
            lines.append(line)
        return SlotAnswer("variant_price", tuple(parts), tuple(lines))

    def _regular_price(self) -> SlotAnswer | None:
        return self._price(regular=True)

    # -- measures -------------------------------------------------------------------------

    def _size_and_weight(self) -> SlotAnswer | None:
        """ "What are its dimensions and how heavy is it?": both answers, when the listing
        states both (round 29); else neither, and each question is decided on its own."""
        weight, size = self._weight(), self._dimensions()
        if weight is None or size is None:
            return None
        return SlotAnswer(
            "dimensions", size.parts + weight.parts, size.lines + weight.lines,
            weak=size.weak, strict=size.strict,
        )

    def _weight(self) -> SlotAnswer | None:
        parts, lines = [], []
        chosen = matching_variants(self.listing.variants, self.mentions)
        weight = chosen[0].weight if chosen and chosen[0].weight else self.listing.weight
        if weight:
            text = format_measure(weight)
            parts.append(Part("weight", {"title": self.title, "weight": text}))
            lines.append(f"Weight: {text}")
        for choice in self.choices:
            if "weight" in fold(choice.name) or "gewicht" in fold(choice.name):
                parts.append(
                    Part("attribute", {"name": choice.name, "values": ", ".join(choice.values)})
                )
                lines.append(choice.line)
        return SlotAnswer("weight", tuple(parts), tuple(lines)) if parts else None

    def _count(self) -> SlotAnswer | None:
        """ "how many come in the pack?", "hoeveel past erin?": an attribute that is a bare
        number ("Packets: 6", "Count: 50") for a count, or how much the product holds. Not a
        count of something else per unit ("how many seeds per packet?"), and a counted noun
        in English must be the attribute's, a piece word or the product's own."""
        folded = fold(self.question)
        counting = has_cue(folded, _HOW_MANY)
        if not (counting or has_cue(folded, HOW_MUCH)) or _PER_UNIT.search(folded):
            return None
        if _PER_TIME.search(folded):
            return None
        counts = [c for c in self.choices if all(_bare_count(v) for v in c.values)]
        held = [
            c for c in self.choices
            if c.concept == "capacity" and _FITS.search(folded)
            and (_MASS_ASKED.search(folded) or not any(_MASS.search(v) for v in c.values))
        ]
        # a measure counted ("how many litres") is what it holds, never a count of packs
        if _MEASURE_COUNTED.search(folded):
            counts = []
        chosen = counts if counting and counts else held
        if not chosen or not self._counted_noun_fits(chosen):
            return None
        return dataclasses.replace(self._choices_answer(chosen), weak=False, strict=False)

    def _counted_noun_fits(self, chosen: list[Choice]) -> bool:
        match = _HOW_MANY_NOUN.search(fold(self.question))
        if not match:
            return True
        noun = _plain(match.group(1))
        known = {_plain(w) for w in folded_words(" ".join([self.title, *(c.name for c in chosen)]))}
        return noun in known or noun in _PIECE_WORDS or noun in STOPWORDS

    def _only_by_value(self) -> bool:
        return all(c.name in self.by_value for c in self.named)

    def _size_as_measure(self) -> bool:
        """ "what size is the throw?" of a product with no sizes to choose from, and nothing
        else asked ("what size battery?" is no such question): its measures."""
        return (
            "size" in asked_concepts(self.question, self.listing.title)
            and not any(c.concept == "size" for c in self.choices)
            and not self.named
            and not self._leftover_words() - set(NAME_SYNONYMS["size"])
        )

    def _absent(self) -> list[Choice]:
        return absent_mentions(self.question, self.choices)

    def _part_measured(self) -> bool:
        """Whether the measure asked is of a part the product's name does not name ("back
        length", "sleeve length", "strap width")."""
        own = {_one(w) for w in folded_words(self.title)}
        for part in _PART_MEASURE.findall(fold(self.question)):
            if part not in STOPWORDS and _one(part) not in own and part not in _NOT_PARTS:
                return True
        return self._part_of_asked()

    def _part_of_asked(self) -> bool:
        """Whether the question measures a part named before the product ("how long is the
        cord on the kettle?", "wie lang ist das Kabel vom Föhn?") whose words are none of the
        product's name: neither its dimensions nor a line named like the part ("Power: 2200 W"
        for "the power cord") answer that."""
        if not self.cues["dimensions"]:
            return False
        own = {_one(w) for w in folded_words(self.title)}
        for match in _PART_OF.finditer(fold(self.question)):
            words = (match.group(1) or match.group(2) or "").split()
            if words and not any(_one(w) in own or _one(w) in _NOT_PARTS for w in words):
                return True
        return False

    def _dimensions(self) -> SlotAnswer | None:
        measured_values = [m.choice for m in self.mentions if _LENGTH.search(m.value)]
        if measured_values:
            # "how big is the queen?" when the value is "Queen (90 x 92 in)"
            return self._choices_answer(list(dict.fromkeys(measured_values)))
        sized = [c for c in self.named if c.concept == "size"]
        if sized:
            return self._choices_answer(sized)
        measured = [c for c in self.choices if _is_measure(c)]
        if measured:
            # A measure the listing states as an attribute (Size: 70 x 12 in, Length: 5.4 in)
            # is the product's own; the shipping dimensions may be its package's. Asked for by
            # a word of measuring, it is no weak match.
            found = self._choices_answer(measured)
            if all(_plain_measure(c) for c in measured):
                return dataclasses.replace(found, weak=False, strict=False)
            return found  # "Packed size" is not the inside height: checked like a name
        if self._part_measured():
            # "the back length of the jacket", "the strap length": a part's measure, which the
            # product's (or its package's) dimensions do not give
            return None
        dims = format_dimensions(self.listing.dimensions) if self.listing.dimensions else None
        held = [c for c in self.choices if c.concept == "capacity" and not c.is_option]
        if not dims:
            return self._choices_answer(held) if held else None
        # How big a cup or a bag is, is also how much it holds.
        parts = [Part("dimensions", {"title": self.title, "dimensions": dims})]
        parts += [Part("attribute", {"name": c.name, "values": ", ".join(c.values)}) for c in held]
        lines = (f"Dimensions: {dims}", *(c.line for c in held))
        return SlotAnswer("dimensions", tuple(parts), lines)

    # -- how it is sold -------------------------------------------------------------------

    def _delivery(self) -> SlotAnswer | None:
        listing = self.listing
        title = {"title": self.title}
        if listing.downloadable:
            parts = [Part("download", title)]
            lines = ["Downloadable: yes", "Virtual: yes" if listing.virtual else ""]
            if listing.downloads:
                files = ", ".join(listing.downloads)
                parts.append(Part("files", {"files": files}))
                lines.append(f"Downloads: {files}")
            if listing.download_limit:
                parts.append(Part("download_limit", {"limit": str(listing.download_limit)}))
                lines.append(f"Download limit: {listing.download_limit}")
            if listing.download_expiry_days:
                days = str(listing.download_expiry_days)
                parts.append(Part("download_expiry", {"days": days}))
                lines.append(f"Download expiry: {days} days")
            return SlotAnswer("download", tuple(parts), tuple(x for x in lines if x))
        if listing.virtual:
            return SlotAnswer("download", (Part("virtual", title),), ("Virtual: yes",))
        form = [c for c in self.cues["download"] if c not in _SHIPPING_CUES]
        if (
            form
            and listing.kind in ("simple", "variable")
            and (listing.weight or listing.dimensions)
        ):
            return SlotAnswer("download", (Part("physical", title),), ("Downloadable: no",))
        return None

    def _external(self) -> SlotAnswer | None:
        listing = self.listing
        if not listing.external_url and not listing.button_text:
            return None
        values = {
            "title": self.title,
            "button": listing.button_text or listing.external_url,
            "url": listing.external_url,
        }
        key = "external" if listing.external_url and listing.button_text else "external_short"
        lines = (f"Sold on: {listing.external_url}", f"Button: {listing.button_text}")
        return SlotAnswer("external", (Part(key, values),), lines)

    def _grouped(self) -> SlotAnswer:
        children = ", ".join(self.listing.children)
        return SlotAnswer(
            "grouped",
            (Part("grouped", {"title": self.title, "children": children}),),
            (f"Includes: {children}",),
        )

    def _category(self) -> SlotAnswer | None:
        categories = [c for c in self.listing.categories if c]
        if not categories or has_cue(fold(self.question), _HOW_MANY_OF):
            # "how many sections does it break down into?" counts parts, not shop sections
            return None
        text = "; ".join(categories)
        return SlotAnswer(
            "category",
            (Part("category", {"title": self.title, "categories": text}),),
            tuple(f"Category: {c}" for c in categories),
        )

    def _stock(self) -> SlotAnswer | None:
        listing = self.listing
        if listing.in_stock is None:
            return None
        if not listing.in_stock:
            return SlotAnswer(
                "stock", (Part("out_of_stock", {"title": self.title}),), ("Stock: out of stock",)
            )
        if listing.stock_quantity == 0:
            # Purchasable with none in stock: WooCommerce's backorder, Shopify's selling on.
            return SlotAnswer(
                "stock", (Part("backorder", {"title": self.title}),), ("Stock: on backorder",)
            )
        if listing.stock_quantity:
            values = {"title": self.title, "count": str(listing.stock_quantity)}
            return SlotAnswer(
                "stock",
                (Part("in_stock_count", values),),
                (f"Stock: in stock, {listing.stock_quantity}",),
            )
        return SlotAnswer("stock", (Part("in_stock", {"title": self.title}),), ("Stock: in stock",))

    def _variant_stock(self) -> SlotAnswer | None:
        """Stock of the variants the question names ("the blue one in M"), when stated."""
        chosen = matching_variants(self.listing.variants, self.mentions)
        known = [v for v in chosen if v.in_stock is not None][:MAX_VARIANT_PRICES]
        if not known:
            return None
        parts, lines = _stock_parts(known)
        return SlotAnswer("stock", tuple(parts), tuple(lines))

    def _asks_availability(self) -> bool:
        """Whether it asks if the product can be had now, not what it comes in."""
        return bool(set(self.cues["availability"]) - _CHOICE_CUES) and not self.cues["grouped"]

    def _only_the_product(self) -> bool:
        """A question about the product as a whole: no value named, none missing, nothing
        else asked ("is the chef knife available?")."""
        return (
            not self.mentions
            and not self._absent()
            and not self.named
            and not (self._leftover_words())
        )

    def _under_category(self) -> bool:
        """ "is it listed with the tea?", "under bags or tech?": a word of the product's shop
        category after a word that asks where it is filed."""
        path = set(folded_words(" ".join(self.listing.categories)))
        folded = folded_words(self.question)
        for i, word in enumerate(folded):
            if word in _FILED_WORDS and path & {_plain(w) for w in folded[i + 1 : i + 5]}:
                return True
        return False

    def _combination(self) -> SlotAnswer | None:
        """Values of two options that no variant combines ("the large one in charcoal" when
        Large comes in White only): what the first value named comes with."""
        by_option: dict[str, str] = {}
        for mention in sorted(self.mentions, key=lambda m: _position(m.value, self.question)):
            if mention.choice.is_option:
                by_option.setdefault(mention.choice.name, mention.value)
        variants = self.listing.variants
        if len(by_option) < 2 or not variants or matching_variants(variants, self.mentions):
            return None
        (anchor_name, anchor), *others = list(by_option.items())
        with_anchor = [v for v in variants if v.options.get(anchor_name) == anchor]
        other_name = others[0][0]
        offered = list(
            dict.fromkeys(v.options[other_name] for v in with_anchor if v.options.get(other_name))
        )
        if not offered:
            return None
        asked = " / ".join(by_option.values())
        values = {
            "title": self.title,
            "asked": asked,
            "value": anchor,
            "name": other_name,
            "values": ", ".join(offered),
        }
        lines = tuple(
            f"Variant: {' / '.join(x for x in v.options.values() if x)}" for v in with_anchor
        )[:MAX_VARIANT_PRICES]
        parts = [Part("combination", values)]
        # And what the other value named comes with: "not in Rust / XL" is answered for the
        # shopper who wants the XL too ("in XL it comes in Oat, Charcoal").
        other = others[0][1]
        with_other = [v for v in variants if v.options.get(other_name) == other]
        anchors = list(
            dict.fromkeys(v.options[anchor_name] for v in with_other if v.options.get(anchor_name))
        )
        if anchors:
            parts.append(Part("combination_also", {"value": other, "name": anchor_name,
                                                   "values": ", ".join(anchors)}))
            lines += tuple(
                f"Variant: {' / '.join(x for x in v.options.values() if x)}" for v in with_other
            )[:MAX_VARIANT_PRICES]
        return SlotAnswer("option", tuple(parts), lines)

    # -- options and attributes -----------------------------------------------------------

    def _named(self) -> SlotAnswer | None:
        return self._choices_answer(self.named)

    def _choices_answer(self, choices: list[Choice]) -> SlotAnswer:
        parts: list[Part] = []
        lines: list[str] = []
        mentioned = {m.choice.name: m.value for m in self.mentions}
        absent = {c.name for c in absent_mentions(self.question, self.choices)}
        for choice in choices:
            values = ", ".join(choice.values)
            offered = choice.is_option or choice.concept in ("color", "size")
            if choice.name in mentioned and (offered or len(choice.values) == 1):
                parts.append(
                    Part(
                        "has_value",
                        {"title": self.title, "name": choice.name, "value": mentioned[choice.name]},
                    )
                )
            elif choice.name in absent:
                parts.append(
                    Part(
                        "only_values", {"title": self.title, "name": choice.name, "values": values}
                    )
                )
            elif choice.is_option or choice.concept in ("color", "size"):
                parts.append(
                    Part("values", {"title": self.title, "name": choice.name, "values": values})
                )
            else:
                parts.append(Part("attribute", {"name": choice.name, "values": values}))
            lines.append(choice.line)
        chosen = matching_variants(self.listing.variants, self.mentions)
        if (
            chosen
            and len(chosen) <= MAX_VARIANT_PRICES
            and any(v.in_stock is False or (v.in_stock and v.stock_quantity == 0) for v in chosen)
        ):
            # "do you have it in size 12?": it is offered, and that one is sold out
            stock_parts, stock_lines = _stock_parts([v for v in chosen if v.in_stock is not None])
            parts += stock_parts
            lines += stock_lines
        # An attribute found by a word of its name or value, not by what the question asks for
        # ("are the pages perforated?" names Pages): the caller checks the question's words.
        weak = (
            not mentioned
            and not absent
            and not any(c.is_option or c.name in self.by_concept for c in choices)
        )
        strict = weak and all(c.name in self.by_value for c in choices)
        return SlotAnswer("option", tuple(parts), tuple(lines), weak=weak, strict=strict)

    def _availability(self) -> SlotAnswer | None:
        """A question naming a value, or a colour or size the listing does not offer, and
        nothing else ("Do you have it in large?", "Can I get it in black?"). What it is for
        ("an XL one for the garage") asks nothing more."""
        if self._leftover_words(purpose=True) and (
            not self.cues["availability"] or self.cues["grouped"]
        ):
            # "is there a charger in the box with the tool-only one?" asks what comes with it
            return None
        absent = absent_mentions(self.question, self.choices)
        mentioned = {m.choice.name for m in self.mentions}
        chosen = [c for c in self.choices if c.name in mentioned or c in absent]
        if not chosen:
            return None
        return self._choices_answer(chosen)

    def _leftover_words(self, purpose: bool = False) -> set[str]:
        """The question's words that neither our cues, the product's name, its values, nor
        colour and size words explain: the question is about something else. A word that
        shades a colour ("bottle green") is the colour's; with ``purpose`` (whether a value is
        offered), so is the word after "for the", and a remark after "…?" asks nothing unless
        the question asks a measure ("how heavy is the large one? it goes on a shelf")."""
        explained = set(
            folded_words(
                " ".join(
                    [
                        self.title,
                        *(c.line for c in self.choices),
                        *self.listing.categories,
                    ]
                )
            )
        )
        cue_text = " ".join(c for found in self.cues.values() for c in found)
        explained |= set(folded_words(cue_text))
        explained |= {part for w in explained for part in re.split(r"['-]", w)}
        measured = self.cues["weight"] or self.cues["dimensions"]
        asking = asking_sentence(self.question) if purpose and not measured else self.question
        asked = folded_words(asking)
        shades = {w for w, after in zip(asked, asked[1:], strict=False) if after in COLOURS}
        # a shade of a shade: "bright mustard yellow", "deep sea blue" (round 33)
        shades |= {
            w for w, a, b in zip(asked, asked[1:], asked[2:], strict=False)
            if b in COLOURS and a in shades and a not in STOPWORDS
        }
        if purpose:
            shades |= {
                w for fr, det, w in zip(asked, asked[1:], asked[2:], strict=False)
                if fr == "for" and det in _PURPOSE
            }
        left = set()
        for word in asked:
            if word in STOPWORDS or word in explained or word in COLOURS or word in SIZES:
                continue
            if word in shades:
                continue
            if len(word) <= 2 or word.isdigit():
                continue
            if word.endswith("s") and word[:-1] in explained:
                continue
            left.add(word)
        return left


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
