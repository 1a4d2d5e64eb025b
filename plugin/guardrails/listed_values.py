"""Claims about a list the listing gives in full: what it suits ("for oily skin" of "Skin type:
Dry, sensitive"). What it holds ("made with coconut oil" of "Ingredients: …") is
``ingredients``.

A listing that names its skin or hair types has said which they are: a draft's kind outside
that list contradicts it and blocks, with the listing's line as the fact. A listing that gives
no such list cannot be checked this way.
"""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.listing_facts import ListingFacts
from plugin.guardrails.product_nouns import stem

# "for dry, damaged hair", "suits oily skin": the kinds of a thing the product is for.
_FOR_KIND = re.compile(
    r"\b(?:for|suits?|suited to|suitable for)\s+(?P<kinds>(?:[a-z]+(?:,\s*|\s+(?:and|or)\s+|\s+)"
    r"){1,4}?)(?P<thing>skin|hair|scalp|coats?|dogs?|cats?|teeth|nails|feet)\b",
    re.IGNORECASE,
)
_NOT_KINDS = frozenset(
    "all every any most normal a an the your my our their his her its this that these those "
    "healthy happy".split()
)
_COMPOUND_AFTER = re.compile(r"\s+(?:care|types?|colou?rs?|lengths?|lovers?|owners?)\b", re.I)


def check_listed_values(text: str, facts: ListingFacts) -> list[Finding]:
    return _kinds_for(text, facts)


def _kinds_for(text: str, facts: ListingFacts) -> list[Finding]:
    out = []
    for match in _FOR_KIND.finditer(text):
        thing = stem(match.group("thing"))
        line = next((ln for ln in facts.lines if _labels(ln, thing)), "")
        if not line:
            continue
        given = {stem(w) for w in re.findall(r"[a-z]+", line.split(":", 1)[1].lower())}
        said = [w for w in re.findall(r"[a-z]+", match.group("kinds").lower()) if w not in _JOIN]
        if not said or any(w in _NOT_KINDS or w.endswith("ing") for w in said):
            continue  # "for a hair care lover", "for washing hair", "for all skin types"
        if _COMPOUND_AFTER.match(text, match.end()) or all(stem(w) in given for w in said):
            continue
        out.append(unlisted(match.start("kinds"), match.end(), text, line))
    return out


def _labels(line: str, thing: str) -> bool:
    """ "Skin type: …", "Hair: …", "Suitable for: dry skin": a line that says which kinds."""
    label = line.split(":", 1)[0].lower() if ":" in line else ""
    words = [stem(w) for w in re.findall(r"[a-z]+", label)]
    return bool(words) and len(words) <= 3 and words[0] == thing


_JOIN = frozenset("and or".split())


def unlisted(start: int, end: int, text: str, line: str, rule: str = "accuracy.feature") -> Finding:
    """A claimed item the listing's own list (``line``) does not hold: it blocks."""
    return finding(
        rule,
        BLOCK,
        start,
        end,
        text[start:end],
        f"is not in the listing's list (it says: {line}).",
        "Name only what the listing lists, or leave it out.",
        line,
    )
