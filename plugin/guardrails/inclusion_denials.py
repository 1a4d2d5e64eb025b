"""An inclusion said against the listing: "batteries included" of the listing's "batteries not
included", "no strap included" of "strap included", and a thing said included that the listing
sells apart ("sold separately")."""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.box_contents import WORD_STOP
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.listing_facts import ListingFacts, normalise

INCLUDED = re.compile(
    r"\b(?P<thing>(?:[A-Za-z0-9][\w-]*\s+){0,2}?[A-Za-z][\w-]*)\s+(?:(?:is|are)\s+)?"
    r"(?P<not>not\s+|n[o']t\s+)?included\b",
    re.IGNORECASE,
)

# What the listing charges for apart: "repairs are quoted separately", "sold separately".
_APART = r"(?:sold|charged|quoted|priced|billed|available) separately"


_SENTENCE = re.compile(r"[.;!?](?:\s|$)")
NO_THING = re.compile(r"(?:no|without)\s", re.IGNORECASE)


def inclusion(match: re.Match[str], facts: ListingFacts) -> Finding | None:
    """ "AA batteries included" against the listing's "AA batteries not included", and the
    other way round."""
    words = [w for w in normalise(match.group("thing")).split() if w not in WORD_STOP]
    if not words:
        return None
    head = words[-1].removesuffix("s")
    # "No spacers included", "without batteries included": a denial, as "not included" is
    negated = bool(match.group("not")) or NO_THING.match(match.group("thing")) is not None
    # the listing's line that names the thing ("2 x AA batteries (not included)") and says
    # the opposite in the same clause
    opposite = rf"\b{re.escape(head)}(?:s|es)?\b[^,;.]*?\b" + (
        r"(?<!not )included" if negated else rf"(?:not included|{_APART})"
    )
    line = next(
        (
            ln
            for ln in facts.lines
            if any(re.search(opposite, normalise(part)) for part in _SENTENCE.split(ln))
        ),
        "",
    )  # in one sentence: "postage is included. Chips are quoted separately" says two things
    if not line or _said_as_claimed(head, negated, facts):
        return None
    lead = re.match(r"(?:(?:the|a|an|its|all)\s+)*", match.group(), re.IGNORECASE)
    start = match.start() + (lead.end() if lead else 0)
    return contradiction(start, match.end(), match.string[start : match.end()], line)


def _said_as_claimed(head: str, negated: bool, facts: ListingFacts) -> bool:
    """The listing also says what the draft does of a thing of that name: "with the clamp
    included; the larger clamp is sold separately" backs "clamp included" (two clamps)."""
    same = rf"\b{re.escape(head)}(?:s|es)?\b[^,;.]*?\b" + (
        rf"(?:not included|{_APART})" if negated else r"(?<!not )included"
    )
    return any(
        re.search(same, normalise(part)) for ln in facts.lines for part in _SENTENCE.split(ln)
    )


def contradiction(start: int, end: int, claim: str, line: str) -> Finding:
    return finding(
        "accuracy.feature",
        BLOCK,
        start,
        end,
        claim,
        f"contradicts the listing (it says: {line}).",
        "Say what the listing says, or leave it out.",
        line,
    )
