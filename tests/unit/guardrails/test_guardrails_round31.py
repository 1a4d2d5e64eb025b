"""Thirty-first round of issue 12 (holdout_v28 read after its one blind score; its clean drafts'
claim findings and its misses sorted into families and fixed by the mechanism that failed: a
colour word before "oil", fish and salt named abroad, origin verbs of a listing in German and
Portuguese, a town in the product's name that is not where it is made, long lists of what is
included, figures sharing one noun, a model number before its options, size options counted,
a tool of care, "double" before a noun, a factor in words, plant woods and oils, a colour said
of an option by its name, and colours in the plural). Listings and drafts here are written for
these tests; none is taken from an eval set. Each family: an invented claim is flagged with its
span where the rule gives one; the true claim is not."""

from __future__ import annotations

from plugin.domain import Variant
from plugin.guardrails.normal_text import suspended_hyphens
from tests.unit.guardrails.drafts import found, listing

COLOUR = "accuracy.colour"
FEATURE = "accuracy.feature"
MATERIAL = "accuracy.material"
NUMBER = "accuracy.number"
ORIGIN = "accuracy.origin"


def test_a_colour_word_before_oil_names_the_oil_not_a_colour():
    dressing = listing(title="Dressing", attributes={"Ingredients": ("olive oil, lemon, salt",)})
    assert found(dressing, "A dressing of olive oil and lemon.", COLOUR) == []


def test_fish_and_salt_named_in_a_shop_language_back_their_english_names():
    tuna = listing(
        title="Atún en aceite",
        description_html="<p>Ingredientes: atún, aceite de oliva, sal. Contiene pescado.</p>",
    )
    assert found(tuna, "Made with tuna, olive oil and salt. Contains fish.", MATERIAL) == []
    assert found(tuna, "Made with mackerel and olive oil.", MATERIAL) != []


def test_a_listing_origin_in_german_or_portuguese_backs_the_english_one():
    bell = listing(title="Glocke", description_html="<p>Montiert in Graz aus Messing.</p>")
    assert found(bell, "Assembled in Graz, Austria.", ORIGIN) == []
    jam = listing(title="Doce", description_html="<p>Feito à mão em Braga.</p>")
    assert found(jam, "Made by hand in Braga.", ORIGIN) == []


def test_a_town_in_the_products_name_is_no_origin_when_it_is_made_elsewhere():
    scarf = listing(
        title="Foulard Soie de Lyon",
        description_html="<p>Un foulard en soie de Lyon. Tissé à Annecy.</p>",
    )
    assert found(scarf, "Tissé à Lyon.", ORIGIN) == [("Tissé à Lyon", "block")]
    assert found(scarf, "Tissé à Annecy.", ORIGIN) == []
    cheese = listing(title="Tomme", description_html="<p>Affinée à Saint-Étienne.</p>")
    assert found(cheese, "Affinée à Saint-Étienne.", ORIGIN) == []


def test_a_catch_tinned_somewhere_else_is_an_origin_claim():
    fish = listing(title="Mackerel", description_html="<p>Tinned in Vigo, Spain.</p>")
    assert found(fish, "Landed and jarred in Cornwall.", ORIGIN) != []
    assert found(fish, "Tinned in Vigo.", ORIGIN) == []


def test_a_long_list_before_are_included_gives_each_thing():
    raft = listing(
        title="Raft",
        description_html="<p>Two oars, a foot pump, a repair kit and a dry bag are included.</p>",
    )
    assert found(raft, "It comes with two oars, a foot pump and a dry bag.", FEATURE) == []
    assert found(raft, "It comes with two oars and a life jacket.", FEATURE) != []


def test_what_a_listing_ships_with_is_included_and_another_kind_of_it_is_not():
    pad = listing(
        title="Drum pad",
        description_html="<p>It ships with soft rubber sticks, and the pad takes any stand.</p>",
    )
    assert (
        found(pad, "It arrives with soft rubber sticks, and the pad takes any stand.", FEATURE)
        == []
    )
    assert found(pad, "It ships with hard maple sticks.", FEATURE) == [
        ("hard maple sticks", "block")
    ]


def test_figures_sharing_one_noun_each_take_it():
    assert suspended_hyphens("takes 2- and 4-slot racks") == "takes 2-slot and 4-slot racks"
    rack = listing(title="Rack", description_html="<p>Takes 2- and 4-slot trays.</p>")
    assert found(rack, "It takes 2-slot and 4-slot trays.", NUMBER) == []


