"""The sentence check bound to the shop's copy language.

Copy in the shop's language was checked sentence by sentence as if the shop wrote English: the
guardrails' language rule blocked every sentence of twenty letters or more that was largely in
another script than Latin, so a Greek, Hebrew, Arabic, Japanese, Chinese or Thai draft (and a
Russian or Ukrainian one) kept only its shortest sentences. A check that takes the shop's
language (``plugin.engine.sentence_passes``) is given it here; any other check is used as is.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from functools import partial

from plugin.domain import Listing

SentenceCheck = Callable[[Listing, str], bool]


def in_shop_language(check: SentenceCheck | None, code: str) -> SentenceCheck | None:
    """``check`` reading each sentence as written in ``code``'s language, where it can."""
    if check is None:
        return None
    try:
        takes = "language" in inspect.signature(check).parameters
    except (TypeError, ValueError):
        takes = False
    if not takes:
        return check
    bound: SentenceCheck = partial(check, language=code)  # type: ignore[call-arg]
    return bound
