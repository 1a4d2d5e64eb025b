"""Whether a fact denies what a matching rule would say of it (``denied``): "Not waterproof",
"Lid: Not a glass lid", a waterproof part of a product that is not, a pump not included."""

from __future__ import annotations

import re

from plugin.generation.benefit_rules import Benefit
from plugin.generation.part_words import PARTS

# "Water-based, not waterproof" does not claim what "waterproof" would.
# "Not fully waterproof" denies it as much as "not waterproof".
_NEGATED = re.compile(
    r"\b(not|non|no|never|without)[\s-]*((fully|completely|entirely|totally|100\s?%)[\s-]*)?$"
)
# A value that denies its name ("Non slip: No - use with an underlay") and a name that denies its
# value ("Free from: fragrance") deny every rule that does not read the denial itself: without
# the denying words, "Assembly: None" no longer matches its rule ("so it is ready to use"), but
# "Lid: Not a glass lid" still matches "glass lid".
# "No pull front clip" names a feature; "No", "No - use an underlay" and "No, hand wash" deny.
DENYING_VALUE = re.compile(r"no(?=\s*$|\s*[,;:(–]|\s+-)|(not|none|never|false|n/a|without)\b")
DENYING_NAME = re.compile(
    r"(free from|without|contains no|does not contain|not|never|do not|excludes?|excluded|"
    r"exclusions|unsuitable|avoid)\b"
)


# A denial inside what the rule matched, which the rule's own words do not read: "Mounting: 4
# cast feet with bolt holes; stand not included" matched "^mounting: .*included" (heldout22's
# raters: "no trip to the shop for fixings" for bolt holes, no bolts included).
_INNER_DENIAL = re.compile(r"\b(not|no|without|never|excluded|excludes)\b")
# What a value withholds: something not included, sold apart or needed besides.
_WITHHELD = re.compile(
    r"\bnot (included|supplied|provided|in the box)\b|\bsold separately\b|\bneeds\b"
    r"|\bexcluded\b"
)
# "No assembly required", "None needed": nothing is withheld.
_NOTHING_NEEDED = re.compile(r"\b(no|not|none|nothing)\b[^,;]*\b(required|needed)\b")
# Reasons that promise nothing else is needed: untrue where the fact withholds something
# ("Shipped deflated – needle included, pump not included, so it can be pumped up straight
# away", heldout22's raters: "misleading, as no pump is included").
_COMPLETE = re.compile(
    r"everything needed|no trip to the shop|straight away|out of the box|in the box|"
    r"ready to use|nothing else|all it needs"
)
# Reasons about water or rust said of "it": true of the product only when the fact says it of
# the product, not of one part ("Electronics: Waterproof ESC and servo, so getting it wet is
# not a worry", heldout22's raters: "overstates"; a waterproof zip is not a waterproof bag).
_WHOLE_CLAIM = re.compile(r"\b(wet|water|rain|splash|shower|rust\w*|weather)\b")
_WET_WORDS = re.compile(r"water|splash|rust|weather|rain|ip[x\d]\d")
_PART_WORDS = PARTS | {"esc", "servo", "servos", "electronics", "receiver", "battery", "zipper"}
_NEXT_WORD = re.compile(r"[\s-]*(?:and |& )?([a-z]+)")


def _said_of_a_part(rule: Benefit, fact: str, found: re.Match[str], value_at: int) -> bool:
    """Whether the rule's words name a property of a part the value names right after them
    ("waterproof ESC"), while every reason says it of the whole product."""
    if found.end() <= value_at or not _WET_WORDS.search(found.group()):
        return False
    if not all(_WHOLE_CLAIM.search(r) for r in rule.reasons):
        return False
    after = _NEXT_WORD.match(fact, found.end())
    return bool(
        after and after.group(1) in _PART_WORDS and after.group(1) not in rule.pattern.pattern
    )


def _withholds(rule: Benefit, value: str) -> bool:
    """Whether the fact withholds something while a reason promises nothing else is needed."""
    return any(_COMPLETE.search(r) for r in rule.reasons) and bool(
        _WITHHELD.search(_NOTHING_NEEDED.sub(" ", value))
    )


def _denies_its_name(name: str, value: str) -> bool:
    """Whether the value denies the thing its name names: "Collar: Crew neck, no collar"
    (heldout22's raters: "'crew neck collar' contradicts 'no collar'")."""
    words = re.findall(r"[a-z]+", name)
    if not words:
        return False
    noun = words[-1][:-1] if words[-1].endswith("s") and len(words[-1]) > 3 else words[-1]
    return bool(re.search(rf"\b(no|not|without|non)[\s-]+(an? |any )?{re.escape(noun)}s?\b", value))


# A value that keeps the product to the opposite of what its label names ("Outdoor use: Indoors
# only"): no reason for the label is given (round 24: such a reason said the opposite).
_OPPOSITE_OF = {
    "indoor": "outdoor",
    "outdoor": "indoor",
    "inside": "outside",
    "outside": "inside",
    "dry": "wet",
    "wet": "dry",
    "cold": "hot",
    "hot": "cold",
}
_LIMITED = re.compile(
    r"\b(?P<word>indoor|outdoor|inside|outside|dry|wet|cold|hot)s?\b[^,;]*\bonly\b"
)


def _limited_to_opposite(fact: str, found: re.Match[str], value_at: int) -> bool:
    """Whether the value limits the product to the opposite of the rule's words in its name."""
    limit = _LIMITED.search(fact, value_at)
    if not limit or found.start() >= value_at:
        return False
    return _OPPOSITE_OF[limit.group("word")] in found.group()


def denied(rule: Benefit, fact: str, found: re.Match[str], value_at: int) -> bool:
    if _NEGATED.search(fact[: found.start()]):
        return True
    if _limited_to_opposite(fact, found, value_at):
        return True
    inner = fact[max(found.start(), value_at) : found.end()]
    if _INNER_DENIAL.search(inner) and not _INNER_DENIAL.search(rule.pattern.pattern):
        return True
    if _said_of_a_part(rule, fact, found, value_at) or _withholds(rule, fact[value_at:]):
        return True
    reads_denials = bool(_INNER_DENIAL.search(rule.pattern.pattern))
    if not reads_denials and _denies_its_name(fact[: value_at - 2], fact[value_at:]):
        return True
    for denial in (DENYING_VALUE.match(fact, value_at), DENYING_NAME.match(fact)):
        if denial and rule.pattern.search(fact[: denial.start()] + fact[denial.end() :]):
            return True
    return False
