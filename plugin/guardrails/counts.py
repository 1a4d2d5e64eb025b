"""Counts and comparisons: "two zip pockets", "three USB-C ports", "a set of six", "2x faster",
"half the weight of …", "30% lighter".

A count is checked against the listing's counts of the same thing ("Pockets: 3", "3 pockets"),
then against the length of its own list of that thing ("Ingredients: oats, honey, salt" makes
"three ingredients" true; "Color: Sand, Moss" makes "two colours" true). A comparison is an
invented measurement unless the listing says it.
"""

from __future__ import annotations

import re

from plugin.guardrails.claims import Claim
from plugin.guardrails.measures import singular
from plugin.guardrails.quantities import NUMBER_WORDS, Quantity, find_quantities
from plugin.guardrails.vocabulary import COLOUR_LABELS

_STOP = frozenset(
    "and or of with in for to the a an on at by from as is are that this these those its it "
    "you your our their which who each per every than "
    # a conjunction starts a clause: "a CRI of 95 so colours look true" counts no colours
    "so but if when while because since though although then nor yet until unless".split()
)
_NOT_THINGS = frozenset(
    "ways times reasons things hands sides days weeks months years hours minutes seconds "
    "people friends guests kids adults seasons steps is was has its this plus less yes degrees "
    "percents".split()
)
# Read by listing_facts too: words that are no counted thing's ("one by one", "one day").
COUNT_STOP, NOT_THINGS = _STOP, _NOT_THINGS
# "two smaller boards" of a set of three counts part of something, not the whole.
_PARTIAL = frozenset(
    "other others remaining additional extra more smaller larger bigger shorter longer spare "
    "separate matching".split()
)
_WORD = re.compile(r"[\s-]*([A-Za-z][\w-]*|\d[\w-]*)")
_A_BEFORE = re.compile(r"\b(?:a|one|per|each)\s+$", re.I)
# A pack's count, also as shops abroad write it: "set of 3", "lot de 3", "pack de 3", "set da 3",
# "zestaw 3"; "3-piece", "3-teilig", "3-delig", "3-pak", "3 szt."
_COUNT_CONTEXT = re.compile(
    r"(?:(?:set|pack|pair|box|bundle|case|kit|lot) of|(?:lot|pack|set|juego|paquete|conjunto|"
    r"confezione|kit) (?:de|da|di)|zestaw|sett med|sæt med|sett)\s*$",
    re.I,
)
# "a set of six bevel-edge chisels": up to two words, hyphenated or not, before the plural
_PLURAL_NEXT = re.compile(r"\s(?:[a-z]+(?:-[a-z]+)*\s){0,2}[a-z]{3,}s\b")
_PIECE_AFTER = re.compile(
    r"^(?:-(?:piece|pc|pack|part)|[\s-](?:teilig|tlg|delig|pak|"
    r"pakke|pack|stk|szt|st|pz|pcs|uds|unid|pièces|pezzi))\b",
    re.I,
)
_PAIR_AFTER = re.compile(r"^-pairs?\b", re.I)  # "a three-pair pack" counts pairs
_PERSON_AFTER = re.compile(r"^[\s-](?:persons?|people|man|seater)\b", re.I)  # "a two-person tent"
_QUALIFIER = re.compile(r"[A-Za-z][\w-]*")
_GRADE_AFTER = re.compile(r"\s+\d+/\d+\b")
# A count is whole: not "3.0" (a version) nor "18/10"; "sixty-seven" and "two dozen" are.
_WHOLE = re.compile(r"\d+|[A-Za-z]+(?:[ -][A-Za-z]+)?")
# Synonyms for the names of a listing's lists: its "Color" option counts its colours.
_THING_NAMES = {
    "color": "colour", "colorway": "colour", "colourway": "colour", "shade": "colour",
    "finish": "colour", "scent": "scent", "flavor": "flavour", "style": "style",
    "pc": "piece", "pcs": "piece", "part": "piece", "item": "piece",
    "leave": "leaf", "knive": "knife", "shelve": "shelf",  # irregular plurals
}  # fmt: skip
# Counts that fix one another: a leaf (a sheet of a bound book) is two pages.
PER_ONE = {("leaf", "page"): 2, ("sheet", "page"): 2}


def thing(word: str) -> str:
    """The canonical name of a counted thing: "Colors" -> "colour", "pockets" -> "pocket"."""
    if word.lower() in COLOUR_LABELS:
        return "colour"  # "Farbe", "Couleur": a colour option abroad
    name = _IRREGULAR.get(word.lower()) or singular(word.lower())
    return _THING_NAMES.get(name, name)


def counted_thing(text: str, quantity: Quantity) -> str:
    """What a bare number counts ("two zip pockets" -> "pocket"), or "" when it counts nothing
    the words say. Up to two words may stand between the number and a plural noun."""
    return count_phrase(text, quantity)[0]


