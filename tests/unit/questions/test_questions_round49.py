"""Round 49's families, on invented lines and questions (a yoga class, a stool, a tea tin, a
dog lead): no question, product or phrase of any evaluation set.

- a glossed "colour" is stated by the colour a line names ("mustard yellow tin"), not by a metal
  finish ("brass hinges");
- a glossed "wood" is stated by the kind of wood a line names ("beech legs", "ash seat"), a kind
  that is also a colour included;
- two asked words the word table gives a common English word ("Plätze" and "Teilnehmer" both
  "places") name one thing: a line that states one states the other.
"""

from __future__ import annotations

import pytest

from plugin.questions.gloss_answer import _one_thing, _said_by_figure
from plugin.questions.glossing import Gloss, english_gloss
from plugin.questions.material_kinds import kinds_of


@pytest.mark.parametrize(
    "line", ["Mustard yellow tin with a tight lid.", "Navy webbing, 2 m long.", "Grey felt."]
)
def test_a_glossed_colour_is_stated_by_the_colour_a_line_names(line: str) -> None:
    assert _said_by_figure("colour", line)


@pytest.mark.parametrize(
    "line", ["Brass hinges on both sides.", "A 2 m lead with a steel clip.", "Holds 100 g of tea."]
)
def test_a_line_that_names_no_hue_states_no_colour(line: str) -> None:
    assert not _said_by_figure("colour", line)


@pytest.mark.parametrize("line", ["Turned beech legs, 45 cm.", "Ash seat, oiled.", "Oak top."])
def test_a_glossed_wood_is_stated_by_the_kind_of_wood_a_line_names(line: str) -> None:
    assert _said_by_figure("wood", line)


def test_a_line_that_names_no_kind_of_wood_states_no_wood() -> None:
    assert not _said_by_figure("wood", "Wooden seat, 45 cm high.")
    assert not _said_by_figure("wood", "Steel frame with rubber feet.")


def test_the_kinds_of_wood_include_those_that_are_colours() -> None:
    assert {"ash", "olive", "beech"} <= kinds_of("wood")
    assert kinds_of("timber") == kinds_of("wood")
    assert kinds_of("marble") == frozenset()


def _yoga_gloss() -> Gloss:
    gloss = english_gloss("Wie viele Teilnehmer haben Platz im Yogakurs?", "de", {"yoga"})
    assert gloss is not None
    return gloss


def test_two_words_with_a_common_english_word_are_one_thing() -> None:
    gloss = _yoga_gloss()
    asked = {w for w in gloss.translated if w in ("participants", "places")}
    assert asked == {"participants", "places"}
    stated = _one_thing({"participants": "participants", "places": ""}, gloss)
    assert all(stated.values())


def test_a_word_with_nothing_in_common_is_still_asked() -> None:
    gloss = _yoga_gloss()
    stated = _one_thing({"participants": "participants", "course": ""}, gloss)
    assert stated["course"] == ""
    # nothing stated, nothing lent
    assert not any(_one_thing({"participants": "", "places": ""}, gloss).values())
