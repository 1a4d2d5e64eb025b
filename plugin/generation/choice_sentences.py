"""How the description says the options a shopper picks by name (round 31).

The plan says each named option as "Choose the sleeve: short or long." (``plan.py``), the form
the first line, the short description and the meta read back. Said that way on every draft,
heldout33's raters marked "Choose the X: …" as the template shared across the catalogue (14 of
40 drafts had it, some twice in a row). The description therefore says two such options in one
sentence where their values are short ("Choose the keys (17 or 21) and the tuning (C major or G
major)."), and says them in one of three shapes by the listing's rotation, so a catalogue's
choice lines differ and each listing's stays the same. No shape has five fixed words ("There is
a choice of" was one, and three drafts of forty then shared it).
"""

from __future__ import annotations

import re
from dataclasses import replace

from plugin.generation.said_values import join_values
from plugin.generation.sentence import Role, Sentence

_NAMED = re.compile(r"^Choose the (?P<name>[^:]+): (?P<values>[^:]+)\.$")

# One option, then two: "Choose the wood: maple or boxwood." / "Choose the keys (17 or 21) and
# the tuning (C major or G major)."
_SHAPES: tuple[tuple[str, str], ...] = (
    ("Choose the {name}: {values}.", "Choose the {name} ({values}) and the {other} ({others})."),
    (
        "You can pick the {name}: {values}.",
        "You can pick the {name} ({values}) and the {other} ({others}).",
    ),
    ("Select the {name}: {values}.", "Select the {name} ({values}) and the {other} ({others})."),
)


# Round 35: an option that names what the product is packed in, its values amounts, is said as
# the packs it comes in ("It comes in 250 g and 500 g bags."), not "Choose the bag: …", the
# frame heldout37's raters read on every drink and pantry draft.
_CONTAINERS = frozenset(
    "jar pack bag bottle tin pouch box tub can jug carton sack roll tube bucket".split()
)
_AMOUNT = re.compile(r"\d+(?:[.,]\d+)?\s?(?:g|kg|ml|cl|l|L|oz|lb|fl oz)")


def _in_containers(named: re.Match[str], plural: bool) -> str | None:
    name = named["name"].strip().lower()
    values = [v.strip() for v in re.split(r",\s*|\s+or\s+", named["values"]) if v.strip()]
    if name not in _CONTAINERS or len(values) < 2:
        return None
    if not all(_AMOUNT.fullmatch(v) for v in values):
        return None
    names = name + ("es" if name.endswith(("x", "ch", "sh")) else "s")
    return f"{'They come' if plural else 'It comes'} in {join_values(values, 'and')} {names}."


def _short(values: str) -> bool:
    """Values that read cleanly in brackets: no comma, bracket or colon of their own."""
    return not re.search(r"[,;:()]", values) and len(values.split()) <= 6


def varied_choices(
    written: list[tuple[Sentence, str]], turn: int, plural: bool = False
) -> list[tuple[Sentence, str]]:
    """The written sentences with each named option said in the listing's shape, and two in a
    row joined into one sentence where both have short values; an option of packs said as the
    packs the product comes in (``plural``: the product is "They")."""
    out: list[tuple[Sentence, str]] = []
    # Options said one after another take the next shape each: never "You can pick … You can
    # pick …".
    run = 0
    # The option said last, while it can still take the next one into its sentence.
    before: re.Match[str] | None = None
    for sentence, text in written:
        named = _NAMED.match(text) if sentence.role is Role.CHOICE else None
        packed = _in_containers(named, plural) if named else None
        if packed:
            out.append((sentence, packed))
            before, run = None, 0
        elif not named:
            out.append((sentence, text))
            before, run = None, 0
        elif before and _short(before["values"]) and _short(named["values"]):
            first = out.pop()[0]
            # The pair is said in the shape its first option had.
            said = _SHAPES[(turn + run - 1) % len(_SHAPES)][1].format(
                name=before["name"],
                values=before["values"],
                other=named["name"],
                others=named["values"],
            )
            out.append((replace(first, facts=first.facts + sentence.facts), said))
            before = None
        else:
            single = _SHAPES[(turn + run) % len(_SHAPES)][0]
            out.append((sentence, single.format(name=named["name"], values=named["values"])))
            before, run = named, run + 1
    return out
