"""The one table of abbreviations (``abbreviations.py``) and its named subsets."""

from plugin.generation.abbreviations import (
    ABBREVIATIONS,
    CODES,
    IN_A_NAME,
    NEVER_WORDS,
    READ_AS_WORDS,
)
from plugin.generation.letter_case import caps_in_sentence, shouted_lowered, units_raised
from plugin.generation.name_case import capitals_kept, name_cased


def test_subsets_are_of_the_one_table() -> None:
    assert not NEVER_WORDS & READ_AS_WORDS
    assert ABBREVIATIONS == NEVER_WORDS | READ_AS_WORDS
    assert IN_A_NAME - {"xs", "xl", "xxl"} <= ABBREVIATIONS
    assert all(value.lower() == code for code, value in CODES.items())


def test_a_never_word_is_kept_by_every_way_of_lowering() -> None:
    # "hss" was raised in the HTML but lowered in a shouted value before the table was one.
    assert shouted_lowered("HSS COBALT TAPS, 6 PIECES") == "HSS cobalt taps, 6 pieces"
    assert caps_in_sentence("Taps of HSS-E steel") == "Taps of HSS-E steel"
    assert capitals_kept("cut with hss taps") == "cut with HSS taps"


def test_each_caller_keeps_its_subset() -> None:
    assert name_cased("PET GROOMING GLOVE, XL") == "Pet Grooming Glove, XL"
    assert shouted_lowered("PET BOTTLE WITH PP CAP") == "PET bottle with PP cap"
    assert capitals_kept("a pet bed with a pvc base") == "a pet bed with a PVC base"
    assert units_raised("a woff2 and a pdf, usb-c pd 20 w") == "a WOFF2 and a PDF, USB-C PD 20 W"
