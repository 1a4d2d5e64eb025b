"""Whether the listing backs a comparison ("half the force", "twice as much potash as nitrogen",
"17% less than buying each piece", "more than three times as long").

A comparison is backed when the listing says it with a verb or adverb of the same factor ("the
lever halves the force you need" backs "half the force") and the draft compares something the
listing names, or when two figures the listing gives side by side make the factor: two numbers
of one attribute line that the draft's sentence is about ("NPK: 4-2-8" makes potash twice
nitrogen when the sentence gives "4-2-8"; "Runtime: 3 h on high, 10 h on low" makes low more
than three times as long) or two of its prices ("£38", compare at "£46" is 17% less). The
description's figures are not paired: a long text holds any ratio.
"""

from __future__ import annotations

import re
from itertools import permutations

from plugin.guardrails.claims import Claim
from plugin.guardrails.listing_facts import ListingFacts
from plugin.guardrails.quantities import NUMBER_WORDS

# The verbs that say a factor, by factor ("half" or "twice" alone may be said of anything).
_SAID = {
    0.5: ("halves", "halved", "halving"),
    2.0: ("doubles", "doubled", "doubling"),
    3.0: ("triples", "tripled", "tripling"),
}
_FACTOR = re.compile(r"(?P<n>\d+(?:\.\d+)?|[a-z]+)\s*(?:x|×|times)?", re.IGNORECASE)
_WORDS = {"twice": 2.0, "double": 2.0, "triple": 3.0, "half": 0.5}
_LOWER = frozenset("less fewer lighter smaller cheaper shorter slower thinner quieter".split())
_HEDGED = re.compile(
    r"(?:more than|over|almost|nearly|about|around|roughly|close to|just under|just over)\s+$",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_SKIP = frozenset("the as than of more less with".split())
TOLERANCE = 0.05
HEDGED_TOLERANCE = 0.15
PERCENT_POINTS = 1.5


def backed(claim: Claim, text: str, facts: ListingFacts) -> bool:
    factor = _factor(str(claim.value))
    if factor is None:
        return False
    hedged = bool(_HEDGED.search(text[max(0, claim.start - 16) : claim.start]))
    sentence = _sentence(text, claim.start)
    if str(claim.value).strip().endswith("%"):
        return _percent_backed(factor, claim.about, hedged, sentence, facts)
    return _said(factor, claim, text, facts) or _ratio_backed(factor, hedged, sentence, facts)


def _factor(value: str) -> float | None:
    value = value.strip().lower()
    if value.endswith("%"):
        return float(value.rstrip("%").strip())
    if value in _WORDS:
        return _WORDS[value]
    match = _FACTOR.match(value)
    if not match:
        return None
    token = match.group("n")
    if token.replace(".", "", 1).isdigit():
        return float(token)
    number = NUMBER_WORDS.get(token)
    return float(number) if number is not None else None


def _said(factor: float, claim: Claim, text: str, facts: ListingFacts) -> bool:
    forms = _SAID.get(factor, ())
    padded = f" {facts.normal} "
    if not any(f" {form} " in padded for form in forms):
        return False
    after = text[claim.end : claim.end + 30].split()[:1]
    words = [w.lower().strip(".,;:") for w in claim.text.split()[1:] + after]
    return any(w in facts.words for w in words if len(w) > 3 and w not in _SKIP)


def _pairs(sentence: str, facts: ListingFacts) -> list[tuple[float, float]]:
    """Pairs of the listing's prices, and of the numbers of each attribute line the draft's
    sentence is about: it shares a word with the line or repeats two of its numbers."""
    said = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", sentence)} - _SKIP
    said_numbers = set(_NUMBER.findall(sentence))
    groups = [[float(p) for p in facts.prices]]
    for line in facts.lines:
        if ":" not in line or line.startswith(_NOT_PAIRED):
            continue
        numbers = _NUMBER.findall(line.split(":", 1)[1])
        words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", line)}
        if words & said or len(said_numbers & set(numbers)) >= 2:
            groups.append([float(n.replace(",", ".")) for n in numbers])
    return [(a, b) for group in groups for a, b in permutations(group, 2) if a > 0 and b > 0]


_NOT_PAIRED = ("Description:", "SEO:", "FAQ:", "Title:")
_SENTENCE = re.compile(r"[^.!?\n]+")


def _sentence(text: str, at: int) -> str:
    return next((m.group() for m in _SENTENCE.finditer(text) if m.start() <= at < m.end()), "")


def _ratio_backed(factor: float, hedged: bool, sentence: str, facts: ListingFacts) -> bool:
    slack = HEDGED_TOLERANCE if hedged else TOLERANCE
    return any(abs(a / b - factor) <= slack * factor for a, b in _pairs(sentence, facts))


def _percent_backed(
    percent: float, comparative: str, hedged: bool, sentence: str, facts: ListingFacts
) -> bool:
    slack = PERCENT_POINTS * (2 if hedged else 1)
    lower = comparative.lower() in _LOWER
    for big, small in _pairs(sentence, facts):
        if big <= small:
            continue
        share = (big - small) / (big if lower else small) * 100
        if abs(share - percent) <= slack:
            return True
    return False
