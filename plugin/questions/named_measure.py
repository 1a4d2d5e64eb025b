"""A measure the question names that the listing never states (round 36).

"Do you sell the guide sticks in 4 mm?" asks for a size: when no text of the listing (its name,
descriptions, options or attributes) states 4 mm, the product's stock is no answer, since the
shop may not make that size at all.
"""

from __future__ import annotations

import re

from plugin.domain import Listing
from plugin.questions.lexicon import fold

_MEASURE = re.compile(
    r"(?<![\d.,])(?P<figure>\d+(?:[.,]\d+)?)\s*(?P<unit>mm|cm|m|ml|cl|l|litres?|liters?|kg|g|"
    r"in|inch(?:es)?|oz|lbs?|w|v)(?![^\W_])"
)


def _listing_text(listing: Listing) -> str:
    values = [v for vs in (*listing.options.values(), *listing.attributes.values()) for v in vs]
    texts = [listing.title, listing.description_html, listing.short_description_html, *values]
    return fold(" ".join(texts))


def measure_unstated(question: str, listing: Listing) -> bool:
    """Whether ``question`` names a figure with a unit that no text of ``listing`` states."""
    asked = list(_MEASURE.finditer(fold(question)))
    if not asked:
        return False
    text = _listing_text(listing)
    for found in asked:
        figure = re.escape(found.group("figure")).replace(r"\.", "[.,]").replace(",", "[.,]")
        unit = re.escape(found.group("unit")[0])
        if not re.search(rf"(?<![\d.,]){figure}\s*{unit}", text):
            return True
    return False
