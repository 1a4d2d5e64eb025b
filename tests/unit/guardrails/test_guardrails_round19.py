"""Nineteenth round of issue 12 (holdout_v16's clean drafts' claim findings read after its one
blind score, sorted into families and fixed by the mechanism that failed: the listing seen too
narrowly). Listings and drafts here are written for these tests; none is taken from an eval set."""

from __future__ import annotations

from plugin.guardrails.listing_input import listing_from_json
from tests.unit.guardrails.drafts import found, listing

# --- a spelled-out unit in the singular, joined to its number -----------------------------

FLASK = listing(title="Hip Flask", attributes={"Weight": ["240 g"], "Capacity": ["0.2 L"]})


def test_a_unit_in_the_singular_after_a_hyphen_is_a_measure():
    assert found(FLASK, "A 240-gram flask.", "accuracy.number") == []
    assert found(FLASK, "A 200-millilitre flask.", "accuracy.number") == []
    assert found(FLASK, "A 310-gram flask.", "accuracy.number") + found(
        FLASK, "A 310-gram flask.", "accuracy.size"
    )


# --- a unit the listing writes by its initial ----------------------------------------------

TARP = listing(title="Camp Tarp", attributes={"Fabric": ["40D silnylon"]})


def test_a_count_the_listing_writes_with_the_words_initial_is_given():
    assert found(TARP, "Made of 40-denier silnylon.", "accuracy.number") == []
    assert found(TARP, "Made of 30-denier silnylon.", "accuracy.number")


# --- a grouped product's items, given as objects ----------------------------------------------

TEA_SET = listing_from_json(
    {
        "title": "Tea Tools",
        "currency": "USD",
        "description_html": "<p>A kettle and a cup, each sold on its own.</p>",
        "children": [
            {"title": "Kettle 1 L", "price": "40.00", "attributes": {"Material": ["copper"]}},
            {"title": "Cup", "price": "12.00"},
        ],
    }
)


def test_a_grouped_items_price_and_their_total_are_the_listings():
    assert found(TEA_SET, "The kettle is $40 and the cup $12.", "accuracy.price") == []
    assert found(TEA_SET, "Both come to $52.", "accuracy.price") == []
    assert found(TEA_SET, "The cup is $15.", "accuracy.price")


def test_a_grouped_items_attributes_are_the_listings():
    assert found(TEA_SET, "A copper kettle.", "accuracy.material") == []
    assert found(TEA_SET, "A brass kettle.", "accuracy.material")


def test_a_child_title_stays_a_title():
    assert listing_from_json({"title": "Set", "children": ["A", "B"]}).children == ["A", "B"]


# --- an origin label of a participle in the shop's language -----------------------------------

BAG_PT = listing(
    title="Bolsa de couro",
    attributes={"Material": ["couro"], "Cosido em": ["Espanha"]},
    currency="EUR",
)


def test_an_origin_label_of_one_word_and_a_preposition_gives_the_whole_products_origin():
    assert found(BAG_PT, "A leather bag sewn in Spain.", "accuracy.origin") == []
    assert found(BAG_PT, "Made in Spain.", "accuracy.origin") == []
    assert found(BAG_PT, "Made in Italy.", "accuracy.origin")


# --- colours: a shade compounded abroad, the listing's shade name with its hue ----------------

SCARF_DE = listing(title="Schal", options={"Farbe": ["Hellblau", "Dunkelgrün"]}, currency="EUR")


def test_a_colour_compounded_after_its_shade_is_that_colour():
    assert found(SCARF_DE, "A scarf in light blue or dark green.", "accuracy.colour") == []
    assert found(SCARF_DE, "A scarf in red.", "accuracy.colour")


TENT = listing(title="Trail Tent", options={"Colour": ["Moss", "Sand"]})


def test_the_listings_shade_name_with_its_hue_is_that_colour():
    assert found(TENT, "A tent in moss green or sand.", "accuracy.colour") == []
    assert found(TENT, "A tent in olive green.", "accuracy.colour")


# --- a Swedish participle of making before "i" a place ------------------------------

CHEESE_SV = listing(title="Ost", attributes={"Lagrad i": ["Norge"]}, currency="SEK")


def test_a_swedish_weak_participle_before_i_a_place_is_an_origin_claim():
    assert found(CHEESE_SV, "Lagrad i Norge.", "accuracy.origin") == []
    assert found(CHEESE_SV, "Lagrad i Frankrike.", "accuracy.origin")
