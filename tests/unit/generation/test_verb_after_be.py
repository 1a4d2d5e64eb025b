"""One rule for a verb pasted after "is" or "are", in the lead and in the polished prose."""

from plugin.generation.frame_check import frame_holds, verb_after_be
from plugin.generation.kinds_polish import polished


def test_a_verb_after_be_is_the_sentences_own_verb_in_the_lead_and_the_prose() -> None:
    for said in (verb_after_be, frame_holds, polished):
        assert said("It is ships boxed.") == "It ships boxed."
        assert said("They are folds flat.") == "They fold flat."
        assert said("The stool is pivots on a pin.") == "The stool pivots on a pin."


def test_a_word_in_s_after_be_that_is_no_verb_stays() -> None:
    assert verb_after_be("It is canvas with a zip.") == "It is canvas with a zip."
    assert verb_after_be("They are mugs in a crate.") == "They are mugs in a crate."
    assert verb_after_be("It is last in the set.") == "It is last in the set."
