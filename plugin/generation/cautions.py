"""Sentences that are no reason to click or to read on: the meta and the short description
leave them to the description's list and the FAQ, and an ingredient list leads neither (round
29).

heldout31's raters marked metas and short descriptions that led with what a shopper checks, not
what makes them want the product: an allergen or an ingredient list ("contain wheat (gluten),
soya and sesame", "contains water, oats 10%, rapeseed oil …"), a hazard ("is toxic (to …)",
"may contain …"), a licence's terms and a use restriction read into "is for" ("is for only on
…"). The rules go by a sentence's shape, never a listing's words: an allergen after "contain(s)"
(or in a list after "made from"), "allergens", "Its ingredients are …", a hazard word, "may
contain", a licence and "for only" are never said; a list of three or more bare (article-less)
items after "contain(s)" or "made with" (``contents_list``) never leads.
"""

from __future__ import annotations

import re

from plugin.generation.value_commas import ITEM_COMMA

# "contains water, oats 10%, rapeseed oil …": three or more items, none with an article or a
# count (a box's contents, "a pump, a hose and a bag", say what is in the box and stay).
_LISTED = re.compile(r"\b(?P<verb>contains?|(?:is|are) made (?:with|from))\s+(?P<items>[^.;:]+)")
_HAZARD = re.compile(
    r"\b(?:toxic|poisonous|harmful|irritant|flammable|choking)\b|\bmay contain\b"
    r"|\b(?:the|its) licen[cs]e\b|\bfor only\b|\ballergens?\b|\b(?:its|their) ingredients\b",
    re.IGNORECASE,
)
# The allergens a label must declare (the EU's fourteen, said as shops say them), read from the
# start of what "contains" or "made from" lists: "It contains fish." states an allergen, "It
# contains no added sugar." a selling point.
_ALLERGEN = re.compile(
    r"(?!no\b|100 ?%)[^.;]*\b(?:gluten|wheat|fish|milk|eggs?"
    r"|soya?|sesame|nuts?|peanuts?|celery|mustard|sulphites?|sulfites?|lupin|molluscs?"
    r"|crustaceans?|shellfish|lactose)\b",
    re.IGNORECASE,
)
_COUNTED = re.compile(r"^(?:an?|the|one|two|three|four|five|six|\d)\b", re.IGNORECASE)


def _bare_list(items: str) -> bool:
    parts = [
        p.strip() for p in re.split(rf"(?:{ITEM_COMMA.pattern})\s*|\s+and\s+", items) if p.strip()
    ]
    return len(parts) >= 3 and not any(_COUNTED.match(p) for p in parts)


def cautionary(text: str) -> bool:
    """Whether a sentence states an ingredient or allergen list, a hazard, a licence's terms or
    a restriction on use: checked before buying, never what the meta or the short description
    sells with."""
    if _HAZARD.search(text):
        return True
    listed = _LISTED.search(text)
    if not listed or not _ALLERGEN.match(listed["items"]):
        return False
    # "It contains fish."; "made from oats, butter and egg" (a list of materials stays)
    return listed["verb"].startswith("contain") or _bare_list(listed["items"])


def contents_list(text: str) -> bool:
    """Whether a sentence lists what a product is made with ("It contains water, oats 10%,
    rapeseed oil, …"): said in a meta, never its first line nor a short description's."""
    listed = _LISTED.search(text)
    return bool(listed and not listed["verb"].endswith("from") and _bare_list(listed["items"]))
