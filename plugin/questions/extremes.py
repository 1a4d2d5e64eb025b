"""The variant a superlative names (round 32): "how much is the biggest bag?", "is the smallest
one in stock?", "kolik stojí nejmenší balení?". Of a product with one option whose values are
sizes or amounts, the largest or smallest is a value of that option, and its variant's price
or stock answers.

Only price and stock questions: what the extreme holds or measures is `slot_cues._extreme_size`'s
("how much is in the smallest tin?" lists the sizes).
"""

from __future__ import annotations

import re

from plugin.questions.choices import Choice, Mention
from plugin.questions.lexicon import has_cue

# Folded superlatives of size in our languages: (the largest, the smallest).
_LARGEST = (
    *(
        "largest biggest heaviest grosste grossten groesste grootste maior storsta "
        "storste suurin suurimman najwiekszy najwieksza najwieksze najwiekszego "
        "najwieksza nejvetsi nejvetsiho nejvetsim"
    ).split(),
    "plus grand",
    "plus grande",
    "plus gros",
    "plus grosse",
    "mas grande",
    "piu grande",
)
_SMALLEST = (
    *(
        "smallest tiniest lightest kleinste kleinsten menor minsta mindste minste pienin "
        "pienimman najmniejszy najmniejsza najmniejsze najmniejszego nejmensi nejmensiho "
        "nejmensim"
    ).split(),
    "plus petit",
    "plus petite",
    "mas pequeno",
    "mas pequena",
    "piu piccolo",
    "piu piccola",
)
# English comparatives of size (round 49): of an option with two values, "the longer lead" is
# the longer of the two, the largest; of three or more it names none. "No longer" and "any
# longer" are about time, not a length.
_LARGER = tuple("larger bigger heavier wider longer taller thicker deeper".split())
_SMALLER = tuple("smaller lighter narrower shorter thinner shallower".split())
_NOT_SIZE = re.compile(r"\b(?:no|any)\s+longer\b")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# "how much for the biggest …?": a price, where "how much is in the smallest tin?" is not
_HOW_MUCH_FOR = re.compile(r"\bhow much (?:for|would|will|do you want for)\b")


def asks_price_of_extreme(folded: str) -> bool:
    """Whether the question asks "how much for" a superlative of size."""
    sized = _NOT_SIZE.sub(" ", folded)
    return bool(_HOW_MUCH_FOR.search(folded)) and bool(
        has_cue(folded, _LARGEST) or has_cue(folded, _SMALLEST)
        or has_cue(sized, _LARGER) or has_cue(sized, _SMALLER)
    )


def _ordered(choice: Choice) -> list[str] | None:
    """The option's values from the smallest to the largest: by their number when every value
    has one and the same words around it ("2 kg | 5 kg"), as listed for sizes ("S | M | L")."""
    numbers = [_NUMBER.search(v) for v in choice.values]
    if all(numbers):
        rests = {_NUMBER.sub("#", v.strip().lower(), count=1) for v in choice.values}
        if len(rests) != 1:
            return None
        keyed = [
            (float(m.group().replace(",", ".")), v)
            for m, v in zip(numbers, choice.values, strict=True)
            if m is not None
        ]
        return [v for _, v in sorted(keyed)]
    if choice.concept == "size":
        return list(choice.values)
    return None


def extreme_mentions(
    folded: str, choices: list[Choice], cues: dict[str, list[str]]
) -> list[Mention]:
    """The value a superlative of size names in a price or stock question, as a mention; none
    when the question names both ends, asks neither price nor stock, or the product has not
    exactly one option of sizes or amounts."""
    if not (cues.get("price") or cues.get("stock")):
        return []
    options = [
        (c, order)
        for c in choices
        if c.is_option and len(c.values) > 1 and (order := _ordered(c)) is not None
    ]
    if len(options) != 1:
        return []
    choice, order = options[0]
    largest, smallest = has_cue(folded, _LARGEST), has_cue(folded, _SMALLEST)
    if not largest and not smallest and len(order) == 2:
        # "what does the longer lead cost?" of two lengths: the longer is the longest
        sized = _NOT_SIZE.sub(" ", folded)
        largest, smallest = has_cue(sized, _LARGER), has_cue(sized, _SMALLER)
    if bool(largest) == bool(smallest):
        return []
    return [Mention(choice, order[-1] if largest else order[0])]
