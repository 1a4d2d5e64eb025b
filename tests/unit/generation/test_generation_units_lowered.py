"""One way to say a unit the shop wrote in capitals after a number, for every kind of copy."""

import pytest

from plugin.generation.kinds_polish import polished
from plugin.generation.letter_case import caps_in_sentence, shouted_lowered, units_lowered


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("a 500ML flask", "a 500 ml flask"),
        ("a 500 ML flask", "a 500 ml flask"),
        ("12 IN long", "12 in long"),
        ("6 FT of rope", "6 ft of rope"),
        ("2 LBS in all", "2 lbs in all"),
        ("a 1.5 L jug", "a 1.5 L jug"),
        ("INCHES", "INCHES"),
    ],
)
def test_a_unit_in_capitals_after_a_number_is_said_as_units_are(written: str, said: str) -> None:
    assert units_lowered(written) == said


def test_the_prose_the_kinds_and_a_shouted_value_say_the_unit_the_same_way() -> None:
    assert caps_in_sentence("It holds 750ML.") == "It holds 750 ml."
    assert polished("It holds 750ML.") == "It holds 750 ml."
    assert shouted_lowered("TIN MUG, 750ML") == "Tin mug, 750 ml"
