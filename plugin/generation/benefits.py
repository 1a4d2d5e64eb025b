"""What a common fact means for the buyer, where that follows from the fact itself.

"Dishwasher safe: Yes" means washing up is quick; "Rechargeable" means no batteries to buy.
For facts like these a written reason is always right, so the planner uses it and asks the
model nothing; the model's reasons are for the facts no rule covers. Each rule's reasons say
only what the fact implies (no materials, numbers or health claims), and rotate per listing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Benefit:
    """``pattern`` is searched in "name: value", lower-cased."""

    pattern: re.Pattern[str]
    reasons: tuple[str, ...]


def _rule(pattern: str, *reasons: str) -> Benefit:
    return Benefit(re.compile(pattern), reasons)


_YES = r"(yes|true)$"

BENEFITS = (
    _rule(
        rf"dishwasher[- ]safe: {_YES}|^dishwasher[- ]safe$|: dishwasher[- ]safe",
        "so washing up afterwards is quick",
        "so cleaning up takes no effort",
    ),
    _rule(
        rf"microwave[- ]safe: {_YES}|: microwave[- ]safe",
        "so leftovers can go straight in to warm up",
    ),
    _rule(rf"oven[- ]safe: {_YES}|: oven[- ]safe", "so it can go from the oven to the table"),
    _rule(
        rf"machine[- ]washable: {_YES}|: machine wash",
        "so keeping it fresh is easy",
        "so it is simple to keep clean",
    ),
    _rule(rf"^washable: {_YES}", "so it is easy to keep clean"),
    _rule(r"waterproof", "so rain is not a worry"),
    _rule(r"water[- ]resistant|splash[- ]?proof|ipx\d", "so a splash or a shower is not a worry"),
    _rule(rf"rechargeable: {_YES}|: rechargeable", "so there are no batteries to replace"),
    _rule(r"usb[- ]c", "so one USB-C cable is all it needs"),
    _rule(r"^battery life:", "so it keeps going between charges"),
    _rule(r"^burn time:", "so it lasts through many evenings"),
    _rule(
        rf"(foldable|folding|collapsible): {_YES}|: (folds|collapses) (flat|down)",
        "so it stores away in little space",
    ),
    _rule(rf"^stackable: {_YES}|: stacks", "so it stores neatly in a cupboard"),
    _rule(rf"^adjustable: {_YES}|: adjustable", "so you can set it just right"),
    _rule(r"non[- ]stick", "so food lets go easily and it wipes clean"),
    _rule(r"non[- ]slip|anti[- ]slip", "so it stays put"),
    _rule(r"hand[- ]?made|hand[- ]?crafted|hand[- ]thrown", "so no two are exactly alike"),
    _rule(rf"reversible: {_YES}|: reversible", "so you get two looks in one"),
    _rule(r"leak[- ]?proof|leak[- ]resistant", "so it can travel in a bag"),
    _rule(r"quick[- ]dry", "so it is ready again soon after a wash"),
    _rule(rf"cordless: {_YES}|: cordless", "so there is no cable in the way"),
    _rule(rf"wireless: {_YES}|: wireless", "so there are no cables to tangle"),
    _rule(rf"dimmable: {_YES}|: dimmable", "so you can set the light to suit the moment"),
    _rule(r"^assembly: (none|no assembly|not required)", "so it is ready to use out of the box"),
    _rule(r"^pockets?: \d", "so small things have a place of their own"),
)


def benefit_for(name: str, value: str, turn: int) -> str | None:
    """The reason a fact matters, when a rule knows it (one of its phrasings, by ``turn``)."""
    fact = f"{name.strip()}: {value.strip()}".lower()
    for benefit in BENEFITS:
        if benefit.pattern.search(fact):
            return benefit.reasons[turn % len(benefit.reasons)]
    return None
