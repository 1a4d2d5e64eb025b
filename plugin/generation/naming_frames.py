"""Facts that name something: a closure, a scent, the features, who it suits, a warranty
(``named``, ``warranty``): "Closure: Concealed zip" → "It has a concealed zip closure",
"Warranty: 2 years limited" → "It comes with a 2-year limited warranty".
"""

from __future__ import annotations

import re

from plugin.generation.fact_words import (
    DESCRIBING_ENDINGS,
    MATERIAL_WORDS,
    NAME_VERBS,
    VERB_VALUES,
    listed,
    said_name,
)
from plugin.generation.part_words import PARTS
from plugin.generation.said_values import join_values, lower_first
from plugin.generation.value_shapes import article, is_adjective, is_modifier, noun_phrase
from plugin.generation.voice import Voice

_WARRANTY = re.compile(
    r"^(?P<n>\d+)[\s-]*(?P<unit>years?|yrs?|months?)\b[\s,]*(?P<rest>[a-z ]*)$|"
    r"^(?P<life>lifetime)\b[\s,]*(?P<tail>[a-z ]*)$",
    re.IGNORECASE,
)


def warranty(value: str, voice: Voice) -> str | None:
    """ "Warranty: 2 years limited" reads "It comes with a 2-year limited warranty";
    "Lifetime against manufacturing defects", "… a lifetime warranty against …"."""
    found = _WARRANTY.match(value.strip())
    if not found:
        return None
    comes = f"{voice.subject} {voice.verb('comes')} with"
    if found["life"]:
        tail = f" {found['tail'].strip()}" if found["tail"].strip() else ""
        return f"{comes} a lifetime warranty{tail}"
    unit = "year" if found["unit"].lower().startswith("y") else "month"
    # "2 year replacement warranty": the frame says "warranty" once.
    rest = re.sub(r"\s*\bwarranty$", "", found["rest"].strip(), flags=re.IGNORECASE)
    if rest.split()[:1] in (["handled"], ["provided"], ["through"], ["via"], ["from"], ["by"]):
        # "2 years, handled by Kelpline" is who honours it, not a kind of warranty: not "a
        # 2-year handled by Kelpline warranty" (the list gives the rest).
        rest = ""
    if rest and rest.split()[0] in ("against", "on", "for", "covering"):
        return f"{comes} a {found['n']}-{unit} warranty {rest}"
    return f"{comes} a {found['n']}-{unit} {rest + ' ' if rest else ''}warranty"


_UNIT_SYMBOL = re.compile(
    r"°\s?[CF]|psi|bar|kpa|mm|cm|inch(es)?|in|kg|lbs?|g|oz|ml|l", re.IGNORECASE
)


_OWN_HEAT = re.compile(r"((very|extra|quite|fairly|medium|mildly)[ -])?(hot|spicy|fiery)")


