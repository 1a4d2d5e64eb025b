"""A second use, fit or kind asked with "too", "also" or "as well" ("does the kettle work on
gas too?", "¿sirve también para té?") (round 55).

Such a question takes the first use as known and asks the second: a sentence that states only
the first ("for electric and induction hobs") is close to it in meaning and shares most of its
words, yet does not answer it. The sentence to quote must state every topic word the question
adds beyond the product's name; a foreign question is judged by its word-by-word gloss
(``glossing.py``), and left to the other checks when it has none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plugin.domain import Listing
from plugin.questions.answerability import covered, focus_words, tokens
from plugin.questions.glossing import english_gloss
from plugin.questions.lexicon import STOPWORDS, fold, words
from plugin.questions.passages import Passage

# The words that ask for something besides what is known, per language, folded. Polish "i" or
# Czech "i" ("and", "even") are left out: they join words far more often than they add a use.
ALSO_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("too", "also", "as well"),
    "de": ("auch", "ebenfalls"),
    "fr": ("aussi", "egalement"),
    "es": ("tambien",),
    "it": ("anche", "pure"),
    "nl": ("ook",),
    "pt": ("tambem",),
    "sv": ("ocksa", "aven"),
    "da": ("ogsa",),
    "nb": ("ogsa",),
    "fi": ("myos",),
    "pl": ("tez", "takze", "rowniez"),
    "cs": ("take", "tez", "rovnez"),
}


# English "too" before a word is "too hard", "too big": only at the end of a clause does it
# add a use ("… on gas too?").
_TOO_BEFORE = re.compile(r"\btoo\s+(?=\w)", re.IGNORECASE)


def asks_second_use(question: str, language: str) -> bool:
    """Whether ``question`` (in ``language``) asks "too", "also" or "as well"."""
    if language == "en":
        question = _TOO_BEFORE.sub(" ", question)
    folded = " " + " ".join(words(fold(question))) + " "
    return any(f" {word} " in folded for word in ALSO_WORDS.get(language, ()))


def _asked_words(
    question: str, language: str, listing: Listing, passages: Sequence[Passage]
) -> set[str] | None:
    """The English topic words ``question`` asks beyond the product's name; None when a
    foreign question has no gloss (what it asks is not known here)."""
    if language == "en":
        return focus_words(_without_also(question), listing.title)
    known = {w for text in [listing.title, *(p.text for p in passages)] for w in words(text)}
    gloss = english_gloss(question, language, known)
    if gloss is None:
        return None
    named = tokens(listing.title)
    return {
        w for w in tokens(" ".join(gloss.translated))
        if w not in STOPWORDS and not covered(w, named)
    }


def _without_also(question: str) -> str:
    return re.sub(r"\b(?:too|also|as well)\b", " ", question, flags=re.IGNORECASE)


def second_use_unstated(
    question: str,
    language: str,
    listing: Listing,
    passages: Sequence[Passage],
    support: Sequence[str],
) -> bool:
    """Whether ``question`` asks a second use with "too" or "also" and the lines to quote
    (``support``) leave a topic word it asks unstated: "does the kettle work on gas too?"
    against "Works on electric and induction hobs." does."""
    if not support or not asks_second_use(question, language):
        return False
    asked = _asked_words(question, language, listing, passages)
    if not asked:
        return False
    said = set().union(*(tokens(line) for line in support))
    return any(not covered(word, said) for word in asked)
