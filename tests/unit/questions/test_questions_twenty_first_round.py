"""Round 21's families on invented questions and listings (issue 18).

No question, product or phrase of any holdout set is used here: the lines and questions are
invented for a ceramics shop.
"""

from __future__ import annotations

import pytest

from plugin.questions.asked_attribute import asked_attribute, states_asked_attribute

TITLE = "Stoneware Teapot"
LINES = [
    "A stoneware teapot that holds 1.2 litres, glazed in sea blue.",
    "Care policy: Stoneware: rinse in warm water and dry upside down.",
]


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Can I microwave the teapot?", ["microwave"]),
        ("Could we engrave a name on it?", ["engrave"]),
        ("May I safely freeze it?", ["freeze"]),
        ("Can you monogram it?", ["monogram"]),
        # verbs of getting the product and three-letter verbs are left to the slots
        ("Can I order two?", []),
        ("Can I use it on a gas hob?", []),
        ("Can I return it?", []),
    ],
)
def test_can_i_asks_the_verb(question: str, asked: list[str]) -> None:
    assert asked_attribute(question, TITLE) == asked


def test_a_line_that_only_names_the_thing_does_not_say_whether_it_may_be_done() -> None:
    # the care line names the teapot's material, not whether it goes in an oven or a freezer
    assert not states_asked_attribute("Can I microwave the teapot?", TITLE, LINES)
    assert not states_asked_attribute("Can I freeze tea in it?", TITLE, LINES)


def test_a_line_that_states_the_action_still_answers() -> None:
    assert states_asked_attribute("Can I rinse it under the tap?", TITLE, LINES)
    assert states_asked_attribute(
        "Can I wash it in the sink?", TITLE, ["Wash by hand in warm soapy water."]
    )
    assert states_asked_attribute(
        "Could I heat it on the stove?", TITLE, ["Safe to heat on gas and electric hobs."]
    )


# --- a short question of content words only is in the language the detector leans to ---

ALL = ("en", "de", "fr", "es", "it", "nl", "pt", "sv", "da", "nb", "fi", "pl", "cs")


def test_a_content_word_question_the_detector_leans_foreign_is_answered_in_it() -> None:
    from plugin.questions.language import detect, reply_language

    # unsure (< 0.8), no function word of any language, English next to nothing
    question = "Bule aguenta fogão?"
    lang, probability = detect(question)
    assert lang == "pt" and probability < 0.8
    assert reply_language(question, ALL) == "pt"
    assert reply_language("Taza aguanta microondas?", ALL) == "es"


@pytest.mark.parametrize(
    "question", ["mug in blue?", "teapot 1 l?", "stoneware teapot price", "xl teapot in stock?"]
)
def test_short_english_questions_of_content_words_stay_english(question: str) -> None:
    from plugin.questions.language import reply_language

    assert reply_language(question, ALL) == "en"


def test_a_line_on_washing_or_exchanges_answers_those_can_i_questions() -> None:
    assert states_asked_attribute(
        "can I machine wash the tea towel?", "Tea Towel", ["Hand wash cold, dry flat."]
    )
    assert states_asked_attribute(
        "Can I swap the mug for a bigger one?", TITLE, ["Returns policy: no direct exchanges."]
    )
    assert not states_asked_attribute(
        "Can I swap the mug for a bigger one?", TITLE, ["Returns policy: return within 30 days."]
    )
    # a delivery is the shipping slot's, as sending and shipping are
    assert asked_attribute("Can you deliver two teapots to Leeds?", TITLE) == []
