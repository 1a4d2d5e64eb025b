"""Paper sizes of ISO 216 ("A4", "B5") said of the product: a size the listing does not give.

A paper size reads as one only beside a word of size or paper ("in A4", "sized A3", "an A5
sheet") or alone after "is" at a sentence's end ("It is B5.", round 42), not as a name that
happens to share its letters ("A2 milk"). One the listing gives is its own; another blocks when
the listing gives a paper size, with that line as the fact, and warns, saying so, when it gives
none.
"""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.findings import BLOCK, WARN, finding
from plugin.guardrails.listing_facts import ListingFacts

_SIZE = r"[ABC](?:10|[0-9])"
_SAID = re.compile(
    rf"\b(?:(?i:in|sized|size|format|an?)\s+(?P<after>{_SIZE})\b"
    rf"|(?i:is|are)\s+(?P<alone>{_SIZE})(?=\s*(?:[.,;!?\"]|$))"
    rf"|(?P<before>{_SIZE})(?=[\s-]+(?i:paper|sheets?|prints?|posters?|pads?|notebooks?|"
    r"journals?|size|format|frames?)\b))"
)
_GIVEN = re.compile(rf"\b{_SIZE}\b")


def check_paper_sizes(text: str, facts: ListingFacts) -> list[Finding]:
    given = {m.group() for ln in facts.lines for m in _GIVEN.finditer(ln)}
    line = next((ln for ln in facts.lines if _GIVEN.search(ln)), "")
    out = []
    for match in _SAID.finditer(text):
        group = next(g for g in ("after", "alone", "before") if match.group(g))
        size = match.group(group)
        if size in given:
            continue
        said = f"it says: {line}" if line else "it gives no paper size to confirm it"
        out.append(
            finding(
                "accuracy.size",
                BLOCK if line else WARN,
                match.start(group),
                match.end(group),
                size,
                f"is not a size the listing gives ({said}).",
                "Give only the sizes the listing gives.",
                line or "The listing gives no paper size.",
            )
        )
    return out
