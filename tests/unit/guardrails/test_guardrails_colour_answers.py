"""Colour claims that name no colour word the vocabulary knows: a count of colours, and the
answer to a FAQ's colour question. Invented listings and drafts, written for these tests."""

from __future__ import annotations

import json

from plugin.domain import Listing, Verdict
from plugin.guardrails import check

MUG = Listing(external_id="m", title="Stoneware Mug", options={"Colour": ["Fog", "Kelp"]})
PLAIN = Listing(external_id="p", title="Beeswax Wrap", attributes={"Size": ["30 x 30 cm"]})


def colour_findings(item: Listing, text: str, kind: str = "description") -> list[tuple]:
    return [
        (f.severity, text[f.start : f.end])
        for f in check(item, text, kind)
        if f.rule == "accuracy.colour"
    ]


def faq(question: str, answer: str) -> str:
    return json.dumps([{"question": question, "answer": answer}])


def test_a_count_of_colours_is_checked_as_a_colour_claim():
    assert colour_findings(MUG, "<p>Two glazes, two colours: Fog and Kelp.</p>") == []
    found = colour_findings(MUG, "<p>Now in five bright colours for every shelf.</p>")
    assert found == [(Verdict.BLOCK, "five bright colours")]
    assert not [f for f in check(MUG, "<p>Now in five bright colours.</p>", "description")
                if f.rule == "accuracy.number"]  # fmt: skip


def test_a_count_of_colours_on_a_listing_with_none_warns():
    found = colour_findings(PLAIN, "<p>Sold in three cheerful colours for the kitchen.</p>")
    assert found == [(Verdict.WARN, "three cheerful colours")]


def test_the_answer_to_a_colour_question_is_a_colour_claim():
    text = faq("Which colour is the mug?", "It comes in Fog or Kelp.")
    assert colour_findings(MUG, text, "faq") == []
    text = faq("What color is the mug?", "It is Driftwood.")
    assert colour_findings(MUG, text, "faq") == [(Verdict.BLOCK, "Driftwood")]
    text = faq("What colour is the wrap?", "Honeycomb and natural.")
    assert colour_findings(PLAIN, text, "faq") == [
        (Verdict.WARN, "Honeycomb"),
        (Verdict.WARN, "natural"),
    ]


def test_an_answer_that_names_no_colour_is_not_read_as_one():
    text = faq("What colours can I pick?", "It comes in two colours, shown in the photos.")
    assert colour_findings(MUG, text, "faq") == []


CUP = Listing(external_id="c", title="Camp Cup", attributes={"Material": ["Stainless steel"]})
GOLD_CUP = Listing(
    external_id="g",
    title="Camp Cup",
    attributes={"Material": ["Stainless steel"], "Finish": ["Brushed gold"]},
)


def test_a_metal_before_another_material_is_a_finish_and_so_a_colour():
    text = "<p>A white gold stainless steel camp cup for the trail.</p>"
    assert colour_findings(CUP, text) == [(Verdict.WARN, "white gold")]
    assert not [f for f in check(CUP, text, "description") if f.rule == "accuracy.material"]
    text = "<p>A brushed gold stainless steel camp cup for the trail.</p>"
    assert colour_findings(GOLD_CUP, text) == []


def test_an_answer_that_points_elsewhere_names_no_colour():
    text = faq("Which colours can I choose?", "Pick Fog or Kelp on the product page.")
    assert colour_findings(MUG, text, "faq") == []
    text = faq("What colour is it?", "Please see the photos.")
    assert colour_findings(MUG, text, "faq") == []
