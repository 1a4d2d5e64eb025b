"""Ranking passages against a question: cosine similarity of sentence embeddings, with the words
the two share kept beside the score (the decision uses both)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from plugin.questions.embedding import Embedder
from plugin.questions.lexicon import NEGATED, us_spelling
from plugin.questions.passages import Passage

TOP_K = 4
_WORD = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*")
# Words that carry no topic: question words, pronouns, auxiliaries, shop small talk.
STOPWORDS = frozenset(
    """a about above after again all also am an and any are as at be been being but by can could
    did do does doing for from get got had has have having he her here hi hello him his how i if in
    into is it its just know let like me might more most much my no nor not now of off on once one
    only or other our out over own please same she should so some such than thank thanks that the
    their them then there these they this those through to too under until up us very want was we
    were what when where which while who whom why will with would you your yours product item
    buy tell need question hey ok okay really thing things still""".split()
)


@dataclass(frozen=True)
class ScoredPassage:
    passage: Passage
    score: float
    shared: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "source": self.passage.source,
            "text": self.passage.text,
            "score": round(self.score, 4),
            "shared": list(self.shared),
        }


def stem(word: str) -> str:
    """A crude English stem, enough to match "washable"/"wash" and "sizes"/"size"; British and
    American spellings meet ("pasteurised"/"pasteurized", "colour"/"color")."""
    word = us_spelling(word)
    for suffix in ("able", "ing", "ies", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


# What a shopper calls the things our fact labels name: the label's line shares the word.
LABEL_TOPICS = {
    "price": ("cost", "price", "expensive", "pay"),
    "variant": ("cost", "price"),
    "weight": ("weigh", "heavy", "light"),
    "dimensions": ("big", "size", "measure", "long", "wide", "tall", "dimension"),
    "color": ("colour", "color"),
}
_WEIGHT_WORDS = re.compile(r"\b(?:weigh\w*|heavy|light)\b")
# "How much is it?", "how much for two?" ask a price; "how much does it hold?" does not.
_HOW_MUCH_IS = re.compile(r"\bhow much (?:is|are|for)\b")


def topic_words(text: str) -> set[str]:
    lowered = text.lower()
    found = [w for w in _WORD.findall(lowered) if w not in STOPWORDS]
    words = {stem(w) for w in found}
    # A negated word shares its topic with the plain one: "unpasteurised honey" is about
    # whether it is pasteurised.
    words |= {stem(NEGATED.sub("", w)) for w in found if NEGATED.match(w)}
    if _HOW_MUCH_IS.search(lowered) and not _WEIGHT_WORDS.search(lowered):
        words.add("cost")
    label = lowered.partition(":")[0].strip()
    words.update(stem(w) for w in LABEL_TOPICS.get(label, ()))
    return words


def rank(
    question: str, passages: list[Passage], embedder: Embedder, k: int = TOP_K
) -> list[ScoredPassage]:
    """The ``k`` passages closest to the question, best first."""
    if not passages:
        return []
    vectors = embedder.embed([question, *(p.text for p in passages)])
    scores = vectors[1:] @ vectors[0]
    words = topic_words(question)
    order = np.argsort(-scores, kind="stable")[:k]
    return [
        ScoredPassage(
            passages[i],
            float(scores[i]),
            tuple(sorted(words & topic_words(passages[i].text))),
        )
        for i in order
    ]
