"""Ages and decades: an age limit or "all ages" against the listing's, and a decade (a vintage
piece's era) against the decades it names."""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.facts_record import memo
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.listing_facts import ListingFacts
from plugin.guardrails.number_rules import _RULE
from plugin.guardrails.quantities import find_quantities

# A decade: "1980s", "the 1980's", "the '80s", "the 80s".
_DECADE = re.compile(r"(?<![\w'’])(?:(?P<century>1[89]|20)|['’]|(?<=the ))(?P<tens>\d)0['’]?s\b")


def _decades(text: str) -> dict[int, tuple[int, int]]:
    """Each decade a text names, as its tens ("1980s", "the '80s": 8), with where it is."""
    return {int(m["tens"]) + (10 * int(m["century"]) if m["century"] else 0): (m.start(), m.end())
            for m in _DECADE.finditer(text)}  # fmt: skip


def _decade_claims(text: str, facts: ListingFacts) -> list[Finding]:
    """A decade (a vintage piece's era, "from the 1970s") the listing gives otherwise: it names
    one or more decades and this is none of them. A listing that names none is not judged."""
    given = memo(facts, "decades", lambda f: {
        d for ln in f.lines if not ln.startswith(("Tag:", "Category:")) for d in _decades(ln)
    })  # fmt: skip
    if not given:
        return []
    out = []
    for decade, (start, end) in _decades(text).items():
        if decade in given or decade % 10 in given or any(decade == g % 10 for g in given):
            continue  # "the '80s" of "1980s"
        line = next((ln for ln in facts.lines if _decades(ln)), "")
        out.append(finding(_RULE, BLOCK, start, end, text[start:end],
                           "is not the decade the listing gives.", "Give the listing's decade.",
                           line))  # fmt: skip
    return out


# "for all ages", "suits any age": no age limit, which a listing that gives one contradicts.
_ALL_AGES = re.compile(r"\b(?:all|any|every)\s+ages?\b", re.IGNORECASE)
_AGE_LIMIT = re.compile(
    r"\bages?\s*:?\s*(?:from\s+)?\d+\s*(?:\+|and (?:up|over|older)|or (?:over|older))"
    r"|\b\d+\s*(?:years?|yrs?)\s*(?:\+|and (?:up|over|older)|or (?:over|older))"
    r"|\b(?:over|under)[\s-]\d+s?\b",
    re.IGNORECASE,
)


def _a_measure(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` has a unit after it that is no span of time."""
    figure = re.search(r"\d[\d.,]*$", text[max(0, end - 12) : end])
    if figure is None:
        return False  # "ages 3 and up", "over 18s": an age's own words end it
    found = find_quantities(text[end - len(figure.group()) : end + 16])
    return bool(found) and found[0].has_unit and "time" not in found[0].kinds


# An age limit as a listing abroad gives it: "ab 10 Jahren", "dès 8 ans", "vanaf 6 jaar".
_AGE_ABROAD = re.compile(
    r"\b(?:ab|à partir de|a partir de|dès|dai|dagli|desde|vanaf|od|fra|från|fran)\s+"
    r"\d+\s*(?:jahren|jahre|ans|anni|años|anos|jaar|lat|år|ar)\b",
    re.IGNORECASE,
)


def _age_claims(
    text: str, facts: ListingFacts, taken: list[tuple[int, int]] | None = None
) -> list[Finding]:
    limit = next(
        (
            m.group()
            for line in facts.lines
            if (m := _AGE_LIMIT.search(line) or _AGE_ABROAD.search(line))
        ),
        "",
    )
    if not limit:
        return []
    line = next(line for line in facts.lines if limit in line)
    out = [
        finding(
            _RULE,
            BLOCK,
            m.start(),
            m.end(),
            m.group(),
            "says there is no age limit; the listing gives one.",
            "Give the listing's ages.",
            line,
        )
        for m in _ALL_AGES.finditer(text)
    ]
    limits = {
        m.group() for ln in facts.lines for r in (_AGE_LIMIT, _AGE_ABROAD) for m in r.finditer(ln)
    }
    ages = {int(n) for said in limits for n in re.findall(r"\d+", said)}
    for m in _AGE_LIMIT.finditer(text):  # "ages 12 and up" of "Ages 16+"
        if any(m.start() < e and s < m.end() for s, e in taken or ()):
            continue  # "under 3 pesos each": a price, not an age
        if _a_measure(text, m.end()):
            continue  # "just under 4 oz": a measure with its unit, not an age
        said = {int(n) for n in re.findall(r"\d+", m.group())}
        if said and not said & ages:
            out.append(
                finding(_RULE, BLOCK, m.start(), m.end(), m.group(),
                        "is not the listing's age limit.", "Give the listing's ages.", line)
            )  # fmt: skip
    return out
