"""Counts a listing's lines give: figures before their things, counted labels, one of a thing."""

from __future__ import annotations

import re

from plugin.guardrails.counts import (
    COUNT_STOP,
    NOT_THINGS,
    PERSON,
    capacity_label,
    count_phrase,
    list_length,
    thing,
)
from plugin.guardrails.facts_record import ListingFacts
from plugin.guardrails.measures import axis_of_label
from plugin.guardrails.quantities import (
    NUMBER_WORDS,
    FactQuantity,
    Quantity,
    find_quantities,
    readings_of,
)

_NUMBER_ONLY = re.compile(r"^\s*(?P<n>\d+)\s*(?:[a-z][\w -]*)?$", re.IGNORECASE)


def read_line_counts(
    facts: ListingFacts, text: str, lines: list[str], labels: list[str], quantities: list[Quantity]
) -> None:
    """The counts the lines give: a figure before its thing, a count in a labelled line
    ("Sleeps: 2"), a number joined to its noun ("2-speed"), one of a thing said in words."""
    previous = None
    for quantity in quantities:
        counted, words = count_phrase(text, quantity)
        if counted:
            facts.counts.setdefault(counted, set()).add(float(quantity.value))
            facts.count_words.setdefault(counted, []).append(words)
            if previous and _SHARED_NOUN.fullmatch(text, previous.end, quantity.start):
                # "16 OTF and 16 WOFF2 files" are 32 files in all
                facts.counts[counted].add(float(previous.value + quantity.value))
        previous = quantity if not quantity.has_unit else None
    for line, label in zip(lines, labels, strict=True):
        said = line[len(label) + 1 :] if label else ""
        number = _NUMBER_ONLY.match(said) if label else None
        name = re.sub(r"^(?:number|no\.?|count) of\s+", "", label.strip(), flags=re.I)
        name = _COUNT_LABEL_TAIL.sub("", name)  # "Batteries included: 1" counts batteries
        if number and name.split():
            value = float(number.group("n"))
            facts.counts.setdefault(thing(name.split()[-1]), set()).add(value)
            if any(q.has_unit for q in find_quantities(said)[:1]):
                facts.measured.add(thing(name.split()[-1]))  # "Weight: 520 g" counts nothing
            else:
                if capacity_label(name):  # "Sleeps: 2"
                    facts.counts.setdefault(PERSON, set()).add(value)
                _unit_in_label(facts, line, label, value)
        times = _TIMES_FIRST.match(said) if label and name.split() else None
        if times and not _is_size(said) and not re.search(r",|;|\band\b", said):
            # one counted item, "Batteries: 2 x 2.0 Ah Li-ion"; not "15 x 10 in"
            facts.counts.setdefault(thing(name.split()[-1]), set()).add(float(times.group(1)))
    for number, noun in _NUMBER_NOUN.findall(text):
        facts.counts.setdefault(thing(noun), set()).add(float(number))
    ones: dict[str, int] = {}
    for one in _ONE_THING.finditer(text):  # "One zipped back pocket holds …", "one pair."
        phrase = one.group().lower().split()[1:]
        if phrase[-1] == "together" or any(w in COUNT_STOP or f"{w}s" in NOT_THINGS
                                           for w in phrase):  # fmt: skip
            continue  # "sold one by one or together", "one day"
        ones[thing(phrase[-1])] = ones.get(thing(phrase[-1]), 0) + 1
    for counted, said_times in ones.items():
        if counted not in facts.counts:  # a count in figures says it better
            facts.counts[counted] = {1.0, float(said_times)}


def _unit_in_label(facts: ListingFacts, line: str, label: str, value: float) -> None:
    """A bare number whose unit is in its label: "Days to maturity: 80", "Weight (kg): 2"."""
    for word in re.findall(r"[^\W\d_]+", label.lower()):
        readings = readings_of(value, word) if word not in _NOT_LABEL_UNITS else ()
        if readings and not readings[0][0].startswith("named:"):
            text = f"{value:g} {word}"
            quantity = Quantity(0, len(text), text, value, word, readings, False)
            facts.quantities.append(FactQuantity(quantity, line, axis_of_label(label)))
            return


