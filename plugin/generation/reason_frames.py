"""A fact and its reason said in more than one shape in the body (round 45).

Every body sentence with a reason read "It has <fact>, so <reason>." (raters: "a mechanical
chain of 'so' clauses", one template across drafts). After the first line (which
``reasoned_lead`` already varies), the reasoned sentences of a draft take turns, by the
listing's rotation and their place, among three shapes a fact with its reason allows:

- as planned: "It has a cast sole plate, so it glides over heavy linen.";
- the fact as the subject: "Its cast sole plate means it glides over heavy linen.";
- the fact fronted: "With a cast sole plate, it glides over heavy linen." (only where the
  reason's subject is the product itself).

Only "It has …"/"They have …" sentences change; "It is …, so …" and a model's sentences stay
as they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from plugin.generation.sentence import Role, Sentence
from plugin.generation.voice import Voice

_HAS_SO = re.compile(
    r"^(?P<subject>It|They) (?:has|have) (?P<fact>[^,;:()]{3,60}), so (?P<reason>[^,;:]+)\.$"
)
_ARTICLE = re.compile(r"^(?:a|an|the) ")
_SELF = re.compile(r"^(?:it|they) [a-z]")
# Facts whose own words do not stand as a subject: a count ("2 ports"), a negation, a list.
_NOT_A_SUBJECT = re.compile(r"^(?:\d|no |not |both |two |three )| and |\bor\b")
# Reasons that would read twice in "Its … means": ones that say "means" or "its" themselves.
_NOT_AFTER_MEANS = re.compile(r"\b(?:means|its|their)\b")


def reshaped(lead: str, voice: Voice, shape: int) -> str | None:
    """``lead`` ("It has <fact>, so <reason>.") in shape 1 (the fact as the subject) or 2 (the
    fact fronted), or ``None`` where that shape does not fit."""
    found = _HAS_SO.match(lead.strip())
    if not found or found["subject"] != voice.subject:
        return None
    fact, reason = found["fact"].strip(), found["reason"].strip()
    if shape == 1:
        if _NOT_A_SUBJECT.search(fact) or _NOT_AFTER_MEANS.search(reason):
            return None
        owned = _ARTICLE.sub("", fact)
        return f"{voice.possessive} {owned} means {reason}."
    if shape == 2 and _SELF.match(reason) and not re.search(r"\band\b", fact):
        return f"With {fact}, {reason}."
    return None


def varied_reasons(sentences: Sequence[Sentence], voice: Voice, turn: int) -> tuple[Sentence, ...]:
    """``sentences`` with their body's "It has …, so …" sentences said in turn in the three
    shapes (the first line and a model's sentences left alone)."""
    out: list[Sentence] = []
    count = 0
    for index, sentence in enumerate(sentences):
        if (
            index == 0
            or sentence.ask
            or sentence.role in (Role.HOOK, Role.CHOICE)
            or not _HAS_SO.match(sentence.lead.strip())
        ):
            out.append(sentence)
            continue
        shape = (turn + count) % 3
        count += 1
        said = reshaped(sentence.lead, voice, shape) if shape else None
        out.append(replace(sentence, lead=said) if said else sentence)
    return tuple(out)