def count_phrase(text: str, quantity: Quantity) -> tuple[str, frozenset[str]]:
    """The thing a bare number counts and the words that qualify it: "two zip hand pockets"
    -> ("pocket", {"zip", "hand"}). A decimal ("USB-A 3.0 ports") is a version, not a count."""
    if quantity.has_unit or not _WHOLE.fullmatch(quantity.text):
        return "", frozenset()
    if _NAMED_BY_NUMBER.search(text[max(0, quantity.start - 12) : quantity.start]):
        return "", frozenset()  # "size 9 corks", "no. 4 brushes": the number names, not counts
    if quantity.is_word and _NONE_OF.search(text[max(0, quantity.start - 8) : quantity.start]):
        return "", frozenset()  # "no two skeins match": not any number of them, no count
    if quantity.text.lower() in ("pair", "dozen") and not _A_BEFORE.search(
        text[max(0, quantity.start - 6) : quantity.start]
    ):
        return "", frozenset()  # "the glasses pair polarised lenses with …" is a verb
    if _PIECE_AFTER.match(text[quantity.end : quantity.end + 8]):
        return "piece", frozenset()
    if _PAIR_AFTER.match(text[quantity.end : quantity.end + 8]):
        return "pair", frozenset()
    if _PERSON_AFTER.match(text[quantity.end : quantity.end + 8]):
        return PERSON, frozenset()
    if modifier := compound_count(text, quantity):
        return modifier, frozenset()
    pack = bool(_COUNT_CONTEXT.search(text[max(0, quantity.start - 12) : quantity.start]))
    if pack and not _PLURAL_NEXT.match(text, quantity.end):
        return "piece", frozenset()  # "a set of six": the pieces
    pos = quantity.end  # "a pack of 100 filters" counts the filters
    words: list[str] = []
    if grade := _GRADE_AFTER.match(text, pos):
        pos = grade.end()  # "six 18/8 steel spoons": a grade, not a number
    for _ in range(3):
        match = _WORD.match(text, pos)
        if not match or match.start(1) - pos > 2 or "\n" in text[pos : match.start(1)]:
            return "", frozenset()
        word = match.group(1)
        low = word.lower()
        if low in _STOP or low in NUMBER_WORDS or word[0].isdigit() or low in _PARTIAL:
            return "", frozenset()
        if _plural(low) and low not in _NOT_THINGS and quantity.value != 1:
            return thing(low), frozenset(words)
        words.append(low)
        pos = match.end()
    return "", frozenset()


# A number joined to a singular noun that a noun follows: "a 12-string guitar", "a 4-slice
# toaster" count strings and slices as a plural would. Not a way of being ("two-tone",
# "two-way", "two-fold") nor a participle ("two-handed").
_COMPOUND = re.compile(r"-(?P<noun>[a-z]{3,})\b(?!-)(?=\s+[a-z])", re.IGNORECASE)
_NOT_COUNTED = frozenset("tone way fold time step star all odd".split())


def compound_count(text: str, quantity: Quantity) -> str:
    """The thing a number counts when it is joined to a singular noun before another noun
    ("a 16-button pad" -> "button"), or ""."""
    if quantity.has_unit or quantity.value == 1 or not _WHOLE.fullmatch(quantity.text):
        return ""
    match = _COMPOUND.match(text, quantity.end)
    if not match:
        return ""
    noun = match.group("noun").lower()
    if noun in _NOT_COUNTED or noun in _STOP or noun in NUMBER_WORDS or noun.endswith("ed"):
        return ""
    return thing(noun)


_NAMED_BY_NUMBER = re.compile(
    r"\b(?:size|sizes|no\.|number|grade|gauge|level|stage|model|type|version|mark)\s*$",
    re.IGNORECASE,
)
# "no" before a number in words: "no two pieces are alike" says none are, counting nothing.
_NONE_OF = re.compile(r"\bno\s+$", re.IGNORECASE)
PERSON = "person"  # what a capacity counts: "sleeps three", "a two-person tent", "Seats: 4"
# A verb of capacity before a bare number: "sleeps three", "seats up to 6", "serves four".
_CAPACITY_BEFORE = re.compile(
    r"\b(?:sleeps|seats|serves|accommodates)\s+(?:up to\s+|just\s+|only\s+)?$", re.I
)
_CAPACITY_LABEL = re.compile(r"^(?:capacity|sleeps|seats|serves|servings|persons|people)$", re.I)


