"""Forty-fifth round of issue 12 (holdout_v43 read after its blind score): a Turkish capital
dotted I in a material's name; Japanese cedar and cypress, and the lime tree's wood (no green);
high-carbon steel as a carbon steel on both sides; the shop languages' "with" between a
material and another part's noun; a grouped item's figure in another measure; "from" a town
inside a sentence. Listings and drafts here are written for these tests; none is taken from an
eval set. Each family: the true claim passes, an invented one is still flagged."""

from __future__ import annotations

from tests.unit.guardrails.drafts import found, listing

COLOUR = "accuracy.colour"
MATERIAL = "accuracy.material"
NUMBER = "accuracy.number"
ORIGIN = "accuracy.origin"


def test_a_turkish_capital_dotted_i_names_the_material():
    towel = listing(title="Peştemal havlu", attributes={"Malzeme": ["Pamuk"]})
    assert found(towel, "Pamuk peştemal havlu.", MATERIAL) == []
    assert found(towel, "İpek peştemal havlu.", MATERIAL) != []
    assert found(towel, "İPEK peştemal havlu.", MATERIAL) != []


def test_japanese_cedar_and_cypress():
    cedar = listing(title="箸 一膳", attributes={"素材": ["吉野杉"]})
    assert found(cedar, "A pair of cedar chopsticks.", MATERIAL) == []
    assert found(cedar, "ヒノキの箸、一膳です。", MATERIAL) != []
    cypress = listing(title="風呂椅子", attributes={"素材": ["檜"]})
    assert found(cypress, "A bath stool of hinoki cypress.", MATERIAL) == []
    assert found(cypress, "A bath stool of cedar.", MATERIAL) != []


def test_the_lime_trees_wood_is_no_green():
    spoon = listing(title="Kochlöffel", attributes={"Material": ["Linde"]})
    assert found(spoon, "A cooking spoon carved from lime wood.", COLOUR) == []
    assert found(spoon, "A cooking spoon carved from lime wood.", MATERIAL) == []
    assert found(spoon, "A cooking spoon carved from walnut.", MATERIAL) != []
    plain = listing(title="Cooking spoon", attributes={"Material": ["Beech"]})
    assert found(plain, "A cooking spoon in lime and white.", COLOUR) != []


def test_high_carbon_steel_is_a_carbon_steel_on_both_sides():
    chisel = listing(title="Bench Chisel 12 mm", attributes={"Blade": ["High-carbon steel"]})
    assert found(chisel, "A chisel with a high-carbon steel blade.", MATERIAL) == []
    assert found(chisel, "A chisel with a stainless steel blade.", MATERIAL) != []


def test_with_in_a_shop_language_ends_the_materials_phrase():
    bag = listing(
        title="Bolso de cuero",
        description_html="<p>Bolso de cuero cosido a mano.</p>",
        attributes={"Material": ["Cuero"], "Asa": ["Bambú"]},
    )
    assert found(bag, "Bolso de cuero con asa de bambú, hecho a mano.", MATERIAL) == []
    assert found(bag, "Bolso de seda con asa de bambú.", MATERIAL) != []


def test_a_grouped_items_figure_in_another_measure_is_not_its_own():
    kit = listing(
        title="Watercolour Starter Set",
        currency="USD",
        description_html="<p>Each item sold on its own.</p>",
        children=["Round Brush 12 cm, price 6.00", "Paper Block 30 x 30 cm, price 15.00"],
    )
    said = "The paper block is 30 x 30 cm, about 12 x 12 inches."
    assert found(kit, said, NUMBER) == []
    assert found(kit, "The paper block is 12 cm across.", NUMBER) != []


def test_from_a_town_inside_a_sentence_is_an_origin():
    incense = listing(
        title="Sandalwood Incense Sticks",
        description_html="<p>Incense rolled by hand in Mysore, India.</p>",
        attributes={"Origin": ["Mysore, India"]},
    )
    assert found(incense, "Sandalwood incense sticks from Mysore.", ORIGIN) == []
    assert found(incense, "Sandalwood incense sticks from Kathmandu.", ORIGIN) != []
    assert found(incense, "Incense rolled in India; it ships from Kathmandu.", ORIGIN) == []
