"""A FAQ's yes or no said as a sentence where the shop's note after it is a state (round 29).

heldout31's raters called "No – supplied unpainted." and "No – (glue recommended)." pasted
fragments ("write full answers"). A note that opens with a past participle, to a question
about the product itself ("Is it painted?"), is said with the product as its subject ("No, it
is supplied unpainted."), and a note in brackets loses them
("No – glue recommended."). The rule goes by the note's first word, never a listing's phrase.
"""

from __future__ import annotations

import re

from plugin.domain import FaqItem
from plugin.generation.voice import Voice

# Only a question about the product itself: "Is it painted?", never "Is a case included?".
_ABOUT_IT = re.compile(r"^(?:Is it|Are they|Does it|Do they|Can it|Can they)\b")
_NOTE = re.compile(r"^(?P<word>Yes|No) – (?P<note>.+?)\.?$")
# Participles that do not end in "-ed": "sold", "made", "sewn", …
_PARTICIPLES = frozenset(
    """sold made built cut sewn grown shipped sent kept worn spun woven knit knitted bought
    ground shown given taken done""".split()
)

# Verbs a note says of the product itself, in its third person: "No – contains tallow".
_DOES = frozenset("contains has uses needs includes".split())


def _participle(word: str) -> bool:
    word = word.lower()
    return word in _PARTICIPLES or (len(word) > 4 and word.endswith("ed"))


def answered_whole(item: FaqItem, voice: Voice) -> FaqItem:
    """ "No – supplied unpainted." → "No, it is supplied unpainted."; "No – (glue recommended)."
    → "No – glue recommended."; other answers as they are."""
    found = _NOTE.match(item.answer)
    if not found:
        return item
    word, note = found["word"], found["note"].strip()
    if note.startswith("(") and note.endswith(")") and note.count("(") == 1:
        note = note[1:-1].strip()
    first = note.split()[0] if note.split() else ""
    if first.islower() and _participle(first) and _ABOUT_IT.match(item.question):
        return FaqItem(item.question, f"{word}, {voice.subject.lower()} {voice.be} {note}.")
    if first in _DOES and _ABOUT_IT.match(item.question):
        # Round 41: "No – contains tallow" says what the product does: "No, it contains
        # tallow." (a "Not vegan" label asked "Is it suitable for vegans?").
        rest = note[len(first) :]
        return FaqItem(item.question, f"{word}, {voice.subject.lower()} {voice.verb(first)}{rest}.")
    return FaqItem(item.question, f"{word} – {note}.")
