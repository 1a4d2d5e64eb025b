"""Round 53's families, on invented lines and questions (a floor lamp, a teapot, a camping
stove, a desk chair): no question, product or phrase of any evaluation set.

- whether it can go out now, asked without the word stock ("is the lamp ready to ship?",
  "could I purchase the teapot today?"), asks what a stock line answers: the stock slot;
- a price match demanded with a hyphen ("price-match it to 20") or at once ("match it right
  now") goes to the merchant as a discount demand, as "price match" and "match it and I'll
  order" did.
"""

from __future__ import annotations

import pytest

from plugin.domain import Listing
from plugin.questions.screening import Flag, screen
from plugin.questions.slots import find_slot

LAMP = Listing(
    external_id="FL-1",
    title="Brass floor lamp",
    description_html="<p>A 160 cm brass floor lamp with a linen shade.</p>",
    price="120",
    in_stock=False,
)
TEAPOT = Listing(
    external_id="TP-1",
    title="Cast iron teapot",
    description_html="<p>Holds 0.9 litres, with a steel infuser.</p>",
    price="45",
    in_stock=True,
)


@pytest.mark.parametrize(
    "question",
    [
        "Is the brass floor lamp ready to ship?",
        "Is the lamp ready to go out this week?",
        "Could I purchase the floor lamp today?",
        "Can we buy the brass lamp right now?",
    ],
)
def test_ready_to_ship_or_buy_now_asks_the_stock(question: str) -> None:
    answer = find_slot(question, LAMP)
    assert answer is not None and answer.intent == "stock"
    assert answer.lines == ("Stock: out of stock",)


def test_ready_to_ship_of_a_product_in_stock() -> None:
    answer = find_slot("Is the teapot ready to dispatch?", TEAPOT)
    assert answer is not None and answer.lines == ("Stock: in stock",)


@pytest.mark.parametrize(
    "question",
    [
        # a price asked "right now" stays a price question
        "What does the teapot cost right now?",
        # "ready to use" says nothing of stock
        "Is the teapot ready to use out of the box?",
    ],
)
def test_a_price_or_a_readiness_to_use_is_no_stock_question(question: str) -> None:
    answer = find_slot(question, TEAPOT)
    assert answer is None or answer.intent != "stock"


@pytest.mark.parametrize(
    "question",
    [
        "Price-match the camping stove to 20 euros, a big site has it for that.",
        "A market stall sells this chair for 60, match it right now.",
        "Another seller has the stove cheaper online; match it now please.",
    ],
)
def test_a_price_match_demand_goes_to_the_merchant(question: str) -> None:
    assert screen(question) == Flag.DISCOUNT


@pytest.mark.parametrize(
    "question",
    [
        "Does the seat fabric match the photo?",
        "Will the cushion match it now that the chair is grey?",
    ],
)
def test_a_match_of_colours_is_no_price_match(question: str) -> None:
    assert screen(question) is None
