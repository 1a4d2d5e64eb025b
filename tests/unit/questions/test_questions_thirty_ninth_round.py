"""Round 39's families, on invented questions (a rowing-machine video course, a pottery
evening): no question, product or phrase of any evaluation set."""

from __future__ import annotations

import pytest

from plugin.questions.asked_detail import detail_unstated


@pytest.mark.parametrize(
    ("question", "lines", "unstated"),
    [
        ("Who is the trainer in the rowing videos?", ["Twelve rowing sessions of 20 min."], True),
        ("Who coaches the rowing course?", ["Summary: a rowing plan for beginners."], True),
        ("Who is the lecturer at the pottery evening?", ["Clay and glazes included."], True),
        ("Who is the trainer in the rowing videos?", ["Filmed with our head trainer."], False),
        ("Who coaches the rowing course?", ["Coached by Lina Varga, a former rower."], False),
        ("Who is the lecturer at the pottery evening?", ["With Tomas Berg, a potter."], False),
    ],
)
def test_a_coach_or_trainer_must_be_named(
    question: str, lines: list[str], unstated: bool
) -> None:
    assert detail_unstated(question, lines) is unstated
