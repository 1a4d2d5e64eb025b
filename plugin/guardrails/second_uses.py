"""A second use a draft gives the product that its listing does not name (round 28): "it
doubles as a cake stand", "also works as a doorstop", "can be used as a trivet". The thing it
is said to serve as is another product; unless the listing names it (the thing's head noun
or a word that qualifies it, a plural aside), it is a use the listing does not give:
``accuracy.compatibility``, blocking, as the other uses the listing does not support are.
"""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.facts_record import memo
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.listing_facts import ListingFacts
from plugin.guardrails.ruled_out_uses import ruled_out_of

_AS = re.compile(
    r"\b(?:doubles?(?:\s+up)?|also\s+(?:works?|serves?|functions?)|can\s+(?:also\s+)?(?:be\s+"
    r"used|serve|work)|may\s+(?:also\s+)?be\s+used|is\s+also\s+used)\s+as\s+(?:a|an|the|your)?\s*"
    r"(?P<thing>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,3})",
    re.IGNORECASE,
)
# Where the thing's name ends: a preposition or a joining word after its head noun.
_AFTER = re.compile(
    r"\s+(?:in|on|for|with|at|to|when|while|and|or|if|too|as|from|by|that|which)\b.*",
    re.IGNORECASE,
)


def check_second_uses(text: str, facts: ListingFacts) -> list[Finding]:
    out = []
    for match in _AS.finditer(text):
        thing = _AFTER.sub("", match.group("thing"))
        words = [w.lower() for w in thing.split()]
        head = words[-1]
        end = match.start("thing") + len(thing)
        ruled = _ruled_out_by(words, facts)
        if ruled:  # "doubles as a boat anchor" of "not for boats" (round 29)
            out.append(
                finding(
                    "accuracy.compatibility",
                    BLOCK,
                    match.start(),
                    end,
                    text[match.start() : end],
                    f"is a use the listing rules out (it says: {ruled}).",
                    "Only give the uses the listing gives.",
                    ruled,
                )  # fmt: skip
            )
            continue
        if any(_named(w, facts) for w in words if len(w) > 3 or w == head):
            continue  # "a mixing palette" of a tin with "a mixing lid": the listing's own use
        out.append(
            finding(
                "accuracy.compatibility",
                BLOCK,
                match.start(),
                end,
                text[match.start() : end],
                f"is a use the listing does not give (it names no {head}).",
                "Only give the uses the listing gives.",
            )  # fmt: skip
        )
    return out


def _ruled_out_by(words: list[str], facts: ListingFacts) -> str:
    """The listing's line that rules out a use the thing's words open with or qualify it by
    ("a boat bag" of "Not for boat use")."""
    for ruled, _, line in memo(facts, "ruled_out_uses", ruled_out_of):
        if ruled[0] in (w.removesuffix("s") for w in words[:-1]) or tuple(words) == ruled:
            return line
    return ""


def _named(head: str, facts: ListingFacts) -> bool:
    forms = {head, head.rstrip("s"), head + "s", head + "es", head.removesuffix("es")}
    return any(f" {form} " in f" {facts.normal} " for form in forms if form)
