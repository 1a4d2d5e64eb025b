"""Questions about what else the shop sells, not about this listing (round 34).

"Do you stock the blue one too?", "do you sell it in a bigger tin?", "where can I buy spare
filters when these are used up?" ask after another product of the shop, a size it may make, or
where more can be had. One listing's lines cannot say what else the shop has: a line close in
meaning ("… comes with five spare filters", "… is in stock") is no answer to them, so such a
question goes to the merchant. Read off the shape of an English question, never off a list of
things.
"""

from __future__ import annotations

import re

_OTHER_OFFERING = re.compile(
    # "do you have / sell … too?", "do you also stock … as well?"
    r"^(?:and |so |also )?do you (?:also )?(?:sell|stock|carry|make|do|offer|have)\b[^?]*\b"
    r"(?:too|as well|also)\s*\?\s*$|"
    # "do you sell / make it in a bigger bottle"
    r"\bdo you (?:also )?(?:sell|stock|carry|make|do|offer)\b[^?.!]{0,40}\bin (?:a |an )?"
    r"(?:bigger|larger|smaller|bulk|jumbo|family|refill)\b|"
    # "where can I get more / spare / replacement …"
    r"\bwhere (?:can|could|do|should) (?:i|we) (?:buy|get|order|find) (?:more|new|extra|spare|"
    r"replacement|refill)\b|"
    # "where do I buy … once / when they are used up"
    r"\bwhere (?:can|could|do|should) (?:i|we) (?:buy|get|order|find)\b[^?.!]{0,40}\b(?:once|"
    r"when|after)\b[^?.!]{0,30}\b(?:gone|used up|run out|finished|empty)\b|"
    # "do you sell lids to go with the jars?": another product, for this one (round 35)
    r"\bdo you (?:also )?(?:sell|stock|carry|make|offer)\b[^?.!]{0,40}\b(?:to go with|"
    r"to match|that goes? with|that match(?:es)?)\b|"
    # a price for a quantity the listing does not price: "a bulk price for 30 boxes?"
    r"\b(?:bulk|volume|quantity|trade|multi-?buy) (?:price|pricing|rates?|deals?)\b",
    re.IGNORECASE,
)


def asks_other_offering(question: str) -> bool:
    """Whether an English question asks what else the shop sells or where to get more."""
    return bool(_OTHER_OFFERING.search(question.strip()))
