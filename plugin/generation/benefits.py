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
    _rule(r"(leak|spill)[- ]?proof|leak[- ]resistant", "so it can travel in a bag"),
    _rule(r"quick[- ]dry", "so it is ready again soon after a wash"),
    _rule(rf"cordless: {_YES}|: cordless", "so there is no cable in the way"),
    _rule(rf"wireless: {_YES}|: wireless", "so there are no cables to tangle"),
    _rule(rf"dimmable: {_YES}|: dimmable", "so you can set the light to suit the moment"),
    _rule(r"^assembly: (none|no assembly|not required)", "so it is ready to use out of the box"),
    _rule(r"^pockets?: \d", "so small things have a place of their own"),
    _rule(rf"^insulated: {_YES}", "so drinks stay hot or cold for longer"),
    _rule(rf"^breathable: {_YES}", "so it stays comfortable as you warm up"),
    _rule(rf"^(lightweight|light weight): {_YES}", "so it is easy to carry"),
    _rule(rf"^magnetic: {_YES}", "so it clicks into place"),
    _rule(rf"^(removable|detachable)[ a-z]*: {_YES}", "so it comes apart for cleaning"),
    _rule(rf"^wall[- ]mount(able|ed)?: {_YES}", "so it frees up floor and counter space"),
    _rule(rf"^portable: {_YES}", "so it goes wherever you need it"),
    _rule(
        r"^(tool[- ]free assembly|assembly): (yes|tool[- ]free|no tools)",
        "so it is ready in minutes",
    ),
    _rule(rf"^reusable: {_YES}", "so it can be used again and again"),
    _rule(rf"^refillable: {_YES}", "so you top it up rather than replace it"),
    _rule(r"auto[- ]?(shut[- ]?off|off)\b", "so it switches itself off"),
    _rule(r"uv[- ](protection|resistant|stable)", "so colours hold up in the sun"),
    _rule(rf"^heat[- ]resistant: ({_YES}|(up )?to )", "so heat is not a problem"),
    _rule(r"weather[- ]?(resistant|proof)", "so it can stay outside"),
    _rule(r"frost[- ](resistant|proof)", "so it can stay out through the winter"),
    _rule(rf"^(unscented|fragrance[- ]free): {_YES}", "so there is no scent to clash with"),
    _rule(rf"^(extendable|telescopic): {_YES}", "so it reaches further when you need it"),
    _rule(rf"^nesting: {_YES}", "so they tuck inside each other to save space"),
    _rule(r"quick[- ]release", "so it comes off in a second"),
    _rule(r"shatter[- ]?(proof|resistant)", "so a knock or a drop is less of a worry"),
    _rule(rf"^reflective[ a-z]*: {_YES}", "so you are easier to see after dark"),
    _rule(r"^warranty: \d", "so you are covered if something goes wrong"),
)


# What a product made wholly of one common material gets from it: properties of the material
# itself, true of every product made of it, never a number, a health or an eco claim.
MATERIALS: dict[str, tuple[str, ...]] = {
    "stainless steel": ("so it will not rust", "which stands up to daily use without rusting"),
    "cast iron": ("which holds heat evenly", "so heat spreads evenly and stays"),
    "linen": ("which stays cool and softens with every wash", "which breathes on warm days"),
    "merino wool": ("which stays warm without itching", "which keeps warm and breathes"),
    "wool": ("which keeps the warmth in",),
    "cotton": ("which feels soft against the skin", "which is soft and breathable"),
    "silicone": ("which is flexible and easy to wash",),
    "full-grain leather": ("which softens and takes on character with wear",),
    "leather": ("which softens with wear",),
    "brass": ("which ages to a warm patina",),
    "aluminium": ("which keeps it light",),
    "aluminum": ("which keeps it light",),
    "bamboo": ("which is light yet sturdy",),
    "oak": ("which shows the grain of real wood",),
    "walnut": ("which shows the grain of real wood",),
    "beech": ("which shows the grain of real wood",),
    "borosilicate glass": ("which takes hot and cold drinks alike",),
    "glass": ("so nothing clouds the view of what is inside",),
    "stoneware": ("which feels solid in the hand",),
    "porcelain": ("which is fine yet strong",),
    "canvas": ("which is tough enough for everyday carrying",),
    "polyester": ("which dries quickly",),
    "nylon": ("which is light and quick to dry",),
    "ripstop nylon": ("which is light and resists tears",),
}
_MATERIAL_NAMES = ("material", "materials", "fabric", "body", "metal")
# Words that qualify a material without changing what it does for the buyer.
_QUALIFIERS = re.compile(
    r"\b(\d+\s?%|\d+/\d+|grade \d+|\d{3}|food[- ]grade|solid|organic|recycled|natural|"
    r"pure|european|turkish|fsc[- ]certified)\s*",
)


def benefit_for(name: str, value: str, turn: int) -> str | None:
    """The reason a fact matters, when a rule knows it (one of its phrasings, by ``turn``)."""
    fact = f"{name.strip()}: {value.strip()}".lower()
    for benefit in BENEFITS:
        if benefit.pattern.search(fact):
            return benefit.reasons[turn % len(benefit.reasons)]
    if name.strip().lower() in _MATERIAL_NAMES:
        material = _QUALIFIERS.sub("", value.strip().lower()).strip()
        reasons = MATERIALS.get(material)
        if reasons:
            return reasons[turn % len(reasons)]
    return None
