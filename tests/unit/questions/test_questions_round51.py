"""Round 51's families, on invented lines and questions (a lamp, a rug, a yoga webinar, a concrete
planter): no question, product or phrase of any evaluation set.

- a figure with a unit of length, weight, volume, heat or share measures the product and is
  no time: it does not answer a question that opens with "when";
- a participle of recording ("is the webinar being recorded?") asks of a recording, not of a
  vinyl record to be shipped or downloaded;
- a number with a unit, or a range in one, measures and counts nothing: "how many candles"
  is not answered by "for candles 5 to 7.5 cm across";
- a measure asked by its noun in the shopper's language may be stated by the second closest
  sentence of the listing, not only by the closest.
"""

from __future__ import annotations

import pytest

from plugin.questions.amount_checks import counts, counts_part_asked
from plugin.questions.crosslingual import UseEmbedder, crosslingual_support
from plugin.questions.lexicon import fold
from plugin.questions.passages import Passage
from plugin.questions.slot_cues import _cues
from plugin.questions.time_checks import time_unstated


@pytest.mark.parametrize(
    "line",
    [
        "Brass desk lamp, 32 cm tall, 1.2 kg.",
        "Hand-knotted wool rug, 140 x 200 cm, pile 1 to 1.5 cm.",
        "Shade of 80 g/m² linen on a stem of 45 cm.",
        "Wax blend with up to 10% essential oil, melting at 52 °C.",
    ],
)
def test_a_measured_figure_does_not_say_when(line: str) -> None:
    assert time_unstated(fold("When does the lamp ship?"), line)


@pytest.mark.parametrize(
    "line",
    [
        "Ships within 3 working days, 32 cm tall.",
        "Back on 12 May.",
        "The next class is at 18:30 on Tuesdays.",
        "Restocked in 2027.",
        "The 30 cm size is back in May.",
    ],
)
def test_a_date_a_span_or_a_bare_number_still_says_when(line: str) -> None:
    assert not time_unstated(fold("When will it be back?"), line)


def test_a_when_inside_a_size_question_is_answered_by_the_measure() -> None:
    # "when" here is no question of time: the figure of the size asked answers it
    question = fold("What size does the picnic rug reach when unfolded?")
    assert not time_unstated(question, "Unfolds to 140 x 200 cm.")


@pytest.mark.parametrize(
    "question",
    [
        "Is the yoga webinar going to be recorded?",
        "Is the online session recorded?",
        "Can I get a recording of the pottery workshop?",
    ],
)
def test_a_recording_asked_is_no_record_to_ship(question: str) -> None:
    assert not _cues(fold(question))["download"]


def test_a_vinyl_record_is_still_a_format_to_ship() -> None:
    assert "record" in _cues(fold("Is the album a vinyl record or a download?"))["download"]


@pytest.mark.parametrize(
    "line",
    [
        "For candles 5 to 7.5 cm across.",
        "Candles 2.5 cm wide, in soy wax.",
        "Fits 3 cm candles.",
    ],
)
def test_a_measure_beside_the_thing_is_no_count_of_it(line: str) -> None:
    assert not counts_part_asked("how many candles can I pour from a bag?", line)
    assert not counts("candle", line)


@pytest.mark.parametrize(
    "line",
    ["Enough for 12 candles of 7 cm.", "Candles: 24, each 2 cm across.", "Makes twenty candles."],
)
def test_a_count_beside_a_measure_still_counts(line: str) -> None:
    assert counts_part_asked("how many candles can I pour from a bag?", line)
    assert counts("candle", line)


@pytest.fixture(scope="module")
def use() -> UseEmbedder:
    return UseEmbedder()


_SUMMARY = Passage("listing", "Summary: A square concrete planter with sharp edges.")
_POLICIES = [
    Passage("policy", "Care policy: Bring planters in before the first frost."),
    Passage("policy", "Shipping policy: Heavy items ship by courier."),
]


def test_a_measure_noun_is_answered_by_the_second_closest_listing_sentence(
    use: UseEmbedder,
) -> None:
    stating = Passage(
        "listing",
        "Current description: Grey concrete planter, sealed inside, one drainage hole. "
        "25 cm tall.",
    )
    found = crosslingual_support(
        "¿Qué altura tiene la maceta cuadrada?", "es", [_SUMMARY, stating, *_POLICIES], use,
        title="Square planter",
    )
    assert found is not None and found.passage is stating


def test_a_second_sentence_of_another_dimension_does_not_answer(use: UseEmbedder) -> None:
    other = Passage(
        "listing",
        "Current description: Grey concrete planter, sealed inside, one drainage hole. "
        "20 cm wide.",
    )
    found = crosslingual_support(
        "¿Qué altura tiene la maceta cuadrada?", "es", [_SUMMARY, other, *_POLICIES], use,
        title="Square planter",
    )
    assert found is None
