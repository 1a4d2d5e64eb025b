"""The listing's facts as the FAQ asks them: labels and values the shop wrote in two languages
said on their English side, a label that ends in its unit said without it."""

from __future__ import annotations

import re

from plugin.generation.colour_labels import colour_named
from plugin.generation.faq_flags import yes_or_no
from plugin.generation.faq_labels import PER, asked_label
from plugin.generation.faq_values import options_of
from plugin.generation.plan import Plan
from plugin.generation.two_languages import english_half, latin

# "Ripstop-Polyamid 70D / Polyamide ripstop 70D": two sides, each with a word; "30 m / 100 ft"
# and "S / M" are one value (each side a unit or a code).
_TWO_SIDES = re.compile(r"^(?P<one>[^/]*[^\W\d_]{2}[^/]*?)\s+/\s+(?P<two>[^/]*[^\W\d_]{2}[^/]*)$")


def one_language(text: str, paired: bool = True) -> str:
    """A label or a value the shop wrote in two languages, said on its English side ("塩分 /
    Salt" → "Salt", "Niebarwiony / Undyed" → "Undyed", "Nylonband 25 mm, fleecefodrad / 25 mm
    nylon webbing, fleece-lined" → its English side); a side in another script than the Latin
    never; ``text`` as written when neither side reads as English more than the other
    (round 26: heldout28's raters marked raw bilingual values pasted into metas and answers)."""
    if text.count(" / ") > 1:
        # "大麦 / Barley, 大豆 / Soybeans and 食塩 / Salt": each item on its own side.
        items = options_of(text)
        if len(items) > 1 and all(i.count(" / ") == 1 for i in items):
            shown = [one_language(i, paired) for i in items]
            if all(a != b for a, b in zip(shown, items, strict=True)):
                return f"{', '.join(shown[:-1])} and {shown[-1]}"
        return text
    half = english_half(text)
    sides = [side.strip() for side in text.strip().split(" / ")]
    if half is None and paired and len(sides) == 2:
        # Round 37: under a label in two languages, a value whose one side has letters English
        # does not write ("hörnäpuu / silver birch") is said on the other side; a thin
        # listing's one fact was lost with it (an empty FAQ).
        plain = [bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9 ,.%()'-]*", s)) for s in sides]
        if plain.count(True) == 1 and all(re.search(r"[^\W\d_]{3}", s) for s in sides):
            half = plain.index(True)
    if half is None:
        return text  # "30 m / 100 ft" and "S / M" are one value; neither side reads as English
    # Two Latin sides are two languages only where the listing says so (``paired``: its label
    # is in two languages) or the sides hold the same numbers ("100% len, 190 g/m² / 100%
    # linen, 190 g/m²"); "Cotton / Elastane" under "Material" is a blend, said whole.
    numbers = [re.findall(r"\d+", side) for side in sides]
    if not paired and all(map(latin, sides)) and not (numbers[0] and numbers[0] == numbers[1]):
        return text
    return sides[half]


def two_languages(text: str) -> bool:
    """Whether a sentence still holds a value in two languages, side by side ("is made of
    Ripstop-Polyamid 70D / Polyamide ripstop 70D"): no meta or short description says it. A
    unit or a code on either side ("30 m / 100 ft", "S / M") is one value."""
    return any(
        re.search(r"[^\W\d_]", a)
        and re.search(r"[^\W\d_]", b)
        and re.search(r"[^\W\d_]{3}", a + " " + b)
        for a, b in re.findall(r"(\S+) / (\S+)", text)
    )


def english_facts(plan: Plan) -> list[tuple[str, str]]:
    """The list's facts with labels and values in two languages said on their English side, in
    the list's order; a colour keeps both sides (the guardrails read a colour against the
    listing's own values)."""
    out = []
    for label, value in plan.fact_list:
        shown = one_language(label)
        paired = shown != label or bool(_TWO_SIDES.match(label.strip()))
        value = value if colour_named(shown) else one_language(value, paired)
        unit = _UNIT_LABEL.match(asked_label(shown).lower())
        if unit and re.fullmatch(r"[\d.,/ x×]+", value.strip()) and not PER.match(unit["name"]):
            # "Paper weight gsm: 64" is the paper weight, 64 gsm (round 26: "What is the paper
            # weight gsm? — 64." read as a raw column).
            shown, value = unit["name"].capitalize(), f"{value.strip()} {unit['unit']}"
        negated = _NOT_LABEL.match(asked_label(shown))
        flag = _flag_of(negated["flag"]) if negated else None
        if flag and value.strip() and not yes_or_no(value):
            # Round 41: "Not vegan: contains tallow" is a no to a shopper's yes-or-no (asked "What
            # is the not vegan like?", as a thing): "Suitable for vegans: No – contains tallow",
            # asked "Is it suitable for vegans? — No, it contains tallow.".
            shown, value = flag, f"No – {value.strip()}"
        out.append((shown, value))
    return out


# A label that denies a quality in one or two words ("Not vegan", "Not dishwasher safe").
_NOT_LABEL = re.compile(r"(?i)^not (?P<flag>[a-z-]+(?: [a-z-]+)?)$")

# Qualities a "Not …" label denies that read as a yes-or-no ("Not included" is no quality).
_QUALITIES = frozenset("organic halal kosher recyclable waterproof edible".split())


def _flag_of(words: str) -> str | None:
    """The yes-or-no label a "Not …" label denies: a diet ("vegan" → "Suitable for vegans")
    or a quality said of the product ("dishwasher safe", "waterproof"); ``None`` otherwise."""
    words = words.lower()
    if words in ("vegan", "vegetarian"):
        return f"Suitable for {words}s"
    if words.endswith(("-free", " safe", "proof", "able", "ible")) or words in _QUALITIES:
        return words[:1].upper() + words[1:]
    return None


# A label that ends in its unit: "Paper weight gsm", "Tray size cm"; round 32: a unit said as a
# word ("Cycle time seconds: 12" read "12 cycle time seconds" in heldout34's FAQs).
_UNIT_LABEL = re.compile(
    r"^(?P<name>[a-z][a-z ]*[a-z]) (?P<unit>mm|cm|m|gsm|g|kg|ml|l|in|w|v|cc|mph|psi|rpm|lbs?|oz"
    r"|seconds|minutes|hours|days|weeks|months|years|tons|tonnes|watts|volts|litres|liters)$"
)
