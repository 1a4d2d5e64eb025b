"""The names a listing gives its priced options ("Lens: Clear, Smoke, Mirror Blue" names them
lenses), so that "all lenses $19" reads as a price said of every option, as "all colours $19"
does (round 34)."""

from __future__ import annotations

from plugin.guardrails.facts_record import ListingFacts, memo
from plugin.guardrails.measures import singular


def _labels(facts: ListingFacts) -> frozenset[str]:
    names = {name.lower() for name, _ in facts.priced_options}
    out: set[str] = set()
    for line in facts.lines:
        label, colon, said = line.partition(":")
        if not colon or label.startswith(("Variant", "Description")):
            continue
        values = {v.strip().lower() for v in said.split(",")}
        if len(names & values) >= 2:
            out |= set(label.lower().split())
    return frozenset(out)


def names_the_options(word: str, facts: ListingFacts) -> bool:
    """Whether ``word`` ("lenses", "lens") is the name the listing gives its priced options."""
    if len(facts.priced_options) < 2:
        return False
    word = word.lower()
    labels = memo(facts, "prices.option labels", _labels)
    return any(
        word in (label, f"{label}s", f"{label}es") or singular(word) == singular(label)
        for label in labels
    )
