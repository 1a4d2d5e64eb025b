"""Whether a care sentence scoped to kinds of product is about this product (round 33).

`answerability.applies_to` keeps a scoped policy sentence ("Leather goods: …") for a product
whose facts use one of its words anywhere, which is right for shipping and returns rules. A
care rule is about what the product *is*: a canvas tote whose description says it "carries
your leather notebooks" is no leather good, and the leather rule does not say how to wash it.
So a care sentence whose opening names kinds or materials applies only when one of them is in
what the product is: its name, short description, categories, tags, attributes, or the
description's opening clause (before "with", "that", "for" or the first comma).
"""

from __future__ import annotations

import re

from plugin.domain import Listing
from plugin.questions.answerability import (
    _OPENING_SCOPE,
    _opening_heads,
    covered,
    names_product,
    tokens,
)
from plugin.questions.passages import Passage

_TAGS = re.compile(r"<[^>]+>")
# the opening clause of a description: what the product is, before what it does or holds
_CLAUSE_END = re.compile(r"[,.;:!?]|\s(?:with|that|which|for|to|and holds|holding)\s", re.I)


def _identity(listing: Listing) -> set[str]:
    """The words that say what the product is."""
    description = _TAGS.sub(" ", listing.description_html).strip()
    texts = [
        listing.title,
        _TAGS.sub(" ", listing.short_description_html),
        listing.product_type,
        _CLAUSE_END.split(description, maxsplit=1)[0],
        *listing.tags,
        *listing.categories,
    ]
    for name, values in listing.attributes.items():
        texts += [name, *values]
    return set().union(*(tokens(t) for t in texts))


def care_applies(passage: Passage, listing: Listing) -> bool:
    """False for a shop care sentence scoped to kinds or materials that the product only
    mentions (the yarn a bag holds), not is; True for every other passage."""
    if passage.source != "policy" or not passage.text.startswith("Care policy:"):
        return True
    heads = _opening_heads(passage)
    if not heads:
        return True
    # The product named in the rule's scope, not in its instruction: "Saddles: wipe with a
    # damp cloth" is no rule for cloths (round 45).
    scope = _OPENING_SCOPE.match(passage.text.partition(": ")[2])
    if scope and names_product(Passage(passage.source, f"Care policy: {scope.group(1)}"), listing):
        return True
    own = _identity(listing)
    return any(covered(w, own) for w in heads)
