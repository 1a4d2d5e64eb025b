"""A plant's wood, oil, extract or butter named in the draft ("thyme wood", "rosemary oil").

The plant is one the ingredient table knows (the English names of
``data/ingredients_abroad.json``). When the listing names the plant in any of its languages, the
claim is its own. Otherwise, when the listing gives what the product is made of of that kind (a
wood of its own, or a list of ingredients), it is an invented material and blocks, with that
line as the fact. A listing that gives neither is left alone: the oil may be the product itself,
named in the shop's language ("olive oil" of an "ελαιόλαδο").
"""

from __future__ import annotations

import re
from functools import cache

from plugin.domain import Finding
from plugin.guardrails.facts_record import memo
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.ingredients import given_ingredients, ingredient_lines, ingredients_abroad
from plugin.guardrails.listing_facts import ListingFacts, normalise
from plugin.guardrails.product_nouns import stem
from plugin.guardrails.vocabulary import MATERIALS

_PARTS = r"wood|oil|essential oil|extract|butter"
# First words of the table's names that qualify, not name, a plant ("black pepper", "sea salt").
_QUALIFIERS = frozenset("black green sea cane star durum wheat bay fig".split())


@cache
def _plant_pattern() -> re.Pattern[str]:
    table = ingredients_abroad()
    plants = {name.split()[0] for name in table["names"]} - _QUALIFIERS
    names = "|".join(sorted(map(re.escape, plants), key=len, reverse=True))
    return re.compile(rf"\b(?P<plant>{names})[ -](?P<part>{_PARTS})\b", re.IGNORECASE)


def _plant_given(plant: str, facts: ListingFacts) -> bool:
    """The listing names the plant: in its words, its ingredients (INCI names read as their
    everyday names) or its ingredient names abroad."""
    return stem(plant) in memo(facts, "ingredients.given", given_ingredients)


def check_plant_parts(text: str, facts: ListingFacts, found: list[Finding]) -> list[Finding]:
    """Plant woods and oils the listing does not give, apart from the material findings that
    already cover them."""
    taken = [(f.start, f.end) for f in found if f.rule == "accuracy.material"]
    out = []
    for match in _plant_pattern().finditer(text):
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue
        plant, part = match.group("plant").lower(), match.group("part").lower()
        if any(t.name == normalise(match.group()) for _, _, t in MATERIALS.find(match.group())):
            continue  # "olive wood": a material of the vocabulary, which the material rule reads
        if _plant_given(plant, facts):
            continue
        if part == "wood":
            woods = [n for n in facts.materials if _a_wood(n)]
            line = facts.materials[woods[0]] if woods else ""
        else:
            line = next(iter(ingredient_lines(facts)), "")
        if not line:
            continue
        out.append(
            finding(
                "accuracy.material",
                BLOCK,
                match.start(),
                match.end(),
                match.group(),
                f"is not a material the listing gives (it says: {line}).",
                "Name only the materials and ingredients the listing gives.",
                line,
            )
        )
    return out


def _a_wood(name: str) -> bool:
    return any(t.kind == "wood" and t.name != "wood" for _, _, t in MATERIALS.find(name))
