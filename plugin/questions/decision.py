"""Do the facts answer the question? Decided from retrieval, not by the model: a fact must be close
to the question in meaning, or close enough and share a topic word with it. The lines that only
name the product (title, SKU, category) are context, never an answer by themselves."""

from __future__ import annotations

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


def decide(ranked: list[ScoredPassage]) -> Decision:
    """Answerable when at least one retrieved fact clears the bar; those facts are the support."""
    support = tuple(item for item in ranked if supports(item))[:MAX_SUPPORT]
    return Decision(answerable=bool(support), support=support)
