"""Do the facts answer the question? Decided from retrieval, not by the model: a fact must be close
to the question in meaning, or close enough and share a topic word with it. The lines that only
name the product (title, SKU, category) are context, never an answer by themselves."""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugin.questions.passages import is_free_text
from plugin.questions.retrieval import ScoredPassage, topic_words

IDENTITY_LABELS = frozenset({"Product", "SKU", "Category", "Type", "Tags"})
# Cosine similarity with all-MiniLM-L6-v2; chosen on the labelled set in tests/questions/eval
# (docs/questions.md has the figures and how to reproduce them).
ANSWER_SCORE = 0.45
SHARED_WORD_SCORE = 0.33
# A sentence of the listing (or its FAQ) that shares a topic word with an English question which
# no other retrieved line and not the product's name uses clears a lower bar, when the question
# has no topic word the listing never uses (round 16; answering.py).
DISTINCT_WORD_SCORE = 0.28
MAX_SUPPORT = 2


@dataclass(frozen=True)
class Decision:
    answerable: bool
    support: tuple[ScoredPassage, ...]


def is_identity(item: ScoredPassage) -> bool:
    label = item.passage.text.partition(":")[0]
    return item.passage.source == "listing" and label in IDENTITY_LABELS


def supports(item: ScoredPassage) -> bool:
    if is_identity(item):
        return False
    return item.score >= ANSWER_SCORE or (bool(item.shared) and item.score >= SHARED_WORD_SCORE)


_NAME = re.compile(
    r"(?<!^)(?<![.!?] )\b[A-Z][A-Za-z0-9-]*[A-Z0-9-]?[a-z0-9-]*\b|\b[a-z]+[A-Z][A-Za-z0-9]*\b"
)


# A model code written in lower case ("x100v", "ps5", "a7iii"): letters, then a figure. Not a
# unit or a size before a figure ("us12", "cm40", "xl2"): those are values, not names.
_CODE = re.compile(r"(?<![\w-])[a-z]{1,4}\d+[a-z\d]*(?![\w-])", re.IGNORECASE)
_NOT_CODES = re.compile(
    r"^(?:us|eu|uk|fr|it|au|size|sz|no|nr|cm|mm|km|in|ft|kg|g|lb|lbs|oz|ml|cl|l|w|v|mah|"
    r"xs|s|l|xl|xxl|xxxl|x|q|h|a|p)\d+$",
    re.IGNORECASE,
)


# A version, generation or grade named by its number ("version 4", "gen 2"): a code the facts
# must state, or they answer another version ("free updates for 3.x").
_NUMBERED = re.compile(
    r"\b(?:version|gen|generation|series|grade|mark|mk)\s?\d+(?:\.\d+)?\b", re.IGNORECASE
)


def named_things(question: str) -> set[str]:
    """Capitalised words inside the question (places, brands, payment services), names
    written in mixed case ("iPhone") and model codes ("x100v"): the facts must name them too,
    or they don't answer it ("Do you ship to Canada?", "will it fit my x100v?")."""
    # "¿" and "¡" open a sentence: the word after them is capitalised as any first word is.
    opened = re.sub(r"[¿¡]\s*", "", question).strip()
    found = {m.group().lower() for m in _NAME.finditer(opened) if m.group() != "I"}
    return found | model_codes(question)


def _bare(text: str) -> str:
    return re.sub(r"[\s-]+", "", text.lower())


def model_codes(question: str) -> set[str]:
    """The model codes a question uses ("x100v", "M6"): the same in every language, unlike a
    place's name ("Portogallo" is "Portugal")."""
    codes = {m.group().lower() for m in _CODE.finditer(question) if not _NOT_CODES.match(m.group())}
    return codes | {m.group().lower() for m in _NUMBERED.finditer(question)}


def names_known(question: str, texts: list[str], *, codes_only: bool = False) -> bool:
    """Whether every name and model code the question uses (``codes_only``: every model code)
    is in ``texts`` (hyphens and spaces aside: "c41" is "C-41")."""
    known = " ".join(texts).lower()
    asked = model_codes(question) if codes_only else named_things(question)
    return all(name in known or _bare(name) in _bare(known) for name in asked)


def distinct_word(item: ScoredPassage, ranked: list[ScoredPassage], title: str) -> bool:
    """Whether ``item`` is a sentence of the listing's own that is close enough and shares with
    the question a topic word that neither the product's name nor any other retrieved line
    uses ("does it work on chives?" and "Rinse it after chives.")."""
    if (
        item.score < DISTINCT_WORD_SCORE
        or item.passage.source == "policy"
        or not is_free_text(item.passage)
    ):
        return False
    others = topic_words(title).union(
        *(topic_words(o.passage.text) for o in ranked if o is not item)
    )
    return bool(set(item.shared) - others)


def decide(ranked: list[ScoredPassage], question: str = "", title: str = "") -> Decision:
    """Answerable when at least one retrieved fact clears the bar and every name the question
    uses appears in those facts or the product's title; those facts are the support."""
    support = tuple(item for item in ranked if supports(item))[:MAX_SUPPORT]
    if not names_known(question, [title, *(item.passage.text for item in support)]):
        return Decision(answerable=False, support=())
    return Decision(answerable=bool(support), support=support)
