"""Round 48's families, on invented lines and questions (a pottery lesson, a brewery tour, a
tile, a resoled shoe): no question, product or phrase of any evaluation set.

- a span written in English words ("ninety minutes", "two hours") is a time, as "90 minutes" is,
  for a foreign question that asks how long;
- "how much" with a verb of lasting that the word table knows ("cuánto dura", "ile trwa") asks
  how long; the verb alone ("dura" may be "hard") does not;
- a glossed "size" is stated by the measures of two sides or more ("20 x 20 cm").
"""

from __future__ import annotations

import pytest

from plugin.questions.crosslingual import states_figure_asked
from plugin.questions.gloss_answer import _said_by_figure
from plugin.questions.glossing import lasting_words


@pytest.mark.parametrize(
    "line",
    [
        "A session of ninety minutes at the wheel.",
        "The tour takes two hours, tasting included.",
        "Forty-five minutes in the cellar.",
        "The tour takes 2 hours.",
    ],
)
def test_a_span_in_english_words_is_a_time(line: str) -> None:
    assert states_figure_asked("Hoe lang duurt de rondleiding?", line)


def test_a_word_that_only_contains_a_numeral_is_no_time() -> None:
    assert not states_figure_asked("Hoe lang duurt de rondleiding?", "Often minutes matter.")
    assert not states_figure_asked("Hoe lang duurt de rondleiding?", "Anyone hours away.")


def test_how_much_with_a_verb_of_lasting_asks_how_long() -> None:
    line = "A lesson of ninety minutes at the wheel."
    assert states_figure_asked("¿Cuánto dura el taller de cerámica?", line, "es")
    assert states_figure_asked("Ile trwa lekcja ceramiki?", line, "pl")
    # without the language, "cuánto" alone asks a count, which a span is not
    assert not states_figure_asked("¿Cuánto dura el taller de cerámica?", line)


def test_a_verb_of_lasting_alone_asks_no_time() -> None:
    assert not states_figure_asked("¿La suela es dura?", "Resoled within two weeks.", "es")


def test_the_lasting_words_come_from_the_word_table() -> None:
    assert "dura" in lasting_words("es")
    assert "trwa" in lasting_words("pl")
    assert lasting_words("xx") == frozenset()


@pytest.mark.parametrize("line", ["Each tile is 20 x 20 cm.", "Tiles of 15×7.5 cm, 8 mm thick."])
def test_a_glossed_size_is_stated_by_the_measures_of_its_sides(line: str) -> None:
    assert _said_by_figure("size", line)


@pytest.mark.parametrize("line", ["Each tile weighs 2 kg.", "Sold in boxes of 20."])
def test_a_line_without_sides_states_no_size(line: str) -> None:
    assert not _said_by_figure("size", line)
