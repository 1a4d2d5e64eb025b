"""Which hand a product is for, as a typed claim (round 34): a draft that says a tool suits the
left hand ("for left- and right-handed users", "ambidextrous", "left-handed") when the listing
makes it for the right hand only, or the other way round, contradicts the listing. Only a
listing that names a hand is read; one that names none leaves the claim to the other checks."""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.facts_record import ListingFacts, memo
from plugin.guardrails.findings import BLOCK, finding

_HAND = r"(?:left|right)"
_HANDED = r"(?:[- ]?hand(?:ed|ers?))"  # "right-handed", not "the right-hand pocket"
# "left- or right-handed", "right and left hand", "left/right-handed": both hands.
_BOTH = re.compile(
    rf"\b{_HAND}{_HANDED}?-?\s*(?:or|and|/|&)\s*{_HAND}{_HANDED}\b"
    r"|\bambidextrous\b|\beither hand\b|\bwhichever hand\b",
    re.IGNORECASE,
)
_ONE = re.compile(rf"\b(?P<hand>{_HAND}){_HANDED}\b", re.IGNORECASE)
# "I play left-handed": a shopper's own hand, said in a question's lead-in, claims nothing.
_SHOPPER = re.compile(r"\b(?:I|I'm|I am|my)\b")
_DENIED = re.compile(r"\b(?:not|no|never|isn't|aren't|nor|without)\b[^.;!?]*$", re.IGNORECASE)


def _hands_in(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end, hands) of each hand a text says a product is for, a denied one left out."""
    out: list[tuple[int, int, frozenset[str]]] = []
    taken: list[tuple[int, int]] = []
    for match in _BOTH.finditer(text):
        out.append((match.start(), match.end(), frozenset({"left", "right"})))
        taken.append(match.span())
    for match in _ONE.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        out.append((match.start(), match.end(), frozenset({match["hand"].lower()})))
    clause = re.compile(r"[.;!?\n]")
    kept = []
    for start, end, hands in out:
        before = clause.split(text[max(0, start - 60) : start])[-1]
        if not _DENIED.search(before) and not _SHOPPER.search(before):
            kept.append((start, end, hands))
    return kept


def _listing_hands(facts: ListingFacts) -> tuple[frozenset[str], str]:
    hands: set[str] = set()
    said = ""
    for line in facts.lines:
        for _, _, found in _hands_in(line):
            hands |= found
            said = said or line
    return frozenset(hands), said


def check_handedness(text: str, facts: ListingFacts) -> list[Finding]:
    listed, line = memo(facts, "handedness", _listing_hands)
    if not listed or len(listed) == 2:
        return []
    out = []
    for start, end, hands in _hands_in(text):
        if hands <= listed:
            continue
        other = ", ".join(sorted(listed))
        out.append(
            finding(
                "accuracy.feature",
                BLOCK,
                start,
                end,
                text[start:end],
                f"is not the hand the listing makes it for ({other}-handed only).",
                "Say which hand it is for as the listing does.",
                line,
            )
        )
    return out
