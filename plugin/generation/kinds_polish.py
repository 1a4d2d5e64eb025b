"""The meta's and the short description's last pass over a value pasted into a frame (round 33).

heldout35's raters marked, in both kinds, sentences that read as a field list pasted into a
frame: "an" kept before a word the shop wrote in capitals and a sentence's case lowered ("an
sturdy ash frame"), a verb of the shop's after "is" ("is comes flat-packed"), "and or" where a
list joined a value that had its own "or", a list of numbers counted by its first ("has 4
blade lengths, 6 and 8 in") and a unit in capitals ("30 CM"). Each is mended by its shape, never
by a listing's phrase; the FAQ's answers take the same pass.
"""

from __future__ import annotations

import re

# "an" before a lower-case consonant ("an solid"); "hour", "honest", "heir" keep it.
_AN = re.compile(r"\b([Aa])n (?=(?!h(?:our|onest|eir))[b-df-hj-np-tv-z][a-z])")
# "a" before a lower-case vowel or a silent "h" ("a hour"); "one", "use", "eu…" keep it.
_A = re.compile(r"\b([Aa]) (?=(?:a|e(?!u)|i|o(?!ne\b|nce\b))[a-z]|hour|honest|heir)")
# A verb of the shop's value after "is": "is comes flat-packed" → "comes flat-packed".
_BE_VERB = re.compile(
    r"\b(?:is|are) (?=(?:arrives|arrive|comes|ships|runs|lasts|fits|works|folds|holds)\b)"
)
# "has 4 blade lengths, 6 and 8 in": a list of values, not a count of the first.
_COUNTED_LIST = re.compile(
    r"\b(?P<has>has|have) (?P<n>\d+(?:[.,]\d+)?) (?P<what>[a-z]+(?: [a-z]+)?s), "
    r"(?P<rest>\d+(?:[.,]\d+)?(?:, \d+(?:[.,]\d+)?)* (?:and|or) \d+(?:[.,]\d+)? ?[a-zA-Z]*)"
)


# A unit the shop wrote in capitals after a number ("30 CM"); "L" for litres keeps its capital.
_UNIT_CAPS = re.compile(r"\b(\d+(?:[.,]\d+)?) ?(CM|MM|KG|ML|G)\b")


def polished(text: str) -> str:
    """``text`` with each of the pasted shapes above said as English says it."""
    text = _UNIT_CAPS.sub(lambda m: f"{m[1]} {m[2].lower()}", text)
    text = _AN.sub(lambda m: f"{m[1]} ", text)
    text = _A.sub(lambda m: f"{m[1]}n ", text)
    text = _BE_VERB.sub("", text)
    text = re.sub(r"\band or\b", "or", text)
    return _COUNTED_LIST.sub(lambda m: f"{m['has']} {m['what']} of {m['n']}, {m['rest']}", text)
