"""An age asked in English ("can my 7-year-old join?", "is there a minimum age?") is answered by
the one sentence of the listing's own text that states an age limit ("Children from 10 years
with an adult.", "18+ only"), whatever the ranking chose; the question's other words ("bring",
"join") need not be in it (round 35). Unchanged when no sentence or more than one states one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plugin.questions.decision import Decision
from plugin.questions.passages import Passage, is_free_text
from plugin.questions.retrieval import ScoredPassage

_I = re.IGNORECASE

# an age limit asked, or whether a child of an age may take part: not whether a thing suits
# or fits a child ("a good gift for a 7-year-old?"), which no age limit settles
_AGE_ASKED = re.compile(
    r"\b(?:minimum age|age limit|what age|how old)\b|"
    r"\b(?:can|may|could)\s+(?:i\s+bring\s+)?(?:my|our|a|an)\s+\d{1,2}[- ]years?[- ]old\b"
    r"(?:\s+(?:son|daughter|child|kid|boy|girl))?\s*(?:come|join|attend|take part|book|go|"
    r"be there|sign up|do|try|\?)|"
    # "my 15-year-old wants to join, is that allowed?" (round 36)
    r"\b(?:my|our)\s+\d{1,2}[- ]years?[- ]old\b(?:\s+(?:son|daughter|child|kid|boy|girl))?"
    r"\s+(?:wants?|would like|hopes?|is keen|is hoping)\s+to\s+(?:come|join|attend|take part|"
    r"do|try|go|sign up)\b|"
    r"\bbring\s+(?:my|our)\s+\d{1,2}[- ]years?[- ]old\b|"
    # "my daughter is 12, can she come along?" (round 37)
    r"\b(?:my|our)\s+(?:son|daughter|child|kid|boy|girl|grandson|granddaughter|nephew|niece)\s+"
    r"is\s+\d{1,2}(?:\s+years?(?:\s+old)?)?\s*[,.;:–-]?\s*(?:so\s+)?(?:can|may|could|is)\s+"
    r"(?:he|she|they)\s+(?:come|join|attend|take part|book|go|do|try|sign up|allowed|old enough)"
    r"\b",
    _I,
)
# "from 8 years", "aged 12 and over", "16+", "adults only"; not "from 9:00", "over 800 DKK"
_AGE_SAID = re.compile(
    r"\b(?:from|over|under|aged?|ages|at least|minimum age(?: of)?)\s+(?:the age of\s+)?"
    r"\d{1,2}(?![\d:.,])(?=\s*(?:years?|yrs?|and (?:up|over|older)|or (?:older|over)|\+|"
    r"[;.,)]|$))|"
    r"(?<![\d.,])\d{1,2}\s*\+(?=\s|$|[.,;)])|\badults? only\b",
    _I,
)


def asks_age(question: str) -> bool:
    """Whether an English question asks an age or an age limit."""
    return bool(_AGE_ASKED.search(question))


def age_sentence(question: str, passages: Sequence[Passage], decision: Decision) -> Decision:
    """The listing's one sentence that states an age limit, for a question that asks one."""
    if not asks_age(question):
        return decision
    if decision.answerable and any(_AGE_SAID.search(i.passage.text) for i in decision.support):
        return decision
    found = [
        p
        for p in passages
        if p.source == "listing" and is_free_text(p) and _AGE_SAID.search(p.text.partition(": ")[2])
    ]
    if len(found) != 1:
        return decision
    return Decision(answerable=True, support=(ScoredPassage(found[0], 0.0, ()),))
