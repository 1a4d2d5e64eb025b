"""Feature claims that the listing states the opposite of: what is in the box ("batteries
included" when the listing says "batteries not included") and assembly ("flat-packed" when it
is "delivered fully assembled"). An invented feature the listing is silent on is the use rule's
(``identity``); these contradict a stated fact, so they block.
"""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.listing_facts import ListingFacts, normalise

_INCLUDED = re.compile(
    r"\b(?P<thing>(?:[A-Za-z0-9][\w-]*\s+){0,2}?[A-Za-z][\w-]*)\s+(?:(?:is|are)\s+)?"
    r"(?P<not>not\s+|n[o']t\s+)?included\b",
    re.IGNORECASE,
)
_WORD_STOP = frozenset("the a an and with its it they all everything also".split())
# Assembly: what the draft says against what the listing says.
_NEEDS_ASSEMBLY = re.compile(
    r"\b(?:flat[\s-]?pack(?:ed)?|self[\s-]assembly|(?:requires|needs|some|easy|simple|quick|"
    r"home)\s+assembly|assembly (?:is )?required|assemble it yourself|easy to assemble)\b",
    re.IGNORECASE,
)
_ASSEMBLED = re.compile(
    r"\b(?:fully|ready|pre)[\s-]?assembled|no assembly(?: (?:is )?(?:required|needed))?|"
    r"arrives assembled|delivered assembled\b",
    re.IGNORECASE,
)


def check_features(text: str, facts: ListingFacts) -> list[Finding]:
    low = text.lower()
    out: list[Finding] = []
    if "included" in low:
        out += [f for m in _INCLUDED.finditer(text) if (f := _inclusion(m, facts))]
    if "assembl" not in low and "flat" not in low:
        return out
    listing = "\n".join(facts.lines)
    for claim, against in ((_NEEDS_ASSEMBLY, _ASSEMBLED), (_ASSEMBLED, _NEEDS_ASSEMBLY)):
        said = against.search(listing)
        if not said or claim.search(listing):
            continue
        for match in claim.finditer(text):
            line = next((ln for ln in facts.lines if against.search(ln)), "")
            out.append(_finding(match.start(), match.end(), match.group(), line))
    return out


def _inclusion(match: re.Match[str], facts: ListingFacts) -> Finding | None:
    """ "AA batteries included" against the listing's "AA batteries not included", and the
    other way round."""
    words = [w for w in normalise(match.group("thing")).split() if w not in _WORD_STOP]
    if not words:
        return None
    head = words[-1].removesuffix("s")
    negated = bool(match.group("not"))
    # the listing's line that names the thing ("2 x AA batteries (not included)") and says
    # the opposite in the same clause
    opposite = rf"\b{re.escape(head)}(?:s|es)?\b[^,;.]*?\b" + (
        r"(?<!not )included" if negated else r"not included"
    )
    line = next((ln for ln in facts.lines if re.search(opposite, normalise(ln))), "")
    if not line:
        return None
    lead = re.match(r"(?:(?:the|a|an|its|all)\s+)*", match.group(), re.IGNORECASE)
    start = match.start() + (lead.end() if lead else 0)
    return _finding(start, match.end(), match.string[start : match.end()], line)


def _finding(start: int, end: int, claim: str, line: str) -> Finding:
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
