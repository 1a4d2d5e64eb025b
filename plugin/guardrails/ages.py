"""Ages the listing rules out: a draft that puts the product in younger hands than the listing
allows ("suitable from birth" of a teether "for babies from 3 months", "safe for infants" of
honey "not for children under 12 months", "for children of all ages" or "a toy for toddlers"
of beads with small parts "not for children under 3") makes a safety claim the listing
contradicts: it blocks, as a health claim, with the listing's line as the fact.

The listing's youngest age and the draft's are read in the shop languages from
``data/ages.json``; a bare number after "under" is years. The draft's own denials pass.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from plugin.domain import Finding
from plugin.guardrails.facts_record import memo
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.listing_facts import ListingFacts

_NEGATED = re.compile(r"\b(?:not|never|no|nor|isn't|nicht|pas|no es|non|niet|nie|ne)\b[^.;:!?]*$",
                      re.IGNORECASE)  # fmt: skip


# A toddler is a child in its second or third year: "for toddlers" is younger than a listing's
# "not under 3", while a listing's "18 months+" takes in most toddlers (so it passes).
_TODDLER_MONTHS = 24


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> tuple[
    re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]
]:
    table = json.loads((Path(__file__).parent / "data" / "ages.json").read_text())
    months, years = _alternatives(table["months"]), _alternatives(table["years"])
    unit = rf"(?:(?P<months>{months})|(?P<years>{years}))"
    number = r"(?P<n>\d{1,2})\s*[-‑]?\s*"
    from_age = re.compile(
        rf"(?:(?<!\w)(?:{_alternatives(table['from'])})\s+|(?<![\w.])(?=\d{{1,2}}\s*\S+\s*\+))"
        rf"{number}{unit}(?!\w)",
        re.IGNORECASE,
    )  # "from 3 months", "3 months +"
    under = re.compile(
        rf"(?<!\w)(?:{_alternatives(table['under'])})\s+{number}(?:{unit})?(?!\w)", re.IGNORECASE
    )
    infant = re.compile(rf"(?<!\w)(?:{_alternatives(table['infant'])})(?!\w)", re.IGNORECASE)
    toddler = re.compile(rf"(?<!\w)(?:{_alternatives(table['toddler'])})(?!\w)", re.IGNORECASE)
    return from_age, under, infant, re.compile(r"[.!?](?:\s|$)"), toddler


# A person of an age: a child, a baby, or an age label ("Age: 3 months +"), in the shop languages.
_CHILD = re.compile(
    r"child|kid|bab|infant|toddler|\bages?\b|kind|enfant|âge|niñ|edad|bambin|età|barn|dzie|"
    r"wiek|dět|věk|lapsi|laps|ålder|alder|leeftijd|alter",
    re.IGNORECASE,
)


def _of_a_child(text: str, at: int) -> bool:
    return bool(_CHILD.search(text, max(0, at - 40), at + 1))


def _months(match: re.Match[str], bare_is_years: bool) -> int:
    n = int(match.group("n"))
    if match.group("months"):
        return n
    return n * 12 if match.group("years") or bare_is_years else -1


def _youngest(facts: ListingFacts) -> tuple[int, str]:
    """The youngest age in months the listing allows and its line's sentence (0 and "" when it
    gives none)."""
    from_age, under, _, end, _ = _patterns()
    best, said = 0, ""
    for line in facts.lines:
        for pattern, bare_is_years in ((from_age, False), (under, True)):
            for match in pattern.finditer(line):
                months = _months(match, bare_is_years)
                if not _of_a_child(line, match.start()):
                    continue  # "under 5 kg", "aged 18 months": not a person's age
                if months > best:
                    start = max((m.end() for m in end.finditer(line, 0, match.start())), default=0)
                    stop = end.search(line, match.end())
                    best, said = months, line[start : stop.end() if stop else len(line)].strip()
    return best, said


def check_ages(text: str, facts: ListingFacts) -> list[Finding]:
    from_age, _, infant, _, toddler = _patterns()
    out = []
    claims = [(m, 0) for m in infant.finditer(text)]
    claims += [(m, _TODDLER_MONTHS) for m in toddler.finditer(text)]  # "for toddlers": from 1
    claims += [
        (m, _months(m, False)) for m in from_age.finditer(text) if _of_a_child(text, m.start())
    ]
    if not claims:
        return []  # the draft gives no age: the listing's is not read
    youngest, line = memo(facts, "ages.youngest", _youngest)
    for match, months in claims:
        if not youngest or months < 0 or months >= youngest:
            continue
        clause = re.split(r"[.;:!?\n>]", text[max(0, match.start() - 60) : match.start()])[-1]
        if _NEGATED.search(clause) or "?" in text[match.end() : match.end() + 40].split(".")[0]:
            continue  # "not from birth", "Is it safe for infants?"
        start = match.start() - len(clause.lstrip())  # the claim from its clause's start
        out.append(
            finding(
                "compliance.health",
                BLOCK,
                start,
                match.end(),
                text[start : match.end()],
                f"puts the product in younger hands than the listing allows (it says: {line}).",
                "Give the age the listing gives, or leave the age out.",
                line,
            )
        )
    return out
