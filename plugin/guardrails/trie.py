"""One regular expression for many literal spellings, as a prefix tree: "cotton|cotton
canvas|copper" becomes "co(?:tton(?:[\\s\\-]+canvas)?|pper)". Python's ``re`` tries each branch of
a flat alternation at every position; a tree tries one character at a time, which keeps the word
lists fast as they grow. The longest spelling still wins: a longer branch is tried first and
the shorter one is what backtracking falls back to."""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""
SEPARATOR = " "  # a space in a spelling matches any run of spaces and hyphens


def trie_pattern(spellings: Iterable[str], separator: str = r"[\s\-]+") -> str:
    root: dict = {}
    for spelling in spellings:
        node = root
        for char in spelling:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _render(root, separator) if root else "(?!)"


def _render(node: dict, separator: str) -> str:
    branches = [
        (separator if char == SEPARATOR else re.escape(char)) + _render(child, separator)
        for char, child in sorted(node.items())
        if char != _END
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        return f"(?:{body})?" if len(branches) == 1 else body + "?"
    return body
