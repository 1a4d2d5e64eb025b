"""A sentence that names the product's kind again before its reason, said as the reason alone
(round 37: a meta or a short description that names the kind twice, in the name and again before
"so", reads as a template)."""

from __future__ import annotations

import re

from plugin.generation.sentence_breaks import SPACED_END
from plugin.generation.sentence_words import words_of

_KIND_SO = re.compile(
    r"^(?:(?:This|The) (?P<name>.+?)|It|They) (?:is|are) an? (?P<kind>[a-z][a-z -]{2,40}), so "
    r"(?P<clause>[a-z][^.;:]+)\.$"
)


def _stems(text: str) -> set[str]:
    return {w.rstrip("s") for w in words_of(text)}


def kind_not_said_again(sentence: str, title: str) -> str:
    """ "This Felt Door Stop is a door stop, so the door stays open." → "With the Felt Door Stop,
    the door stays open."; "It is a door stop, so …" → "The door stays open."; a clause that
    says "it" or "you" of the product stays as it is (it needs the product named)."""
    found = _KIND_SO.match(sentence.strip())
    if not found or not _stems(found["kind"]) <= _stems(title):
        return sentence
    clause = found["clause"]
    if re.search(r"\b(?:it|its|they|them|their|you|your)\b", clause):
        return sentence
    if found["name"]:
        return f"With the {found['name']}, {clause}."
    return f"{clause[:1].upper()}{clause[1:]}."


def kinds_not_said_again(text: str, title: str) -> str:
    """Each sentence of ``text`` through ``kind_not_said_again``."""
    sentences = SPACED_END.split(text)
    return " ".join(kind_not_said_again(s, title) for s in sentences)
