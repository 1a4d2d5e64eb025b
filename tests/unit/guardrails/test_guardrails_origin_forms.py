"""Origin claims in forms the first claim model missed or misread: a town with its country, any
production verb ("bound", "hand-pressed"), a FAQ answer to "where is it from?", and country
codes written in lower case. Invented listings and drafts, written for these tests."""

from __future__ import annotations

import json

from plugin.domain import Listing, Verdict
from plugin.guardrails import check

SATCHEL = Listing(
    external_id="s",
    title="Waxed Canvas Satchel",
    description_html="<p>Cut and stitched in our Thornbury workshop from waxed canvas.</p>",
    attributes={"Country of origin": ["United Kingdom"], "Material": ["Waxed canvas"]},
)
HONEY = Listing(
    external_id="h",
    title="Manuka Honey 250 g",
    attributes={"Origin": ["Canterbury, New Zealand"], "Net weight": ["250 g"]},
)
JOURNAL = Listing(
    external_id="j",
    title="Leather Journal",
    attributes={"Country of origin": ["Italy"], "Pages": ["You can write on 240 pages"]},
)


def origins(item: Listing, text: str, kind: str = "description") -> list[str]:
    return [
        text[f.start : f.end]
        for f in check(item, text, kind)
        if f.rule == "accuracy.origin" and f.severity is Verdict.BLOCK
    ]


def test_a_town_with_its_country_needs_the_listing_to_name_the_town():
    assert origins(SATCHEL, "<p>Stitched in Thornbury, UK, from waxed canvas.</p>") == []
    assert origins(SATCHEL, "<p>Stitched in Kelso, UK, from waxed canvas.</p>") == [
        "Stitched in Kelso, UK"
    ]


def test_any_production_verb_before_a_place_is_an_origin():
    assert origins(JOURNAL, "<p>Printed and bound in Italy.</p>") == []
    assert origins(JOURNAL, "<p>Printed and bound in Japan.</p>") == ["Printed and bound in Japan"]
    assert origins(HONEY, "<p>Hand-jarred in Canterbury.</p>") == []
    assert origins(HONEY, "<p>Hand-jarred in Otago by our beekeepers.</p>") == [
        "Hand-jarred in Otago"
    ]


def test_the_answer_to_where_it_comes_from_is_an_origin_claim():
    faq = [{"question": "Where does the honey come from?", "answer": "Canterbury, New Zealand."}]
    assert origins(HONEY, json.dumps(faq), "faq") == []
    faq = [{"question": "Where does the honey come from?", "answer": "Waikato, New Zealand."}]
    assert origins(HONEY, json.dumps(faq), "faq") == ["Waikato, New Zealand"]
    faq = [{"question": "Where is it made?", "answer": "In Tasmania, Australia."}]
    assert origins(HONEY, json.dumps(faq), "faq") == ["Tasmania, Australia"]


def test_lower_case_words_are_not_country_codes():
    """ "can" in the listing is not Canada's code CAN, nor "and" Andorra's AND."""
    assert origins(JOURNAL, "<p>Made in Canada.</p>") == ["Made in Canada"]
    assert origins(JOURNAL, "<p>Bound in Andorra.</p>") == ["Bound in Andorra"]


HAMPER = Listing(
    external_id="g",
    title="Breakfast Hamper",
    attributes={
        "Contents": ["Marmalade", "Oat biscuits", "Enamel mug"],
        "Marmalade origin": ["Seville, Spain"],
        "Mug made in": ["Poland"],
    },
)
BOOTS = Listing(
    external_id="b",
    title="Chelsea Boots",
    attributes={"Country of origin": ["Portugal"], "Leather origin": ["Italy"]},
)


def test_an_origin_the_listing_gives_for_one_part_is_not_the_whole_products():
    assert origins(HAMPER, "<p>The marmalade is made in Seville, Spain.</p>") == []
    assert origins(HAMPER, "<p>An enamel mug made in Poland.</p>") == []
    assert origins(HAMPER, "<p>Made in Spain, for slow mornings.</p>") == ["Made in Spain"]
    assert origins(BOOTS, "<p>Made in Portugal from leather tanned in Italy.</p>") == []
    assert origins(BOOTS, "<p>Made in Italy, by hand.</p>") == ["Made in Italy"]


def test_a_question_that_names_the_part_carries_its_answer():
    faq = [{"question": "Where is the marmalade from?", "answer": "Seville, Spain."}]
    assert origins(HAMPER, json.dumps(faq), "faq") == []
    faq = [{"question": "Where is it made?", "answer": "It is made in Spain."}]
    assert origins(HAMPER, json.dumps(faq), "faq") == ["made in Spain"]


def test_where_it_ships_from_is_not_where_it_is_made():
    faq = [{"question": "Where does it ship from?", "answer": "From our warehouse in Leeds, UK."}]
    assert origins(HONEY, json.dumps(faq), "faq") == []
