"""A value that gives one figure per variant ("1 in (10 in), 2 in (20 in)", "S 30–40 cm; M
40–52 cm", "3–4 hours (small); 10+ hours (large)") is never said as one of its figures.

Round 35: heldout37's raters marked a sentence that said the first size's figure as the
product's (the first size's capacity, the smaller set's build time, where the other variants' are
others): it misleads the buyer of every other variant. A planned sentence that says some of
such a value's figures but not all is left out, and the list keeps the value whole.
"""

from __future__ import annotations

import re

from plugin.generation.sentence import Role, Sentence

_FIGURE = r"\d[\d.,/-]*(?:\s?[–-]\s?\d[\d.,/-]*)?\+?"
# A part scoped by a note after its figure ("1 in (10 in)") or a name before it ("M 40–52 cm").
_NOTED = re.compile(rf"^(?P<figure>{_FIGURE})[^()]*\([^()]+\)$")
_NAMED = re.compile(rf"^[^\W\d_][\w/–-]{{0,11}}\s+(?P<figure>{_FIGURE})")


def scoped_figures(value: str) -> list[str]:
    """The figures of a value that gives one per variant, each with its scope; ``[]`` for any
    other value ("Clear glass, 500 ml" has one figure, "40–50 cm" no scope)."""
    parts = [p.strip() for p in re.split(r";\s*|,\s+(?=[^\W_])", value) if p.strip()]
    figures = []
    for part in parts:
        found = _NOTED.match(part) or _NAMED.match(part)
        if found:
            figures.append(found["figure"])
    return figures if len(figures) >= 2 and len(set(figures)) >= 2 else []


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
