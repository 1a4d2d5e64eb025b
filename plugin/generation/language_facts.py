"""A listing's facts with the role each plays in copy written in the shop's language.

Which facts there are, in what order, and which never reach the copy (price, money amounts,
stock, the shop's record, stale logistics) is the English planner's own reading
(``fact_roles.sort_facts``); this module only names each fact's role: by the label words of the
shop's language (``data/languages/<code>.json``), else, for a label in English, by the role
``sort_facts`` gave it. A role a value cannot fill (a size with no figure, a "Yes" under
"Included") leaves the fact to the list."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from plugin.domain import Listing
from plugin.generation.english_labels import display_name
from plugin.generation.fact_kinds import NO, YES, named
from plugin.generation.fact_roles import SortedFacts, sort_facts
from plugin.generation.languages import (
    ROLES,
    LanguageWords,
    language_words_for,
    languages_with_words,
)
from plugin.generation.letter_case import unshouted
from plugin.generation.two_languages import englishness

# Roles whose value must give a figure ("2 l", "24 months"): a word there is no measure.
_FIGURES = ("size", "capacity", "warranty")
_FIGURE = re.compile(r"\d[\d.,]*\s?[^\W\d_]")
# A value that is an amount alone ("250 ml", "1,5 l"): no thing named.
_AMOUNT = re.compile(r"^\d[\d.,]*\s?[^\W\d_]{1,3}\.?$")
# A country, said in a frame: a short name with no figure.
_PLACE = re.compile(r"^[^\d,;:()]{2,40}$")
# Label words are matched at a word's start, so a stem ("kompatib") finds its forms.
_MAX_WORDS = {
    "material": 8,
    "origin": 3,
    "compatibility": 12,
    "certification": 8,
    "ingredients": 25,
    "storage": 12,
    "care": 14,
}
# Money in the currencies ``fact_kinds.MONEY`` does not know: the platform's price, never copy.
_MONEY_ABROAD = re.compile(r"\d\s?(zł|pln|kč|czk|kr|sek|nok|dkk|chf|huf|lei|ron)\b", re.IGNORECASE)


@cache
def _skip_labels() -> frozenset[str]:
    """Every language's labels for what copy never says, as whole labels: a listing in another
    language than the shop's ("Cena" in a German shop) keeps its price out too."""
    return frozenset(
        w for code in languages_with_words() for w in language_words_for(code).labels["skip"]
    )


@cache
def _flag_labels() -> tuple[str, ...]:
    """Round 52: every language's labels for the shop platform's own switches ("virtual",
    "downloadable"), matched at a word's start."""
    return tuple(
        w
        for code in languages_with_words()
        for w in language_words_for(code).labels.get("flags", ())
    )


@cache
def _yes_no_words() -> frozenset[str]:
    return (
        frozenset(w for code in languages_with_words() for w in language_words_for(code).yes_no)
        | YES
        | NO
    )


def platform_flag(label: str, values: tuple[str, ...]) -> bool:
    """Whether the fact is a switch of the shop's platform ("Virtuální: ano", "Herunterladbar:
    ja"): a flag's label with only yes or no under it. Round 52's raters read such lines in the
    list as internal fields shown to shoppers."""
    lowered = {v.strip().lower() for v in values}
    return bool(lowered) and lowered <= _yes_no_words() and _said_by(label, _flag_labels())


_WORD = re.compile(r"[^\W\d_]{2,}")
_SIDES = re.compile(r"^(?P<own>[^/]*[^\W\d_][^/]*?) / (?P<other>[^/]*[^\W\d_][^/]*)$")
# Round 50: a figure with a slash inside a side ("18/0 Edelstahl / 18/0 stainless steel"),
# the sides split at their one " / " instead.
_FIGURE_SLASH = re.compile(r"\d/\d")
_HELD = "\u2044"


def own_side(text: str) -> str:
    """A text the shop wrote in its language and in English ("Vægt / Weight"), said on its own
    side (the first, as such shops write them) inside a sentence; anything else as written."""
    held = _FIGURE_SLASH.sub(lambda m: m[0].replace("/", _HELD), text.strip())
    sides = _SIDES.match(held)
    if not sides or not all(_WORD.search(sides[s]) for s in ("own", "other")):
        return text
    if any(sides[s].count("(") != sides[s].count(")") for s in ("own", "other")):
        return text  # "…, kumina (Kumina / Caraway only)": a note in two languages, not two sides
    if sides["own"].isupper() and sides["other"].isupper():
        return text  # "XS / S": two codes, not two languages
    if englishness(sides["other"]) >= englishness(sides["own"]):
        return sides["own"].strip().replace(_HELD, "/")
    return text


