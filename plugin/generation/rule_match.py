"""The rules in the order they are tried, the built-in ones first and then the knowledge base
under ``data/reasons/`` (``load_reasons``), and the first that matches a fact and is not
denied (``rule_for``)."""

from __future__ import annotations

import json
import re
from importlib.resources import files

from plugin.generation.benefit_rules import BENEFITS, Benefit
from plugin.generation.rule_denials import denied
from plugin.generation.rule_kinds import kind_pattern, of_kind
from plugin.generation.rule_scope import at_word_edge, beside_the_service

_ENTRY_KEYS = {"match", "reasons", "examples", "note", "products", "kinds"}
# An example of a rule kept to some products names one first: "[Hydration vest] Whistle: Yes".
_EXAMPLE_PRODUCT = re.compile(r"\[([^\]]+)\] ")


def load_reasons() -> tuple[Benefit, ...]:
    """The knowledge base: every ``data/reasons/*.json`` file, in name order, each a list of
    ``{"match", "reasons", "examples", "note", "products"}`` entries (see docs/generation.md)."""
    root = files("plugin.generation").joinpath("data/reasons")
    rules = []
    for path in sorted(root.iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".json"):
            continue
        family = path.name.removesuffix(".json")
        for number, entry in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            where = f"data/reasons/{path.name}, entry {number}"
            if set(entry) - _ENTRY_KEYS or not {"match", "reasons"} <= set(entry):
                raise ValueError(f"{where}: keys must be {sorted(_ENTRY_KEYS)}")
            if not 0 <= len(entry["reasons"]) <= 3:
                raise ValueError(f"{where}: at most three reasons")
            products = re.compile(entry["products"]) if "products" in entry else None
            kinds = kind_pattern(entry["kinds"]) if "kinds" in entry else None
            for example in entry.get("examples", ()):
                named = _EXAMPLE_PRODUCT.match(example)
                kept = products is not None or kinds is not None
                if kept != (named is not None) or (
                    named
                    and not (products is None or products.search(named.group(1).lower()))
                    or named
                    and not (kinds is None or of_kind(kinds, named.group(1)))
                ):
                    raise ValueError(f"{where}: {example!r} must name a product it is for")
            rules.append(
                Benefit(
                    re.compile(entry["match"]),
                    tuple(entry["reasons"]),
                    tuple(entry.get("examples", ())),
                    family,
                    products,
                    kinds,
                )
            )
    return tuple(rules)


# The built-in rules first, so they keep priority; then the knowledge base.
RULES = BENEFITS + load_reasons()


# Families whose reasons are about wearing the product ("fleece lined, so it feels soft and warm
# inside"): raters marked them beside the point on a chalk bag.
_WORN_FAMILIES = {"apparel"}


def rule_for(name: str, value: str, worn: bool = True, product: str = "") -> Benefit | None:
    """The first rule that matches the fact and is not denied. A rule kept to some products
    or kinds of product is passed over for any other, and where the product is not known."""
    fact = f"{name.strip()}: {value.strip()}".lower()
    value_at = len(name.strip().lower()) + 2
    for benefit in RULES:
        if not worn and benefit.family in _WORN_FAMILIES:
            continue
        if benefit.products is not None and not benefit.products.search(product):
            continue
        if benefit.kinds is not None and not of_kind(benefit.kinds, product):
            continue
        if beside_the_service(benefit.family, product):
            continue
        found = at_word_edge(benefit.pattern, fact)
        if found and _of_another_thing(fact, found, value_at):
            continue
        if found and not denied(benefit, fact, found, value_at):
            return benefit
    return None


# Labels whose value names what the product is not for ("Not for: Snap-on backs"), or what it
# makes ("Makes: Waterproof patches"): a rule about that thing's own feature would say it of
# this one (round 27; round 35, heldout37's raters: a tool said to stand by itself for the
# blocks it makes). A rule that reads the label itself still fires.
_RELATION = re.compile(
    r"^(not for|not suitable for|unsuitable for|does not fit|does not cover|"
    r"makes|produces|yields|forms|creates|shapes)$"
)


def _of_another_thing(fact: str, found: re.Match[str], value_at: int) -> bool:
    return bool(_RELATION.match(fact[: value_at - 2].strip())) and found.start() >= value_at
