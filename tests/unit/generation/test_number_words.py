"""One table of number words for the generation modules."""

from plugin.generation.number_words import COUNTS_OF_MANY, NUMBER_NAMES, NUMBER_WORDS


def test_one_table_says_each_number_from_one_to_twelve() -> None:
    assert NUMBER_NAMES[1] == "one" and NUMBER_NAMES[12] == "twelve"
    assert NUMBER_NAMES[11] == "eleven"
    assert NUMBER_WORDS == frozenset(NUMBER_NAMES.values())
    assert COUNTS_OF_MANY["11"] == "eleven" and "1" not in COUNTS_OF_MANY