def people_count(text: str, quantity: Quantity) -> bool:
    """Whether a bare number after a verb of capacity counts people ("sleeps three"): not when
    a noun follows it ("fits 2 bikes", which ``count_phrase`` reads)."""
    if quantity.has_unit or not _WHOLE.fullmatch(quantity.text.split()[0]):
        return False
    if not _CAPACITY_BEFORE.search(text[max(0, quantity.start - 24) : quantity.start]):
        return False
    after = _WORD.match(text, quantity.end)
    return not after or after.start(1) - quantity.end > 1 or after.group(1).lower() in _STOP


def capacity_label(label: str) -> bool:
    """ "Capacity", "Sleeps", "Seats": a listing line whose number counts people."""
    return bool(_CAPACITY_LABEL.match(label.strip()))


def _plural(word: str) -> bool:
    """ "pockets", not "hardness", "canvas" or "bonus"; and a plural without an s ("dice")."""
    if word in _IRREGULAR:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


# Plurals without an s that a listing counts: "seven dice", "two mice".
_IRREGULAR = {"dice": "die", "mice": "mouse", "teeth": "tooth", "geese": "goose"}
_PLURALS = {one: many for many, one in _IRREGULAR.items()}


def plural_of(name: str) -> str:
    """A counted thing's plural for a message: "pockets", "dice"."""
    return _PLURALS.get(name, name + "s")


def count_after(text: str, quantity: Quantity, things: set[str]) -> tuple[str, frozenset[str]]:
    """A count of a thing the listing counts, whatever its number: "one ribbon bookmark", "six
    AC" (of "Outlets: 4 x AC"), and a number after the thing's own label ("seats four" of
    "Seats: 3"). ``things`` are the listing's counted things."""
    if quantity.has_unit or not _WHOLE.fullmatch(quantity.text):
        return "", frozenset()
    if quantity.value == 1 and _PICKS_ONE.search(
        text[max(0, quantity.start - 12) : quantity.start]
    ):
        return "", frozenset()  # "charges a phone in one port": one of them, not how many
    before = _LABEL_BEFORE.search(text[max(0, quantity.start - 24) : quantity.start])
    if before and thing(before.group(1)) in things:
        return thing(before.group(1)), frozenset()
    pos = quantity.end
    words: list[str] = []
    for _ in range(3):
        match = _WORD.match(text, pos)
        if not match or match.start(1) - pos > 2 or "\n" in text[pos : match.start(1)]:
            break
        low = match.group(1).lower()
        if low in _STOP or low in NUMBER_WORDS or low[0].isdigit():
            break
        if thing(low) in things:
            if quantity.value == 1 and not _LISTED_AFTER.match(text, match.end()):
                break  # "one side pocket fits a bottle" picks one; "one battery, one case" counts
            return thing(low), frozenset(words)
        if low not in ("x", "×"):  # "1 x car outlet"
            words.append(low)
        pos = match.end()
    return "", frozenset()


_PICKS_ONE = re.compile(
    r"\b(?:in|on|into|onto|from|to|with|through|via|at|by|for|of|than|just|only|any|at least)\s+$",
    re.IGNORECASE,
)
_LISTED_AFTER = re.compile(r"\s*(?:[,;:.)!]|\band\b|\bplus\b|\bwith\b|$)", re.IGNORECASE)
_LABEL_BEFORE = re.compile(r"\b([a-z]{3,}) +$")


def count_claims(text: str, quantities: list[Quantity]) -> list[Claim]:
    out = []
    for quantity in quantities:
        counted = counted_thing(text, quantity)
        if counted:
            out.append(
                Claim("count", quantity.start, quantity.end, quantity.text, quantity.value, counted)
            )
    return out


_NAMED_COMPARATIVE = (
    r"(?:more|less|fewer|longer|shorter|faster|slower|stronger|lighter|"
    r"heavier|bigger|smaller|brighter|quieter|louder|warmer|cooler|thinner|thicker|cheaper|better)"
)
_COMPARATIVE = r"(?:" + _NAMED_COMPARATIVE + r"|[a-z]{3,}er)"  # fmt: skip
# "double", "triple" and "half" before a noun in "-er" name a kind ("a double lever", "a half
# cover"): only a named comparative after them compares.
_COMPARISONS = re.compile(
    r"\b(?:(?P<x>\d+(?:\.\d+)?\s?[x×])\s+(?:the\s+)?" + _COMPARATIVE + r"\b"
    r"|(?P<times>twice|three times|four times|five times|ten times|\d+(?:\.\d+)?\s+times|"
    r"(?P<kind>double|triple|half))\s+(?:as\s+[a-z]+(?:\s+as)?|the\s+[a-z]+(?:\s+of)?|"
    r"(?(kind)" + _NAMED_COMPARATIVE + r"|" + _COMPARATIVE + r"))\b"
    r"|(?P<pct>\d+(?:\.\d+)?\s?(?:%|percent|per cent))\s+" + _COMPARATIVE + r"\b)",
    re.IGNORECASE,
)
_NOT_COMPARATIVE = frozenset("water other over under ever never after paper per".split())


