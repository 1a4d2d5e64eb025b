"""Features the listing denies: "Waterproof: No", "Not waterproof: the mesh drains", "Does it
have a microphone? No, it is a speaker only." A draft that gives the product such a feature
("a waterproof membrane", "the built-in microphone") contradicts the listing and blocks, with
the listing's line as the fact. The draft's own negations ("it isn't waterproof", "no
microphone") and questions pass. Care words ("not dishwasher safe") are the care rule's and
inclusions ("not included") the feature rule's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from plugin.domain import Finding
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.listing_facts import ListingFacts, normalise

# "Waterproof: No", "Microphone: None": a label whose value denies it.
_LABEL_NO = re.compile(r"^(?P<thing>[A-Za-z][\w -]{2,30}):\s*(?:no|none|not available)\b\.?\s*$",
                       re.IGNORECASE)  # fmt: skip
# A finish or coating: denied ("left bare, not enamelled"), it is what the product is made of.
_FINISH = r"enamell?ed|lacquered|varnished|painted|glazed|coated|plated|dyed|bleached|waxed|oiled"
# "Not waterproof", "isn't shatterproof", "not enamelled": an adjective of protection or ability,
# or a finish, denied.
_NOT_ADJECTIVE = re.compile(
    r"\b(?:not|isn't|is not|aren't|are not|never)\s+(?P<thing>[a-z]+[\s-]?(?:proof|resistant|"
    r"repellent|rated|rechargeable|adjustable|foldable|washable|waterproof)|" + _FINISH + r")\b",
    re.IGNORECASE,
)
# "Does it have a microphone? No", "Is it waterproof? No, …": a FAQ that answers no.
_ASKED_NO = re.compile(
    r"\b(?:does|do|is|are|can|will)\s+(?:it|they|this|the (?P<part>\w+))\s+(?:have|has|come with|"
    r"include|be|work as)?\s*(?:a |an |any )?(?P<thing>[a-z][\w -]{2,30}?)\?\s*no\b",
    re.IGNORECASE,
)
_NEGATED_BEFORE = re.compile(
    r"\b(?:no|not|non|without|never|isn't|aren't|doesn't|don't|nor|lacks?|free of|rather than|"
    r"instead of|as opposed to)\b[\w\s-]{0,20}$"
    r"|\bnon-$",
    re.IGNORECASE,
)
_DENIED_AFTER = re.compile(
    r"[\s-]*free\b|\s*[:?]\s*(?:no|none|not)\b"
    r"|s?\s+(?:is\s+|are\s+)?(?:not included|not supplied|sold separately)\b",
    re.IGNORECASE,
)
# A clause of the draft: what one denial of a part ("Is the handle coated? No") can be said of.
_CLAUSE = re.compile(r"[^.;:,!?\n]+")
# Handled by other rules: care words (``care``), inclusion (``features``), options.
_ELSEWHERE = re.compile(
    r"dishwasher|microwave|oven|freezer|wash|dry|iron|bleach|included|assembl", re.IGNORECASE
)


@lru_cache(maxsize=64)
def _denied(lines: tuple[str, ...]) -> tuple[tuple[str, str, str], ...]:
    """(the denied thing, the part it is denied of or "", the listing's line) for each feature
    the listing denies."""
    out = []
    for line in lines:
        found = [_LABEL_NO.match(line)] + list(_NOT_ADJECTIVE.finditer(line))
        found += list(_ASKED_NO.finditer(line))
        for match in filter(None, found):
            thing = normalise(match.group("thing"))
            part = match.groupdict().get("part") or ""
            if thing and not _ELSEWHERE.search(thing):
                out.append((thing, part.lower(), line))
    return tuple(out)


# What wear does to a material, which a draft may promise never happens ("it never rusts") of a
# listing that says it does ("the steel rusts if left wet", round 29).
_WEAR = r"tarnish|rust|corrode|fade|shrink|fray|pill|warp|crack|chip|stain|discolou?r|peel|rot"
_NEVER_WEARS = re.compile(
    r"\b(?:never|won't|will not|doesn't|does not|don't|do not|can't|cannot|can never)\s+"
    rf"(?:ever\s+)?(?P<verb>{_WEAR})(?:s|es)?\b",
    re.IGNORECASE,
)
_WEARS_NEGATED = re.compile(
    r"\b(?:no|not|never|won't|doesn't|don't|cannot|can't|anti|non|nor|without)[\s-]+(?:\w+\s+)?$",
    re.IGNORECASE,
)


_PURPOSE = re.compile(
    r"\b(?:so|or|otherwise|lest|ensure|ensures|make sure)\s+(?:that\s+)?(?:it|they|the\s+\w+)\s+$",
    re.IGNORECASE,
)


def _never_wears(text: str, facts: ListingFacts) -> list[Finding]:
    """ "It never rusts" of "Carbon steel rusts if left wet": the listing says the
    wear happens (the verb, not "-proof", "-resistant" or "-free", and not after a "not")."""
    out = []
    for match in _NEVER_WEARS.finditer(text):
        if _PURPOSE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "dry it so it does not rust": what care prevents, no promise
        verb = match.group("verb").lower()
        said = re.compile(
            rf"\b{verb}(?:s|es|ed|ing)?\b(?![\s-]*(?:proof|resistant|free|resistance)\b)", re.I
        )
        line = next(
            (
                ln
                for ln in facts.lines
                for m in said.finditer(ln)
                if not _WEARS_NEGATED.search(ln[max(0, m.start() - 24) : m.start()])
            ),
            "",
        )
        if line:
            out.append(
                finding(
                    "accuracy.feature",
                    BLOCK,
                    match.start(),
                    match.end(),
                    match.group(),
                    f"contradicts the listing, which says it does ({line}).",
                    "Say what the listing says about its wear, or leave it out.",
                    line,
                )
            )
    return out


def check_denials(text: str, facts: ListingFacts) -> list[Finding]:
    out: list[Finding] = _never_wears(text, facts) if _NEVER_WEARS.search(text) else []
    denied = _denied(tuple(facts.lines))
    if not denied:
        return out
    for thing, part, line in denied:
        words = r"[\s-]".join(re.escape(w) for w in thing.split())
        pattern = re.compile(rf"\b{words}s?\b", re.IGNORECASE)
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 30) : match.start()]
            if _NEGATED_BEFORE.search(before) or _DENIED_AFTER.match(text, match.end()):
                continue  # "not waterproof", "PFAS-free", "Waterproof: No" as the listing says
            if part not in facts.product_words and not _in_clause(text, match.start(), part):
                continue  # "the body is powder-coated" of "Is the handle coated? No"
            out.append(
                finding(
                    "accuracy.material" if re.fullmatch(_FINISH, thing) else "accuracy.feature",
                    BLOCK,
                    match.start(),
                    match.end(),
                    match.group(),
                    f"contradicts the listing, which says the product has no such feature "
                    f"({line}).",
                    "Leave it out: the listing says the product does not have it.",
                    line,
                )
            )
    return out


def _in_clause(text: str, at: int, part: str) -> bool:
    if not part:
        return True
    clause = next((m.group() for m in _CLAUSE.finditer(text) if m.start() <= at < m.end()), "")
    return bool(re.search(rf"\b{re.escape(part)}s?\b", clause, re.IGNORECASE))