def test_a_model_number_before_its_options_is_no_length():
    lamp = listing(title="Orbit 40 Lamp", options={"Colour": ["Sand", "Slate"]})
    assert found(lamp, "The Orbit 40 in Sand or Slate.", NUMBER) == []


def test_size_options_abroad_are_counted_as_sizes():
    shirt = listing(
        title="Camisa",
        options={"Talla": ["S", "M", "L"]},
        variants=[Variant(options={"Talla": size}) for size in ("S", "M", "L")],
    )
    assert found(shirt, "A shirt in three sizes.", NUMBER) == []
    assert found(shirt, "A shirt in four sizes.", NUMBER) != []


def test_a_cloth_to_clean_with_is_no_material():
    toy = listing(title="Toy", attributes={"Material": ("Beech",)})
    assert found(toy, "Dust it with a soft cloth only.", MATERIAL) == []


def test_double_before_a_noun_in_er_is_a_kind_not_a_comparison():
    opener = listing(title="Opener", description_html="<p>A bottle opener.</p>")
    assert found(opener, "A double opener for caps and corks.", NUMBER) == []
    assert found(opener, "It opens bottles twice faster.", NUMBER) != []


def test_a_factor_in_words_is_the_listings_factor_with_an_x():
    scope = listing(title="Scope", description_html="<p>A scope with 10x zoom.</p>")
    assert found(scope, "Ten-times zoom for distant birds.", NUMBER) == []


def test_a_plant_wood_or_oil_the_listing_does_not_give():
    board = listing(title="Board", attributes={"Material": ("Walnut wood",)})
    assert found(board, "A cherry wood board.", MATERIAL) != []
    assert found(board, "A thyme wood board.", MATERIAL) == [("thyme wood", "block")]
    balm = listing(title="Balm", attributes={"Ingredients": ("Beeswax, sunflower oil",)})
    assert found(balm, "With a drop of rosemary oil.", MATERIAL) == [("rosemary oil", "block")]
    assert found(balm, "Beeswax and sunflower oil.", MATERIAL) == []
    oil = listing(title="Ελαιόλαδο")  # the oil is the product, named in the shop's language
    assert found(oil, "Cold-pressed olive oil.", MATERIAL) == []


def test_a_colour_said_of_an_option_by_its_name():
    values = ("Moss", "Rust", "Slate")
    book = listing(
        title="Notebook",
        options={"Cover": list(values)},
        variants=[Variant(options={"Cover": v}) for v in values],
    )
    assert found(book, "A Sage cover for the desk.", COLOUR) == [("Sage", "block")]
    assert found(book, "A Rust cover for the desk.", COLOUR) == []


def test_colours_named_in_the_plural():
    art = listing(title="Print")
    assert found(art, "Washed in pale blues and pinks.", COLOUR) == [
        ("blues", "warn"),
        ("pinks", "warn"),
    ]
    assert found(art, "A salad of leafy greens.", COLOUR) == []


def test_a_superlative_over_everything_of_its_kind_is_an_absolute_claim():
    torch = listing(title="Head torch", description_html="<p>A 300 lumen head torch.</p>")
    for said in (
        "The brightest torch on the market.",
        "The smallest head torch at any price.",
        "The last torch you will ever buy.",
        "Norway's favourite head torch.",
    ):
        assert found(torch, said, "compliance.absolute") != [], said
    assert (
        found(torch, "The brightest of its three modes is 300 lumens.", "compliance.absolute") == []
    )


def test_praise_from_a_crowd_of_users_is_social_proof():
    shears = listing(title="Shears", description_html="<p>Steel pruning shears.</p>")
    for said in (
        "Chosen by over 5,000 florists.",
        "Recommended by gardeners everywhere.",
        "Growers across Kent swear by them.",
    ):
        assert found(shears, said, "compliance.social_proof") != [], said
    assert (
        found(shears, "Used by gardeners to cut stems up to 2 cm.", "compliance.social_proof") == []
    )


def test_a_paper_size_the_listing_does_not_give():
    pad = listing(title="B5 Sketch Pad", attributes={"Size": ("B5",)})
    assert found(pad, "Also sold in A4.", "accuracy.size") == [("A4", "block")]
    assert found(pad, "A B5 pad of 40 sheets.", "accuracy.size") == []
    card = listing(title="Card")
    assert found(card, "Printed on A6 paper.", "accuracy.size") == [("A6", "warn")]
    assert found(card, "Made with A2 milk.", "accuracy.size") == []
