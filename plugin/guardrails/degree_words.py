"""A degree said in words ("a 25-degree bevel", "30 degrees") is the listing's angle or
temperature written with its sign ("25° bevel", "30 °C"): the word is the unit, not a counted
thing (round 34)."""

from __future__ import annotations

from plugin.guardrails.facts_record import ListingFacts

_DEGREE = frozenset({"degree", "degrees", "deg"})


def degrees_as_signed(counted: str, value: float, facts: ListingFacts) -> bool:
    """Whether ``value`` of ``counted`` is a degree the listing gives with its sign."""
    if counted not in _DEGREE:
        return False
    figure = f"{value:g}"
    return any(facts.supports(f"{figure}{sign}") for sign in ("°", "°C", "°F"))
