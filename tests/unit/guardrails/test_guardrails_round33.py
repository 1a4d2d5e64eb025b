"""Thirty-third round of issue 12 (holdout_v30 read after its one blind score; its clean
drafts' claim findings and its misses sorted into families and fixed by the mechanism that
failed: a material attribute labelled in a shop language, so a country given for the material
read as the whole product's; Vietnamese materials and origins, and a region written without its
marks; Finnish towns in the adessive; an inclusion the listing gives for one of two things of
the same name; care things kept "away from" the product; a German origin with its participle
last; and a town the listing gives only for the design). Listings and drafts here are
written for these tests; none is taken from an eval set. Each family: an invented claim is
flagged with its span where the rule gives one; the true claim is not."""

from __future__ import annotations

from plugin.domain import Verdict
from tests.unit.guardrails.drafts import found, listing

CARE = "accuracy.care"
FEATURE = "accuracy.feature"
MATERIAL = "accuracy.material"
ORIGIN = "accuracy.origin"


def test_a_material_origin_under_a_label_abroad_backs_the_same_claim_in_english():
    scarf = listing(
        title="Tørklæde",
        description_html="<p>Et blødt tørklæde.</p>",
        attributes={"Materiale": ("100 % islandsk uld",)},
    )
    assert found(scarf, "A soft scarf of Icelandic wool.", ORIGIN) == []
    # the country is the wool's only: the whole scarf made there is not what the listing says
    assert found(scarf, "A soft scarf made in Iceland.", ORIGIN) != []


def test_vietnamese_materials_back_their_english_names():
    cup = listing(title="Cốc", attributes={"Chất liệu": ("nhôm",)})
    assert found(cup, "An aluminium cup.", MATERIAL) == []
    assert found(cup, "A copper cup.", MATERIAL) != []


def test_a_vietnamese_origin_and_its_region_written_without_marks():
    kettle = listing(title="Ấm", description_html="<p>Sản xuất tại Bình Dương.</p>")
    assert found(kettle, "Made in Binh Duong, Vietnam.", ORIGIN) == []
    assert found(kettle, "Sản xuất tại Cà Mau.", ORIGIN) == [("Sản xuất tại Cà Mau", Verdict.BLOCK)]


def test_a_finnish_town_in_the_adessive_is_an_origin():
    mug = listing(title="Kuksa", description_html="<p>Valmistettu Oulussa.</p>")
    assert found(mug, "Valmistettu Oulussa.", ORIGIN) == []
    assert found(mug, "Valmistettu Rovaniemellä.", ORIGIN) != []


def test_an_inclusion_the_listing_gives_for_one_of_two_things_of_that_name():
    lamp = listing(
        title="Clip Lamp",
        description_html=(
            "<p>A desk lamp with the small bulb included; the large bulb is sold separately.</p>"
        ),
    )
    assert found(lamp, "A desk lamp, bulb included.", FEATURE) == []
    torch = listing(title="Torch", description_html="<p>Batteries sold separately.</p>")
    assert found(torch, "A torch, batteries included.", FEATURE) != []


def test_care_things_kept_away_from_the_product_are_denied():
    board = listing(
        title="Olive Wood Board",
        description_html="<p>Oil it now and then. Never put it in the dishwasher.</p>",
    )
    assert found(board, "Oil it now and then; keep the dishwasher away from it.", CARE) == []
    assert found(board, "Oil it, then run it through the dishwasher.", CARE) != []


def test_a_german_origin_with_the_participle_last():
    clock = listing(title="Kuckucksuhr", description_html="<p>Aus Lindenholz.</p>")
    assert found(clock, "In Kärnten geschnitzt.", ORIGIN) == [
        ("In Kärnten geschnitzt", Verdict.BLOCK)
    ]
    carved = listing(title="Kuckucksuhr", description_html="<p>In Tirol geschnitzt.</p>")
    assert found(carved, "In Tirol geschnitzt.", ORIGIN) == []


def test_a_town_given_only_for_the_design_is_not_where_it_is_made():
    game = listing(title="Dice Game", description_html="<p>Designed in Harbourton.</p>")
    assert found(game, "Made in Harbourton.", ORIGIN) == [("Made in Harbourton", Verdict.BLOCK)]
    assert found(game, "Designed in Harbourton.", ORIGIN) == []
    made = listing(title="Dice", description_html="<p>Handmade and finished in Harbourton.</p>")
    assert found(made, "Made in Harbourton.", ORIGIN) == []
