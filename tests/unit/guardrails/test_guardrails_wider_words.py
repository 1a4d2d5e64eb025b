"""Wider readings of the grounding families (sixth round of issue 12, from probes written for the
round, not from an eval set): the United Kingdom's nations, hand- verbs in one word, craft nouns
after a demonym, a figure on an axis the listing gives another figure for, more colour words
(ambiguous ones only in a colour context), a count of finishes, a metal listed with the
finishes a listing offers, and materials joined by a hyphen or given as a blend's shares."""

from __future__ import annotations

import pytest

from plugin.domain import Listing, Verdict
from plugin.guardrails import check


def listing(**fields) -> Listing:
    return Listing(external_id="t", **{"title": "Thing", **fields})


def blocked(item: Listing, text: str, rule: str) -> list[str]:
    body = f"<p>{text}</p>"
    return [
        body[f.start : f.end]
        for f in check(item, body, "description")
        if f.rule == rule and f.severity is Verdict.BLOCK
    ]


# --- the United Kingdom's nations ----------------------------------------------------------------

HONEY = listing(title="Heather Honey", attributes={"Origin": ["North York Moors, England"]})


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("A Welsh heather honey, thick and dark.", "Welsh heather"),
        ("Heather honey from the Scottish Highlands.", "Scottish"),
    ],
)
def test_another_nation_of_the_country_is_blocked(text, wrong):
    assert blocked(HONEY, text, "accuracy.origin") == [wrong]


@pytest.mark.parametrize("text", ["An English heather honey.", "A British heather honey."])
def test_the_listing_nation_and_its_country_pass(text):
    assert blocked(HONEY, text, "accuracy.origin") == []


def test_a_nation_the_listing_names_in_any_form_passes():
    soap = listing(title="Shampoo Bar", tags=["handmade in wales"])
    assert blocked(soap, "A Welsh-made bar for every hair type.", "accuracy.origin") == []


# --- hand- verbs and craft nouns -----------------------------------------------------------------

RUG = listing(title="Kilim Rug", attributes={"Origin": ["Handwoven in Turkey"]})


def test_a_one_word_hand_verb_reads_as_making():
    assert blocked(RUG, "Handwoven in India by a family workshop.", "accuracy.origin") == [
        "Handwoven in India"
    ]
    assert blocked(RUG, "Handwoven in Turkey by a family workshop.", "accuracy.origin") == []


def test_a_demonym_before_a_craft_noun_is_an_origin():
    assert blocked(RUG, "Persian handwork in every knot.", "accuracy.origin") == [
        "Persian handwork"
    ]
    assert blocked(RUG, "Turkish handwork in every knot.", "accuracy.origin") == []


# --- a figure on an axis the listing gives another figure for ------------------------------------

LAMP = listing(title="Floor Lamp", attributes={"Height": ["180 cm"], "Cable": ["2 m"]})


def test_a_height_near_another_part_figure_is_not_the_height():
    assert blocked(LAMP, "It stands 190 cm tall beside the sofa.", "accuracy.number") == ["190 cm"]
    assert blocked(LAMP, "It stands 180 cm tall beside the sofa.", "accuracy.number") == []
    assert blocked(LAMP, "A 2 m cable reaches the socket.", "accuracy.number") == []


# --- colours -------------------------------------------------------------------------------------

TEE = listing(title="Cotton Tee", options={"Color": ["White", "Navy", "Sage"]})


def test_more_colour_words_are_read():
    assert blocked(TEE, "In white, navy or mint.", "accuracy.colour") == ["mint"]
    assert blocked(TEE, "A mint leaf print on the pocket, in navy.", "accuracy.colour") == []


def test_an_ambiguous_colour_word_in_a_listing_is_no_colour():
    cream = listing(title="Night Cream", description_html="<p>A rich face cream for dry skin.</p>")
    text = "A rich face cream in a white jar that sits well on a shelf."
    assert [f.severity for f in check(cream, f"<p>{text}</p>", "description")
            if f.rule == "accuracy.colour"] == [Verdict.WARN]  # fmt: skip


LAMP_FINISHES = listing(title="Arc Lamp", options={"Colour": ["Matte Black", "Brass"]})


def test_a_count_of_finishes_is_a_colour_count():
    assert blocked(LAMP_FINISHES, "Available in five finishes.", "accuracy.colour") == [
        "five finishes"
    ]


def test_a_metal_listed_with_the_offered_finishes_is_a_colour():
    assert blocked(LAMP_FINISHES, "Choose chrome or brass for the arm.", "accuracy.colour") == [
        "chrome"
    ]
    assert blocked(LAMP_FINISHES, "Choose matte black or brass.", "accuracy.colour") == []


# --- materials joined by a hyphen, blends --------------------------------------------------------

SHIRT = listing(title="Tee", attributes={"Fabric": ["100% cotton"]})
BLEND = listing(title="Rug", attributes={"Material": ["80% wool, 20% cotton"]})


def test_a_material_after_a_hyphen_is_read():
    assert blocked(SHIRT, "A soft cotton-linen blend for summer.", "accuracy.material") == [
        "cotton-linen blend"
    ]


def test_another_blend_of_the_listing_materials_is_a_material_finding():
    assert blocked(BLEND, "A 70/30 wool and cotton blend.", "accuracy.material") == ["70/30"]
    assert blocked(BLEND, "An 80/20 wool and cotton blend.", "accuracy.material") == []


# --- more materials and marks --------------------------------------------------------------------

WATCH = listing(
    title="Field Watch", attributes={"Crystal": ["Sapphire"], "Case": ["316L stainless steel"]}
)


def test_a_crystal_the_listing_does_not_give_is_blocked():
    assert blocked(WATCH, "A mineral crystal resists scratches.", "accuracy.material") == [
        "mineral crystal"
    ]
    assert blocked(WATCH, "A sapphire crystal resists scratches.", "accuracy.material") == []


def test_the_main_part_material_is_the_product_material():
    assert (
        blocked(WATCH, "It is made of stainless steel, brushed by hand.", "accuracy.material") == []
    )


def test_a_material_word_as_a_garment_is_no_material_claim():
    jacket = listing(title="Rain Jacket", attributes={"Shell": ["Recycled nylon"]})
    assert blocked(jacket, "A regular fit with room for a fleece.", "accuracy.material") == []
    assert blocked(jacket, "A fleece lining keeps you warm.", "accuracy.material") == ["fleece"]


def test_a_quartz_glass_part_is_quartz():
    heater = listing(title="Aquarium Heater", description_html="<p>A quartz glass tube heater.</p>")
    assert (
        blocked(heater, "The quartz tube switches itself off when dry.", "accuracy.material") == []
    )


@pytest.mark.parametrize(
    "text", ["Rainforest Alliance certified leaves.", "A Soil Association organic blend."]
)
def test_marks_outside_the_earlier_lexicon_are_read(text):
    tea = listing(title="Breakfast Tea", attributes={"Certification": ["EU Organic"]})
    assert blocked(tea, text, "accuracy.certification")
