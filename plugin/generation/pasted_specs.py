"""Sentences of the meta and the short description that paste a spec line into a frame (round 30).

heldout32's raters marked "awkward grammar" and "no benefit" where "Its <label> is <value>" was
filled with a value that is a row of the shop's spec sheet, not a thing: several unlike items
joined by commas under one label ("Its <part> is <kind>, <feature>, <feature>"; a state and a
count under a plural one), a label that is a phrase ending in a preposition ("Their <verb>
within is …"), a count of people said as a property ("Its <verb>s are up to 2 people") or a
count and a state ("Its <parts> are 10 included"). Such a sentence is never said in these two
kinds; the fact stays in the description's list and the FAQ. The rules go by a label's and a
value's shape, never by a listing's phrase.
"""

from __future__ import annotations

import re

from plugin.generation.faq_labels import ENDS_OPEN
from plugin.generation.noun_frames import ITS_FRAME

# A comma that starts a reason or a clause, not another item of a spec row.
_CLAUSE_AFTER_COMMA = re.compile(r"^(?:so|which|making|letting|keeping|meaning|because|as)\b")
# A count of people: "up to 2 people", "4 adults", "max. 6 persons".
_PEOPLE = re.compile(
    r"^(?:up to |max(?:imum|\.)? |at most |about )?\d+(?:\s*[–-]\s*\d+)? "
    r"(?:people|persons|adults|children|kids|guests|users|riders|players)\b"
)
# A count, then a state: "10 included", "4 fitted" (the count of the label's things).
_COUNTED_STATE = re.compile(r"^\d+ (?:[a-z]+ed|included|supplied)$")
# Labels under which a count of people reads: "Its capacity is up to 2 people".
_PEOPLE_LABELS = frozenset("capacity occupancy group size party".split())


def pasted_spec(text: str) -> str | None:
    """Which family a sentence falls in when its frame pastes a spec row, else ``None``."""
    for found in ITS_FRAME.finditer(text):
        label, be, value = found["label"], found["be"], found["value"].strip()
        if ENDS_OPEN.search(label):
            return "unfinished label"
        if _PEOPLE.match(value) and label.split()[-1] not in _PEOPLE_LABELS:
            return "people as property"
        if _COUNTED_STATE.match(value):
            return "count and state"  # "Its <parts> are 10 included"
        items = value.split(", ")
        if len(items) < 2 or any(_CLAUSE_AFTER_COMMA.match(item) for item in items[1:]):
            continue
        counted = [item[:1].isdigit() for item in items]
        if be == "is" or (any(counted) and not all(counted)):
            return "spec row"  # "Its <part> is <kind>, <feature>", "Its <parts> are <state>, 3"
    return None


def people_verb(label: str, value: str) -> str | None:
    """ "support" when a one-word label is a verb that counts people ("Supports: Up to 2 people",
    "Sleeps: 4 adults"), so the FAQ asks "How many people does it support?" rather than "What
    are the supports like?"; else ``None``."""
    word = label.strip().lower()
    if not re.fullmatch(r"[a-z]+[^su]s", word) or word in _PEOPLE_LABELS:
        return None
    if not _PEOPLE.match(value.strip().lower()):
        return None
    if word.endswith("ies"):
        return f"{word[:-3]}y"
    return word[:-2] if word.endswith(("ches", "shes", "sses")) else word[:-1]
