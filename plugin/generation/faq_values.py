"""How the FAQ reads a value: an option's values, a list said with "and" or "or", a
value written as sentences, and the words an answer tells (so nothing is asked twice)."""

from __future__ import annotations

import re

from plugin.generation.said_values import lower_first
from plugin.generation.value_shapes import (
    split_items,
)

# "Oat and Forest", "Red, Blue": more than one value in one ("18/8 steel" and "Indigo/Cream"
# are one).
SEVERAL = re.compile(r",|\band\b|\bor\b")
# A value the shop wrote as sentences, or as labelled parts, answers as written.
AS_WRITTEN = re.compile(r"[.!?]\s|:")


def lowered_list(value: str) -> str:
    """A list's items in lower case where the shop capitalised each ("Pears (40%), Cider
    vinegar" → "pears (40%), cider vinegar"), a name or an abbreviation kept (``lower_first``),
    joined with "and"."""
    items = [lower_first(i.strip()) for i in options_of(value)]
    return f"{', '.join(items[:-1])} and {items[-1]}" if len(items) > 1 else "".join(items)


def options_of(value: str) -> list[str]:
    """An option's values from the list's joined text: "1 kg and 2.5 kg" → ["1 kg", "2.5 kg"]
    (the join's last "and" is never part of a value). Round 33: values that hold a comma are
    joined with ";" ("Basic, 12 pages; Full, 30 pages"): each is one value, its second part said
    in brackets ("basic (12 pages)"), never split into four."""
    pieces = value.split("; ")
    if len(pieces) > 1 and all(p.count(", ") == 1 for p in pieces):
        said = [re.sub(r"^(.+?), (.+)$", r"\1 (\2)", p.strip()) for p in pieces]
        return [re.sub(r"^[A-Z][a-z]+\b(?= \()", lambda m: m[0].lower(), p) for p in said]
    # Round 45: a value that holds "and" itself ("Wood and brass" beside "Steel") is one value:
    # where, after the last comma, the join's "and" is the only one followed by a capital,
    # the join is split there, never at the value's own "and" (heldout47's raters: one
    # pattern said as two).
    tail_at = value.rfind(", ") + 2 if ", " in value else 0
    tail = value[tail_at:]
    capital = [m.start() for m in re.finditer(r" and (?=[A-Z])", tail)]
    if tail.count(" and ") > 1 and len(capital) == 1:
        join = tail_at + capital[0]
        return [*split_items(value[:join] + ", \x00")[:-1], value[join + 5 :].strip()]
    items = split_items(value)
    if items and " and " in items[-1]:
        items[-1:] = items[-1].rsplit(" and ", 1)
    return items


_TITLED = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)+")


def alternatives(items: list[str], lower: bool = False) -> str:
    """Options said as alternatives: "Unflavoured, Cocoa or Mint" → "unflavoured, cocoa or
    mint"; a code keeps its capitals ("2B Dark Brown", "RHT", "5RL")."""
    shown = [
        i.strip() if (not lower and re.search(r"[A-Z].*[A-Z]|\d", i)) else lower_first(i.strip())
        for i in items
    ]
    # Round 40: names of options in title case ("Junior, Full Size or Long Blade") are all
    # said as written where one of them is, never one lowered beside the others.
    if not lower and any(_TITLED.fullmatch(i.strip()) for i in items):
        shown = [i.strip() for i in items]
    return f"{', '.join(shown[:-1])} or {shown[-1]}" if len(shown) > 1 else "".join(shown)


_CONTENT = re.compile(r"[a-z0-9][a-z0-9'’.-]*")
_SMALL = frozenset(
    "a an the it its is are they their them of in on and or to for with made has have comes "
    "come yes no from introducing meet here this these measures measure long wide high deep "
    "across thick weighs weigh holds hold does do can what how which i kind".split()
)


def content_of(text: str) -> set[str]:
    return {w.strip(".") for w in _CONTENT.findall(text.lower())} - _SMALL