def comparison_claims(text: str) -> list[Claim]:
    out = []
    for match in _COMPARISONS.finditer(text):
        last = match.group().split()[-1].lower()
        if last in _NOT_COMPARATIVE:
            continue
        factor = match.group("x") or match.group("times") or match.group("pct") or ""
        out.append(Claim("comparison", match.start(), match.end(), match.group(), factor, last))
    return out


# Nouns that count whatever the listing lists ("four essentials" of a four-item bundle).
GENERIC_THINGS = frozenset(
    "item piece essential thing accessory tool component part product extra element "
    "ingredient".split()
)


# A list item that is only a figure: after a named item it is that item's ("Paper filters, 100").
_FIGURE_ONLY = re.compile(r"\s*\d+(?:[.,]\d+)?\s*(?:[a-zA-Z°%]{1,3}\b)?\s*")


def list_length(values: str) -> int:
    """How many things a listing value lists: "oats, honey and salt" -> 3, "0°, 15° or 30°" -> 3;
    "Dripper, Paper filters, 100" -> 2 (the figure is the filters' count, not a third thing)."""
    items = [v for v in re.split(r",|;|\band\b|\bor\b|&|\n|•", values) if v.strip()]
    kept = [
        item
        for before, item in zip(["", *items], items, strict=False)
        if not (_FIGURE_ONLY.fullmatch(item) and before and not _FIGURE_ONLY.fullmatch(before))
    ]
    return len(kept)


# One counted item of a listing's list: "2 x USB-C 100 W", "2 zip hand pockets", "1 x car outlet".
_ITEM = re.compile(r"^\s*(?P<n>\d+)\s*(?:[x×]\s+)?(?P<rest>[A-Za-z].*)$", re.IGNORECASE)
_ASIDE = re.compile(r"\([^)]*\)|\b\d+(?:[.,]\d+)?\s*[A-Za-z]{0,4}\b(?!-)")

_RATE = re.compile(r"(?:per|a|an|each|every)\s", re.IGNORECASE)
_RATE_TAIL = re.compile(r"\s(?:per|each|every)\s.*$", re.IGNORECASE | re.DOTALL)

Item = tuple[float, str, frozenset[str]]  # count, the thing counted, its qualifying words


def list_items(values: str) -> list[Item] | None:
    """The counted items of a listing value ("2 zip hand pockets, 1 zip chest pocket"), or None
    when one of its items has no count: then the list is not a count of its label's thing."""
    items: list[Item] = []
    if not _ITEM.match(values):
        return None
    for part in re.split(r",|;|\band\b|&|\n|•", values):
        if not part.strip():
            continue
        item = _ITEM.match(part)
        if not item or any(q.has_unit for q in find_quantities(part)[:1]):
            return None  # "210 kcal per serving of 2 pancakes" measures, it does not count
        if _RATE.match(item.group("rest")):
            return None  # "50 per size", "2 a day": a rate, not fifty sizes
        rest = _RATE_TAIL.sub("", item.group("rest"))  # "4 eyelets per panel" counts no panels
        words = [w.lower() for w in _QUALIFIER.findall(_ASIDE.sub(" ", rest))]
        words = [w for w in words if w not in _STOP and w not in ("x", "×")]
        if not words:
            return None
        plural = next((i for i, w in enumerate(words) if w.endswith("s") and len(w) > 3), None)
        head = plural if plural is not None and plural < 3 else len(words) - 1
        items.append((float(item.group("n")), thing(words[head]), frozenset(words[:head])))
    return items or None


def counts_its_items(values: str) -> bool:
    """Whether a listing value counts its own items ("2 x 2.0 Ah Li-ion", "2 zip pockets, 1
    chest pocket"): then the number of its items is not the count of its label's thing."""
    if not values.lstrip()[:1].isdigit():
        return False
    if any("length" in q.kinds for q in find_quantities(values)[:1]):
        return False  # "15 x 10 in, 12 x 8 in": sizes, not counts
    return bool(_TIMES_ITEM.search(values)) or list_items(values) is not None


_TIMES_ITEM = re.compile(r"(?:^|[,;\n])\s*\d+\s*[x×]\s", re.IGNORECASE)


def items_total(items: tuple[Item, ...], words: frozenset[str], label: str) -> float | None:
    """How many of a listing's items a draft's count covers: all of them for the label's
    thing ("three ports" of "Ports: 2 x USB-C, 1 x USB-A"), those its words name for a
    narrower count ("two zip pockets" of 2 zip hand pockets and 1 zip chest pocket: 3)."""
    total = sum(n for n, head, quals in items if words <= quals | {head} | {label})
    return total or None
