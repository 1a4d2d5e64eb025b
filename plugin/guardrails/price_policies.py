"""What a draft says a listing's prices cover: a use said to cost nothing ("free for commercial
use") of a priced listing, a thing the listing charges for apart said to be free, a refund promised
where the listing gives none, and one price said of options whose prices differ ("the same price
in every size")."""

from __future__ import annotations

import re

from plugin.domain import Finding
from plugin.guardrails.facts_record import memo
from plugin.guardrails.findings import BLOCK, finding
from plugin.guardrails.listing_facts import ListingFacts, normalise
from plugin.guardrails.measures import singular
from plugin.guardrails.money import find_prices

# A use or a download said to cost nothing: "free for commercial use", "free to download".
_FREE_USE = re.compile(
    r"(?<![\w-])free\s+(?:for\s+(?:[a-z-]+\s+)?use|to\s+(?:use|download|copy|share|print|"
    r"resell))\b",
    re.IGNORECASE,
)


def free_uses(text: str, facts: ListingFacts) -> list[Finding]:
    """A use of the product said to cost nothing on a listing that charges for it and does not
    say so ("free for commercial use" of a licence sold from €89)."""
    if not facts.prices or not all(p > 0 for p in facts.prices):
        return []
    fact = ", ".join(f"{p}" for p in sorted(facts.prices))
    return [
        finding(
            "accuracy.price",
            BLOCK,
            m.start(),
            m.end(),
            m.group(),
            "says it costs nothing; the listing charges for it.",
            "Say what the listing's price covers, or leave it out.",
            f"Price: {fact} {facts.currency}".strip(),
        )  # fmt: skip
        for m in _FREE_USE.finditer(text)
        if not facts.supports(m.group())
    ]


# A thing said to cost nothing: "replaced free of charge", "at no extra cost", "for free".
_COSTS_NOTHING = re.compile(
    r"\b(?:free of charge|for free|at no (?:extra |additional )?(?:cost|charge)|"
    r"(?:with|at) no charge|(?:is|are) free|comes? free|free(?:ly)? (?:replaced|fitted|added))\b",
    re.IGNORECASE,
)


# A listing sentence that charges for a thing on its own: a price with "each", "per …",
# "extra", or "charged separately".
_CHARGED = re.compile(
    r"\b(?:each|apiece|per\s+\w+|extra|additional|on top|surcharge|a piece)\b|"
    r"\b(?:charged|quoted|priced|billed|sold) separately\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.;!?\n]")
_NOT_A_THING = frozenset(
    "the and are is be for with our your its their this that each per at from of to in on "
    "can will we you it any all".split()
)


def charged_free(text: str, facts: ListingFacts) -> list[Finding]:
    """A thing the listing charges for on its own, said to cost nothing ("spokes replaced free
    of charge" of "broken spokes are replaced at €1.50 each")."""
    if not _COSTS_NOTHING.search(text) or not facts.prices:
        return []
    charged = memo(facts, "charged things", _charged_things)
    out = []
    for match in _COSTS_NOTHING.finditer(text):
        if facts.supports(match.group()):
            continue
        start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, match.start())), default=0)
        end_match = _CLAUSE_END.search(text, match.end())
        end = end_match.start() if end_match else len(text)
        words = {singular(w) for w in normalise(text[start:end]).split()}
        line = next((ln for thing, ln in charged if thing in words), "")
        if line:
            # the claim is the thing said to be free as well: "<thing> are included at no cost"
            lead = text[start : match.start()]
            first = start + len(lead) - len(lead.lstrip())
            out.append(
                finding(
                    "accuracy.price",
                    BLOCK,
                    first,
                    match.end(),
                    text[first : match.end()],
                    f"says it costs nothing; the listing charges for it ({line}).",
                    "Give the listing's charge, or leave it out.",
                    line,
                )
            )
    return out


def _charged_things(facts: ListingFacts) -> list[tuple[str, str]]:
    """The nouns before the price in each listing sentence that charges for a thing apart."""
    out = []
    for line in facts.lines:
        for sentence in re.split(r"(?<=[.;!?])\s+", line.split(":", 1)[-1]):
            charge = _CHARGED.search(sentence)
            prices = find_prices(sentence)
            if not charge or not (prices or "separately" in charge.group().lower()):
                continue
            for word in normalise(
                sentence[: prices[0].start if prices else charge.start()]
            ).split():
                if len(word) > 2 and word not in _NOT_A_THING and not word.endswith("ed"):
                    out.append((singular(word), sentence.strip()))
    return out


# A refund promised, and a listing that gives none: "no refunds", "non-refundable".
_REFUND = re.compile(
    r"\b(?:(?:full|partial|money[\s-]back)\s+refunds?|refundable|(?:a\s+)?refund\s+(?:in full|if)|"
    r"money[\s-]back\s+guarantee|your money back)\b",
    re.IGNORECASE,
)
_NO_REFUND = re.compile(
    r"\b(?:no|without)\s+refunds?\b|\bnon[\s-]refundable\b|\bnot\s+refundable\b|"
    r"\brefunds?\s+(?:are|is)\s+not\b|\bcannot be refunded\b",
    re.IGNORECASE,
)
_REFUND_DENIED = re.compile(r"\b(?:no|not|non|never|without)[\s-](?:\w+\s+)?$", re.IGNORECASE)


def refund_denied(text: str, facts: ListingFacts) -> list[Finding]:
    """A refund promised ("full refund up to a week before") of a listing that gives none ("no
    refunds"): money back the shop does not pay."""
    if not _REFUND.search(text):
        return []
    line = next((ln for ln in facts.lines if _NO_REFUND.search(ln)), "")
    if not line:
        return []
    return [
        finding(
            "accuracy.price",
            BLOCK,
            m.start(),
            m.end(),
            m.group(),
            "promises money back; the listing gives no refunds.",
            "Say what the listing offers instead, or leave refunds out.",
            line,
        )  # fmt: skip
        for m in _REFUND.finditer(text)
        if not _REFUND_DENIED.search(text[max(0, m.start() - 16) : m.start()])
    ]


# One price said of every option: "the same price in every size", "all colours cost the same",
# "one price for every size".
_ONE_PRICE = re.compile(
    r"\b(?:(?:the\s+)?same|one|a\s+single)\s+price\s+(?:in|for|across|whatever)\s+"
    r"(?:every|all|each|any|the)\b[\w\s-]{0,20}"
    r"|\b(?:every|all|each)\s+(?:\w+\s+)?(?:sizes?|colou?rs?|options?|versions?|variants?)\s+"
    r"(?:costs?|is|are|sells?\s+for)\s+(?:priced\s+)?the\s+same\b",
    re.IGNORECASE,
)


def one_price_for_all(text: str, facts: ListingFacts) -> list[Finding]:
    """ "The same price in every size" of a listing whose options' prices differ."""
    if len(facts.variant_prices) < 2:
        return []
    shown = ", ".join(f"{p}" for p in sorted(facts.variant_prices))
    return [
        finding(
            "accuracy.price",
            BLOCK,
            m.start(),
            m.end(),
            m.group().strip(),
            f"says every option costs the same, but the listing's prices differ ({shown}).",
            "Give each option's price, or leave prices out.",
            f"Price: {shown} {facts.currency}".strip(),
        )  # fmt: skip
        for m in _ONE_PRICE.finditer(text)
    ]
