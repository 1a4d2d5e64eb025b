"""Round 45: the kinds after heldout47's notes on English listings, on listings invented here.
A label once asked "What is the … like?" whose value is a plain kind of part is asked "What
kind of … does it have?" and answered with the part; an option value that holds "and" itself
stays one value among the alternatives; bare counts under a plural label are said with their
noun."""

from __future__ import annotations

from plugin.domain import DraftKind, Listing
from plugin.generation.faq_values import alternatives, options_of
from plugin.generation.like_questions import kind_question
from tests.unit.generation.planner_drafts import draft, faq, text_of

# An invented kettle: a part whose value is a plain kind, an option value holding "and".
_KETTLE = Listing(
    external_id="r45-kettle",
    title="Stovetop Whistling Kettle",
    product_type="Kettle",
    options={"Finish": ["Brushed steel", "Cream and gold"]},
    attributes={"Whistle": ["two-tone"], "Body": ["brushed steel"], "Capacity": ["2 litres"]},
)


def test_a_kind_of_part_is_asked_as_a_shopper_asks_it() -> None:
    assert kind_question("whistle", "two-tone", "It", False) == (
        "What kind of whistle does it have?",
        "It has a two-tone whistle.",
    )
    assert kind_question("spout", "extra-long", "They", True) == (
        "What kind of spout do they have?",
        "They have an extra-long spout.",
    )
    answers = faq(_KETTLE)
    assert answers.get("What kind of whistle does it have?") == "It has a two-tone whistle."
    assert not any(q.endswith(" like?") for q in answers), answers


def test_no_kind_question_where_it_would_not_read() -> None:
    assert kind_question("rating", "IP44", "It", False) is None  # a code
    assert kind_question("lid", "steel and glass", "It", False) is None  # two things
    assert kind_question("shade", "sunshade", "It", False) is None  # the label inside it
    assert kind_question("legs", "oak", "It", False) is None  # a plural label
    assert kind_question("grip", "3 mm rubber", "It", False) is None  # a figure
    assert kind_question("handle", "turned beech", "It", False) is None  # a material


def test_an_option_value_holding_and_stays_one_value() -> None:
    assert options_of("Brushed steel and Cream and gold") == ["Brushed steel", "Cream and gold"]
    assert options_of("Slate, Rust and white and Moss") == ["Slate", "Rust and white", "Moss"]
    assert options_of("1 kg and 2.5 kg") == ["1 kg", "2.5 kg"]
    assert options_of("Red, Blue and White") == ["Red", "Blue", "White"]
    assert alternatives(options_of("Brushed steel and Cream and gold")) == (
        "brushed steel or cream and gold"
    )
    said = " ".join(faq(_KETTLE).values())
    assert "cream and gold" in said and "cream or gold" not in said, said


def test_bare_counts_are_said_with_their_noun() -> None:
    tiles = Listing(
        external_id="r45-tiles",
        title="Mosaic Tile Starter Trio",
        product_type="Mosaic kit",
        attributes={"Pieces": ["120", "240", "360"], "Grout": ["sanded grey"]},
    )
    answers = faq(tiles)
    assert answers.get("How many pieces does it include?") == (
        "It includes 120, 240 and 360 pieces."
    ), answers
    assert "What is included?" not in answers, answers
    assert answers.get("What kind of grout does it have?") == "It has sanded grey grout."
    assert "360 pieces" in text_of(draft(tiles, DraftKind.SHORT_DESCRIPTION))
