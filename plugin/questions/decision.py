"""Do the facts answer the question? Decided from retrieval, not by the model: a fact must be close
to the question in meaning, or close enough and share a topic word with it. The lines that only
name the product (title, SKU, category) are context, never an answer by themselves."""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugin.questions.retrieval import ScoredPassage

IDENTITY_LABELS = frozenset({"Product", "SKU", "Category", "Type", "Tags"})
# Cosine similarity with all-MiniLM-L6-v2; chosen on the labelled set in tests/questions/eval
# (docs/questions.md has the figures and how to reproduce them).
ANSWER_SCORE = 0.45
SHARED_WORD_SCORE = 0.33
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


def named_things(question: str) -> set[str]:
    """Capitalised words inside the question (places, brands, payment services) and names
    written in mixed case ("iPhone"): the facts must name them too, or they don't answer it
    ("Do you ship to Canada?")."""
    return {m.group().lower() for m in _NAME.finditer(question.strip()) if m.group() != "I"}


def decide(ranked: list[ScoredPassage], question: str = "", title: str = "") -> Decision:
    """Answerable when at least one retrieved fact clears the bar and every name the question
    uses appears in those facts or the product's title; those facts are the support."""
    support = tuple(item for item in ranked if supports(item))[:MAX_SUPPORT]
    known = " ".join([title, *(item.passage.text for item in support)]).lower()
    if any(name not in known for name in named_things(question)):
        return Decision(answerable=False, support=())
    return Decision(answerable=bool(support), support=support)
