"""Which product each sentence of a campaign about several products speaks of, as a reader
takes it: the one product it names ("The Canvas Tote Bag is made of …", "the bag"), or, when
it names none, the one the sentence before it spoke of ("It holds 750 ml.", "Color: Red.").
A sentence that names several products, or comes before any is named, speaks of them all.

A product is named by its title; by its title without what follows a comma, a dash or a
bracket, or a trailing measure ("Linen Napkins" for "Linen Napkins, Set of 4", "Hoodie" for
"Hoodie - SALE", "Enamel Camp Mug" for "Enamel Camp Mug 350 ml"); or by "the" and the last
word of that ("the mug") when no other product of the campaign ends in it ("light oak" names
no book light).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from plugin.domain import Listing

# A trailing measure or count in a title: "350 ml", "10 in", "400", "3-Pack".
_TRAILING = re.compile(r"(\s+(\d[\d.,/x×-]*\s*[a-z%\"']{0,4}\.?|\d+-pack))+$", re.IGNORECASE)
# What a title adds after its name: ", Set of 4", " - SALE", " (New)", " | Gift Edition".
_BEFORE = re.compile(r",|\s[-–|]\s|\s[(\[]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# A post's hashtags, after its text: they speak of no one product.
_HASHTAGS = re.compile(r"(\s*#\w+)+\s*$")
# Head words too general to name one product by.
_GENERAL = frozenset("set kit pack bundle collection range box case one".split())


def _names(listings: Sequence[Listing]) -> list[list[str]]:
    """Every product's names, longest first."""
    stems = [_TRAILING.sub("", _BEFORE.split(item.title)[0]).strip() for item in listings]
    heads = [stem.split()[-1].lower() if stem.split() else "" for stem in stems]
    names = []
    for item, stem, head in zip(listings, stems, heads, strict=True):
        own = [item.title.strip(), stem]
        unique = heads.count(head) == 1 and len(head) > 2 and head not in _GENERAL
        if unique and head.isalpha():
            own += [f"the {head}", f"this {head}"]
        names.append(sorted({n.lower() for n in own if n}, key=len, reverse=True))
    return names


def _named(sentence: str, names: list[list[str]]) -> set[int]:
    """The products a sentence names, a span of it counting for its longest name only."""
    text = sentence.lower()
    taken: list[tuple[int, int]] = []
    found: set[int] = set()
    spans = [
        (match.start(), match.end(), index)
        for index, own in enumerate(names)
        for name in own
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    ]
    for start, end, index in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        taken.append((start, end))
        found.add(index)
    return found


def sentences_about(
    text: str, listings: Sequence[Listing]
) -> Iterator[tuple[int, int, Listing | None]]:
    """Each sentence of one field's ``text`` as ``(start, end, product)``: the product it
    speaks of, or None for all of them."""
    names = _names(listings)
    subject: int | None = None
    tags = _HASHTAGS.search(text)
    prose = text[: tags.start()] if tags else text
    at = 0
    for part in _SENTENCE_END.split(prose):
        start = text.index(part, at)
        at = start + len(part)
        named = _named(part, names)
        if len(named) == 1:
            subject = named.pop()
        elif named:
            subject = None
        yield start, at, listings[subject] if subject is not None else None
    if tags:
        yield tags.start(), len(text), None
