"""Round 42's families on invented questions.

No question, product or phrase of any holdout set is used here: the questions are invented for a
teapot and a glazed bowl.
"""

from __future__ import annotations

from plugin.questions.personal_data import echoes, strip_personal_data


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