@dataclass(frozen=True)
class ShopFact:
    """One fact of the list: its label as shown, its values as the shop gave them, and its
    role in a sentence ("" where it is said in the list only)."""

    label: str
    values: tuple[str, ...]
    role: str = ""


def _said_by(label: str, words: tuple[str, ...]) -> bool:
    # Turkish "İ" lowers to "i" and a combining dot: read as "i".
    lowered = label.strip().lower().replace("i\u0307", "i")
    return any(re.search(rf"(?<![^\W\d_]){re.escape(w)}", lowered) for w in words)


def label_role(label: str, language: LanguageWords) -> str | None:
    """The role the shop's label names in its language ("skip" for one never said), or None."""
    labels = language.labels
    if _said_by(label, labels.get("includes", ())):
        return "includes"
    if _said_by(label, labels.get("skip", ())):
        return "skip"
    for role in (
        "material",
        "ingredients",
        "origin",
        "care",
        "storage",
        "capacity",
        "size",
        "compatibility",
        "warranty",
    ):
        if _said_by(label, labels.get(role, ())):
            return role
    if _said_by(label, labels.get("certification", ())):
        return "certification"
    return None


def _english_role(name: str, value: str, facts: SortedFacts) -> str:
    """The role ``sort_facts`` gave an English label's fact."""
    if name in dict(facts.build) and named(name, ("material", "materials", "fabric")):
        # Only the product's own material: "Handle: ash" is a part's, said in the list.
        return "material"
    if value in facts.origin:
        return "origin"
    if any(v in facts.certification for v in facts.values_of.get(name, [])):
        return "certification"
    if any(v in facts.includes for v in facts.values_of.get(name, [])):
        return "includes"
    return ""


def _fits(role: str, values: tuple[str, ...], language: LanguageWords) -> bool:
    """Whether the values can fill the role's frame whatever they say."""
    joined = " ".join(values)
    lowered = {v.strip().lower() for v in values}
    if lowered & (language.yes_no | YES | NO):
        return False
    if any(" / " in v and own_side(v) == v for v in values):
        return False  # two languages the shop's side cannot be told from: the list says it
    if role in _FIGURES:
        # "2 l", "24 months": a figure and its unit, not a list that opens with a number.
        return len(values) == 1 and bool(_FIGURE.match(joined)) and len(joined.split()) <= 3
    if role == "origin":
        # A place's name: each word after the first capitalised ("Nowa Zelandia"); a lower-case
        # word inside ("Bakad i Umeå", "Sydd i Malmö") makes it a phrase, not a country.
        inner = joined.split()[1:]
        return (
            len(values) == 1
            and bool(_PLACE.match(joined))
            and len(joined.split()) <= 3
            and all(w[:1].isupper() for w in inner)
        )
    if role == "includes" and len(values) == 1 and _AMOUNT.match(joined):
        return False  # "250 ml" under a contents label is an amount, not things in the box
    return len(joined.split()) <= _MAX_WORDS.get(role, 20)


def _bare_with_without(label: str, values: tuple[str, ...], language: LanguageWords) -> bool:
    """A choice said without its label (an English one, "Magnet") whose values are "with" and
    "without" in the language ("mit", "ohne"): said bare it names nothing, so the list says it."""
    if englishness(label) <= 0 or label_role(label, language) is not None:
        return False
    lowered = {v.strip().lower() for v in values}
    return bool(lowered & (set(language.negations) | language.yes_no | YES | NO))


def shop_facts(listing: Listing, language: LanguageWords | None) -> list[ShopFact]:
    """The listing's facts in the list's order, each with its role in ``language`` (none
    without a language: a neutral draft says every fact in the list)."""
    facts = sort_facts(unshouted(listing))
    options = {display_name(n): vs for n, vs in listing.options.items()}
    out: list[ShopFact] = []
    for name, value in facts.listed:
        values = tuple(v.strip() for v in facts.values_of.get(name, [value]) if v.strip())
        if name.strip().lower() in _skip_labels() or any(_MONEY_ABROAD.search(v) for v in values):
            continue
        if platform_flag(name, values):
            continue
        if language is None:
            out.append(ShopFact(name, values))
            continue
        role = label_role(name, language)
        if role == "skip":
            continue  # the shop's price, stock or parcel under a label in its language
        if len(options.get(name, [])) > 1:
            role = "options" if not _bare_with_without(name, values, language) else ""
        elif role is None and name.isascii():
            role = _english_role(name, value, facts)
        role = role or ""
        if role and (role not in language.frames or not _fits(role, values, language)):
            role = ""
        out.append(ShopFact(name, values, role if role in ROLES else ""))
    return out
