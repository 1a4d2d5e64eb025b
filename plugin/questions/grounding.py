"""Is a worded reply made only of what the facts say? A strict word-level check on top of the
guardrails: every topic word of the reply must come from the retrieved facts or the question, or
be one of a small set of connecting words. A reply that negates, hedges or promises stock, delivery
dates or discounts the facts don't state fails too; the caller then quotes the facts instead."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from plugin.questions.retrieval import STOPWORDS, stem

_WORD = re.compile(r"[A-Za-z0-9]+(?:[.'’][A-Za-z0-9]+)*")
# Words a correct reply may use without a fact saying them.
CONNECTING = frozenset(
    stem(w)
    for w in """yes yeah sure certainly absolutely great good glad happy welcome come comes came
    available offer offered offers option options choose choice choices pick colour colors colour
    color colours size sizes sized price priced cost costs weigh weighs weight measures measure
    measuring dimension dimensions made make includes include included including contain contains
    it's its it’s that's there's we're we you they them their the and or but also both either each
    every per as well currently listed list listing details detail information info product
    products item items store shop team hope helps help question questions asking ask answer
    answers following says say said state states stated shown show shows according approximately
    about around roughly just overall total version versions variant variants style styles model
    type types kind kinds one two three four five in on at with for x by of lbs lb in inches cm mm
    kg g oz""".split()
)
NEGATIONS = re.compile(
    r"\b(?:no|not|never|none|nor|cannot|can't|cant|won't|don't|doesn't|isn't|aren't|unfortunately|"
    r"only|without)\b|n['’]t\b",
    re.IGNORECASE,
)
HEDGES = re.compile(
    r"\b(?:probably|maybe|might|likely|perhaps|i think|i believe|should be|usually|typically|"
    r"generally|guess)\b",
    re.IGNORECASE,
)
PROMISES = re.compile(
    r"\b(?:in stock|out of stock|back in stock|restock\w*|sold out|available now|ships? today|"
    r"arrives?|arriving|deliver(?:ed|y)? (?:by|on|tomorrow|today|before)|by (?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|tomorrow|next week)|guarantee\w*|discount\w*|"
    r"coupon\w*|promo\w*|voucher\w*|\d+\s*% off|for free|refund\w*)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class GroundingProblem:
    start: int
    end: int
    text: str
    reason: str


def grounding_problems(
    reply: str, facts: Sequence[str], question: str, title: str = ""
) -> list[GroundingProblem]:
    """Everything in the reply that the facts don't carry; empty when it is grounded."""
    title_words = {stem(w.lower()) for w in _WORD.findall(title)}
    fact_text = " ".join(facts).lower()
    allowed = {stem(w.lower()) for w in _WORD.findall(fact_text)}
    allowed |= {stem(w.lower()) for w in _WORD.findall(question)}
    problems = []
    for match in _WORD.finditer(reply):
        word = match.group().lower().replace("’", "'")
        if word in STOPWORDS or stem(word) in allowed or stem(word) in CONNECTING:
            continue
        if word in fact_text:
            continue
        problems.append(
            GroundingProblem(match.start(), match.end(), match.group(), "not in the facts")
        )
    problems += _misbound_numbers(reply, facts, title_words)
    for pattern, reason in (
        (NEGATIONS, "a negative the facts don't state"),
        (HEDGES, "a guess"),
        (PROMISES, "a promise the facts don't make"),
    ):
        for match in pattern.finditer(reply):
            if match.group().lower() not in fact_text:
                problems.append(GroundingProblem(match.start(), match.end(), match.group(), reason))
    return sorted(problems, key=lambda p: p.start)


_CLAUSE = re.compile(r"[^,;.!?]+(?:[.](?=\d)[^,;.!?]*)*")
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


# Words that say which kind of fact a number is: "weighs 16" must be a Weight line's 16.
_LABEL_WORDS = {
    "weight": re.compile(r"\b(?:weigh\w*|heavy|lbs?|pounds?|kg|grams?|oz|ounces?)\b", re.I),
    "price": re.compile(r"\$|€|£|\b(?:cost\w*|price\w*|usd|eur|dollars?)\b", re.I),
    "dimensions": re.compile(r"\b(?:dimensions?|measures?|inch\w*|cm|wide|long|tall)\b", re.I),
}
_LABEL_LINES = {
    "weight": {"weight", "variant"},
    "price": {"price", "variant"},
    "dimensions": {"dimensions"},
}


def _labels_named(part: str) -> set[str]:
    found: set[str] = set()
    for label, pattern in _LABEL_WORDS.items():
        if pattern.search(part):
            found |= _LABEL_LINES[label]
    return found


def _misbound_numbers(
    reply: str, facts: Sequence[str], title_words: set[str]
) -> list[GroundingProblem]:
    """A number must sit in one fact line with the values its clause names: "the red one is $15"
    fails when the facts say ``Variant: Red, 20`` and ``Variant: Blue, 15``."""
    lines = [(line.lower(), {stem(w.lower()) for w in _WORD.findall(line)}) for line in facts]
    fact_words = set().union(*(words for _, words in lines)) if lines else set()
    problems = []
    for clause_match in _CLAUSE.finditer(reply):
        offset = clause_match.start()
        for part in _AND.split(clause_match.group()):
            start = reply.find(part, offset)
            offset = start + len(part)
            values = {
                stem(w.lower())
                for w in _WORD.findall(part)
                if not _NUMBER.fullmatch(w)
                and w.lower() not in STOPWORDS
                and stem(w.lower()) in fact_words
                and stem(w.lower()) not in title_words
                and stem(w.lower()) not in CONNECTING
            }
            labels = _labels_named(part)
            for number in _NUMBER.finditer(part):
                holders = [
                    words
                    for text, words in lines
                    if number.group() in _NUMBER.findall(text)
                    and (not labels or text.partition(":")[0].strip() in labels)
                ]
                if not any(values <= words for words in holders):
                    begin = start + number.start()
                    problems.append(
                        GroundingProblem(
                            begin,
                            begin + len(number.group()),
                            number.group(),
                            "a number the facts give for something else",
                        )
                    )
    return problems


def uses_support(reply: str, support: Sequence[str], question: str, title: str = "") -> bool:
    """Whether the reply carries something from the facts that answer the question: a word of
    theirs that the question and the product's name don't already contain. A grounded reply
    can still miss the point ("The hoodie is in the hoodie category." to "What colour is it?")."""
    given = {stem(w.lower()) for w in _WORD.findall(f"{question} {title}")}
    answer_words = {
        stem(w.lower())
        for text in support
        for w in _WORD.findall(text.split(":", 1)[-1])
        if w.lower() not in STOPWORDS
    } - given
    if not answer_words:
        return True
    return any(stem(w.lower()) in answer_words for w in _WORD.findall(reply))
