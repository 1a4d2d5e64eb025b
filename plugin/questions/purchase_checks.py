"""Checks on the lines quoted for a question about buying: what comes with it, a part bought
on its own, how to pay. "Is a canister included?" is not answered by "Fuel: butane canister"."""

from __future__ import annotations

import re

from plugin.questions.lexicon import has_cue

INCLUDED = (
    "included",
    "include",
    "includes",
    "come with",
    "comes with",
    "in the box",
    "supplied",
    "enthalten",
    "dabei",
    "inclus",
    "fourni",
    "incluido",
    "incluida",
    "incluye",
    "incluso",
    "compreso",
    "inbegrepen",
    "meegeleverd",
    "incluido",
    "vem com",
    "ingar",
    "medfolger",
    "folger med",
    "inkluderet",
    "inkludert",
    "mukana",
    "sisaltyy",
    "w zestawie",
    "dolaczon",
)
_INCLUSION = re.compile(
    r"\b(?:includ\w*|comes? with|with|in the box|supplied|contents?|set of|pack of|pieces|kit|"
    r"downloads?|files?|"
    # or says it is not: "Stand sold separately", "batteries optional"
    r"separately|separate|optional|separat\w*|por separado|separement|a parte|afzonderlijk|"
    r"osobno)\b",
    re.IGNORECASE,
)


# A part bought on its own ("replacement seals?", "can I buy the lid separately?") is answered by
# a line that says something is sold or spare, not by one that names the part ("dishwasher safe
# without the seals"); asked beside whether it is included, an inclusion answers.
_PART_BOUGHT = re.compile(
    r"\b(?:replacements?|spares?)\b|\bbuy\b[^?.!]{0,40}\b(?:on (?:its|their) own|separately)\b"
)
_SOLD_SAID = re.compile(
    r"\b(?:sold|sells?|selling|available|spares?|replacements?|order)\b", re.IGNORECASE
)


# How to pay ("can I pay with an invoice?", "do you take cards?") is answered by a line on
# paying, not by the price (round 27).
_PAYMENT_ASKED = re.compile(
    r"\bpay (?:for [^?.!]{1,40} )?(?:with|by|via|using|through|in (?:instal|install|cash))\w*|"
    r"\bpayment (?:methods?|options?)\b|\b(?:do|can) you (?:take|accept)\b[^?.!]{0,30}"
    r"\b(?:pay\w*|cards?|cash|invoices?|transfers?|cheques?)\b"
)
_PAYMENT_SAID = re.compile(
    r"\bpa(?:y|id|yment)\w*|\binvoic\w*|\bcards?\b|\btransfer\b|\binstal\w*|\bcash\b",
    re.IGNORECASE,
)


def purchase_unstated(folded: str, text: str) -> bool:
    """Whether a folded question asks an inclusion, a part sold on its own or how to pay, and
    the lines ``text`` do not say it."""
    if _PAYMENT_ASKED.search(folded) and not _PAYMENT_SAID.search(text):
        return True
    if has_cue(folded, INCLUDED) and not _INCLUSION.search(text):
        return True
    return bool(
        _PART_BOUGHT.search(folded)
        and not has_cue(folded, INCLUDED)
        and not _SOLD_SAID.search(text)
    )
