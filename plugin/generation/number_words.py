"""The numbers the copy says in words: one table the generation modules read, so a count
("two pockets", "12 hooks") is read and said the same way in the list, the FAQ and the prose."""

from __future__ import annotations

NUMBER_NAMES: dict[int, str] = dict(
    enumerate("one two three four five six seven eight nine ten eleven twelve".split(), start=1)
)
NUMBER_WORDS = frozenset(NUMBER_NAMES.values())
# A count of more than one, in figures or words: a plural noun follows.
COUNTS_OF_MANY: dict[str, str] = {str(n): word for n, word in NUMBER_NAMES.items() if n > 1}
