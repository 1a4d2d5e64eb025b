"""Round 40's families, on invented questions (a pottery class, a canoe paddle, a kayak trip,
a sailing course): no question, product or phrase of any evaluation set."""

from __future__ import annotations

import pytest

from plugin.questions.asked_detail import detail_unstated
from plugin.questions.slot_sales import _thing_asked_not_grouped


@pytest.mark.parametrize(
    ("question", "lines", "unstated"),
    [
        (
            "If the kayak trip is rained off, will I be refunded?",
            ["Returns policy: A trip can be moved to another weekend for free."],
            True,
        ),
        (
            "Bekomme ich mein Geld zurück, wenn ich den Töpferkurs verpasse?",
            ["Summary: Two evenings at the wheel, clay included."],
            True,
        ),
        (
            "If the kayak trip is rained off, will I be refunded?",
            ["Returns policy: Trips cancelled for weather are refunded in full."],
            False,
        ),
        (
            "Can I have my money back if I miss the sailing course?",
            ["Returns policy: Unused places can be returned up to a week before."],
            False,
        ),
    ],
)
def test_money_back_needs_a_refund_line(question: str, lines: list[str], unstated: bool) -> None:
    assert detail_unstated(question, lines) is unstated


@pytest.mark.parametrize(
    ("question", "lines", "unstated"),
    [
        (
            "What date would the paddle get here if I order it now?",
            ["Current description: Carbon paddles are built to order."],
            True,
        ),
        (
            "When would the order reach me if I pay tonight?",
            ["Current description: A 220 cm shaft with a 45-degree feather."],
            True,
        ),
        (
            "What date would the paddle get here if I order it now?",
            ["Current description: Built to order and shipped within three weeks."],
            False,
        ),
        (
            "When would the order reach me if I pay tonight?",
            ["Shipping policy: Orders paid before noon leave the same working day."],
            False,
        ),
    ],
)
def test_an_arrival_date_needs_a_delivery_time(
    question: str, lines: list[str], unstated: bool
) -> None:
    assert detail_unstated(question, lines) is unstated


@pytest.mark.parametrize(
    ("question", "unstated"),
    [
        ("Does the paddling set come with a waterproof map case?", True),
        ("Does the glaze bundle include a mixing whisk?", True),
        ("Does the paddling set come with a spray deck?", False),
        ("Does the glaze bundle include any brushes?", False),
        ("What does the paddling set come with?", False),
    ],
)
def test_a_thing_asked_of_a_grouped_product_must_be_named(question: str, unstated: bool) -> None:
    grouped = "Paddling set Touring paddle, Spray deck, Glaze brushes, pair"
    assert _thing_asked_not_grouped(question, grouped) is unstated
