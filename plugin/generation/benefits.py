"""What a common fact means for the buyer, where that follows from the fact itself.

"Dishwasher safe: Yes" means washing up is quick; "Rechargeable" means no batteries to buy.
For facts like these a written reason is always right, so the planner uses it and asks the
model nothing; the model's reasons are for the facts no rule covers. Each rule's reasons say
only what the fact implies (no materials, numbers or health claims), and rotate per listing.

The built-in rules (``benefit_rules``) are the first ones tried; the knowledge base under
``data/reasons/`` (one JSON file per product family, loaded once) adds the same kind of rule for
many more facts, after these. docs/generation.md says how to add to it.

This module is the entry point (``benefit_for``, ``said_plainly``) and the names its callers
use; the work is in ``benefit_rules`` (the built-in rules), ``rule_match`` (the knowledge base
and the first rule that holds), ``rule_denials``, ``material_reasons``, ``reason_checks`` and
``presuppositions``.
"""

from __future__ import annotations

from plugin.generation.benefit_rules import BENEFITS
from plugin.generation.material_reasons import (
    MATERIAL_BY_PRODUCT,
    MATERIAL_NAMES,
    MATERIALS,
    is_material,
    material_reason,
)
from plugin.generation.presuppositions import listing_text, reading_listing, unfounded
from plugin.generation.reason_checks import animals_in, another_animal, circular, contradicted
from plugin.generation.rule_denials import DENYING_NAME, DENYING_VALUE
from plugin.generation.rule_match import RULES, load_reasons, rule_for

__all__ = [
    "BENEFITS",
    "DENYING_NAME",
    "MATERIALS",
    "MATERIAL_BY_PRODUCT",
    "RULES",
    "animals_in",
    "another_animal",
    "benefit_for",
    "contradicted",
    "is_material",
    "listing_text",
    "load_reasons",
    "reading_listing",
    "said_plainly",
    "unfounded",
]


def benefit_for(
    name: str, value: str, turn: int, *, worn: bool = True, product: str = ""
) -> str | None:
    """The reason a fact matters, when a rule knows it (one of its phrasings, by ``turn``).
    ``worn``: the product is worn or slept under, so a fabric's feel and warmth matter.
    ``product``: the product's title and type, for materials whose reason fits only some
    products (``MATERIAL_PRODUCTS``) and for rules kept to some products; empty, no such
    reason is given."""
    rule = rule_for(name, value, worn, product.lower())
    if rule is not None:
        reason = rule.reasons[turn % len(rule.reasons)] if rule.reasons else None
    elif name.strip().lower() in MATERIAL_NAMES and not DENYING_VALUE.match(value.strip().lower()):
        reason = material_reason(value, turn, worn, product.lower())
    else:
        return None
    if reason and contradicted(reason, f"{product} {value}".lower()):
        return None
    if reason and (another_animal(reason, product) or circular(reason, f"{name} {value}")):
        return None
    if reason and unfounded(reason, f"{product} {name}: {value}".lower()):
        return None
    return reason


def said_plainly(name: str, value: str) -> bool:
    """Whether a rule with no reasons knows the fact: one a buyer reads for ("Water
    resistance: 100 m", "Roast: Medium") whose meaning depends on its value, so the prose
    states it and gives no reason ("so you know how much water to trust it with" said
    nothing)."""
    rule = rule_for(name, value)
    return rule is not None and not rule.reasons
