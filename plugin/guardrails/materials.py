"""Material claims, with the part they are stated for ("a walnut handle", "the strap is nylon").

A material the listing gives passes (with its broader names: merino is wool). A material for a
named part passes only if the listing gives that material for that part, or gives no material
for the part at all and names the material elsewhere. A generic word ("fabric", "metal") passes
when the listing has a material of that class. Any other material is invented: it blocks when
the listing states materials, and warns (naming the missing fact) when it states none.

The claims are read in ``material_claims`` and judged one by one in ``material_judges``; the
checks of the whole text (an animal's hair, "vegan", a material named after the product) are here.
"""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.claims import Claim
from plugin.guardrails.facts_record import ListingFacts
from plugin.guardrails.findings import BLOCK, WARN, finding
from plugin.guardrails.material_claims import material_claims
from plugin.guardrails.material_finishes import metal_finishes
from plugin.guardrails.material_heads import qualifies_the_next_noun, said_as_listed, worked_on
from plugin.guardrails.material_judges import (
    all_of,
    colour_kind,
    judge_claim,
    only_a_part,
    recycled,
    solid_claim,
)
from plugin.guardrails.measures import singular
from plugin.guardrails.product_nouns import senses
from plugin.guardrails.vocabulary import COLOURS, MATERIALS


def check_materials(text: str, facts: ListingFacts) -> list[Finding]:
    out = []
    finish_spans = {(c.start, c.end) for c in metal_finishes(text, facts)}
    for claim in material_claims(text, set(facts.material_parts), facts.product_words):
        term = MATERIALS.terms[claim.value]
        if (claim.start, claim.end) in finish_spans:
            continue  # a finish, judged as a colour (``colours.metal_finishes``)
        if claim.about and (
            _a_compounds_head(claim, text, facts)
            or qualifies_the_next_noun(claim, text, facts)
            or worked_on(claim, facts)
            or said_as_listed(claim, text, facts)
        ):
            continue  # "a cork point guard" of "a cork guard covers the point"; rounds 30, 36
        problem = (
            judge_claim(claim, term.kind, facts)
            or solid_claim(claim, text, facts)
            or only_a_part(claim, text, facts)
            or all_of(claim, text, facts)
            or colour_kind(claim, text, facts)
            or recycled(claim, text, facts)
        )
        if problem is None:
            continue
        severity, message, suggestion, line = problem
        out.append(
            finding(
                "accuracy.material",
                severity,
                claim.start,
                claim.end,
                claim.text,
                message,
                suggestion,
                line,
            )  # fmt: skip
        )
    return out + _named_after_the_product(text, facts) + _hair_of(text, facts) + _vegan(text, facts)


# "badger hair", "pony bristles": the animal names the hair of a brush or a fur.
_HAIR = re.compile(r"\b(?P<animal>[a-z]{3,})[\s-](?:hairs?|bristles?|fur)\b", re.IGNORECASE)
_HAIR_WORDS = frozenset(
    "natural soft fine real genuine pure long short stiff firm springy thick thin dense animal "
    "the its of with and or any all some human pet body facial".split()
)


