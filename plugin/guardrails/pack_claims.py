"""Packs and how a product is sold: a pack's count against the listing's packs or an item's
own pack, "sold as a pair", and a count of spares."""

from __future__ import annotations

import re
from typing import Literal

from plugin.domain import Finding
from plugin.guardrails.claims import Claim
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.listing_facts import ListingFacts, normalise
from plugin.guardrails.measures import singular
from plugin.guardrails.number_rules import _RULE
from plugin.guardrails.quantities import NUMBER_WORDS, Quantity, find_quantities

# "five spare sets of flights": a count of part of the things, which only the listing's own
# count of the same part ("3 spare sets") can confirm or contradict.
_SPARE_AFTER = re.compile(r"[\s-]+((?:spare|extra|additional|replacement)\s+[^\W\d_]+)", re.I)


def _spare_count(
    text: str, quantity: Quantity, facts: ListingFacts
) -> Finding | None | Literal[""]:
    """None: not a count of spares; "": one the listing's count of them confirms; else the
    finding of one it contradicts."""
    spare = _SPARE_AFTER.match(text, quantity.end)
    if quantity.has_unit or not spare:
        return None
    phrase = spare.group(1).lower()
    given = {
        q.value
        for line in facts.lines
        if phrase in line.lower()
        for q in find_quantities(line)
        if re.match(r"[\s-]+" + re.escape(phrase) + r"\b", line[q.end :].lower())
    }
    if not given:
        return None
    if quantity.value in given:
        return ""
    line = next(line for line in facts.lines if phrase in line.lower())
    shown = ", ".join(f"{v:g}" for v in sorted(given))
    return finding(_RULE, BLOCK, quantity.start, quantity.end, quantity.text,
                   f"is not how many {phrase} the listing gives ({shown}).",
                   "Use the listing's figure, or remove it.", line)  # fmt: skip


# "pack of 4", "set of six": a pack's count, after the pack's noun.
_PACK_OF = re.compile(r"\b(?:pack|set|box|bundle|case|bag|tin|jar)s?\s+of\s+$", re.IGNORECASE)
_NAME_PACK = re.compile(
    r"\b(?:pack|set|box|bundle|case|bag|tin|jar)s?\s+of\s+(?P<n>\d+|[a-z]+)\b", re.I
)


_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:!?)\n<\"]|$|(?:and|with|for|at|in|from|so)\b)", re.I)


def _bare_pack(text: str, quantity: Quantity, facts: ListingFacts) -> Finding | bool | None:
    """ "Sold as a pack of four", "a set of six.": a pack's count with no noun after it counts
    the product itself, against the packs the listing names ("Set of 8", "a set of eight"):
    a finding when the listing names packs of other counts only, False when it names this one,
    None when it names none (or the count has a noun after it, judged as a count of that)."""
    if quantity.has_unit or _packs_by_option(facts):
        return None
    if not _PACK_OF.search(text[max(0, quantity.start - 16) : quantity.start]):
        return None
    if not _CLAUSE_ENDS.match(text, quantity.end):
        return None
    packs = _listed_packs(facts)
    if not packs:
        return None
    if quantity.value in packs:
        return False
    line = next((ln for ln in facts.lines if _NAME_PACK.search(ln)), "")
    shown = ", ".join(f"{v:g}" for v in sorted(packs))
    return finding(_RULE, BLOCK, quantity.start, quantity.end, quantity.text,
                   f"is not how many the listing's pack holds ({shown}).",
                   "Use the listing's figure, or remove it.", line)  # fmt: skip


def _packs_by_option(facts: ListingFacts) -> bool:
    """Options or items sold in packs of their own ("Drip ring, pack of 2"): judged by
    ``_pack_of_an_item``, not against the listing's packs as a whole."""
    return any(_NAME_PACK.search(name) for name, _ in facts.priced_options)


def _listed_packs(facts: ListingFacts) -> set[float]:
    """The counts of the packs the listing names ("Set of 8", "a set of eight")."""
    out = set()
    for line in facts.lines:
        for match in _NAME_PACK.finditer(line):
            n = match.group("n").lower()
            value = float(n) if n.isdigit() else NUMBER_WORDS.get(n)
            if value is not None:
                out.add(float(value))
    return out


