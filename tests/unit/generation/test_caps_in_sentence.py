"""One way to lower capitals in a sentence, whichever part of the copy says it."""

from plugin.generation.letter_case import caps_in_sentence, shouted_lowered


def test_capitals_in_a_sentence_are_lowered_one_way_for_every_part_of_the_copy() -> None:
    # A lone long word, a known short word, a unit: each part of the copy lowered each.
    assert caps_in_sentence("It comes in teal or CHARCOAL.") == "It comes in teal or charcoal."
    assert caps_in_sentence("The scent is MILD.") == "The scent is mild."
    assert caps_in_sentence("It holds 500ML.") == "It holds 500 ml."
    # An abbreviation, a code with no vowel and a lone unknown four-letter word stay.
    assert caps_in_sentence("It has a USB port and a TPU case.") == (
        "It has a USB port and a TPU case."
    )
    assert caps_in_sentence("It is rated IP66 and HDPE.") == "It is rated IP66 and HDPE."


def test_a_value_the_shop_shouted_is_said_in_sentence_case_before_a_sentence() -> None:
    assert shouted_lowered("OAK LEAF, DARK GREEN") == "Oak leaf, dark green"