# Words after the counted thing in a count's label: "Batteries included", "Lenses in the box",
# "Filters per pack", "Pieces in total".
_COUNT_LABEL_TAIL = re.compile(
    r"\s+(?:included|supplied|provided|in (?:the )?box|in (?:the )?pack|per (?:pack|set|box)|"
    r"in total|total)$",
    re.IGNORECASE,
)


# Short words of a label that are units only after a number: "Made in", "Ships at".
_NOT_LABEL_UNITS = frozenset("in at a s h m l c f v w st".split())


_TIMES_FIRST = re.compile(r"\s*(\d+)\s*[x×]\s", re.IGNORECASE)
# "a 2-speed gearbox", "67-layer steel": a number joined to a noun counts it.
# Between two counts that share the noun after the second: "16 OTF and 16 WOFF2 files".
_SHARED_NOUN = re.compile(r" [A-Za-z][\w-]*(?: [A-Za-z][\w-]*)? (?:and|plus) ")
_NUMBER_NOUN = re.compile(r"(?<![\d.,/])(\d+)-([a-z]{3,})\b")
# One of a thing in words, its noun singular up to two words on, ending the clause or before its
# verb: "One zipped back pocket holds a phone", "Sold as one pair." (each one said adds one).
_ONE_THING = re.compile(
    r"\b(?:[Oo]ne|a single)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]{3,})"
    r"(?=\s+(?:holds?|is|has|fits?|takes?|keeps?|closes?)\b|\s*[.;:)]|\s*$)"
)


def _is_size(value: str) -> bool:
    return any("length" in q.kinds for q in find_quantities(value)[:1])


def read_named_counts(facts: ListingFacts) -> None:
    """Counts the lines name: a figure before a word, a list in prose, "holds 5 x" a thing."""
    for line in facts.lines:
        for quantity in find_quantities(line):
            if not quantity.has_unit and _WORD_AFTER.match(line, quantity.end):
                facts.named_counts.add(quantity.value)
        for listed in _PROSE_LIST.finditer(line):
            facts.named_counts.add(float(list_length(listed.group("items"))))
        for listed in _LIST_BEFORE_NOUN.finditer(line):  # "with front, hip and back positions"
            if any(w in NUMBER_WORDS or w in ("a", "an", "the") for w in listed["items"].split()):
                continue  # "with a lid and two handles" lists no handles
            counted = thing(listed.group("noun").lower())
            facts.counts.setdefault(counted, set()).add(float(list_length(listed.group("items"))))
        for held in _HOLDS.finditer(line):  # "Capacity: up to 5 x 3 in tablets": 5 tablets
            facts.counts.setdefault(thing(held.group("noun").lower()), set()).add(float(held["n"]))


_HOLDS = re.compile(
    r"\b(?:up to|holds?|holding|takes?|fits?)\s+(?P<n>\d+)\s*[x×]\s+"
    r"(?:\d+(?:[.,]\d+)?\s*(?:[a-z]{1,3}|\")\s+)?(?P<noun>[a-z]{3,})\b",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r" [^\W\d_]{3,}")
# A list in prose after a colon or "of": three or more items of a few words, the last after
# "and"/"or".
_ITEM_WORDS = r"[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,3}"
_PROSE_LIST = re.compile(
    rf"(?::|\bof)\s+(?P<items>{_ITEM_WORDS}(?:,\s*{_ITEM_WORDS})+,?\s+(?:and|or)\s+{_ITEM_WORDS})"
)


# A prose list of short items before the plural noun they are kinds of, which ends the clause:
# "with front, hip and back carry positions." lists three positions.
_SHORT_ITEM = r"[a-z][\w-]*(?:\s[a-z][\w-]*)?"
_LIST_BEFORE_NOUN = re.compile(
    rf"\bwith\s+(?P<items>{_SHORT_ITEM}(?:,\s*{_SHORT_ITEM})*,?\s+(?:and|or)\s+[a-z][\w-]*)\s+"
    r"(?:[a-z][\w-]*\s+)?(?P<noun>[a-z]{3,}s)(?=[.,;:!?)]|$)"
)
