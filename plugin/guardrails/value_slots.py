"""A name in the place of a listing attribute's one value: the listing gives "Variety: Arbequina"
and says "Arbequina olives"; a draft's "Picual olives" names another variety, and "wild and
arbequina olives" adds one. Either names what the product is made of otherwise, so it blocks as
a material, with the attribute's line as the fact.

Only a value of one word (a variety, a floral source, a breed) that the listing itself puts
before a noun is read, and only a name the listing never uses: a place is an origin
(``origins``), a colour a colour.
"""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.facts_record import memo
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.listing_facts import ListingFacts
from plugin.guardrails.measures import singular
from plugin.guardrails.places import place_named
from plugin.guardrails.vocabulary import COLOURS

_VALUE = re.compile(r"[^\W\d_]{4,}")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n>\"]\s*)$")


def _slots(facts: ListingFacts) -> list[tuple[str, str, str]]:
    """(value, the noun the listing puts it before, the attribute's line)."""
    out = []
    prose = "  ".join(facts.lines).lower()
    for line in facts.lines:
        label, colon, value = line.partition(":")
        value = value.strip()
        if not colon or len(label.split()) > 2 or not _VALUE.fullmatch(value):
            continue
        if label.strip().lower() in ("title", "vendor", "type", "tag", "category", "price"):
            continue
        for match in re.finditer(rf"\b{re.escape(value.lower())}\s+([a-z]{{3,}})\b", prose):
            noun = match.group(1)  # as the listing writes it: "olives", not "olive oil"
            if (value.lower(), noun, line) not in out:
                out.append((value.lower(), noun, line))
    return out


def check_value_slots(text: str, facts: ListingFacts) -> list[Finding]:
    out: list[Finding] = []
    for value, noun, line in memo(facts, "value_slots", _slots):
        nouns = rf"{re.escape(noun)}\b"
        added = re.compile(rf"\b(?P<w>[a-z][\w-]{{3,}})\s+(?:and|or|&)\s+{value}\s+{nouns}", re.I)
        other = re.compile(rf"(?<![\w-])(?P<w>[A-Z][a-z]{{3,}})\s+{nouns}")
        found = [m for m in added.finditer(text)]
        found += [m for m in other.finditer(text) if not _SENTENCE_START.search(text[: m.start()])]
        for match in found:
            word = match.group("w")
            if word.lower() == value or _known(word, facts):
                continue
            out.append(
                finding("accuracy.material", BLOCK, match.start("w"), match.end("w"), word,
                        f"is not what the listing gives ({line}).",
                        f"Say {line.partition(':')[2].strip()}, as the listing does.", line)
            )  # fmt: skip
    return out


def _known(word: str, facts: ListingFacts) -> bool:
    """A word the listing uses, a place or a colour: not another value."""
    low = word.lower()
    return (
        low in facts.words
        or singular(low) in facts.words
        or place_named(word) is not None
        or COLOURS.knows(low)
    )