def _pack_of_an_item(text: str, quantity: Quantity, facts: ListingFacts) -> str | None:
    """A pack's count in a clause that names one item of a grouped product whose name gives
    its own pack ("drip rings, pack of 4" of the item "Drip ring, pack of 2"): ``""`` when it
    is that count, the item's name when it is not, None when no such item is named."""
    if quantity.has_unit or len(facts.priced_options) < 2:
        return None
    if not _PACK_OF.search(text[max(0, quantity.start - 16) : quantity.start]):
        return None
    start = max(text.rfind(mark, 0, quantity.start) for mark in ".!?\n;") + 1
    ends = [i for mark in ".!?\n;" if (i := text.find(mark, quantity.end)) >= 0]
    clause = {singular(w) for w in normalise(text[start : min(ends, default=len(text))]).split()}
    named = []
    for name, _ in facts.priced_options:
        pack = _NAME_PACK.search(name)
        head = {singular(w) for w in normalise(re.split(r"[,(]", name)[0]).split()}
        if pack and head and head <= clause:
            words = pack.group("n").lower()
            named.append((name, float(words) if words.isdigit() else NUMBER_WORDS.get(words)))
    if len(named) != 1 or named[0][1] is None:
        return None
    return "" if named[0][1] == quantity.value else named[0][0]


def _item_pack_finding(quantity: Quantity, item: str) -> Finding:
    return finding(
        _RULE,
        BLOCK,
        quantity.start,
        quantity.end,
        quantity.text,
        f"is not the pack the listing sells this item in ({item}).",
        "Give the item's own pack size, as the listing does.",
        f"Variant: {item}",
    )


# How many units one purchase is: "sold as a pair", "comes in a set of four", "sold singly".
_SOLD_AS = re.compile(
    r"\b(?:sold|comes?|supplied|offered|packed)\s+(?:as\s+|in\s+)?(?:an?\s+)?"
    r"(?P<n>pair|trio|set of \w+|pack of \w+|singles?|singly|individually)\b",
    re.IGNORECASE,
)
_SOLD_AS_LABEL = re.compile(r"^(?:sold as|sold in|pack size|pack|quantity|units?)\s*:\s*(.+)$",
                            re.IGNORECASE | re.MULTILINE)  # fmt: skip
_ONE = re.compile(r"\b(?:single|singly|individual(?:ly)?|one|each)\b", re.IGNORECASE)


_PACKED = re.compile(r"\b(?:set|pack) of\b", re.IGNORECASE)


def _sold_as_claims(text: str) -> list[Claim]:
    out = []
    for match in _SOLD_AS.finditer(text):
        count = _units(match.group("n"))
        if count is not None:
            out.append(Claim("count", match.start(), match.end(), match.group(), count, "unit"))
    return out


def _units(said: str) -> float | None:
    """How many units a phrase sells: "pair" 2, "set of four" 4, "single glove" 1."""
    if _ONE.search(said):
        return 1.0
    for word in re.findall(r"\w+", said.lower()):
        if word.isdigit():
            return float(word)
        if word in NUMBER_WORDS or word == "trio":
            return float(NUMBER_WORDS.get(word, 3))
    return None


def _judge_sold_as(claim: Claim, facts: ListingFacts) -> Finding | None:
    """Checked only against a listing that says how it is sold ("Sold as: Single glove")."""
    match = _SOLD_AS_LABEL.search("\n".join(facts.lines))
    if not match:
        # else its packs ("Set of 8"): "sold as a pack of four" of a set of eight
        packs = _listed_packs(facts) if _PACKED.search(claim.text) else set()
        if not packs or claim.value in packs or _packs_by_option(facts):
            return None
        line = next((ln for ln in facts.lines if _NAME_PACK.search(ln)), "")
        return finding(_RULE, BLOCK, claim.start, claim.end, claim.text,
                       "is not how the listing says it is sold.",
                       "Say how it is sold as the listing does, or leave it out.",
                       line)  # fmt: skip
    listed = _units(match.group(1))
    if listed is None or listed == claim.value:
        return None
    return finding(_RULE, BLOCK, claim.start, claim.end, claim.text,
                   "is not how the listing says it is sold.",
                   "Say how it is sold as the listing does, or leave it out.",
                   match.group())  # fmt: skip
