"""What kind of thing a noun names, from WordNet's hypernyms (``data/product_nouns.json``,
written by ``scripts/generate_product_nouns.py``).

Two nouns can name the same product when one is a kind of the other in some sense ("a seat"
for a sofa, "a bag" for a backpack, "tea" for black tea) or they share a sense (a rucksack is a
backpack); "a chair" for a sofa, "green tea" for black tea and "a hoodie" for a bundle cannot.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from plugin.guardrails.measures import singular


@cache
def _table() -> dict:
    return json.loads((Path(__file__).parent / "data" / "product_nouns.json").read_text())


@cache
def generic() -> frozenset[str]:
    """Nouns that name no kind of product ("piece", "item", "gift"): never a type claim."""
    return frozenset(_table()["generic"])


@cache
def senses(noun: str) -> tuple[int, ...]:
    """The product senses of ``noun`` (a word or a compound, any case, singular or plural)."""
    nouns = _table()["nouns"]
    low = noun.lower().replace("-", " ")
    found = nouns.get(low)
    if found is None:
        head, _, last = low.rpartition(" ")
        found = nouns.get(f"{head} {singular(last)}".strip(), ())
    return tuple(found)


def is_product_noun(noun: str) -> bool:
    return bool(senses(noun))


@cache
def _kinds(sense: int) -> frozenset[int]:
    """The sense and every hypernym above it."""
    parents = _table()["parents"]
    out = {sense}
    todo = [sense]
    while todo:
        for parent in parents[todo.pop()]:
            if parent not in out:
                out.add(parent)
                todo.append(parent)
    return frozenset(out)


@cache
def can_name(noun: str, other: str) -> bool:
    """Whether ``noun`` can name a product the listing calls ``other``: one is a kind of the
    other in some sense, or they share a sense."""
    mine, theirs = senses(noun), senses(other)
    return any(a in _kinds(b) or b in _kinds(a) for a in mine for b in theirs)


def is_kind_of(noun: str, other: str) -> bool:
    """Whether every sense of ``noun`` is a kind of some sense of ``other`` ("black tea" of
    "tea"): ``other`` says less."""
    mine, theirs = senses(noun), set(senses(other))
    return bool(mine) and all(theirs & _kinds(a) for a in mine) and senses(noun) != senses(other)


@cache
def is_kind_of_any(noun: str, other: str) -> bool:
    """Whether some sense of ``noun`` is a kind of some sense of ``other`` ("bottle" of
    "container")."""
    theirs = set(senses(other))
    return any(theirs & _kinds(a) for a in senses(noun))


@cache
def is_worn(noun: str) -> bool:
    """Whether some sense of ``noun`` is worn (clothing, jewellery), or one of its kinds is (a
    watch: a wristwatch is worn)."""
    worn, above = _worn()
    return any(s in above or _kinds(s) & worn for s in senses(noun))


@cache
def _worn() -> tuple[frozenset[int], frozenset[int]]:
    """The senses WordNet says are worn, and the senses right above them."""
    worn = _table()["worn"]
    parents = _table()["parents"]
    return frozenset(worn), frozenset(p for s in worn for p in parents[s])


@cache
def secondary() -> frozenset[str]:
    """Nouns whose most common sense is not a product ("a full charge", "a light …")."""
    return frozenset(_table()["secondary"])


@cache
def adjective_first() -> frozenset[str]:
    """Nouns WordNet's counts tag more often as adjectives: "a compact …" describes."""
    return frozenset(_table()["adjective_first"])


@cache
def verb_first() -> frozenset[str]:
    """Nouns WordNet's counts tag more often as verbs: after "This", "keeps" is a verb."""
    return frozenset(_table()["verb_first"])


