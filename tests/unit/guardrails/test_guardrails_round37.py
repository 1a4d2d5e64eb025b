"""Thirty-seventh round of issue 12 (holdout_v34 read after its one blind score): a charged
extra said to be free, a seal from a named body, a small town after a Romance participle of
making, a part the product is said to have, a coffee's species, a material's whole claim as its
span. Listings and drafts here are written for these tests; none is taken from an eval set.
Each family: the true claim passes, an invented one is still flagged."""

from __future__ import annotations

from tests.unit.guardrails.drafts import found, listing

CERTIFICATION = "accuracy.certification"
FEATURE = "accuracy.feature"
MATERIAL = "accuracy.material"
ORIGIN = "accuracy.origin"
PRICE = "accuracy.price"


def test_a_charged_extra_said_free_is_flagged_with_the_thing_it_names():
    visit = listing(
        title="Gutter Clearing",
        price="40.00",
        currency="GBP",
        description_html="<p>We clear gutters on bungalows. Downpipes are £10 extra.</p>",
    )
    assert found(visit, "We clear gutters on bungalows.", PRICE) == []
    assert [text for text, _ in found(visit, "Downpipes are cleared at no extra cost.", PRICE)] == [
        "Downpipes are cleared at no extra cost"
    ]


def test_a_seal_from_a_named_body_is_a_certification_claim():
    flosser = listing(title="Water Flosser", description_html="<p>A cordless flosser.</p>")
    assert found(flosser, "It is accepted by the Northern Gum Care Society.", CERTIFICATION)
    assert found(flosser, "Recommended by the Guild of Hygienists.", CERTIFICATION)
    sealed = listing(
        title="Water Flosser",
        description_html="<p>A cordless flosser, accepted by the Northern Gum Care Society.</p>",
    )
    assert found(sealed, "It is accepted by the Northern Gum Care Society.", CERTIFICATION) == []
    assert found(flosser, "Recommended by hygienists we work with.", CERTIFICATION) == []


def test_a_small_town_after_a_romance_participle_of_making_is_an_origin():
    rug = listing(
        title="Tapete de lã", description_html="<p>Tapete de lã bordado à mão em Arraiolos.</p>"
    )
    assert found(rug, "Tapete bordado em Arraiolos.", ORIGIN) == []
    assert found(rug, "Tapete bordado em Estremoz.", ORIGIN) != []
    jam = listing(title="Confitura", description_html="<p>Confitura cocinada en Cáceres.</p>")
    assert found(jam, "Confitura elaborada en Trujillo.", ORIGIN) != []


def test_a_part_the_product_is_said_to_have_is_a_built_in_claim():
    lamp = listing(
        title="Desk Lamp",
        description_html="<p>A desk lamp with a weighted base and a dimmer switch.</p>",
    )
    assert found(lamp, "It has a dimmer switch.", FEATURE) == []
    assert found(lamp, "It has a warm glow.", FEATURE) == []
    assert [text for text, _ in found(lamp, "It has a motion sensor.", FEATURE)] == [
        "motion sensor"
    ]


def test_a_coffee_of_another_species_than_the_listing_gives_is_another_material():
    beans = listing(
        title="Café em grãos",
        description_html="<p>Café arábica em grãos, torra escura.</p>",
        attributes={"Espécie": ("arábica",)},
    )
    assert found(beans, "Dark-roast arabica beans.", MATERIAL) == []
    assert found(beans, "A dark roast of pure robusta.", MATERIAL) != []


def test_a_material_finding_spans_its_share_grade_and_blend():
    shirt = listing(title="Shirt", attributes={"Material": ("hemp",)})
    assert found(shirt, "A shirt in 80 % polyester.", MATERIAL)[0][0] == "80 % polyester"
    blend = found(shirt, "A shirt in a silk-viscose blend.", MATERIAL)
    assert "silk-viscose blend" in [text for text, _ in blend]
    stool = listing(title="Stool", attributes={"Material": ("birch plywood",)})
    assert found(stool, "A stool of solid teak.", MATERIAL)[0][0] == "solid teak"
    assert found(stool, "A stool of oiled teak.", MATERIAL)[0][0] == "oiled teak"


def test_a_list_of_parts_or_a_measured_part_after_it_has_is_left_to_other_rules():
    kit = listing(title="Holzbahn", description_html="<p>Lokomotive, zwei Waggons, Brücke.</p>")
    assert found(kit, "It has a locomotive, two carriages and a bridge.", FEATURE) == []
    scope = listing(title="Telescope", description_html="<p>A 70 mm refractor.</p>")
    assert found(scope, "It has a 400 mm focal length.", FEATURE) == []
