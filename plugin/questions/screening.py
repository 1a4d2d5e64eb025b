"""Questions that must not be answered from the facts, whatever the facts say: attempts to change
the instructions, requests for other customers' data, and requests for discounts or price changes.

The question always reaches the model as data between fixed markers; these checks are a second line
that keeps such questions away from the model and in front of the merchant.
"""

from __future__ import annotations

import re
from enum import StrEnum


class Flag(StrEnum):
    INJECTION = "injection"
    OTHER_CUSTOMER = "other_customer"
    DISCOUNT = "discount"


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts), re.IGNORECASE)


_PEOPLE = r"(?:customers?|buyers?|shoppers?|clients?|users?|people|persons?|someone|somebody)"
_PERSONAL = (
    r"(?:e-?mails?|addresse?s?|phone(?: numbers?)?|numbers?|names?|details|data|orders?|"
    r"card(?: numbers?)?|payment|info(?:rmation)?|purchases?|contacts?)"
)

PATTERNS: dict[Flag, re.Pattern[str]] = {
    Flag.INJECTION: _rx(
        r"\b(?:ignore|disregard|forget|override|bypass|skip)\b[^.?!]{0,40}\b(?:instructions?|above|"
        r"previous|prior|earlier|rules?|prompts?|system|guidelines?|everything|context|facts)\b",
        r"\b(?:system|developer|hidden|initial)\s+(?:prompt|message|instructions?|mode)\b",
        r"\b(?:repeat|print|show|reveal|output|leak|display)\b[^.?!]{0,30}\b(?:prompt|"
        r"instructions?|rules|configuration|facts list)\b",
        r"\byou are (?:now|no longer)\b|\bact as\b|\bpretend (?:to be|you|that)\b|"
        r"\bfrom now on\b|\bnew (?:instructions?|rules?|task)\b|\bjailbreak|\bDAN mode\b|"
        r"\broleplay\b|\brole[- ]play\b",
        r"\b(?:reply|respond|answer|say|write|output)\b[^.?!]{0,12}\b(?:only|exactly|just)\b"
        r"[^.?!]{0,12}[\"'“]",
        r"\b(?:just|only) (?:say|reply|answer|write)\b",
        r"</?\s*(?:question|system|assistant|user|instructions?)\s*>|<<<|>>>|^\s*(?:answer|facts|"
        r"system|assistant)\s*:|\n\s*(?:answer|facts|system|assistant)\s*:|###",
        r"\b(?:tell|write) (?:me )?(?:a )?(?:joke|poem|story|song)\b",
        r"\bforget (?:what|everything|all) (?:you (?:were|have been) )?(?:told|said|know)\b",
        r"\b(?:text|words|message) above\b",
    ),
    Flag.OTHER_CUSTOMER: _rx(
        rf"\b(?:other|another|previous|last|earlier|different|past|all)\s+{_PEOPLE}\b",
        rf"\b{_PEOPLE}(?:'s|s')?\s+(?:\w+\s+){{0,2}}{_PERSONAL}\b",
        rf"\b{_PERSONAL}\s+of\s+(?:the\s+)?(?:other\s+|previous\s+|last\s+)?{_PEOPLE}\b",
        r"\bwho (?:else )?(?:has |have )?(?:bought|ordered|purchased|returned)\b",
        r"\bwhat (?:did|has|have) (?!i\b|we\b)\w+(?: \w+){0,3} (?:order|buy|purchase|bought)",
        r"\b(?:someone|somebody) else'?s?\b",
        r"\b(?:list|database|export|dump) of (?:customers|users|orders|buyers|e-?mails)\b",
    ),
    Flag.DISCOUNT: _rx(
        r"\bdiscounts?\b|\bcoupons?\b|\bpromo(?:tion(?:al)?)?\s*codes?\b|\bvouchers?\b",
        r"\bcheaper\b|\bprice match|\blower (?:the )?price\b|\bbetter price\b|\breduce the price\b",
        r"\b(?:haggle|negotiate|bargain)\b|\bbest price\b|\bgive (?:it to )?me (?:it |one )?"
        r"(?:for )?free\b|\bfor free\b|\bfree of charge\b|\b\d+\s*%\s*off\b|\bpercent off\b",
        r"\b(?:any|a|special) deals?\b|\bsale price for me\b|\bknock (?:some|a bit|\$?\d+) off\b",
    ),
}

# When a question matches several, the one that most needs the merchant wins.
PRIORITY = (Flag.OTHER_CUSTOMER, Flag.INJECTION, Flag.DISCOUNT)


def screen(question: str) -> Flag | None:
    """The reason this question must go to the merchant unanswered, or None."""
    for flag in PRIORITY:
        if PATTERNS[flag].search(question):
            return flag
    return None
