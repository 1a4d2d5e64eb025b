"""Words after "Our …"/"This …" that name who does something, or what is done, not the product.

``type_claims`` reads the nouns after an opener as what the draft calls the product. Two shapes
are neither: a person or business ("Our partner Hillside Goods ships it", "Our team packs
them") whose name may hold a product noun ("Goods", "Works", "Studio"), and a run of verbs joined
by commas before an object ("… sells, wraps and posts it"), where a verb may spell a product
noun too ("posts", "ships").
"""

from __future__ import annotations

import re

# Who sells, makes or delivers: none is a product, and the words after one are its name.
AGENTS = frozenset(
    """partner partners team teams supplier suppliers maker makers courier couriers crew
    retailer retailers stockist stockists seller sellers dealer dealers company firm family
    friends staff""".split()
)
_LINKS = ("and", "or")
# After the last "and"/"or" of a series: a verb in -s and its object ("… and posts it").
_SERIES_END = re.compile(r"\s*([A-Za-z]+s)\s+([A-Za-z]+)\b")
_OBJECTS = frozenset("it them its their your you the this these".split())


def names_an_agent(words: list[str]) -> bool:
    """The phrase opens with a person or business ("partner", "team"), not a product."""
    return bool(words) and words[0] in AGENTS


def verb_series_start(
    text: str, words: list[str], spans: list[tuple[int, int]], end: int
) -> int | None:
    """Where a comma-joined run of -s verbs begins in ``words`` ("sells, wraps and posts it":
    the index of "sells"), when the words end with "and"/"or" and the text at ``end`` goes on
    with a verb in -s and its object; None otherwise ("Our mugs, bowls and plates ship free"
    is a list of products: no object follows)."""
    if len(words) < 3 or words[-1] not in _LINKS:
        return None
    after = _SERIES_END.match(text, end)
    if not after or after.group(2).lower() not in _OBJECTS:
        return None
    first = len(words) - 2
    if not _a_verb_in_s(words[first]):
        return None
    while (
        first > 0
        and _a_verb_in_s(words[first - 1])
        and "," in text[spans[first - 1][1] : spans[first][0]]
    ):
        first -= 1
    return first


def _a_verb_in_s(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
