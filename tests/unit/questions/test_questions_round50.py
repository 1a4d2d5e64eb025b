"""Round 50's families, on invented lines and questions (a garden hose, a kettlebell, a rug,
a candle, a podcast course): no question, product or phrase of any evaluation set.

- a measure asked by its noun in the shopper's language ("Quelle est la largeur …?", "Welches
  Gewicht …?") is told by the multilingual model, and stated by a line with a figure in that
  measure's kind of unit: a weight by any weight, a dimension only with its word beside;
- German "wie lang" asks a span as Dutch "hoe lang" does: a line with a time figure states it.
"""

from __future__ import annotations

import pytest

from plugin.questions.crosslingual import (
    UseEmbedder,
    states_figure_asked,
    states_measure_noun,
)
from plugin.questions.dimension_checks import names_dimension


@pytest.fixture(scope="module")
def use() -> UseEmbedder:
    return UseEmbedder()


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("Quelle est la largeur du tapis de couloir ?", "Woven jute, 70 cm wide."),
        ("Welches Gewicht hat die Kugelhantel?", "Cast iron, 12 kg, with a flat base."),
        ("Qual é a espessura do tapete?", "A dense wool pile, 1.2 cm thick."),
    ],
)
def test_a_measure_asked_by_its_noun_is_stated_by_a_figure_in_its_unit(
    use: UseEmbedder, question: str, line: str
) -> None:
    assert states_measure_noun(question, line, use)


@pytest.mark.parametrize(
    ("question", "line"),
    [
        # a weight asked, a length stated
        ("Welches Gewicht hat die Kugelhantel?", "The handle is 18 cm wide."),
        # a thickness asked, only a length of another dimension stated
        ("Quelle est l'épaisseur du tapis ?", "Woven jute, 180 cm long."),
        # a length with no dimension word may be any dimension
        ("Quel est le diamètre du tuyau d'arrosage ?", "A 15 m hose on a wall reel."),
        ("Qual é a espessura do tapete?", "A dense wool pile of 1.2 cm."),
        # no measure asked
        ("Est-ce que la bougie sent la vanille ?", "A 9 cm candle of soy wax."),
        # no figure stated
        ("Quelle est la hauteur de la bougie ?", "Hand-poured soy wax in a glass jar."),
    ],
)
def test_a_measure_noun_is_not_stated_by_another_measure_or_none(
    use: UseEmbedder, question: str, line: str
) -> None:
    assert not states_measure_noun(question, line, use)


def test_a_word_of_the_products_name_asks_no_measure(use: UseEmbedder) -> None:
    # "Weight" names the product: the question asks its price, not a weight
    question = "Combien coûte le Weight Vest ?"
    assert not states_measure_noun(question, "Holds 10 kg of plates.", use, "Weight Vest")


def test_a_dimension_is_named_by_its_word() -> None:
    assert names_dimension("thickness", "Felt, 1 cm thick.")
    assert names_dimension("width", "Woven jute, 70 cm wide.")
    assert not names_dimension("thickness", "Woven jute, 180 cm long.")
    assert not names_dimension("diameter", "A 15 m hose on a wall reel.")


@pytest.mark.parametrize(
    ("line", "stated"),
    [
        ("Eight episodes, 3 hours 10 minutes in all.", True),
        ("A hose of 25 m on a wall reel.", False),
    ],
)
def test_wie_lang_asks_a_span(line: str, stated: bool) -> None:
    assert states_figure_asked("Wie lang ist der Podcastkurs?", line, "de") is stated
