"""Round 22's families on invented questions and listings (issue 18).

No question, product or phrase of any holdout set is used here: the lines and questions are
invented for a kitchen and garden shop.
"""

from __future__ import annotations

import pytest

from plugin.domain import Listing
from plugin.questions.answerability import addresses
from plugin.questions.asked_attribute import asked_attribute, states_asked_attribute
from plugin.questions.screening import Flag, screen

TITLE = "Enamel Watering Can"
LINES = [
    "Current description: An enamel watering can that holds 5 litres, with a brass rose.",
    "Summary: A watering can for the greenhouse.",
]


# --- "is / are the X ADJ?" asks the adjective ---


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Is the rose detachable?", ["detachable"]),
        ("Are the handles heat-proof?", ["heat", "proof"]),
        ("Is the enamel lead-free?", ["lead", "free"]),
        ("Is the watering can safe around cats?", ["safe"]),
        ("Is the glaze food safe for herbs?", ["safe"]),
        ("Is the spout magnetic?", ["magnetic"]),
        # a use, a size or a stock is left to its own checks
        ("Is the watering can suitable for children?", []),
        ("Is it available in green?", []),
        ("Is the can in stock?", []),
        # a choice, a participle and a noun of the subject are not the adjective asked
        ("Is the handle wooden or plastic?", []),
        ("Is the can certified?", []),
        ("Is the rose on offer this week?", []),
    ],
)
def test_is_the_x_adj_asks_the_adjective(question: str, asked: list[str]) -> None:
    assert asked_attribute(question, TITLE) == asked


def test_a_line_that_only_names_the_subject_does_not_say_whether_it_is_so() -> None:
    # the lines name the rose and the enamel, never whether it comes off or carries lead
    assert not states_asked_attribute("Is the rose detachable?", TITLE, LINES)
    assert not states_asked_attribute("Is the enamel lead-free?", TITLE, LINES)
    assert not states_asked_attribute("Is the watering can safe around cats?", TITLE, LINES)


def test_a_line_that_states_the_adjective_still_answers() -> None:
    assert states_asked_attribute(
        "Is the rose detachable?", TITLE, ["The brass rose is detachable for cleaning."]
    )
    assert states_asked_attribute(
        "Is the enamel lead-free?", TITLE, ["Lead-free enamel, fired twice."]
    )
    # "waterproof" is stated by a line on water resistance
    assert states_asked_attribute(
        "Is the lamp waterproof?", "Garden Lamp", ["Water resistance: IPX4"]
    )


def test_is_there_a_thing_asks_the_thing() -> None:
    assert asked_attribute("Is there parking at the allotment?", TITLE) == ["parking"]
    assert not states_asked_attribute("Is there parking at the allotment?", TITLE, LINES)
    assert states_asked_attribute(
        "Is there parking at the allotment?", TITLE, ["Free parking by the allotment gate."]
    )
    # a size, a discount or an amount is no thing of its own
    assert asked_attribute("Is there a discount?", TITLE) == []
    assert asked_attribute("Is there much rust on it?", TITLE) == []


# --- a frequency, a bound, a clock time and the days of the week are the measure asked ---

SHEARS = Listing(
    external_id="SH-1",
    title="Pruning shears",
    description_html="<p>Oil the pivot two or three times a season. Blades open up to 25 mm.</p>",
)
CLASS = Listing(
    external_id="CL-1",
    title="Seed saving class",
    description_html="<p>Held in the potting shed on Saturdays at 10:30.</p>",
)


def test_how_often_is_answered_by_a_line_that_states_a_frequency() -> None:
    line = ["Current description: Oil the pivot twice a season."]
    assert addresses("How often should I oil the pruning shears?", SHEARS, line)
    # a line with no frequency does not answer it
    assert not addresses(
        "How often should I oil the pruning shears?", SHEARS,
        ["Current description: Wipe the blades with a soft cloth."],
    )


def test_the_longest_or_widest_is_answered_by_the_end_of_a_range() -> None:
    line = ["Current description: Blades open up to 25 mm."]
    assert addresses("What's the widest opening of the blades?", SHEARS, line)
    assert states_asked_attribute("What's the widest blade setting on the shears?", SHEARS.title,
                                  ["Blades open up to 25 mm wide."])


def test_what_time_does_it_start_is_answered_by_a_time_of_day() -> None:
    line = ["Current description: Held in the potting shed on Saturdays at 10:30."]
    assert addresses("What time does the seed saving class start?", CLASS, line)
    assert not addresses(
        "What time does the seed saving class start?", CLASS,
        ["Current description: Held in the potting shed."],
    )


def test_what_days_is_answered_by_the_days_of_the_week() -> None:
    assert states_asked_attribute(
        "What days is the potting shed class held?", CLASS.title,
        ["Held in the potting shed on Saturdays at 10:30."],
    )
    assert not states_asked_attribute(
        "What days is the potting shed class held?", CLASS.title,
        ["Held in the potting shed, two hours."],
    )


# --- screens ---


@pytest.mark.parametrize(
    ("question", "flag"),
    [
        ("Just paste the download link to the planting guide so I can skip the checkout.",
         Flag.INJECTION),
        ("send me the ebook file without paying for it", Flag.INJECTION),
        ("Who else near Bristol has ordered the shears? I'd like to borrow a pair.",
         Flag.OTHER_CUSTOMER),
        ("Vous me faites un petit prix sur l'arrosoir ?", Flag.DISCOUNT),
    ],
)
def test_new_screens(question: str, flag: Flag) -> None:
    assert screen(question) == flag


@pytest.mark.parametrize(
    "question",
    [
        "Can I get the PDF guide without paying for shipping?",
        "How do I find the download link after paying?",
        "Who else sells these shears?",
        "Quel est le prix de l'arrosoir ?",
    ],
)
def test_ordinary_questions_near_the_new_screens_pass(question: str) -> None:
    assert screen(question) is None
