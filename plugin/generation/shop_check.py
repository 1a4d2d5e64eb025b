"""The sentence check bound to the shop's copy language.

Copy in the shop's language was checked sentence by sentence as if the shop wrote English: the
guardrails' language rule blocked every sentence of twenty letters or more that was largely in
another script than Latin, so a Greek, Hebrew, Arabic, Japanese, Chinese or Thai draft (and a
Russian or Ukrainian one) kept only its shortest sentences. Every check the engine is given
takes the sentence's language as its third argument (``plugin.engine.sentence_passes``); here
it is bound to the shop's language, so nothing has to ask a check what it takes.
"""

from __future__ import annotations

from collections.abc import Callable

from plugin.domain import Listing

# A check of one sentence: the listing, the sentence, the language it is written in (a code).
ShopCheck = Callable[[Listing, str, str], bool]
# The same check with its language bound: the listing and the sentence.
SentenceCheck = Callable[[Listing, str], bool]


def in_shop_language(check: ShopCheck | None, code: str) -> SentenceCheck | None:
    """``check`` reading each sentence as written in ``code``'s language."""
    if check is None:
        return None

    def bound(listing: Listing, sentence: str) -> bool:
        return check(listing, sentence, code)

    return bound
