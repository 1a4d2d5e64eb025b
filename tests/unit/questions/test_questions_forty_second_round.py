"""Round 42's families on invented questions.

No question, product or phrase of any holdout set is used here: the questions are invented for a
teapot, a glazed bowl and a herb cutter's spare blades, and postage asked in French, Czech and
Finnish.
"""

from __future__ import annotations

from plugin.questions.personal_data import echoes, strip_personal_data
from plugin.questions.policy_topics import policy_label


def test_a_name_in_brackets_after_the_contact_is_cut() -> None:
    """A full name written in brackets just after the shopper's e-mail address or phone number
    is theirs: it is cut with the contact, and the question is left to answer."""
    stripped = strip_personal_data(
        "reach me at rosa.hale@example.org (Rosa Hale). is the teapot glass?"
    )
    assert stripped.text.lstrip(". ") == "is the teapot glass?"
    assert "Rosa Hale" in stripped.removed
    assert echoes("Thanks Rosa Hale, the teapot is glass.", stripped.removed)
    phoned = strip_personal_data("my number is 0612 345 678 [Tom Reyes] - is the bowl glazed?")
    assert "Tom Reyes" in phoned.removed
    assert "Reyes" not in phoned.text


def test_brackets_after_a_contact_without_a_name_stay() -> None:
    """Words in brackets that are no full name (one name, a size) are kept as asked."""
    assert "(Large size)" in strip_personal_data("mail a@b.example (Large size) in stock?").text
    assert "(Rosa)" in strip_personal_data("call 0612 345 678 (Rosa) is it glazed?").text


def test_the_word_for_postage_asks_the_shipping_policy() -> None:
    """French "frais de port", Czech "poštovné" and Finnish "postikulut" are postage: the
    shipping policy answers them; a town named Porto is no postage."""
    assert policy_label("Quels sont les frais de port du bol vers Nantes ?") == "Shipping policy"
    assert policy_label("Jaké je poštovné za konvici do Ostravy?") == "Shipping policy"
    assert policy_label("Paljonko postikulut ovat kulholle?") == "Shipping policy"
    assert policy_label("Was the teapot glazed in Porto?") == ""


def test_a_count_of_the_thing_after_a_qualifying_word_answers() -> None:
    """ "How many <qualifier> <thing>": a line counting the thing answers, also when the thing's
    name is in the product's title; a line counting something else still does not."""
    from plugin.questions.amount_checks import amount_unstated, counts_part_asked

    line = "Spare blades for the herb cutter: 12 blades in a tin."
    assert counts_part_asked("how many spare blades come in one tin", line)
    assert not counts_part_asked(
        "how many spare blades come in one tin", "Spare blades sold alone, 3 colours."
    )
    assert not counts_part_asked("how many plasters are in the kit", "62 items: plasters, tape")
    # the title's words ("blades") are cut from the question the other checks read
    assert not amount_unstated(
        "how many spare in one tin", line, "how many spare blades in one tin"
    )
    assert amount_unstated(
        "how many spare in one tin", "Spare parts in a tin.", "how many spare blades in one tin"
    )
