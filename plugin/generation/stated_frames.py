"""A short fact no other frame fits, said as what it is (``stated_lead``: "Sun protection: UPF
50+" → "Its sun protection is UPF 50+"), and whether an "Its <name> is <value>" sentence reads
whole (``fits_possessive``).
"""

from __future__ import annotations

import re

from plugin.generation.fact_kinds import YES
from plugin.generation.fact_words import said_name, spelled
from plugin.generation.frame_check import frame_holds
from plugin.generation.measure_frames import counted_things, range_lead
from plugin.generation.said_values import join_values, lower_first
from plugin.generation.value_shapes import (
    article,
    is_adjective,
    is_measure,
    is_modifier,
    names_part,
    noun_phrase,
)
from plugin.generation.voice import IRREGULAR_PLURALS, Voice
from plugin.generation.yes_frames import yes

# Names that are instructions to the buyer, not a property of the product.
_INSTRUCTIONS = frozenset("use keep store avoid do wash remove install fit apply".split())


# Plural names whose values are rightly a list of things: "Its top notes are fig leaf and
# bergamot", "Its hob types are gas, induction and open fire".
_LISTED_NAMES = re.compile(
    r"(notes|flavou?rs|ingredients|botanicals|scents|accords|aromas|types|surfaces|fuels|modes|"
    r"settings|programmes|programs)$"
)
_NUMBER_NOUN = re.compile(r"\d[\d/.,-]*\s+[a-z]+")
_OWN_KINDS = frozenset("edition version release series generation issue printing model".split())
# A label that names a place, not a part ("In the bag", "Inside", "On the lid"), round 30.
_PLACE_LABEL = re.compile(r"(in|on|inside|under|with|at|per|for|from|to)\b")
_LINKING = re.compile(r"\s(with|over|under|on|in|for|of|from|to|into|onto|per)\s")


def fits_possessive(lead: str, voice: Voice) -> bool:
    """Whether an "Its <name> is <value>" sentence reads whole: the value must be a measure,
    a code or a few describing words. A noun phrase of another kind ("Its weather is rain cover
    over the keyway", "Its map date is 2026 edition"), a list of things ("Its paper size is A4
    and US Letter versions", "Their touchscreen fingertips are index finger and thumb") or a
    describing word beside a thing ("Its wires are staple-free and thin blade spider") does not
    fit the frame (heldout20's raters); the fact stays in the list."""
    owned = re.match(rf"{voice.possessive} ([^,]+?) (is|are) (.+)$", lead)
    if not owned:
        return True
    if _PLACE_LABEL.match(owned.group(1).lower()):
        return False  # "Their in the bag is 4 pegs": a label naming a place names no part
    value = re.sub(r"\s*\([^()]*\)", "", owned.group(3)).strip().rstrip(".")
    lowered = value.lower()
    if _NUMBER_NOUN.fullmatch(lowered) and lowered.split()[-1] in _OWN_KINDS:
        return False  # "2026 edition" names its own kind: a map date is not an edition
    if is_measure(value):
        return True
    if _LINKING.search(f" {lowered} "):
        return False
    parts = [p.strip() for p in re.split(r"\s+(?:and|or|&)\s+|,\s*", lowered) if p.strip()]
    if len(parts) > 1 and all(is_measure(p) for p in parts):
        return True  # "150 L or 4 weeks"
    if len(parts) > 1 and not _LISTED_NAMES.search(owned.group(1).lower()):
        # One-word describing items ("soft and breathable") or things each led by a describing
        # word ("PVC-free polypropylene and acid-free interleaves") fit.
        return all(len(p.split()) == 1 for p in parts) or all(
            len(p.split()) <= 3
            and re.fullmatch(r"[a-z0-9]+-[a-z]+|[a-z]+(ed|able|ible)", p.split()[0])
            for p in parts
        )
    return True


def stated_lead(name: str, value: str, voice: Voice) -> str | None:
    """``_stated_lead`` where its frame holds (``frame_holds``)."""
    return range_lead(name, value, voice) or frame_holds(_stated_lead(name, value, voice))


