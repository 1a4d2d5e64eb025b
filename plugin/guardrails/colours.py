"""Colour claims: colour words, checked against the listing's colours (families: navy is blue),
and colour ranges ("available in a variety of colours"), checked against how many it offers.

A colour the listing does not give blocks when it has colours (a shopper would order it); on a
listing that names no colour it warns, saying that fact is missing. A range of colours on a
single-colour listing blocks; on a two-colour listing it is an exaggeration and warns.
"""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.claims import Claim
from plugin.guardrails.findings import BLOCK, WARN, finding
from plugin.guardrails.listing_facts import ListingFacts
from plugin.guardrails.vocabulary import AMBIGUOUS_COLOURS, COLOURS, NOT_A_COLOUR_AFTER

_CONTEXT_AFTER = re.compile(
    r"^[\s-]+(?:colou?r|colou?rway|finish|hue|shade|tone|glaze|and|or|/)\b|^\s*/", re.I
)
_CONTEXT_BEFORE = re.compile(r"\b(?:in|and|or|,|/)\s*$", re.I)
_RANGE = re.compile(
    r"\b(?:(?:a |an )?(?:wide |whole |broad |huge |full |great |fun )?"
    r"(?:variety|range|choice|selection|array|assortment|spectrum|rainbow|palette|host|mix) of "
    r"(?:\w+ )?|(?:many|multiple|several|various|numerous|lots of|different|assorted|all the|"
    r"a dozen|countless|endless|so many) (?:\w+ )?)"
    r"(?:colou?rs|colou?rways|shades|hues|tones|finishes)\b"
    r"|\bevery colou?r\b|\bcolou?rs? to (?:suit|match) (?:every|any)\b",
    re.IGNORECASE,
)


def colour_claims(text: str) -> list[Claim]:
    out = [Claim("colour_range", m.start(), m.end(), m.group()) for m in _RANGE.finditer(text)]
    for start, end, term in COLOURS.find(text):
        claim = text[start:end]
        after = text[end : end + 24]
        next_word = after.split()[0].strip(".,;:!").lower() if after.split() else ""
        if next_word in NOT_A_COLOUR_AFTER:
            continue
        if claim.lower() in AMBIGUOUS_COLOURS and not (
            _CONTEXT_AFTER.match(after) or _CONTEXT_BEFORE.search(text[max(0, start - 6) : start])
        ):
            continue
        out.append(Claim("colour", start, end, claim, term.name))
    return out


def colour_count(facts: ListingFacts) -> int:
    """How many colours the listing offers: its colour option's values, else its colour words."""
    listed = facts.lists.get("colour")
    return max(listed) if listed else len(facts.colours)


def check_colours(text: str, facts: ListingFacts) -> list[Finding]:
    out = []
    for claim in colour_claims(text):
        if claim.kind == "colour_range":
            count = colour_count(facts)
            if count >= 3 or facts.supports(claim.text):
                continue
            line = (
                facts.line_with("colour")
                or facts.line_with("color")
                or next(iter(facts.colours.values()), "")
            )
            out.append(
                finding(
                    "accuracy.colour",
                    BLOCK if count == 1 else WARN,
                    claim.start,
                    claim.end,
                    claim.text,
                    f"says there are many colours; the listing offers {count or 'no'} "
                    f"colour{'' if count == 1 else 's'}.",
                    "Name the listing's colours instead.",
                    line,
                )  # fmt: skip
            )
            continue
        if facts.supports(claim.text) or claim.value in facts.colour_names:
            continue
        if facts.colours:
            names = ", ".join(facts.colours)
            line = next(iter(facts.colours.values()))
            out.append(
                finding(
                    "accuracy.colour",
                    BLOCK,
                    claim.start,
                    claim.end,
                    claim.text,
                    f"is not one of the listing's colours ({names}).",
                    f"Use the listing's colour names: {names}.",
                    line,
                )  # fmt: skip
            )
        else:
            out.append(
                finding(
                    "accuracy.colour",
                    WARN,
                    claim.start,
                    claim.end,
                    claim.text,
                    "is a colour the listing does not give: it names no colour to confirm it.",
                    "Remove the colour, or add it to the listing first.",
                )  # fmt: skip
            )
    return out
