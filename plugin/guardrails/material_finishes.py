"""Metal words that name a finish, not a material: "rose gold stainless steel", "ivory or
brass", "a brushed brass finish", and the metals a listing offers as its colours."""

from __future__ import annotations

import re

from plugin.guardrails.claims import Claim
from plugin.guardrails.facts_record import ListingFacts
from plugin.guardrails.vocabulary import COLOURS, MATERIALS, Term


def finishes(text: str) -> list[tuple[int, int]]:
    """Metal words that name a finish, not a material: a metal right before another material
    ("rose gold stainless steel spoons", "a silver aluminium case"), with the colour word
    before it ("rose", "white")."""
    found = MATERIALS.find(text)
    out = _listed_with_colours(text, found)
    for (start, end, term), (after_start, _, after) in zip(found, found[1:], strict=False):
        if term.kind != "metal" or after.kind == "metal" and after.name in term.broader:
            continue
        if PLATED.search(text, start, end):
            continue  # "chrome-plated brass": a layer of metal over metal, a material
        if not re.fullmatch(r"[\s-]*", text[end:after_start]):
            continue
        shade = _SHADE_BEFORE.search(text[max(0, start - 12) : start])
        out.append((start - (len(shade.group()) if shade else 0), end))
    for start, end, term in found:  # "finished in antique copper", "a brushed brass finish"
        if term.kind != "metal" or PLATED.search(text, start, end):
            continue
        shade = _SHADE_BEFORE.search(text[max(0, start - 12) : start])
        first = start - (len(shade.group()) if shade else 0)
        before = _FINISHED_IN.search(text[max(0, first - 20) : first])
        if before or _FINISH_AFTER.match(text, end):
            out.append((first, end))
    return sorted(set(out))


# A metal named as the finish: "finished in bronze", "a brass finish".
_FINISHED_IN = re.compile(r"\bfinish(?:ed)?\s+(?:in|with)\s+(?:an?\s+)?$", re.IGNORECASE)
_FINISH_AFTER = re.compile(r"[\s-]+finish\b", re.IGNORECASE)
PLATED = re.compile(r"plated|plating|chromed", re.IGNORECASE)
# What joins the items of a list: "ivory or copper", "red, navy and silver".
JOIN = r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:or|and|&)\s+)"


def _listed_with_colours(text: str, found: list[tuple[int, int, Term]]) -> list[tuple[int, int]]:
    """A metal listed beside a colour ("ivory or rose gold", "red, navy and silver") names a
    finish: the list is of colours."""
    # a colour word inside a material's name is no colour: "steel and olive wood"
    colours = [(s, e) for s, e, _ in COLOURS.find(text) if not any(a <= s < b for a, b, _ in found)]
    out = []
    for start, end, term in found:
        if term.kind != "metal":
            continue
        shade = _SHADE_BEFORE.search(text[max(0, start - 12) : start])
        first = start - (len(shade.group()) if shade else 0)
        before = any(re.fullmatch(JOIN, text[e:first]) for _, e in colours if e <= first)
        after = any(re.fullmatch(JOIN, text[end:s]) for s, _ in colours if s >= end)
        if before or after:
            out.append((first, end))
    return out


_SHADE_BEFORE = re.compile(r"\b(?:rose|white|yellow|red|pink|antique|brushed|matte?|satin)[\s-]+$",
                           re.I)  # fmt: skip


def offers_a_metal(facts: ListingFacts) -> bool:
    """Whether the listing's colour option offers a metal finish ("Colour: Black, Brass")."""
    values = facts.colour_option.split(":", 1)[-1] if facts.colour_option else ""
    return any(term.kind == "metal" for _, _, term in MATERIALS.find(values))


def metal_finishes(text: str, facts: ListingFacts) -> list[Claim]:
    """A metal listed with the finishes a listing offers, where those include a metal
    ("Colour: Matte Black, Brass"; "choose chrome or brass"): a finish, so a colour claim. A
    metal said otherwise ("a steel arm") stays a material."""
    if not offers_a_metal(facts):
        return []
    values = [v.strip() for v in facts.colour_option.split(":", 1)[-1].split(",") if v.strip()]
    offered = [(m.start(), m.end()) for v in values for m in re.finditer(re.escape(v), text, re.I)]
    return [
        Claim("colour", start, end, text[start:end], "")
        for start, end, term in MATERIALS.find(text)
        if term.kind == "metal"
        and any(
            re.fullmatch(JOIN, text[e:start]) or re.fullmatch(JOIN, text[end:s]) for s, e in offered
        )
    ]
