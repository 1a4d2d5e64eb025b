"""A reason that promises a way of cleaning or using the product which the listing's own care or
use facts deny or restrict (round 53).

Before this round the reason chooser read the fact it explained, never the listing's care line:
a stoneware jug "which wipes clean easily" beside "Care: keep it away from water", a
dishwasher-safe bowl "so cleaning up takes no effort" beside "hand wash recommended to keep the
lustre". ``denied_by_care`` is read by ``presuppositions.unfounded``, the one check every
English reason source passes through (the knowledge base, the built-in rules, the material
reasons, the tags' reasons and the purposes), so a reason never argues with the list under it.
"""

from __future__ import annotations

import re

# Each row: what a reason promises, and the listing words that deny or restrict it. A promise
# is withheld wherever the listing (title, type, tags, facts, its own text) says any of them.
_NO_WASHING = (
    r"\bdo not (wash|wet|soak|immerse|submerge|rinse)\b|\bnot (be )?washable\b|\bnon[- ]washable\b"
    r"|\bdry clean(ing)? only\b|\bspot clean(ing)? only\b|\bprofessional(ly)? clean"
    r"|\bdry cloth only\b|\bwipe (it )?(only )?with a dry cloth\b|\bkeep (it )?(away from|out of) "
    r"water\b|\bavoid (water|getting it wet)\b"
)
_HAND_WASH = r"\bhand[- ]?wash(ed|ing)?\b( only| recommended|\s*$|\s*[,;.])"
_NO_DISHWASHER = r"\bnot (suitable for the )?dishwasher|\bno dishwasher\b|\bnot dishwasher\b"
_CARE_CLAIMS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    # Easy or effortless cleaning: not beside "do not wash", "dry clean only", "hand wash only".
    (
        re.compile(
            r"\bwipes? (clean|off|away)\b|\b(easy|simple|quick) to (clean|wipe|keep clean)\b"
            r"|\bclean(s|ing)? (up )?(easily|quickly|in (seconds|moments))\b"
            r"|\bclean(ing)? up (is|takes)\b|\bwashing up\b|\brinses? (clean|off)\b"
            r"|\bkeeping it (fresh|clean) is easy\b|\btakes no effort\b"
        ),
        re.compile(f"{_NO_WASHING}|{_HAND_WASH}|{_NO_DISHWASHER}"),
    ),
    # The dishwasher: not where the listing keeps the product out of it.
    (
        re.compile(r"\bdishwasher\b"),
        re.compile(f"{_NO_WASHING}|{_HAND_WASH}|{_NO_DISHWASHER}"),
    ),
    # The washing machine: not beside hand washing, dry or spot cleaning.
    (
        re.compile(r"\b(machine|the) wash\b|\bwashing machine\b|\bwash(es)? (well|easily)\b"),
        re.compile(f"{_NO_WASHING}|{_HAND_WASH}|\\bdo not machine wash\\b"),
    ),
    # The microwave and the oven: not where the listing says the product is not for them.
    (
        re.compile(r"\bmicrowave\b|\bwarm up\b|\breheat"),
        re.compile(r"\bnot (suitable for (the )?|for (the )?)?microwave|\bno microwave\b"),
    ),
    (
        re.compile(r"\boven\b"),
        re.compile(r"\bnot (suitable for (the |an )?|for (the |an )?)?oven|\bnot ovenproof\b"),
    ),
)


def denied_by_care(reason: str, listing_words: str) -> bool:
    """Whether ``reason`` promises a way of cleaning or using the product that the listing's own
    words (``listing_words``, lower case) deny or restrict."""
    said = reason.lower()
    return any(
        claim.search(said) and against.search(listing_words) for claim, against in _CARE_CLAIMS
    )
