"""JSON from outside, parsed with a nesting limit.

A few kilobytes of ``[[[[…`` make the parser raise RecursionError, which no caller expects (a
500), and a result nested a few hundred levels deep breaks any code that walks it recursively.
No platform payload or API body of ours nests anywhere near ``MAX_DEPTH``.
"""

from __future__ import annotations

import json
from typing import Any

MAX_DEPTH = 64


def loads(data: str | bytes) -> Any:
    """``json.loads``, raising ValueError for a document nested deeper than ``MAX_DEPTH``."""
    try:
        value = json.loads(data)
    except RecursionError as exc:
        raise ValueError(f"JSON nested deeper than {MAX_DEPTH} levels") from exc
    # Nesting needs an opening bracket per level: fewer brackets than the limit (most
    # documents) need no walk.
    if _brackets(data) > MAX_DEPTH and _deeper_than(value, MAX_DEPTH):
        raise ValueError(f"JSON nested deeper than {MAX_DEPTH} levels")
    return value


def _brackets(data: str | bytes) -> int:
    if isinstance(data, str):
        return data.count("{") + data.count("[")
    return data.count(b"{") + data.count(b"[")


def _deeper_than(value: Any, limit: int) -> bool:
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if not isinstance(item, dict | list):
            continue
        if depth > limit:
            return True
        children = item.values() if isinstance(item, dict) else item
        stack.extend((child, depth + 1) for child in children)
    return False
