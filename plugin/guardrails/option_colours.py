"""A colour said of an option by the option's own name: "a Sage cover" of a notebook whose
"Cover" option offers Moss, Rust and Slate.

A colour word that is also a thing ("sage", "rust", "plum") reads as a colour only in a
colour's context; the listing's option name after it is that context. When the option's values
are colours and the draft's is none of them, it is a colour the shopper cannot order: it blocks
with the option's line as the fact.
"""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.facts_record import memo
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.listing_facts import ListingFacts, normalise
from plugin.guardrails.vocabulary import COLOURS

_LINE = re.compile(r"^(?P<name>[^:\n]{2,30}):\s*(?P<values>.+)$")


def _colour_options(facts: ListingFacts) -> dict[str, tuple[str, frozenset[str]]]:
    """The listing's options whose values are colours, by their name's last word: the line and
    the values ("cover" -> ("Cover: Moss, Rust, Slate", {"moss", "rust", "slate"}))."""
    variants = " ".join(normalise(ln) for ln in facts.lines if ln.startswith("Variant:"))
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for line in facts.lines:
        labelled = _LINE.match(line)
        if not labelled or line.startswith("Variant:"):
            continue
        name = normalise(labelled["name"])
        values = [normalise(v) for v in labelled["values"].split(",") if v.strip()]
        offered = len(values) > 1 and all(f" {name} {v} " in f" {variants} " for v in values)
        if offered and any(_a_colour(v) for v in values) and name.split():
            out.setdefault(name.split()[-1], (line, frozenset(values)))
    return out


def _a_colour(value: str) -> bool:
    found = COLOURS.find(value)
    return bool(found) and found[0][0] == 0 and found[-1][1] == len(value)


def check_option_colours(text: str, facts: ListingFacts, found: list[Finding]) -> list[Finding]:
    options = memo(facts, "option_colours", _colour_options)
    if not options:
        return []
    names = "|".join(sorted(map(re.escape, options), key=len, reverse=True))
    said = re.compile(rf"\b(?P<colour>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?P<name>{names})s?\b")
    taken = [(f.start, f.end) for f in found if f.rule == "accuracy.colour"]
    out = []
    for match in said.finditer(text):
        colour = normalise(match["colour"])
        line, values = options[match["name"]]
        if colour in values or not _a_colour(colour):
            continue
        start, end = match.span("colour")
        if any(a < end and start < b for a, b in taken):
            continue
        out.append(
            finding(
                "accuracy.colour",
                BLOCK,
                start,
                end,
                match["colour"],
                f"is not one of the listing's {match['name']}s ({line.split(':', 1)[1].strip()}).",
                "Name only the options the listing offers.",
                line,
            )
        )
    return out
