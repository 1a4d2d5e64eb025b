"""More of a rich listing's parts in the prose (round 29).

heldout31's raters marked one-line drafts on listings with many attributes ("a rich listing
reduced to one minor fact": a banjo whose neck, fingerboard, strings and gig bag were left to the
list). ``more_facts`` said a part only where its label was a known part word. Here any one-word
label names a part when its value is what the part is made of ("Neck: Maple" → "a maple neck";
"Strings: Light-gauge steel, fitted" → "fitted light-gauge steel strings"), unless the label names
the stuff itself, a property or a use ("Wood: Flamed maple", "Finish: …"). And a clause naming a
thing that comes with it ("Padded gig bag included", "D-rings fitted") is said as what it comes
with or has. A colour of the part the product is ("Clip colour: Green" on clips) is the
product's: "They are green", not "They have a green clip". Nothing is said that the value does
not.
"""

from __future__ import annotations

import re

from plugin.generation.benefits import is_material
from plugin.generation.colour_labels import colour_named
from plugin.generation.fact_words import DESCRIBING_ENDINGS, MATERIAL_WORDS, said_name
from plugin.generation.title_reading import noun_of
from plugin.generation.value_commas import comma_items
from plugin.generation.value_shapes import article
from plugin.generation.voice import Voice, voice_of

# One-word labels that name the stuff, a property or a use, never a part.
_NOT_PARTS = frozenset(
    """material materials fabric fibre fiber wood timber metal stone yarn finish colour color
    type style size weight origin care shape pattern grade quality texture flavour flavor scent
    use uses fit fits construction build composition content contents ingredients filling made
    brand model range suitable note notes treatment coating surface smoke aroma
    taste wrap wrapper wrapping packaging pack packet""".split()
)
# A value item after the material that describes the part: "no fret markers", "1 in wide".
_NO_THING = re.compile(r"^no [a-z][a-z -]{2,30}$")
_WIDE = re.compile(r"^\d[\d.,/ ]*\s?(mm|cm|m|in|ft)( (wide|long|thick|deep|high|across))?$")
# "Padded gig bag included", "D-rings fitted": a thing and the word that says it comes with it.
_SUPPLIED = re.compile(
    r"^(?P<thing>[A-Za-z][A-Za-z0-9 -]{1,40}?) (?P<how>included|supplied|fitted|attached)$"
)


# Common materials a part is made of that ``MATERIAL_WORDS`` and the reasons do not hold.
_MORE_MATERIALS = frozenset(
    """mahogany rosewood spruce cherry ebony birch alder elm hazel willow poplar basswood
    plywood mdf hardboard bronze zinc nickel chrome tin pewter silver gold acrylic
    polycarbonate pvc abs horn bone mesh webbing""".split()
)


def _made_of(stuff: str) -> bool:
    words = stuff.split()
    return bool(words) and (
        is_material(stuff) or words[-1] in MATERIAL_WORDS or words[-1] in _MORE_MATERIALS
    )


def part_named(name: str, value: str) -> str | None:
    """ "Neck: Maple" → "a maple neck"; "Fingerboard: Walnut, no fret markers" → "a walnut
    fingerboard without fret markers"; ``None`` where the label names no part or the value is
    not what the part is made of."""
    if not re.fullmatch(r"[a-z]{3,}", name) or name in _NOT_PARTS:
        return None
    if name.endswith(DESCRIBING_ENDINGS) and not name.endswith(("ring", "ings", "board")):
        return None  # "Padding", "Printed": a state or a process, not a part
    items = comma_items(value)
    if not items or len(items) > 3 or re.search(r"[;:()/]", value):
        return None
    plural = voice_of(name).plural
    counted = re.fullmatch(r"(\d+)(?: ?(?:pcs|pieces|pc))?", items[0].lower())
    if plural and counted:
        # "Bobbins: 8 pcs" → "8 bobbins"; "Springs: 2, stainless steel" → "2 springs in
        # stainless steel" (the count next to its noun, as the guardrails read a count)
        rest = items[1].lower() if len(items) == 2 else ""
        if len(items) > 2 or (rest and not _made_of(rest)):
            return None
        return f"{counted.group(1)} {name} in {rest}" if rest else f"{counted.group(1)} {name}"
    stuff = said_name(items[0])  # "grey PVC", not "grey pvc"
    if len(stuff.split()) > 3 or not _made_of(stuff.lower()) or name in stuff.lower().split():
        return None
    before, after = [], []
    for item in items[1:]:
        low = item.lower()
        if re.fullmatch(r"[a-z]+(-[a-z]+)?", low) and low.endswith(DESCRIBING_ENDINGS):
            before.append(low)
        elif _NO_THING.match(low):
            after.append(f"without {low[3:]}")
        elif _WIDE.match(low):
            after.append(f"({low})")
        else:
            return None
    phrase = " ".join([*before, stuff, name])
    said = phrase if plural else f"{article(phrase)} {phrase}"
    return " ".join([said, *after])


def supplied(part: str, voice: Voice) -> str | None:
    """ "Padded gig bag included" → "It comes with a padded gig bag."; "D-rings fitted" → "It
    has D-rings fitted."; ``None`` for any other clause."""
    found = _SUPPLIED.match(part.strip())
    if not found or len(found["thing"].split()) > 5 or " and " in found["thing"]:
        return None
    thing = found["thing"]
    thing = thing if re.match(r"[A-Z]{1,3}-|[A-Z]{2,}", thing) else thing.lower()
    if re.match(r"\d", thing) or voice_of(thing).plural:
        had = thing
    else:
        had = f"{article(thing)} {thing}"
    if found["how"] in ("included", "supplied"):
        return f"{voice.subject} {voice.verb('comes')} with {had}."
    return f"{voice.subject} {voice.verb('has')} {had} {found['how']}."


def colour_of_whole(name: str, value: str, title: str, voice: Voice) -> str | None:
    """ "Clip colour: Green" on "Vine Clips …" → "They are green."; ``None`` where the label's
    part is not the product itself."""
    words = name.split()
    if len(words) != 2 or not colour_named(name) or not noun_of(title):
        return None
    if words[0].rstrip("s") != noun_of(title):
        return None
    if not re.fullmatch(r"[A-Za-z][A-Za-z -]*", value.strip()) or len(value.split()) > 3:
        return None
    return f"{voice.subject} {voice.be} {value.strip().lower()}."


_ADJUSTABLE = re.compile(
    r"^(?:fully )?adjustable(?:\s*(?:,|–|-|\()\s*(?P<how>\d+ (?:settings|positions|levels|"
    r"steps))\)?)?$",
    re.IGNORECASE,
)


def adjustable(name: str, value: str, voice: Voice) -> str | None:
    """ "Tension: Adjustable, 3 settings" → "Its tension is adjustable, with 3 settings.";
    "Pins: Adjustable" → "Its pins are adjustable."; ``None`` for any other value."""
    found = _ADJUSTABLE.match(value.strip())
    if not found or not re.fullmatch(r"[a-z]+( [a-z]+)?", name):
        return None
    be = "are" if voice_of(name).plural else "is"
    how = f", with {found['how'].lower()}" if found["how"] else ""
    return f"{voice.possessive} {name} {be} adjustable{how}."
