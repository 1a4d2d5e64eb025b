"""Facts a listing's tags state plainly, for the kinds (round 35).

heldout37's raters marked a FAQ with one question, or none, and metas far under 120 characters
on thin listings whose tags say where the product is made or what it is made of. A tag is the
merchant's claim too: "made in <place>" is where it is made, where no fact gives an origin, and
a thin listing's material tag ("oak", "ash wood") what it is made of, where no fact names a
material. Nothing else a tag says is read as a fact here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plugin.domain import Listing
from plugin.generation.benefits import is_material

_MADE_IN = re.compile(r"^made in (?P<place>[a-z][a-z .'-]{1,40})$")
_ORIGIN_LABELS = re.compile(r"\b(?:origin|made in|country|grown in|from)\b")
_MATERIAL_LABELS = re.compile(r"\b(?:material|materials|made of|fabric|wood|timber)\b")
# A listing with this many facts or fewer is thin: its material tag may say what it is made of.
_THIN = 2


def _place(said: str) -> str:
    """ "latvia" → "Latvia", "the uk" → "the UK", "isle of man" → "Isle of Man"; round 40: a
    short word is a code only alone or after "the" ("usa" → "USA"), never in a longer name
    ("new caledonia" → "New Caledonia", "costa rica" → "Costa Rica")."""
    words = said.split()
    named = [w for w in words if w != "the"]
    return " ".join(
        w
        if w in ("of", "and") or (w == "the" and n == 0)
        else w.upper()
        if len(w) <= 3 and w not in ("the",) and len(named) == 1
        else w.capitalize()
        for n, w in enumerate(words)
    )


def tags_state(listing: Listing, listed: Sequence[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """The tags' facts as label and value pairs ("Made in", "Estonia"), each only where no
    listed fact says the same kind of thing."""
    labels = [label.strip().lower() for label, _ in listed]
    out: list[tuple[str, str]] = []
    if not any(_ORIGIN_LABELS.search(label) for label in labels):
        found = (_MADE_IN.match(tag.strip().lower()) for tag in listing.tags)
        places = [m["place"].strip() for m in found if m]
        if places and places[0] not in listing.title.lower():
            out.append(("Made in", _place(places[0])))
    if len(listed) <= _THIN and not any(_MATERIAL_LABELS.search(label) for label in labels):
        out += [("Material", material) for material in _materials(listing)][:1]
    return tuple(out + _diets(listing, labels))


# Round 36: a tag that states a diet ("vegan", "<x> free"): asked as a shopper asks it ("Is it
# suitable for vegans?", "Is it gluten-free?"), where no listed fact's label names the diet.
_FREE_OF = "gluten dairy nut peanut lactose sugar caffeine egg soy soya wheat alcohol plastic bpa"
_DIET_TAG = re.compile(
    rf"^(?:(?P<free>{'|'.join(_FREE_OF.split())})[ -]free|(?P<diet>vegan|vegetarian))$"
)


def is_diet(label: str) -> bool:
    """Whether a tag's fact is a diet (``_diets``)."""
    return label.endswith("-free") or label.startswith("Suitable for ")


def _diets(listing: Listing, labels: Sequence[str]) -> list[tuple[str, str]]:
    out = []
    for tag in listing.tags:
        found = _DIET_TAG.match(tag.strip().lower())
        if not found:
            continue
        word = found["free"] or found["diet"]
        if any(word in label for label in labels):
            continue
        label = f"{word.capitalize()}-free" if found["free"] else f"Suitable for {word}s"
        if (label, "Yes") not in out:
            out.append((label, "Yes"))
    return out


def _materials(listing: Listing) -> list[str]:
    """Tags that name a material ("linen", "ash wood"), not one the title says."""
    title = listing.title.lower()
    found = []
    for tag in listing.tags:
        words = tag.strip().lower().split()
        if not words or len(words) > 3 or " ".join(words) in title:
            continue
        if (
            is_material(" ".join(words))
            or is_material(words[-1])
            or (words[-1] in ("wood", "timber") and is_material(words[0]))
        ):
            found.append(" ".join(words))
    return found
