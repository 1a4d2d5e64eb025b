"""What a pack holds in all: a figure given per item or each, times the count of items."""

from __future__ import annotations

import dataclasses
import re

from plugin.guardrails.counts import count_claims, thing
from plugin.guardrails.facts_record import ListingFacts
from plugin.guardrails.listing_lines import line_label
from plugin.guardrails.quantities import find_quantities, readings_of


def read_totals(facts: ListingFacts, title: str) -> None:
    """What a pack holds in all: a figure "per tin" times the listing's count of tins, a figure
    given "each" times the pack's count in its title ("6 Tins" and "50 g each": 300 g)."""
    in_title = {float(c.value) for c in count_claims(title, find_quantities(title))}
    pieces = facts.counts.get("piece", set())
    for fact in list(facts.quantities):
        label = line_label(fact.line).lower()
        per = re.search(r"\bper ([a-z]+)", label) or _PER_AFTER.match(
            fact.line, _after(fact.line, fact.quantity.text)
        )  # "Flight time: 18 min per battery"
        if per:
            times = facts.counts.get(thing(per.group(1)), set())
        elif re.search(r"\beach\b", _sentence_of(fact.line, fact.quantity.text), re.IGNORECASE):
            times = in_title | pieces | _heading_counts(fact.line, fact.quantity.text)
        else:
            continue
        index = facts.quantities.index(fact)
        facts.quantities[index] = fact = dataclasses.replace(fact, per_item=True)
        one = fact.quantity
        counted = [c.about for c in count_claims(fact.line, find_quantities(fact.line))
                   if c.value == one.value]  # fmt: skip
        for n in times - {1.0}:
            for name in counted:
                facts.counts.setdefault(name, set()).add(one.value * n)
            total = dataclasses.replace(
                one, value=one.value * n, readings=readings_of(one.value * n, one.unit)
            )
            facts.quantities.append(dataclasses.replace(fact, quantity=total, per_item=False))


_PER_AFTER = re.compile(r"\s*per ([a-z]+)", re.IGNORECASE)


def _sentence_of(line: str, figure: str) -> str:
    """The sentence of ``line`` a figure is in ("Each pair is hand-sanded" a sentence on says
    nothing of "24 cm long", round 29); the whole line if the figure is not there."""
    at = line.find(figure)
    if at < 0:
        return line
    stops = [m.end() for m in re.finditer(r"[.!?](?:\s|$)", line[:at])]
    end = re.search(r"[.!?](?:\s|$)", line[at + len(figure) :])
    return line[stops[-1] if stops else 0 : at + len(figure) + (end.start() if end else len(line))]


def _after(line: str, figure: str) -> int:
    """Where a figure ends in its line, or the line's end if it is not there as written."""
    at = line.find(figure)
    return at + len(figure) if at >= 0 else len(line)


def _heading_counts(line: str, figure: str) -> set[float]:
    """The count heading the list item a figure "each" is given in: 2 of "2 mugs (40 cl each)"."""
    pattern = r"(?:^|[,:;])\s*(\d+)\s+[A-Za-z][\w -]*\(\s*" + re.escape(figure) + r"\s+each\b"
    return {float(n) for n in re.findall(pattern, line, re.IGNORECASE)}
