"""Values of one property that exclude each other (round 42): whole beans or ground coffee,
salted or unsalted, lined or plain pages, roof or porro prisms, the number of a kite's lines,
raw or pasteurised milk, batteries, a rechargeable cell or the mains. A draft that gives one
value of a listing that gives another of the same property, and never the draft's, contradicts
it and blocks as a feature ("dotted pages" of a notebook with plain ones). The groups, in
English and some shop languages, are data (``data/feature_opposites.json``); a value the draft
denies ("not salted") passes, and one whose property a listing never gives is left to the other
checks.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from plugin.domain import Finding
from plugin.guardrails.facts_record import ListingFacts, memo
from plugin.guardrails.findings import BLOCK, finding

_NEGATED = re.compile(
    r"\b(?:not|never|no|nor|rather than|instead of|isn't|aren't)\s+(?:[\w-]+\s+){0,2}$", re.I
)
_SENTENCE = re.compile(r"[^.!?;\n]+")


@dataclass(frozen=True)
class _Group:
    name: str
    context: re.Pattern[str] | None
    values: tuple[re.Pattern[str], ...]


@cache
def _groups() -> tuple[_Group, ...]:
    path = Path(__file__).parent / "data" / "feature_opposites.json"
    table = json.loads(path.read_text("utf-8"))
    return tuple(
        _Group(
            group["property"],
            re.compile(group["context"], re.IGNORECASE) if group.get("context") else None,
            tuple(
                re.compile(r"(?<![\w-])(?:" + "|".join(value) + r")(?!\w)", re.IGNORECASE)
                for value in group["values"]
            ),
        )
        for group in table["groups"]
    )


def _said(group: _Group, value: re.Pattern[str], line: str) -> bool:
    return bool(value.search(line)) and (group.context is None or bool(group.context.search(line)))


def _listing_values(facts: ListingFacts) -> dict[str, tuple[set[int], str]]:
    """For each property the listing gives: which of its values, and the line of the first."""
    out: dict[str, tuple[set[int], str]] = {}
    for group in _groups():
        given: set[int] = set()
        first = ""
        for line in facts.lines:
            for i, value in enumerate(group.values):
                if _said(group, value, line):
                    given.add(i)
                    first = first or line
        if given:
            out[group.name] = (given, first)
    return out


def check_feature_opposites(text: str, facts: ListingFacts) -> list[Finding]:
    listing = memo(facts, "feature_opposites.listing", _listing_values)
    if not listing:
        return []
    out: list[Finding] = []
    for group in _groups():
        if group.name not in listing:
            continue
        given, line = listing[group.name]
        for sentence in _SENTENCE.finditer(text):
            if group.context and not group.context.search(sentence.group()):
                continue
            for i, value in enumerate(group.values):
                if i in given:
                    continue
                for match in value.finditer(text, sentence.start(), sentence.end()):
                    before = text[max(sentence.start(), match.start() - 30) : match.start()]
                    if _NEGATED.search(before) or facts.supports(match.group()):
                        continue
                    out.append(
                        finding(
                            "accuracy.feature",
                            BLOCK,
                            match.start(),
                            match.end(),
                            match.group(),
                            f"contradicts the listing's {group.name} ({line}).",
                            f"Give the {group.name} as the listing does, or leave it out.",
                            line,
                        )
                    )
    return out