def named(lowered: str, value: str, items: list[str], voice: Voice) -> str | None:
    """Facts that name something: a closure, a scent, the features, who it suits."""
    it = voice.subject
    name_words = lowered.split()
    if lowered == "warranty":
        return warranty(value, voice)
    if lowered in ("heat", "heat level", "spice", "spice level") and _OWN_HEAT.fullmatch(
        value.strip().lower()
    ):
        # Round 38: "Heat: Extra hot" reads "It is extra hot", not "has an extra hot heat".
        return f"{it} {voice.be} {value.strip().lower()}"
    if lowered in ("units", "display units", "measuring units", "scale", "scales"):
        # "Units: PSI / BAR / kPa" reads "It reads in PSI, BAR or kPa"; a thermometer's "Scale:
        # °C and °F" shows both: "It reads in °C and °F".
        units = [
            u.strip() for u in re.split(r"\s+/\s+|,\s*|\s+or\s+|\s+and\s+", value) if u.strip()
        ]
        scale = lowered.startswith("scale")
        if 1 < len(units) <= 5 and all(
            len(u) <= 8 and (not scale or _UNIT_SYMBOL.fullmatch(u)) for u in units
        ):
            both = scale and re.search(r"\band\b|&", value)
            return f"{it} {voice.verb('reads')} in {join_values(units, 'and' if both else 'or')}"
    if (
        name_words
        and name_words[-1] in ("levels", "settings", "modes", "speeds")
        and len(items) > 2
    ):
        # "Resistance levels: Extra light (2-4 kg), …, Extra heavy (16-23 kg)" reads "They
        # come in 5 resistance levels, from extra light (2-4 kg) to extra heavy (16-23 kg)".
        return (
            f"{it} {voice.verb('has')} {len(items)} {lowered}, from "
            f"{lower_first(items[0])} to {lower_first(items[-1])}"
        )
    if lowered in ("scent", "scents", "fragrance", "notes", "fragrance notes", "scent notes"):
        if re.search(r"\b(unscented|none|fragrance[- ]free)\b", value, re.IGNORECASE):
            return None  # not "The scent brings together unscented"
        if len(items) == 1 and re.search(r"\b(scent|aroma|smell|fragrance)$", items[0].lower()):
            # Round 48: "Light floral scent" is had, not smelt of ("smells of light floral
            # scent", raters: ungrammatical).
            return f"{it} {voice.verb('has')} {noun_phrase(lower_first(items[0]))}"
        if len(items) == 1:
            return f"{it} {voice.verb('smells')} of {lower_first(items[0])}"
        return f"The scent brings together {listed(items)}"
    if lowered in ("features", "feature", "details", "highlights"):
        return _has_items(items, voice)
    if lowered in _SUITS:
        return f"{it} {voice.verb('suits')} {lower_first(value)}" if is_modifier(value, 4) else None
    if lowered in _FOR:
        return f"{it} {voice.be} made for {lower_first(value)}" if is_modifier(value, 4) else None
    if lowered in ("diet", "dietary") and is_modifier(value, 3):
        # "Diet: Vegan" reads "It is vegan", not "It has a vegan diet".
        return f"{it} {voice.be} {lower_first(value)}"
    if lowered in _BY:
        return f"{it} {voice.be} {_BY[lowered]} {value}" if is_modifier(value, 4) else None
    if lowered in _CRAFTED and _HAND.fullmatch(value.strip()):
        # Round 43: "Embroidery: By hand" reads "It is embroidered by hand", not "Its embroidery
        # is by hand": the handwork a listing marks is what makes it worth buying.
        return f"{it} {voice.be} {_CRAFTED[lowered]} by hand"
    opening = value.split()[0].lower() if value.split() else ""
    wipe_clean = re.match(r"wipe[- ]clean\b", value, re.IGNORECASE)
    if opening in _IMPERATIVES and is_modifier(value, 6) and not wipe_clean:
        # "Preparation: Rinse before use" is an instruction; it reads as one.
        return value[:1].upper() + value[1:]
    if lowered == "language" and is_modifier(value, 3):
        return f"{it} {voice.be} written in {value[:1].upper()}{value[1:]}"
    if lowered == "format" and is_modifier(value, 3):
        return f"{it} {voice.verb('comes')} as {noun_phrase(value)}"
    if lowered == "packaging" and is_modifier(value, 4):
        shown = lower_first(value)
        return f"{it} {voice.verb('comes')} in {noun_phrase(shown)}"
    plural_name = lowered.endswith("s") and not lowered.endswith(("ss", "ness"))
    if (
        plural_name
        and len(items) > 1
        and all(is_modifier(i, 4) or re.fullmatch(r"[A-Z]+\d+", i) for i in items)
    ):
        # "Key ingredients: Shea butter, Glycerin" reads "Its key ingredients are shea butter
        # and glycerin".
        return f"{voice.possessive} {lowered} are {listed(items)}"
    described = _described(lowered, items)
    if described:
        return f"{voice.possessive} {said_name(lowered)} {described}"
    if len(name_words) > 2 or not is_modifier(value):
        return None
    if value.lower() in _GRADES:
        # "Lightfastness: Excellent" reads "Its lightfastness is excellent".
        return f"{voice.possessive} {lowered} is {value.lower()}"
    shown = lower_first(value)
    head = name_words[-1]
    last = shown.lower().split()[-1]
    # "Hardiness: Fully hardy", "Insulation: Vacuum insulated": the value is the name's state.
    root = last[:-1] if last.endswith("y") else last[:-2] if last.endswith("ed") else ""
    stem = last != head and len(root) >= 4 and head.startswith(root)
    # "Wire: Underwired" reads "It is underwired", not "It has an underwired" (heldout27).
    stem = stem or (len(shown.split()) == 1 and last.endswith("ed") and head in last)
    if plural_name and len(shown.split()) == 1 and last.endswith(_STATES):
        # "Straps: Adjustable" reads "It has adjustable straps": the straps are adjustable, not
        # the slip (heldout27's raters).
        return f"{it} {voice.verb('has')} {shown} {lowered}"
    if last.endswith(_STATES) or stem:
        # "Lining: Fully lined" reads "It is fully lined"; "Caffeine: Caffeine-free" reads
        # "It is caffeine-free"; "Insulation: Vacuum insulated" reads "It is vacuum insulated".
        return f"{it} {voice.be} {shown}"
    if lowered in MADE_WITH and shown.lower().endswith(lowered):
        # "Wax: Soy wax" reads "It is made with soy wax", not "It has soy wax".
        return f"{it} {voice.be} made with {shown}"
    if head in shown.lower() or (len(last) > 2 and head.startswith(last)):
        # "Clasp: Lobster clasp" reads "It has a lobster clasp"; "Neckline: Crew neck" reads
        # "It has a crew neck".
        return f"{it} {voice.verb('has')} {noun_phrase(shown)}"
    if lowered in _ABSTRACT or head == "type":
        # "Cutting type: Bypass" is not "It has a bypass cutting type": a reason's frame says
        # "Its cutting type is bypass".
        return None
    if len(shown.split()) > 1 and (last in PARTS or last.removesuffix("s") in PARTS):
        # "Plugs: Sliding plug pins" reads "It has sliding plug pins", not "… pins plugs".
        return f"{it} {voice.verb('has')} {noun_phrase(shown)}"
    if plural_name:
        return f"{it} {voice.verb('has')} {shown} {lowered}"
    if len(shown.split()) > 1 and plural_word(last):
        # "Frame: Fibreglass rods" is not "a fibreglass rods frame": a plural thing before a
        # name has no frame of its own; the list says it.
        return None
    # "Closure: Concealed zip" reads "It has a concealed zip closure".
    return f"{it} {voice.verb('has')} {article(shown)} {shown} {lowered}"


