"""A sentence that denies a combination makes no claim about it (round 33).

"The lamp does not come in White / 5 m." names "5 m" because the shopper asked for it, not
because the listing says the lamp has it: a figure inside such a denial is checked by no
figure rule (the sentences after it, "With White it comes in 1 m.", are claims and are
checked as usual). The denials are those the question replies write in the shop languages,
and the plain English forms of "not sold / available in".
"""

from __future__ import annotations

import re

_DENIAL = re.compile(
    r"\b(?:does not|doesn't|do not|don't) come in\b|"
    r"\b(?:is|are) not (?:available|sold|offered|made) (?:in|as)\b|"
    r"\b(?:isn't|aren't) (?:available|sold|offered|made) (?:in|as)\b|"
    r"\bgibt es nicht in\b|\bn'existe pas en\b|\bno est[áa] disponible en\b|"
    r"\bnon [èe] disponibile in\b|\bis niet verkrijgbaar in\b|\bn[ãa]o est[áa] dispon[íi]vel em\b|"
    r"\bfinns inte som\b|\bf[åa]s ikke som\b|\bei ole saatavana yhdistelm[äa]n[äa]\b|"
    r"\bnie jest dost[ęe]pn\w* w wariancie\b|\bnen[íi] k dispozici ve variant[ěe]\b",
    re.IGNORECASE,
)
# the end of a sentence: a full stop, "!" or "?" before a space or the end ("2.5 mm" is none)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def denied_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` from a denial of a combination to the end of its sentence."""
    spans = []
    for match in _DENIAL.finditer(text):
        end = _SENTENCE_END.search(text, match.end())
        spans.append((match.start(), end.start() if end else len(text)))
    return spans
