"""A noun as one thing ("bows" → "bow", "berries" → "berry", "knives" → "knife"; "glass",
"lens" and "gas" stay), so a word matches its plural wherever the planner compares words."""

from __future__ import annotations

_IRREGULAR = {"knives": "knife", "shelves": "shelf", "scarves": "scarf", "leaves": "leaf"}


def singular(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word
