"""A material finding's span widened to the whole claim the draft makes with it (round 37).

A material is found by its name ("walnut"), but the draft claims it with the words around it: a
share ("100 % wool"), a grade or a treatment before it ("solid oak", "oiled teak"), the other
half of a blend ("hemp-cotton blend", "blended with cashmere"). The finding covers those words
too, so that the span a writer is shown is the claim to change, not one word of it.
"""

from __future__ import annotations

import dataclasses
import re

from plugin.domain import Finding

_RULES = frozenset({"accuracy.material"})
# Words before the name that are part of its claim: a share, a grade, a treatment in -ed,
# "blended with".
_BEFORE = re.compile(
    r"(?:\b\d{1,3}(?:[.,]\d+)?\s?%\s+|\b(?:pure|solid|genuine|real)\s+|\b[a-z]{3,}ed\s+"
    r"|\bblended\s+with\s+)$",
    re.IGNORECASE,
)
# The other half of a blend written before it: "hemp-" of "hemp-cotton blend".
_HALF = re.compile(r"\b[a-z]{3,}-$", re.IGNORECASE)
# Words after it: "… blend", "-cotton blend".
_AFTER = re.compile(r"^(?:-[a-z]{3,})?\s+blend\b", re.IGNORECASE)
# Participles in -ed that say what the thing is used for or how it is sold, not the material.
_NOT_CLAIMED = frozenset("used need needed called named priced sized shaped styled".split())


def widen_material_spans(findings: list[Finding], text: str) -> list[Finding]:
    """``findings`` with each material finding's span taking in its share, grade, treatment
    and blend; other findings as they are."""
    return [_widened(item, text) if item.rule in _RULES else item for item in findings]


def _widened(item: Finding, text: str) -> Finding:
    start, end = item.start, item.end
    before = _BEFORE.search(text[max(0, start - 24) : start])
    if before and before.group().split()[0].lower().rstrip("-") not in _NOT_CLAIMED:
        start -= len(before.group())
    after = _AFTER.match(text[end : end + 24])
    if after:
        end += after.end()
        half = _HALF.search(text[max(0, start - 24) : start])
        start -= len(half.group()) if half else 0
    if (start, end) == (item.start, item.end):
        return item
    return dataclasses.replace(item, start=start, end=end)
