"""A town named in the listing's own script, against another town the draft names in that
script (round 36): a listing in Thai made in "เชียงใหม่" and a draft in Thai that says "from
ลำปาง". The names come from GeoNames (``towns``), the draft's only among the towns of the
countries of the listing's towns; a name the listing also writes is its own."""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.facts_record import ListingFacts, memo
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.quantities import UNSPACED
from plugin.guardrails.towns import countries_of_towns, towns_in_text, towns_of_country

_UNSPACED = re.compile(f"[{UNSPACED}]")
# A letter of a script other than Latin (Greek, Cyrillic, Thai, Devanagari, Hangul, kana …).
_NON_LATIN = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


def _listed(facts: ListingFacts) -> dict[int, str]:
    text = "\n".join(facts.lines)
    return towns_in_text(text, _UNSPACED) if _NON_LATIN.search(text) else {}


def check_script_towns(text: str, facts: ListingFacts) -> list[Finding]:
    if not _NON_LATIN.search(text):
        return []
    listed = memo(facts, "script_towns.listed", _listed)
    if not listed:
        return []
    among = frozenset().union(*(towns_of_country(c) for c in countries_of_towns(frozenset(listed))))
    listing_text = "\n".join(facts.lines).casefold()
    names = set(listed.values())
    folded = text.casefold()
    out = []
    for town, name in towns_in_text(text, _UNSPACED, among).items():
        at = folded.find(name)
        if town in listed or name in listing_text or at < 0:
            continue
        line = next((ln for ln in facts.lines if any(n in ln.casefold() for n in names)), "")
        out.append(
            finding(
                "accuracy.origin",
                BLOCK,
                at,
                at + len(name),
                text[at : at + len(name)],
                "is a town the listing does not name" + (f" (it says: {line})." if line else "."),
                "Name the town the listing gives, or leave it out.",
                line,
            )
        )
    return out
