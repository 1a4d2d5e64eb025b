"""Round 39: codes, units, repeats and substances the kinds' last pass says as English does.

heldout41's raters marked, in metas, short descriptions and FAQ answers, a connector's code and
an electrical unit in the lower case a shop typed ("a usb-c port, 40 w"), a value whose two
language sides differ only by a decimal comma said twice ("≤ 2.5 % / ≤ 2.5 %"), a substance a
food or a cosmetic declares counted with "a" ("has a lactose", "Does it have an alcohol?"), and
a time pasted after what the process lacks ("smoked without sugar, 2 weeks"). Each is mended
by its shape; no listing's phrase is a rule.
"""

from __future__ import annotations

import re

from plugin.generation.fact_kinds import FREE_OF
from plugin.generation.letter_case import units_raised

# "≤ 2.5 % / ≤ 2.5 %": a value both sides of a slash say alike (once the decimal comma is a
# point), said once. A value is a run with no slash that does not cross a sentence's end,
# and the second side ends where the value does ("A4 / A4 sheets" is two values).
_SAME_BOTH_SIDES = re.compile(r"(?<![^\s(:])(?P<v>[^\s/](?:(?!\. )[^/])*?) / (?P=v)(?=[.,;)]|$)")


def said_once_of_two(text: str) -> str:
    return _SAME_BOTH_SIDES.sub(lambda m: m["v"], text)


# A substance the shop declares present or absent: mass nouns, never counted with "a".
_FREE_OF = FREE_OF.pattern
_HAS_SUBSTANCE = re.compile(
    rf"\b(?P<verb>has|have|does not have|do not have) an? (?P<what>{_FREE_OF})\b"
)
_VERB_OF = {
    "has": "contains",
    "have": "contain",
    "does not have": "does not contain",
    "do not have": "do not contain",
}


def substances_uncounted(text: str) -> str:
    """ "It has a lactose." → "It contains lactose."; "does not have an alcohol" → "does not
    contain alcohol"."""
    return _HAS_SUBSTANCE.sub(lambda m: f"{_VERB_OF[m['verb']]} {m['what']}", text)


def is_substance(name: str) -> bool:
    """Whether a label names a substance a product contains or is free of ("Lactose")."""
    return bool(re.fullmatch(_FREE_OF, name.strip().lower()))


# "smoked without sugar, 2 weeks": the time said with "for", before what the process lacks.
_LACKS_THEN_SPAN = re.compile(
    r"\b(?P<verb>aged|matured|fermented|cured|rested|ripened|smoked|brined|pickled|dried)"
    r" (?P<how>without|with no|with|in) (?P<what>[^,.;]+?), (?P<span>(?:about |up to )?"
    r"\d+(?:[–-]\d+)? ?(?:days?|weeks?|months?|years?|hours?))(?=[.;]|$)"
)


def span_before_lack(text: str) -> str:
    return _LACKS_THEN_SPAN.sub(
        lambda m: f"{m['verb']} for {m['span']} {m['how']} {m['what']}", text
    )


def kinds_codes(text: str) -> str:
    """Each of the shapes above mended, in one pass."""
    text = said_once_of_two(units_raised(text))
    return span_before_lack(substances_uncounted(text))
