"""The materials, colours and certifications a listing's lines give."""

from __future__ import annotations

import re
from collections.abc import Callable

from plugin.guardrails.facts_record import ListingFacts
from plugin.guardrails.material_parts import parts_given
from plugin.guardrails.material_words import denied_material, listed_materials, ruled_out_use
from plugin.guardrails.measures import singular
from plugin.guardrails.normal_text import normalise
from plugin.guardrails.vocabulary import (
    AMBIGUOUS_COLOURS,
    CERTIFICATIONS,
    COLOUR_LABELS,
    COLOUR_VALUES,
    COLOURS,
    MATERIALS,
    Term,
    compound_hue,
)


def read_materials_and_colours(
    facts: ListingFacts,
    text: str,
    lines: list[str],
    labels: list[str],
    line_of: Callable[[int], int],
) -> None:
    """The materials, colours and certifications the lines give, each with the first line that
    states it."""
    material_lines = set()
    offered = {  # the colour option's values: "Colour: Slate, Sand"
        value.strip().lower()
        for line, label in zip(lines, labels, strict=True)
        if label and _COLOUR_LABEL.search(label)
        for value in line[len(label) + 1 :].split(",")
    }
    for start, end, term in listed_materials(text):
        if denied_material(text, start, end):
            # "Plastic free", "no plastic": the listing denies it, so a draft may not say it
            # (round 20b: kraft boxes tagged "plastic free" passed as "plastic mailers").
            continue
        index = line_of(start)
        if _names_no_material(lines[index], term, text[start:end], offered):
            continue
        if ruled_out_use(text, start):
            continue  # "Not for classical (gut-string) harps" (round 30)
        material_lines.add(index)
        facts.materials.setdefault(term.name, lines[index])
    for line, label in zip(lines, labels, strict=True):
        classes = [t.name for _, _, t in MATERIALS.find(label)] if label else []
        hair = singular(normalise(label)) in _HAIR_LABELS if label else False
        if label and (classes == [normalise(label)] or hair):
            # "Wood: Cherry" is cherry wood: the label names the class, the value the kind
            for kind in line[len(label) + 1 :].split(","):
                for _, _, term in MATERIALS.find(f"{kind.strip()} {label}"):
                    facts.materials.setdefault(term.name, line)
    for index in sorted(material_lines):
        for part, names in parts_given(labels[index], lines[index], facts.product_words).items():
            facts.material_parts.setdefault(part, set()).update(names)
    found = [(line_of(start), start, end, term) for start, end, term in COLOURS.find(text)
             if not lines[line_of(start)].startswith(NAME_LINES)]  # fmt: skip
    plain = {i for i, start, end, _ in found if text[start:end].lower() not in AMBIGUOUS_COLOURS}
    for index, start, end, term in found:
        if text[start:end].lower() in AMBIGUOUS_COLOURS and not (
            index in plain or _COLOUR_LABEL.search(labels[index]) or _COLOUR_AFTER.match(text, end)
        ):
            continue  # "face cream", "a stone wall", "mint leaves": not colours ("Black, Tan" are)
        facts.colours.setdefault(term.name, lines[index])
    for option, option_label in zip(lines, labels, strict=True):
        if option_label and _COLOUR_LABEL.search(option_label):  # "Farbe: Schwarz, Rot"
            for said in _VALUE_ITEMS.split(option[len(option_label) + 1 :]):
                if colour := COLOUR_VALUES.get(said.strip().lower()):  # "Rot" is red here
                    facts.colours.setdefault(colour, option)
                elif colour := compound_hue(said, _abroad_label(option_label)):  # "Havblå"
                    facts.colours.setdefault(colour, option)
    for start, _, term in CERTIFICATIONS.find(text):
        facts.certifications.setdefault(term.name, lines[line_of(start)])


# Labels of a brush's or a fur's hair, which the value names by its animal ("Hair: Squirrel").
_HAIR_LABELS = frozenset({"hair", "bristle", "fur"})
# Lines that are a name: "Vendor: Staalwerk" ("staal" is steel in Dutch) or "Rotes Haus"
# names the maker, not a material or a colour of the product.
NAME_LINES = ("Vendor:",)


def _names_no_material(line: str, term: Term, said: str, offered: set[str]) -> bool:
    """Whether a material word on a listing line is no material of the product: the maker's
    name, or a value of the colour option (there or in a variant's line) that is a colour as
    well ("Colour: Slate, Sand"); a metal offered as a colour stays a material
    too ("Colour: Brass")."""
    if line.startswith(NAME_LINES):
        return True
    return said.lower() in offered and term.kind != "metal" and bool(COLOURS.find(said))


def _abroad_label(label: str) -> bool:
    """A colour option labelled in a shop's language ("Färg", "Farbe"), not in English."""
    return any(word in COLOUR_LABELS for word in label.lower().split())


# Bounded by lookarounds, not \b: a label ending in a vowel sign ("สี") ends in no word letter.
_COLOUR_LABEL = re.compile(
    r"(?<!\w)(?:colou?rs?|colou?rway|finish|shade|" + "|".join(sorted(COLOUR_LABELS)) + r")(?!\w)",
    re.IGNORECASE,
)
# The items of a listed value, by commas or a shop language's "and" ("Weiß und Rot", "vert et
# rose"): a colour read only as a whole value of its option is one item.
_VALUE_ITEMS = re.compile(r",|\s+(?:and|&|und|et|y|e|en|och|og|ve|ja|és)\s+", re.IGNORECASE)
_COLOUR_AFTER = re.compile(r"[\s-]+(?:colou?red|colou?r|finish|shade)\b", re.IGNORECASE)