_NOT_PLURAL = frozenset("canvas lens gas glass brass chassis bus plus atlas".split())


def plural_word(word: str) -> bool:
    """ "rods", "chips"; not "canvas", "lens", "glass" or "bus"."""
    return bool(re.fullmatch(r"[a-z]{2,}[^su]s", word)) and word not in _NOT_PLURAL


def _described(lowered: str, items: list[str]) -> str | None:
    """A part's value that is two or three words describing it ("Binding: Thread-sewn,
    lay-flat", "Wick: Cotton, lead-free") reads "is thread-sewn and lay-flat"; a value with a
    part or a number in it ("Stainless steel mesh, removable") stays for another frame."""
    name_words = lowered.split()
    if not 1 <= len(name_words) <= 2 or not 2 <= len(items) <= 3:
        return None
    for item in items:
        words = item.lower().split()
        if not is_modifier(item, 2) or (item[:1].isupper() and item.lower() != lower_first(item)):
            return None
        if not all(
            w in MATERIAL_WORDS or "-" in w or is_adjective(w) or w.endswith(DESCRIBING_ENDINGS)
            for w in words
        ):
            return None
        if words[-1] in PARTS or words[-1] in _MASS_NOUNS_OF_STATE:
            return None
    plural = lowered.endswith("s") and not lowered.endswith(("ss", "ness"))
    return f"{'are' if plural else 'is'} {listed(items)}"


# Words that name a thing though they end like a description: "Padding", "Lining".
_MASS_NOUNS_OF_STATE = frozenset("padding lining filling coating finish".split())


# What a product is made with rather than a part it has.
MADE_WITH = {"wax", "oil", "oils", "ink", "inks", "fill", "filling", "stuffing", "glaze"}
_GRADES = {"excellent", "very good", "good", "high", "very high", "medium", "moderate", "low"}


def _has_items(items: list[str], voice: Voice) -> str | None:
    """ "Features: Pull-out drawer, Phone slot" reads "It has a pull-out drawer and a phone
    slot"; a list with a verb in it ("Packs into its pocket") stays in the list."""
    if any(i.split()[0].lower() in VERB_VALUES | NAME_VERBS for i in items if i.split()):
        return None
    if any(len(i.split()) > 6 for i in items):
        return None
    return f"{voice.subject} {voice.verb('has')} {join_values([noun_phrase(i) for i in items])}"


# Endings of a value that says what state it is in rather than naming a part.
_STATES = ("able", "ible", "proof", "free", "less", "resistant", "safe", "lined")
# First words of a value that is an instruction.
_IMPERATIVES = {"rinse", "wash", "store", "wipe", "keep", "avoid", "remove", "apply", "shake"}


_FOR = {"life stage", "for", "intended for", "audience"}
_BY = {"author": "written by", "illustrator": "illustrated by", "designer": "designed by"}

# A craft's label and what its product is, where the value says the work is done by hand.
_CRAFTED = {
    "embroidery": "embroidered",
    "stitching": "stitched",
    "sewing": "sewn",
    "knitting": "knitted",
    "painting": "painted",
    "carving": "carved",
    "weaving": "woven",
    "finishing": "finished",
}
_HAND = re.compile(r"(?:done |made |worked )?by hand|hand(?:[- ]?(?:done|made|worked))?", re.I)


_SUITS = {"skin type", "skin types", "hair type", "hair types", "suits"}


# Names too abstract for "It has a … power": the list says them better.
_ABSTRACT = {"power", "speed", "level", "output", "input", "voltage", "connectivity", "type"}
