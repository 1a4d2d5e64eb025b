"""A grade or designation number a draft gives beside a word that the listing gives with other
numbers (round 28): "fires at cone 10" of a clay "fired between cone 5 and cone 7" ("Firing:
cone 5-7"), "a grade 3 cloth" of "grade 1". The listing names that word only with its own
numbers, so another number beside it is not the product's: ``accuracy.number``, blocking. A
number the listing gives beside the word, or within a range it gives there ("cone 6" of "cone
5-7"), passes; so does a word the listing never writes beside a number.
"""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.facts_record import memo
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.listing_facts import ListingFacts
from plugin.guardrails.money import CURRENCY_CODES

# "cone 10", "grade 3": a word, then a bare whole number that no unit, fraction or decimal follows
_PAIR = re.compile(
    r"(?<![\w-])(?P<word>[^\W\d_]{3,})[ \t]*:?[ \t]*(?P<low>\d{1,4})"
    r"(?:[ \t]*(?:-|–|to|and|or)[ \t]*(?:(?P=word)[ \t]*)?(?P<high>\d{1,4}))?"
    r"(?![\w.,/]?\d|[ \t]*(?:%|°|[^\W\d_]))",
    re.IGNORECASE,
)
# Words whose number counts or orders the text rather than naming a grade of the product.
_NOT_GRADES = frozenset(
    "and or the for with from over under about only each per than to of in on at by up "
    "step steps page pages day days week weeks month months year years item items part parts "
    "piece pieces pack set sets size sizes model models number no table chapter level levels "
    "room rooms aged age ages plus version".split()
)


def _graded(facts: ListingFacts) -> dict[str, list[tuple[int, int]]]:
    """Each word the listing writes before a number, with the numbers (or ranges) it gives."""
    out: dict[str, list[tuple[int, int]]] = {}
    for line in facts.lines:
        for match in _PAIR.finditer(line):
            word = match.group("word").lower()
            if word in _NOT_GRADES or word.upper() in CURRENCY_CODES:
                continue  # "CHF 275" is a price
            low = int(match.group("low"))
            high = int(match.group("high")) if match.group("high") else low
            out.setdefault(word, []).append((min(low, high), max(low, high)))
    return out


def check_designations(text: str, facts: ListingFacts) -> list[Finding]:
    graded = memo(facts, "graded_words", _graded)
    if not graded:
        return []
    out = []
    for match in _PAIR.finditer(text):
        word = match.group("word").lower()
        given = graded.get(word)
        if not given or match.group("high"):
            continue
        value = int(match.group("low"))
        if any(low <= value <= high for low, high in given):
            continue
        shown = ", ".join(f"{low}" if low == high else f"{low}-{high}" for low, high in given)
        out.append(
            finding(
                "accuracy.number",
                BLOCK,
                match.start(),
                match.end(),
                match.group(),
                f"is not the listing's {word} (it gives {word} {shown}).",
                "Give the number the listing gives.",
            )  # fmt: skip
        )
    return out
