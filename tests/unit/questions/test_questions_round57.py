"""Round 57's families, on invented questions (a pottery workshop, a garden hose, a casserole, a
model rocket, a boomerang, a floor lamp, an oak bar stool): no question, product or phrase of
any evaluation set.

- a part's or an event's measure asked ("how long is the potters' workshop?") is given by a
  figure written as a word too ("a four-hour workshop");
- how high or how far a product flies, is thrown or bounces is not its own height: its
  dimensions do not answer it, and a line must name a height or a distance reached;
- a value said by words of the product's own name ("the oak stool") is not asked of it.
"""

from __future__ import annotations

import pytest

from plugin.domain import Dimensions, Listing
from plugin.questions.asked_detail import detail_unstated
from plugin.questions.embedding import Embedder
from plugin.questions.lexicon import fold
from plugin.questions.slot_cues import _cues
from plugin.questions.wear_checks import asked_kinds, wear_unstated
from tests.unit.questions.asking import ask

# --- a figure written as a word ---


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("How long is the potters' workshop?", "A four-hour workshop at the wheel, on Fridays."),
        ("How long is the garden's hose?", "A twenty metre hose on a wall reel."),
        ("how long is the hose of the sprayer?", "The hose is two metres long."),
    ],
)
def test_a_figure_in_words_states_the_measure(question: str, line: str) -> None:
    assert not detail_unstated(question, [line])


def test_no_figure_is_still_no_measure() -> None:
    question = "How long is the potters' workshop?"
    assert detail_unstated(question, ["A workshop at the wheel for beginners, on Fridays."])
    # a number word before anything but a unit is a count, and "one" an article as often
    assert detail_unstated(question, ["One workshop at the wheel, with clay included."])
    handles = "How long are the handles on the casserole?"
    assert detail_unstated(handles, ["A cast-iron casserole with two handles."])


WORKSHOP = Listing(
    external_id="PW-57",
    title="Pottery Wheel Workshop for Beginners",
    description_html=(
        "<p>A four-hour workshop at the wheel in our studio, on Fridays from May to "
        "September.</p><p>Clay and aprons are provided.</p>"
    ),
    price="45",
)


def test_a_duration_in_words_answers_how_long(embedder: Embedder) -> None:
    reply = ask("How long is the beginners' workshop at the wheel?", WORKSHOP, embedder)
    assert not reply.needs_merchant
    assert "four-hour" in reply.text


# --- how high or how far it flies ---


@pytest.mark.parametrize(
    "question",
    [
        "How high does the model rocket fly?",
        "how far can you throw the boomerang?",
        "Wie weit fliegt der Bumerang?",
        "Hoe hoog vliegt de raket?",
        "Hvor høyt flyr raketten?",
        "¿Qué tan alto vuela el cohete?",
    ],
)
def test_a_height_reached_is_no_dimension(question: str) -> None:
    folded = fold(question)
    assert _cues(folded)["dimensions"] == []
    assert [k.name for k in asked_kinds(folded)] == ["height reached"]


@pytest.mark.parametrize(
    "question",
    [
        "How high is the bar stool?",
        "how high does the seat of the stool go?",
        "Wie hoch ist die Stehlampe?",
    ],
)
def test_the_products_own_height_is_still_asked(question: str) -> None:
    folded = fold(question)
    assert _cues(folded)["dimensions"]
    assert asked_kinds(folded) == []


def test_a_height_reached_needs_a_line_that_names_it() -> None:
    asked = fold("how high does the model rocket fly?")
    assert wear_unstated(asked, fold("A foam rocket, 45 cm tall, with three fins."))
    assert not wear_unstated(asked, fold("It climbs to a height of about 30 m."))


ROCKET = Listing(
    external_id="MR-57",
    title="Foam Model Rocket",
    description_html="<p>A foam rocket with three fins, launched with a hand pump.</p>",
    price="18",
    dimensions=Dimensions(length=45, width=8, height=8, unit="cm"),
)


def test_how_high_it_flies_goes_to_the_merchant(embedder: Embedder) -> None:
    reply = ask("Wie hoch fliegt die Schaumrakete?", ROCKET, embedder)
    assert reply.needs_merchant


# --- a value said by the product's own name ---

STOOL = Listing(
    external_id="OS-57",
    title="Oak Bar Stool",
    description_html="<p>A bar stool with a round seat and a footrest.</p>",
    price="89",
    attributes={"Material": ["Oak"]},
)


def test_a_value_that_is_the_products_name_confirms_nothing(embedder: Embedder) -> None:
    reply = ask("Will the oak stool wobble on a tiled floor?", STOOL, embedder)
    assert reply.needs_merchant


def test_a_value_asked_as_available_is_still_confirmed(embedder: Embedder) -> None:
    reply = ask("Is the stool available in oak?", STOOL, embedder)
    assert not reply.needs_merchant
    assert "Oak" in reply.text
