"""Where a product may be used, indoors or outdoors, as a typed claim (round 35): a listing that
keeps it to one side ("Indoor use only", "For outdoor use only", "Not for outdoor use") is
contradicted by a draft that puts it on the other ("weatherproof for the garden" aside, only the
words themselves: "use it outdoors", "indoor and outdoor"). A listing that names
neither side, or both, leaves the claim to the other checks; the draft's own denials ("not for
outdoor use") and questions pass."""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.facts_record import ListingFacts, memo
from plugin.guardrails.findings import BLOCK, finding

_SIDE = r"(indoor|outdoor)s?"
# "Indoor use only", "for outdoor use only", "only for indoor use", "suitable for indoor use
# only": one side, said with "only".
_ONLY = re.compile(
    rf"\b{_SIDE}(?:\s+use)?\s+only\b|\bonly\s+(?:for\s+|to\s+be\s+used\s+)?{_SIDE}\b",
    re.IGNORECASE,
)
_NOT_FOR = re.compile(
    r"\bnot\s+(?:for|suitable\s+for|intended\s+for|to\s+be\s+used)\s+(?P<side>indoor|outdoor)s?",
    re.IGNORECASE,
)
_OTHER = {"indoor": "outdoor", "outdoor": "indoor"}
_SAID = re.compile(r"\b(?:indoor|outdoor)s?\b(?:-\w+)?", re.IGNORECASE)
_DENIED = re.compile(r"\b(?:not|no|never|isn't|aren't|nor|without|only)\b[^.;!?]*$", re.IGNORECASE)


def _listing_side(facts: ListingFacts) -> tuple[str, str]:
    """(the one side the listing keeps the product to, or "", the line that says so)."""
    sides: set[str] = set()
    said = ""
    for line in facts.lines:
        for match in _ONLY.finditer(line):
            side = next(g for g in match.groups() if g)
            sides.add(side.lower())
            said = said or line
        for match in _NOT_FOR.finditer(line):
            sides.add(_OTHER[match["side"].lower()])
            said = said or line
    return (next(iter(sides)), said) if len(sides) == 1 else ("", "")


def check_indoor_outdoor(text: str, facts: ListingFacts) -> list[Finding]:
    side, line = memo(facts, "indoor_outdoor", _listing_side)
    if not side:
        return []
    other = _OTHER[side]
    out = []
    clause = re.compile(r"[.;!?\n]")
    for match in _SAID.finditer(text):
        if not match.group().lower().startswith(other):
            continue
        before = clause.split(text[max(0, match.start() - 60) : match.start()])[-1]
        after = clause.split(text[match.end() : match.end() + 80])[0]
        ends = text[match.end() + len(after) : match.end() + len(after) + 1]
        if _DENIED.search(before) or ends == "?":
            continue
        out.append(
            finding(
                "accuracy.feature",
                BLOCK,
                match.start(),
                match.end(),
                match.group(),
                f"puts the product {other}s; the listing keeps it to {side} use.",
                f"Say it is for {side} use, as the listing does.",
                line,
            )
        )
    return out