_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# What follows a name's own noun: "… Case for iPhone 16", "Tea, 100 g", "Tyre (Pair)".
_DASH = re.compile(r"\s[-–—]\s")
# A name's tail starts at a preposition, in English or a shop language ("Jacke mit Kapuze",
# "Sac en lin", "Borsa con manici", "Väska med rem"), or at a comma, bracket or dash.
_NAME_TAIL = re.compile(
    r"\s+(?:for|with|by|in|from|and|mit|aus|für|avec|pour|en|con|per|para|med|til|för|met|voor)"
    r"\s|[,(|/–—]|\s-\s",
    re.IGNORECASE,
)


def head_phrase(words: list[str], end: int) -> str:
    """The longest product noun ending at ``words[end]`` ("black tea", "card game", "tea")."""
    for start in range(max(0, end - 2), end + 1):
        phrase = " ".join(words[start : end + 1])
        if senses(phrase):
            return phrase
    return ""


@cache
def name_kind(name: str) -> str:
    """The product noun a name calls the product by: the last product noun before its tail
    ("Darjeeling Loose Leaf Tea, 100 g" -> "tea"; "Phone Case for iPhone 16" -> "case")."""
    head = _NAME_TAIL.split(name, maxsplit=1)[0]
    words = [w.lower().strip("'’") for w in _NAME_WORD.findall(head)]
    for end in range(len(words) - 1, -1, -1):
        if len(words[end]) > 2 and words[end] not in generic():
            phrase = head_phrase(words, end)
            if phrase:
                return phrase
    return ""


@cache
def listing_kinds(names: tuple[str, ...]) -> tuple[str, ...]:
    """The kinds a listing calls itself by (its title's, type's and categories' own nouns),
    the most specific kept: "black tea" of a title's "tea" and a type's "Black tea". A listing
    whose title and type both name it in words no table reads (a shop's language: "Tablier",
    "Étamine") takes no kind from its categories alone: a shop's section whose name is an
    English word by chance ("Cuisine") does not say what the product is."""
    if len(names) > 1 and names[1] and not name_kind(names[0]) and not name_kind(names[1]):
        return ()
    others = {k for k in (name_kind(n) for n in names[1:] if n) if k}
    kinds = others | {_title_kind(names[0], others)} - {""} if names else others
    return tuple(sorted(k for k in kinds if not any(is_kind_of(o, k) for o in kinds - {k})))


def _title_kind(title: str, others: set[str]) -> str:
    """The title's kind; a title in parts ("Harbour at Dusk - 1000-Piece Jigsaw Puzzle",
    "1000-Piece Jigsaw Puzzle – Harbour at Dusk") is read from the part whose noun agrees with
    the type's or categories' (an artwork's name is not what is sold)."""
    parts = [name_kind(part) for part in _DASH.split(title)]
    agreeing = [k for k in parts if k and any(can_name(k, o) for o in others)]
    return agreeing[0] if agreeing else name_kind(title)


@cache
def use_senses(phrase: str) -> tuple[int, ...]:
    """The senses of an activity or a body part a product may be for ("racing", "skin")."""
    uses = _table()["uses"]
    low = phrase.lower().replace("-", " ")
    found = uses.get(low)
    if found is None:
        head, _, last = low.rpartition(" ")
        found = uses.get(f"{head} {singular(last)}".strip(), ())
    return tuple(found)


def covers_use(said: str, given: str) -> bool:
    """Whether a use the listing gives is the use said or a kind of it: "walking" covers a
    listing's "hiking"; "surf casting" is not covered by "fishing" (it says more)."""
    mine = set(use_senses(said))
    return any(mine & _kinds(b) for b in use_senses(given))


@cache
def antonyms() -> dict[str, frozenset[str]]:
    """Adjective -> its direct antonyms in WordNet ("long" -> "short")."""
    out: dict[str, set[str]] = {}
    for one, other in _table()["antonyms"]:
        out.setdefault(one, set()).add(other)
        out.setdefault(other, set()).add(one)
    return {word: frozenset(opposite) for word, opposite in out.items()}


@cache
def stem(word: str) -> str:
    """A crude stem that reads "hiking", "hikes" and "hiker" alike (both sides use it)."""
    word = word.lower().removesuffix("'s")
    for suffix in ("ings", "ing", "ers", "er", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    return word
