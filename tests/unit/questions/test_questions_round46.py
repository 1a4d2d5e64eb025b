"""Round 46's families, on invented listings and questions (a desk fan, a bread box, a rain
barrel, a yoghurt starter): no question, product or phrase of any evaluation set."""

from __future__ import annotations

import pytest

from plugin.questions.gloss_answer import _said_by_figure
from plugin.questions.glossing import english_gloss


@pytest.mark.parametrize(
    ("word", "line"),
    [
        ("loud", "Three speeds, 35 W, 41 dB on the lowest."),
        ("noise", "Runs at 38 dB(A)."),
        ("large", "Beech, 42 x 25 x 18 cm, with a roll top."),
        ("big", "Outer size 30×20×15 cm."),
        ("litre", "For barrels of 150 to 300 l."),
        ("litre", "Holds 210 litres."),
    ],
)
def test_a_measure_named_in_the_gloss_is_stated_by_its_figure(word: str, line: str) -> None:
    assert _said_by_figure(word, line)


@pytest.mark.parametrize(
    ("word", "line"),
    [
        ("loud", "A quiet fan with three speeds."),  # no sound level
        ("large", "Beech, 42 cm wide."),  # one side is no size of the whole
        ("large", "Sold in packs of 2 x 3."),  # a count of packs, not three sides
        ("litre", "Flow of 2 l/min."),  # a rate, not a volume
        ("litre", "Weighs 3 lb."),
    ],
)
def test_a_line_without_that_figure_does_not_state_it(word: str, line: str) -> None:
    assert not _said_by_figure(word, line)


def test_italian_bacteria_are_not_batteries() -> None:
    for question in ("Quanti batteri contiene la bustina?", "Il batterio è vivo?"):
        gloss = english_gloss(question, "it", set())
        assert gloss is not None and "bacteria" in gloss.text.split(), question
        assert "battery" not in gloss.text.split(), question
    for question in ("La batteria è inclusa?", "Le batterie sono incluse?"):
        gloss = english_gloss(question, "it", set())
        assert gloss is not None and "battery" in gloss.text.split(), question


def test_a_material_asked_in_the_gloss_is_stated_by_the_material_named() -> None:
    assert _said_by_figure("material", "Solid walnut with a brass hinge.")
    assert _said_by_figure("material", "Lid of brushed steel.")
    assert not _said_by_figure("material", "Sold in pairs, with a hinge.")


def test_an_inclusion_asked_in_the_gloss_is_stated_by_its_absence() -> None:
    assert _said_by_figure("included", "Supplied without the stand.")
    assert _said_by_figure("included", "Tap not included.")
    assert not _said_by_figure("included", "Everything for the starter, sold separately.")