def _stated_lead(name: str, value: str, voice: Voice) -> str | None:
    """A short fact no other frame fits, said as what it is: "Sun protection: UPF 50+" →
    "Its sun protection is UPF 50+". Only for facts with a known reason to follow."""
    value = spelled(value)
    if len(value.split()) > 5 or any(c in value for c in ";:(),") or len(name.split()) > 3:
        return None
    if "/" in name:
        return None  # "Doors / vestibules: 2 / 2" is a table row, for the list
    lowered = name.strip().lower()
    if lowered.split()[0] in _INSTRUCTIONS:
        return None  # "Use with thermostat: Always" is an instruction, not "Its use … is always"
    if lowered == "type":
        # "Type: Water-based dye ink" reads "It is a water-based dye ink"; "Type:
        # Open-pollinated" reads "It is open-pollinated".
        said = lower_first(value.strip()) if is_adjective(value) else noun_phrase(value.strip())
        return f"{voice.subject} {voice.be} {said}"
    if value.strip().lower() in YES:
        # "Reflective details: Yes" reads "It has reflective details".
        plural = lowered.endswith("s") and not lowered.endswith("ss")
        return f"{voice.subject} {voice.verb('has')} {lowered}" if plural else None
    shown = lower_first(value.strip())
    head = lowered.split()[-1]
    if shown.split()[-1].lower() == head or (names_part(shown) and is_modifier(shown, 5)):
        # "Filter: Reusable mesh filter" reads "It has a reusable mesh filter", "Grind settings:
        # 18 click settings" reads "It has 18 click settings".
        return f"{voice.subject} {voice.verb('has')} {noun_phrase(shown)}"
    if head in shown.lower().split() and not head.endswith("s"):
        # "Guarantee: Lifetime guarantee against defects" reads "It has a lifetime guarantee
        # against defects", not "Its guarantee is lifetime guarantee …".
        return f"{voice.subject} {voice.verb('has')} {article(shown)} {shown}"
    if shown.isdigit() and lowered.endswith("s"):
        # "Temperature settings: 5" reads "It has 5 temperature settings".
        return f"{voice.subject} {voice.verb('has')} {counted_things(shown, lowered)}"
    said_yes = re.match(r"(yes|true)\s*[-–,:(]\s*(.+?)\)?$", value.strip(), re.IGNORECASE)
    if said_yes:
        # "UV protection: Yes - UPF 50" reads "It has UV protection (UPF 50)", not "Its uv
        # protection is yes - UPF 50".
        return yes(name, voice, said_yes.group(2))
    if re.search(r"(proof|resistant|safe|free|able|ible)$", lowered):
        # "Waterproof: IPX6" reads "It is waterproof (IPX6)", not "Its waterproof is IPX6";
        # "Washable: Machine wash 30°" reads "It is washable (machine wash 30°)".
        return f"{voice.subject} {voice.be} {lowered} ({shown})"
    plural = lowered.endswith("s") and not lowered.endswith(("ss", "ness"))
    parts = re.split(r"\s+and\s+|\s*&\s*", shown)
    if (
        len(parts) == 2
        and all(is_modifier(p, 4) for p in parts)
        and any(names_part(p) or names_part(re.sub(r"s$", "", p)) for p in parts)
    ):
        # "Interior: Zip divider and compression straps" reads "Its interior has a zip divider
        # and compression straps", not "Its interior is zip divider and …" (heldout18's raters).
        things = join_values([noun_phrase(p) for p in parts])
        verb = "are" if plural else "has"
        return f"{voice.possessive} {said_name(name)} {verb} {things}"
    be = "are" if plural or lowered.split()[-1] in IRREGULAR_PLURALS else "is"
    # "CRI: Ra > 95" keeps its capitals: "Its CRI is Ra > 95".
    said = f"{voice.possessive} {said_name(name)} {be} {shown}"
    return said if fits_possessive(said, voice) else None
