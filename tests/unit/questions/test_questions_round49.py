"""Round 49's families, on invented lines and questions (a yoga class, a stool, a tea tin, a
dog lead): no question, product or phrase of any evaluation set.

- a glossed "colour" is stated by the colour a line names ("mustard yellow tin"), not by a metal
  finish ("brass hinges");
- a glossed "wood" is stated by the kind of wood a line names ("beech legs", "ash seat"), a kind
  that is also a colour included;
- two asked words the word table gives a common English word ("Plätze" and "Teilnehmer" both
  "places") name one thing: a line that states one states the other;
- an English comparative of size ("the longer lead") names the larger of an option's two
  values, and of three or more none;
- a part's measure ("how thick is the tent's floor?") is stated by a sentence that names the
  part and gives a figure with the measure's adjective ("floor of nylon, 0.2 mm thick"), not
  by another sentence's figure.
"""

from __future__ import annotations

import pytest

from plugin.domain import Listing, Variant
from plugin.questions.asked_detail import detail_unstated
from plugin.questions.choices import listing_choices
from plugin.questions.extremes import extreme_mentions
from plugin.questions.gloss_answer import _one_thing, _said_by_figure
from plugin.questions.glossing import Gloss, english_gloss
from plugin.questions.material_kinds import kinds_of
from plugin.questions.slots import find_slot


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


def _lead(lengths: tuple[tuple[str, str], ...]) -> Listing:
    variants = [
        Variant(sku=f"L-{n}", title=f"Dog lead - {n} m", price=price, options={"Length": f"{n} m"})
        for n, price in lengths
    ]
    return Listing(
        external_id="lead",
        title="Rope dog lead",
        description_html="<p>A braided rope lead with a brass clip.</p>",
        price=lengths[0][1],
        variants=variants,
        options={"Length": [f"{n} m" for n, _ in lengths]},
        attributes={"Length": [f"{n} m" for n, _ in lengths]},
    )


@pytest.mark.parametrize(
    ("question", "price"),
    [
        ("How much for the longer lead?", "24.00"),
        ("What does the shorter one cost?", "18.00"),
    ],
)
def test_a_comparative_of_two_sizes_names_one_variant(question: str, price: str) -> None:
    found = find_slot(question, _lead((("1.2", "18.00"), ("2", "24.00"))))
    assert found is not None and found.intent == "variant_price"
    assert price in str(found.parts)
    assert ("24.00" if price == "18.00" else "18.00") not in str(found.parts)


def test_a_comparative_of_three_sizes_or_of_time_names_none() -> None:
    three = listing_choices(_lead((("1.2", "18.00"), ("2", "24.00"), ("3", "29.00"))))
    assert extreme_mentions("how much for the longer lead", three, {"price": ["how much"]}) == []
    two = listing_choices(_lead((("1.2", "18.00"), ("2", "24.00"))))
    cues = {"price": ["price"]}
    assert extreme_mentions("is the price no longer 18", two, cues) == []
    assert extreme_mentions("how much for the longer lead", two, {"price": ["how much"]})


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("How thick is the tent's floor?", "Floor of ripstop nylon, 0.2 mm thick at the seams."),
        ("How long is the lamp's cord?", "Brass lamp with a fabric cord, 180 cm long."),
    ],
)
def test_a_parts_measure_is_stated_by_its_adjective_after_a_figure(
    question: str, line: str
) -> None:
    assert not detail_unstated(question, [f"Current description: {line}"])


def test_another_sentences_figure_states_no_parts_measure() -> None:
    line = "Current description: Floor of ripstop nylon. The fly is 2 mm thick."
    assert detail_unstated("How thick is the tent's floor?", [line])
    assert detail_unstated("How thick is the tent's floor?", ["Floor of ripstop nylon, 2 m long."])
