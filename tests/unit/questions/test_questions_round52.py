"""Round 52's families, on invented lines and questions (an oak bookcase, tea tins, a pottery
class, a rug, a wine tasting): no question, product or phrase of any evaluation set.

- a statement the shopper writes before the question ("My comics and crates: how many shelves …?")
  is the question's setting: its words weigh half, as a remark after the question does, in
  ``answerability.addresses``;
- "how long is the pottery class?" asked of a listing that states no length is answered by the
  one sentence of its own text that states hours or minutes;
- "when are the large tins back?" and "when do you expect the tins back?" ask a restock, as
  "when will they be back?" does: a line that says nothing of stock does not answer them.
"""

from __future__ import annotations

import pytest

from plugin.domain import Listing
from plugin.questions.answerability import addresses, asked_part
from plugin.questions.decision import Decision
from plugin.questions.lexicon import fold
from plugin.questions.measure_sentences import _temperature_sentence
from plugin.questions.passages import collect_passages
from plugin.questions.time_checks import stock_unstated

BOOKCASE = Listing(
    external_id="BC-1",
    title="Oak bookcase",
    description_html="<p>Five adjustable shelves of solid oak. 180 x 80 x 30 cm.</p>",
)
SHELVES = ["Current description: Five adjustable shelves of solid oak."]


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("One thing before I order: how many shelves does it have?",
         "how many shelves does it have?"),
        ("We are moving in June. Can the bookcase be taken apart?",
         "Can the bookcase be taken apart?"),
        # a question before the statement, or a full stop inside the question: left whole
        ("Is it oak? I ask. Does it wobble?", "Is it oak? I ask. Does it wobble?"),
        ("Thanks. Is it 1.8 m tall?", "Thanks. Is it 1.8 m tall?"),
        # a statement followed by no question word is no question after a setting
        ("I love it. Oak, right?", "I love it. Oak, right?"),
    ],
)
def test_the_asked_part_leaves_a_statement_before_the_question(question: str, asked: str) -> None:
    assert asked_part(question) == asked


def test_a_setting_before_the_question_weighs_half() -> None:
    passages = collect_passages(BOOKCASE, [], {})
    question = "My comics and crates: how many shelves does it have?"
    # two words the listing never uses ("comics", "crates") before the question, one shared:
    # half weight each, so the line that states the shelves answers
    assert addresses(question, BOOKCASE, SHELVES, passages)
    # the same words inside the question itself still outweigh the one shared word
    assert not addresses(
        "How many shelves does it have for comics and crates?", BOOKCASE, SHELVES, passages
    )


def test_a_setting_does_not_make_an_unshared_question_answered() -> None:
    passages = collect_passages(BOOKCASE, [], {})
    question = "We move next week. Does it come with wall anchors?"
    assert not addresses(question, BOOKCASE, SHELVES, passages)


@pytest.mark.parametrize(
    "question",
    ["When are the large tea tins back?", "When do you expect the green tins back?"],
)
def test_when_back_asks_a_restock(question: str) -> None:
    assert stock_unstated(fold(question), "Tin of 250 g, 12 per case.")
    assert not stock_unstated(fold(question), "Back in stock in May; backorders welcome.")


@pytest.mark.parametrize(
    "question",
    ["When can I have my deposit back?", "When can I send the tin back?",
     "When are you back from the fair?"],
)
def test_a_refund_a_return_or_a_person_back_is_no_restock(question: str) -> None:
    assert not stock_unstated(fold(question), "Tin of 250 g, 12 per case.")


def _listing(description: str, title: str = "Pottery evening class") -> Listing:
    return Listing(external_id="PC-1", title=title, description_html=f"<p>{description}</p>")


@pytest.mark.parametrize(
    "question",
    ["How long is the pottery class in total?", "How long is the class?",
     "How long are the lessons in total?"],
)
def test_how_long_is_a_class_is_answered_by_its_hours(question: str) -> None:
    listing = _listing("Four lessons, 3 hours 30 minutes in all. Clay and glazes included.")
    passages = collect_passages(listing, [], {})
    found = _temperature_sentence(question, passages, Decision(answerable=False, support=()))
    assert found.answerable
    assert "3 hours 30 minutes" in found.support[0].passage.text


def test_how_long_is_a_thing_with_a_length_is_no_time() -> None:
    # a rug that states its size: "how long" asks the size, not the hours a line may name
    listing = _listing("A wool rug, 140 x 200 cm. Dries in 24 hours after a wash.", "Wool rug")
    passages = collect_passages(listing, [], {})
    found = _temperature_sentence(
        "How long is the rug?", passages, Decision(answerable=False, support=())
    )
    assert not found.answerable


def test_how_long_is_a_policy_period_is_left_to_the_policies() -> None:
    listing = _listing("A tasting of 2 hours, 6 wines.", "Wine tasting")
    passages = collect_passages(listing, [], {})
    found = _temperature_sentence(
        "How long is the returns period?", passages, Decision(answerable=False, support=())
    )
    assert not found.answerable
