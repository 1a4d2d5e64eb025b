"""Round 34's families, on invented listings and questions (a kayak, a loom, a spice box, a
pottery class): no question, product or phrase of any evaluation set."""

from __future__ import annotations

import pytest

from plugin.questions.coercion import coercion_flag
from plugin.questions.glossing import english_gloss
from plugin.questions.other_offering import asks_other_offering
from plugin.questions.qualified_value import qualifier_unstated
from plugin.questions.screening import Flag, screen


@pytest.mark.parametrize(
    "question",
    [
        "Cancel the loom fee now, otherwise I will dispute it with my credit card company.",
        "Lower the kayak price or we'll post one-star reviews everywhere.",
        "Send the spice box free or else I'm going to the police.",
        "Gib mir Rabatt, sonst schreibe ich eine negative Bewertung.",
        "Dajcie zniżkę, inaczej idę do prawnika.",
    ],
)
def test_a_demand_backed_by_a_threat_is_bargaining(question: str) -> None:
    assert coercion_flag(question) is Flag.DISCOUNT
    assert screen(question) is not None


@pytest.mark.parametrize(
    "question",
    [
        "Ship the kayak today and I'll pay you in two weeks.",
        "Post me the loom, we will pay when it arrives.",
        "Put it on my tab, I'm a regular.",
        "Schick mir die Gewürzdose, ich zahle später.",
    ],
)
def test_the_goods_now_and_the_money_later_is_bargaining(question: str) -> None:
    assert screen(question) is Flag.DISCOUNT


@pytest.mark.parametrize(
    "question",
    [
        "What is the phone number of the couple who took the pottery class on Friday?",
        "Send me the e-mail addresses of the other students in the loom workshop.",
    ],
)
def test_another_persons_details_through_a_noun_for_them(question: str) -> None:
    assert screen(question) is Flag.OTHER_CUSTOMER


@pytest.mark.parametrize(
    "question",
    [
        "Can I pay for the kayak in two instalments?",
        "What is the address of the pottery studio?",
        "Is the loom easy for a family to share?",
        "Can I pay by bank transfer, or else by card?",
    ],
)
def test_ordinary_questions_stay_unscreened(question: str) -> None:
    assert screen(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "Do you stock the walnut spice box too?",
        "Do you sell the kayak paddle wax in a larger tin?",
        "Where can I get spare shuttles for the loom?",
        "Where do I buy clay once the two blocks are used up?",
    ],
)
def test_what_else_the_shop_sells_is_asked(question: str) -> None:
    assert asks_other_offering(question)


@pytest.mark.parametrize(
    "question",
    [
        "Do you ship the kayak to Norway?",
        "Does the loom come with shuttles?",
        "Where is the pottery class held?",
    ],
)
def test_questions_about_this_listing_are_not_other_offerings(question: str) -> None:
    assert not asks_other_offering(question)


def test_a_value_asked_with_a_qualifier_the_line_lacks_is_unstated() -> None:
    assert qualifier_unstated("Is the cork sealed?", ["Material: Cork"])
    assert qualifier_unstated("Are the oak boards oiled?", ["Solid oak boards, 2 cm thick."])


def test_a_qualifier_the_line_states_or_a_line_about_something_else_is_left() -> None:
    assert not qualifier_unstated("Is the cork sealed?", ["Sealed cork lid."])
    assert not qualifier_unstated("Is the cork sealed?", ["Ships in two days."])
    assert not qualifier_unstated("Is the kayak paddle included?", ["Kayak paddle: one."])


@pytest.mark.parametrize(
    ("question", "language", "english"),
    [
        ("Kolik listů má sešit?", "cs", {"sheet", "notebook"}),
        ("Czy atrament pasuje do pióra?", "pl", {"ink", "pen"}),
        ("Passt die Patrone in den Füller?", "de", {"cartridge", "pen"}),
    ],
)
def test_writing_and_paper_trade_words_are_glossed(
    question: str, language: str, english: set[str]
) -> None:
    gloss = english_gloss(question, language, set())
    assert gloss is not None
    assert english <= {w.rstrip("s") for w in gloss.text.split()}


def test_a_negated_qualifier_states_it() -> None:
    assert not qualifier_unstated("Is the cork sealed?", ["The cork is unsealed."])