def _compared(word: str) -> set[str]:
    """The adjectives ``word`` may compare: "finer" fine, "softest" soft; "badger" none known."""
    for ending in ("est", "er"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            return {stem, stem + "e", stem[:-1]}  # "soft", "fine", "thick" of "thickker"
    return set()


def _hair_of(text: str, facts: ListingFacts) -> list[Finding]:
    """An animal's hair the listing does not give, where it gives the hair ("Hair: Squirrel"): the
    words a hair is named by are open (any animal), so they are read by their place, not from
    a list."""
    hairs = sorted(n for n in facts.materials if MATERIALS.terms[n].kind == "hair")
    if not hairs:
        return []
    out = []
    for match in _HAIR.finditer(text):
        animal = match.group("animal").lower()
        if animal.endswith(("ed", "ly")) or {animal, *_compared(animal)} & _HAIR_WORDS:
            continue  # "soft hair", "finer hair": a quality, not an animal
        if MATERIALS.knows(animal) or MATERIALS.knows(match.group().lower()):
            continue  # "nylon bristles", "squirrel hair": judged as the materials they are
        if facts.supports(animal) or facts.supports(match.group()):
            continue
        line = facts.materials[hairs[0]]
        out.append(
            finding(
                "accuracy.material",
                BLOCK,
                match.start(),
                match.end(),
                match.group(),
                f"is not the hair the listing gives ({', '.join(hairs)}).",
                f"Say {hairs[0]}, as the listing does.",
                line,
            )
        )
    return out


# "vegan" of the product, not of a material named after it ("vegan leather" is faux leather).
_VEGAN = re.compile(r"(?<![\w-])vegan(?![\w-])(?![\s-]+(?:leather|suede|fur|silk|wool))", re.I)
_NOT_BEFORE = re.compile(r"\b(?:not|non|never|isn't|aren't)[\s-]*$", re.IGNORECASE)
# Materials from animals: what a product that has one of them is not.
_FROM_ANIMALS = frozenset({"leather", "wool", "silk", "beeswax", "down fill", "horn", "bone",
                           "antler", "mother of pearl", "lanolin", "honey"})  # fmt: skip
_ANIMAL_KINDS = frozenset({"leather", "hair"})


def _vegan(text: str, facts: ListingFacts) -> list[Finding]:
    """ "Vegan" of a product the listing makes with an animal's material (beeswax, wool,
    leather): a contradiction of its materials."""
    animal = sorted(
        n for n in facts.materials
        if n != "faux leather" and (MATERIALS.closure({n}) & _FROM_ANIMALS
                                    or MATERIALS.terms[n].kind in _ANIMAL_KINDS)
    )  # fmt: skip
    if not animal or facts.supports("vegan"):
        return []  # the listing's own "vegan" is its word to give
    line = facts.materials[animal[0]]
    return [
        finding(
            "accuracy.material",
            BLOCK,
            m.start(),
            m.end(),
            m.group(),
            f"contradicts the listing's materials: it gives {', '.join(animal)}.",
            "Leave it out: the product has a material from an animal.",
            line,
        )
        for m in _VEGAN.finditer(text)
        if not _NOT_BEFORE.search(text[max(0, m.start() - 8) : m.start()])
    ]


# A material named with the product's own name: "a sweater pattern in Fjellside yarn" of a
# pattern called "Fjellside Sweater" names a yarn the listing never gives.
_NAMED_MATERIAL = re.compile(
    r"\b(?P<name>[A-Z][a-z]{3,})\s+(?P<noun>yarns?|wool|threads?|fabrics?|leather|cloth|twine|"
    r"cords?|clay|glaze|ink|paper|wood|timber|steel)\b"
)


def _named_after_the_product(text: str, facts: ListingFacts) -> list[Finding]:
    title = set(re.findall(r"[a-z]+", facts.title.lower()))
    vendor = set(re.findall(r"[a-z]+", facts.vendor.lower()))
    out = []
    for match in _NAMED_MATERIAL.finditer(text):
        name = match.group("name")
        if name.lower() not in title or name.lower() in vendor:
            continue  # the maker's own name ("Ridgewell steel") is the vendor's to give
        if MATERIALS.pattern.fullmatch(name.lower()) or COLOURS.pattern.fullmatch(name.lower()):
            continue  # "Merino Wool Socks": a material or colour word, not a name
        if facts.supports(match.group()) or senses(name):
            continue
        noun = singular(match.group("noun").lower())
        if any(
            {name.lower(), noun} <= {singular(w) for w in re.findall(r"[a-z]+", line.lower())}
            for line in facts.lines
        ):
            continue  # "a Broad steel tip" of "Tip: steel, Broad": a grade the listing gives the
            # material's part, not a material named after the product (round 39)
        if singular(match.group("noun").lower()) in facts.product_words:
            continue  # "an Aran yarn" of "Aran Wool Yarn": the product itself, by its name
        out.append(
            finding(
                "accuracy.material",
                WARN,
                match.start(),
                match.end(),
                match.group(),
                f"names the {match.group('noun').lower()} after the product ({name}); "
                "the listing gives no such material.",
                "Name only the materials the listing gives.",
            )
        )
    return out


_TWO_WORDS_AFTER = re.compile(r"[\s-]+([^\W\d_]+)[\s-]+([^\W\d_]+)")


def _a_compounds_head(claim: Claim, text: str, facts: ListingFacts) -> bool:
    """The part word after a material only qualifies the noun after it ("a cork point guard"),
    which the listing names with that material ("a cork guard covers the point")."""
    after = _TWO_WORDS_AFTER.match(text, claim.end)
    if after is None or singular(after.group(1).lower()) != claim.about:
        return False
    return facts.supports(f"{claim.text} {after.group(2)}")
