"""A thing the draft gives the product with a bare "with" that the listing says is not included:
"a kayak with a free paddle", "two rollers with spindles fitted" of a listing that says "the
paddle is not included", "spindles not included" (round 55).

Only "with" right after the product's own noun is read this way ("a kayak with …"): there it says
what the product has or comes with; after a verb ("inflate it with a pump") it says what the
buyer uses, which the listing may well sell apart."""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.box_contents import head_noun
from plugin.guardrails.inclusion_claims import denied_inclusion
from plugin.guardrails.listing_facts import ListingFacts
from plugin.guardrails.product_nouns import stem

_NOUN_WITH = re.compile(r"\b(?P<noun>[A-Za-z][\w-]*)[ \t]+with[ \t]+(?P<what>[^.;:!?()\n<]{2,80})")
# the list after "with" ends at a new clause: "…, so", "… that", "… and it"
_END = re.compile(
    r"\s+(?:so|that|which|who|while|when|if|because|for|to|on|at|from)\b|\s+-\s"
    r"|,\s+(?:and|but)\s+(?:the|its|it|this|they|there|you)\b|,",
    re.IGNORECASE,
)
_ITEM = re.compile(r"\s+(?:and|or|plus|&)\s+", re.IGNORECASE)
# the draft itself says the thing does not come with it: "with a pump (sold separately)"
_DRAFT_DENIES = re.compile(
    r"^[^.;]{0,40}?(?:not included|sold separately|not supplied|bought separately)", re.I
)


def denied_parts(text: str, facts: ListingFacts, taken: list[Finding]) -> list[Finding]:
    """Things after "<the product's noun> with" that the listing says are not included."""
    if " with " not in text.lower() or not facts.kinds:
        return []
    kinds = {stem(kind.split()[-1]) for kind in facts.kinds if kind.split()}
    out: list[Finding] = []
    for match in _NOUN_WITH.finditer(text):
        if stem(match.group("noun").lower()) not in kinds:
            continue
        what = _END.split(match.group("what"))[0]
        if _DRAFT_DENIES.search(text[match.start("what") + len(what) :]):
            continue
        pos = 0
        for piece in _ITEM.split(what):
            offset = what.index(piece, pos)
            pos = offset + len(piece)
            head = head_noun(piece)
            if not head or not _said_not_included(head, facts):
                continue
            at = match.start("what") + offset
            if any(f.start <= at < f.end or at <= f.start < at + len(piece) for f in taken):
                continue
            out.append(denied_inclusion(text, at, piece, facts, head))
    return out


def _said_not_included(head: str, facts: ListingFacts) -> bool:
    """A line of the listing says the thing itself is not included, the words next to each
    other ("the paddle is not included", "spindles (not included)"); not a thing named earlier
    in the clause than another that is ("a quartz movement, AA battery not included")."""
    said = re.compile(
        rf"\b{re.escape(head)}(?:s|es)?\s*\(?(?:(?:is|are)\s+)?not\s+included", re.IGNORECASE
    )
    if not any(said.search(line) for line in facts.lines):
        return False
    # the listing gives the thing elsewhere ("a carbide blade"; "a spare blade is not
    # included"): the product has one, and the one not included is another
    named = re.compile(rf"\b{re.escape(head)}(?:s|es)?\b", re.IGNORECASE)
    return not any(
        named.search(part) and "not included" not in part.lower()
        for line in facts.lines
        for part in re.split(r"[.;!?](?:\s|$)", line)
    )
