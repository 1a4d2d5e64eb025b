"""Offer terms: a discount, a deadline or free shipping may only come from the brief's offer.

The merchant writes the offer ("20% off everything until Sunday"); copy that promises anything
else — another percentage, another day, free delivery nobody offered — is blocked where it
stands. A term is supported when the offer says it in so many words, or when the offer makes
a promise of the same kind and every number, day and month the term names is in the offer
("until Sunday" for an offer "ends Sunday"; not "20% off" for an offer "15% off").
"""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.listing_facts import normalise

FTC_PRICING = "FTC Guides Against Deceptive Pricing, 16 CFR Part 233"

_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WHEN = (
    rf"(?:this |next )?(?:{_DAYS}|tonight|tomorrow|midnight|the weekend|the end of the month|"
    rf"\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTHS})|(?:{_MONTHS}) \d{{1,2}}(?:st|nd|rd|th)?)"
)
_MONEY = r"[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£]|usd|eur|gbp)"
_PERCENT = r"\d+(?:[.,]\d+)?\s?(?:%|percent\b|per cent\b)"

TERMS: dict[str, re.Pattern[str]] = {
    "discount": re.compile(
        rf"(?:{_PERCENT}|{_MONEY}|half)\s*(?:off|discount)\b|"
        rf"\b(?:save|saving|savings of)\s+(?:up to\s+)?(?:{_MONEY}|{_PERCENT})|"
        r"\bhalf[- ]price\b|\bdiscount(?:s|ed)?\b|\bon sale\b|\bsale\b|\bcoupons?\b|"
        r"\bpromo(?:tion(?:al)?)?(?: code)?\b|\b(?:use|with|enter) (?:the )?code\s+\w+|"
        r"\bbuy one,? get one\b|\bbogo\b|\bfree gift\b|\bclearance\b|\breduced\b|\bmarkdown\b",
        re.IGNORECASE,
    ),
    "deadline": re.compile(
        rf"\b(?:ends?|ending|until|till|through|before|by|expires?)\s+{_WHEN}\b|"
        r"\btoday only\b|\b(?:this )?weekend only\b|\blast chance\b|\blimited[- ]time\b|"
        r"\b(?:for |only )?\d+ (?:days?|hours?) only\b|\bhurry\b|\bdon'?t miss (?:out|it)\b|"
        r"\bends soon\b|\bflash sale\b|\bwhile (?:stocks|supplies) last\b|\bexpir(?:es|ing)\b",
        re.IGNORECASE,
    ),
    "shipping": re.compile(
        r"\bfree (?:shipping|delivery|returns?|postage)\b|\bships? free\b", re.IGNORECASE
    ),
}
_PARTICULARS = re.compile(rf"\d+(?:[.,]\d+)?|\b(?:{_DAYS}|{_MONTHS})\b", re.IGNORECASE)


def offer_terms(text: str) -> list[tuple[str, int, int]]:
    """Every offer term in ``text``: ``(kind, start, end)``."""
    found = [(kind, m.start(), m.end()) for kind, rx in TERMS.items() for m in rx.finditer(text)]
    return sorted(found, key=lambda t: (t[1], t[2]))


def _particulars(text: str) -> set[str]:
    return {normalise(p.replace(",", ".")) for p in _PARTICULARS.findall(text)}


def supported_by_offer(kind: str, claim: str, offer: str) -> bool:
    if not offer.strip():
        return False
    if f" {normalise(claim)} " in f" {normalise(offer)} ":
        return True
    if not TERMS[kind].search(offer):
        return False
    return _particulars(claim) <= _particulars(offer)


def check_offer(text: str, offer: str) -> list[Finding]:
    """A blocking finding for every offer term the brief's offer does not make."""
    out = []
    for kind, start, end in offer_terms(text):
        claim = text[start:end]
        if supported_by_offer(kind, claim, offer):
            continue
        said = f"the offer is: {offer}" if offer.strip() else "the brief has no offer"
        out.append(
            finding(
                "compliance.offer",
                BLOCK,
                start,
                end,
                claim,
                f"is a {kind} term the brief's offer does not make ({said}).",
                "Only the merchant's offer may promise a discount, a deadline or free shipping.",
                f"Offer: {offer}" if offer.strip() else "",
            )
        )
    return out
