"""Thirteenth round of issue 12 (holdout_v10's misses and clean drafts' claim findings, read after
its one blind score, sorted into families). Listings and drafts here are written for these
tests; none is taken from an eval set."""

from __future__ import annotations

from plugin.domain import Variant, Verdict
from plugin.guardrails.counts import list_length
from plugin.guardrails.quantities import find_quantities
from tests.unit.guardrails.drafts import found, listing

# --- a list item that is only a figure is the figure of the item before it ----------------------

TEA_KIT = listing(
    title="Loose Tea Starter Kit",
    product_type="Grouped product",
    attributes={"Pieces": ["Glass teapot 800 ml", "Infuser", "Tea bags, 50"]},
    variants=[
        Variant(sku="T-1", title="Glass teapot 800 ml", price="30.00"),
        Variant(sku="T-2", title="Infuser", price="9.00"),
        Variant(sku="T-3", title="Tea bags, 50", price="6.00"),
    ],
    currency="EUR",
)


def test_a_figure_after_a_named_item_is_no_item_of_its_own():
    assert list_length("Teapot, Infuser, Tea bags, 50") == 3
    assert list_length("0°, 15° or 30°") == 3  # a list of figures is still a list
    assert found(TEA_KIT, "Tea at home in three pieces, from 6.00 EUR.", "accuracy.number") == []
    hits = found(TEA_KIT, "Tea at home in four pieces, from 6.00 EUR.", "accuracy.number")
    assert hits and hits[0][1] == Verdict.BLOCK


def test_a_pack_of_a_counted_thing_counts_that_thing_not_the_pieces():
    said = "Each piece is sold on its own; the pack of 50 tea bags is the cheapest."
    assert found(TEA_KIT, said, "accuracy.number") == []
    wrong = "Each piece is sold on its own; the pack of 80 tea bags is the cheapest."
    assert found(TEA_KIT, wrong, "accuracy.number")


# --- a protection the listing says in a verb ("will not crack"), a care claim negated "isn't" -----

TUMBLER = listing(
    title="Acrylic Picnic Tumbler",
    description_html="<p>A light acrylic tumbler with a steel rim that will not rust. Hand "
    "wash only; not dishwasher safe.</p>",
    price="6.00",
    currency="GBP",
)


def test_a_protection_the_listing_says_in_a_verb_passes():
    said = "A light tumbler with a rust-resistant steel rim."
    assert found(TUMBLER, said, "accuracy.feature") == []
    assert found(TUMBLER, "A rustproof rim on a light tumbler.", "accuracy.feature") == []
    hits = found(TUMBLER, "A light, scratch-resistant tumbler for picnics.", "accuracy.feature")
    assert hits and hits[0][1] == Verdict.BLOCK


def test_a_care_claim_negated_with_a_contraction_is_no_claim():
    said = "The tumbler isn't dishwasher safe, so wash it by hand."
    assert found(TUMBLER, said, "accuracy.care") == []
    assert found(TUMBLER, "The tumbler is dishwasher safe.", "accuracy.care")


# --- a colour's two-word name in a list of colours, whose second word is also a thing ----------

KETTLE = listing(
    title="Stovetop Kettle",
    options={"Colour": ["Cream", "Sage"]},
    price="40.00",
    currency="GBP",
)


def test_a_two_word_colour_name_in_a_list_of_colours_is_a_colour():
    hits = found(KETTLE, "Choose Cream, Sage or Sunset Orange.", "accuracy.colour")
    assert hits and hits[0][1] == Verdict.BLOCK and hits[0][0] == "Orange"
    assert found(KETTLE, "Choose Cream or Sage.", "accuracy.colour") == []
    # a fruit after a name is no colour
    assert found(KETTLE, "Brew a tea of Seville orange peel.", "accuracy.colour") == []


# --- a bound said of the listing's bound must be the listing's ---------------------------------

VINEGAR = listing(
    title="Cider Vinegar 500 ml",
    attributes={"Acidity": ["≤ 5 %"], "Sugar": ["min. 2 g"]},
    price="4.00",
    currency="EUR",
)


def test_a_bound_said_of_a_bound_is_the_listings_bound():
    hits = found(VINEGAR, "A cider vinegar with an acidity of no more than 6 %.", "accuracy.number")
    assert hits and hits[0][1] == Verdict.BLOCK
    said = "A cider vinegar with an acidity of no more than 5 %."
    assert found(VINEGAR, said, "accuracy.number") == []
    assert found(VINEGAR, "A cider vinegar with at least 3 g of sugar.", "accuracy.number")
    assert found(VINEGAR, "A cider vinegar with at least 2 g of sugar.", "accuracy.number") == []


# --- a town under another of its names (GeoNames' alternate names) -----------------------------

TILES = listing(
    title="Azulejo Tile Coasters, Set of 4",
    vendor="Casa Azul",
    attributes={"Made in": ["Lisboa, Portugal"]},
    price="32.00",
    currency="EUR",
)


def test_a_town_named_in_english_is_the_listings_town_in_its_own_language():
    said = "Hand-painted tile coasters, made in Lisbon from local clay."
    assert found(TILES, said, "accuracy.origin") == []
    assert found(TILES, "Tile coasters from Lisbon, in a set of four.", "accuracy.brand") == []
    wrong = "Hand-painted tile coasters, made in Porto from local clay."
    hits = found(TILES, wrong, "accuracy.origin")
    assert hits and hits[0][1] == Verdict.BLOCK


# --- the last of a list of dimensions and the next figure are no one measure --------------------

RUG = listing(
    title="Wool Bath Mat",
    description_html="<ul><li>90 x 55 cm</li><li>8 mm thick</li></ul>",
    attributes={"Pile height": ["8 mm"]},
    price="45.00",
    currency="GBP",
)


def test_the_last_dimension_and_a_thickness_are_two_figures():
    assert [q.text for q in find_quantities("It is 90 x 55 cm and 8 mm thick.")][-2:] == [
        "55 cm",
        "8 mm",
    ]
    assert find_quantities("It is 6 ft 2 in tall.")[0].text == "6 ft 2 in"  # one measure
    said = "A wool bath mat, 90 x 55 cm and 8 mm thick."
    assert found(RUG, said, "accuracy.number") == []
    assert found(RUG, "A wool bath mat, 90 x 55 cm and 9 mm thick.", "accuracy.number")


# --- "N cm square" is a shape, not the part called "square" ------------------------------------

BOARD = listing(
    title="Draughts Set, 40 cm Board",
    attributes={"Board size": ["40 x 40 cm"], "Square": ["5 cm"]},
    price="30.00",
    currency="GBP",
)


def test_a_figure_before_square_is_the_side_of_a_square_shape():
    said = "The board, about 16 in square, folds in half."
    assert found(BOARD, said, "accuracy.number") == []
    assert found(BOARD, "The board has 5 cm squares.", "accuracy.number") == []
    assert found(BOARD, "The board has 6 cm squares.", "accuracy.number")


# --- a count of the colours of a lamp's light is a count of its colour temperatures -------------

LAMP_LIGHT = listing(
    title="Clip-On Reading Lamp",
    description_html="<p>Four colour temperatures from 2700 K to 6000 K.</p>",
    options={"Colour": ["Black"]},
    price="25.00",
    currency="EUR",
)


def test_light_colours_count_the_colour_temperatures():
    assert found(LAMP_LIGHT, "Four light colours for reading.", "accuracy.colour") == []
    assert found(LAMP_LIGHT, "Four light colours for reading.", "accuracy.number") == []
    assert found(LAMP_LIGHT, "Six light colours for reading.", "accuracy.number")


# --- a treatment of a material: its finish, its tanning, what it is seasoned or coated with ------

STOOL = listing(
    title="Walnut Step Stool",
    description_html="<p>A solid walnut step stool, lacquered for a hard-wearing top.</p>",
    attributes={"Material": ["Walnut"]},
    price="90.00",
    currency="GBP",
)
BELT = listing(
    title="Leather Belt",
    attributes={"Width": ["35 mm"]},
    price="40.00",
    currency="GBP",
)
WOK = listing(
    title="Carbon Steel Wok 30 cm",
    attributes={"Material": ["Carbon steel"], "Coating": ["Beeswax"]},
    price="45.00",
    currency="EUR",
)


def test_a_finish_the_listing_gives_otherwise_blocks():
    hits = found(STOOL, "A walnut step stool, oiled for a soft sheen.", "accuracy.material")
    assert hits and hits[0][1] == Verdict.BLOCK and hits[0][0] == "oiled"
    said = "A walnut step stool, lacquered for a hard-wearing top."
    assert found(STOOL, said, "accuracy.material") == []
    # a finish on a listing that names none is not judged
    assert found(BELT, "A waxed leather belt, 35 mm wide.", "accuracy.material") == []


def test_a_tanning_the_listing_does_not_give_warns():
    hits = found(BELT, "A belt in chrome-tanned leather, 35 mm wide.", "accuracy.material")
    assert hits == [("chrome-tanned", Verdict.WARN)]


def test_what_a_verb_adds_is_the_listings_line_of_its_noun():
    hits = found(WOK, "A carbon steel wok, coated with lard before it ships.", "accuracy.material")
    assert hits and hits[0] == ("lard", Verdict.BLOCK)
    said = "A carbon steel wok, coated with beeswax before it ships."
    assert found(WOK, said, "accuracy.material") == []
    assert found(WOK, "A carbon steel wok, made in Portugal.", "accuracy.material") == []


# --- a narrower material whose qualifier the listing gives, another qualifier between -----------

SATCHEL = listing(
    title="Leather Satchel",
    description_html="<p>A satchel in top-grain waxed leather with brass buckles.</p>",
    price="120.00",
    currency="GBP",
)


def test_a_qualifier_the_listing_gives_before_its_material_supports_the_narrower_kind():
    said = "A top-grain leather satchel with brass buckles."
    assert found(SATCHEL, said, "accuracy.material") == []
    hits = found(SATCHEL, "A full-grain leather satchel with brass buckles.", "accuracy.material")
    assert hits and hits[0][1] == Verdict.BLOCK


# --- a composition in the shop's language: a word between share and fibre, fibres abroad -------

JUMPER = listing(
    title="Jersey Jumper",
    description_html="<p>A fine jumper. Merino wool keeps you warm on cold days.</p>",
    attributes={"Composición": ["70% lana merino", "25% viscosa", "5% elastano"]},
    price="79.00",
    currency="EUR",
)


def test_a_share_of_a_fibre_the_listing_grades_in_its_own_language_is_a_material_claim():
    hits = found(JUMPER, "A 90% merino jumper for cold days.", "accuracy.material")
    assert hits and hits[0][1] == Verdict.BLOCK
    assert found(JUMPER, "A 70% merino jumper for cold days.", "accuracy.material") == []


def test_fibres_named_in_the_shop_language_and_a_verb_after_a_fibre():
    said = "A blend of 70% merino wool, 25% viscose and 5% elastane holds its shape all day."
    assert found(JUMPER, said, "accuracy.material") == []
    assert found(JUMPER, "A blend of merino wool and silk.", "accuracy.material")


# --- a price said of the option one of its words names, without the option's figure ------------

PLANTER = listing(
    title="Terracotta Planter",
    options={"Shape": ["Square 20 cm", "Round 24 cm"]},
    variants=[
        Variant(sku="P-S", price="22.00", options={"Shape": "Square 20 cm"}),
        Variant(sku="P-R", price="26.00", options={"Shape": "Round 24 cm"}),
    ],
    price="22.00",
    currency="GBP",
)


def test_a_price_of_the_option_a_word_names_must_be_that_options():
    hits = found(PLANTER, "The round planter costs £22.00.", "accuracy.price")
    assert hits and hits[0][1] == Verdict.BLOCK
    assert found(PLANTER, "The round planter costs £26.00.", "accuracy.price") == []
    # the words after a price name the next thing, not this one
    said = "Pick the square one (£22.00), round glazing costs extra."
    assert found(PLANTER, said, "accuracy.price") == []


# --- a name in the place of a listing attribute's one value ------------------------------------

VINE_OIL = listing(
    title="Cold-Pressed Olive Oil",
    description_html="<p>Pressed from Arbequina olives picked in October.</p>",
    attributes={"Variety": ["Arbequina"], "Origin": ["Catalonia, Spain"]},
    price="15.00",
    currency="EUR",
)
HONEY = listing(
    title="Set Honey 250 g",
    description_html="<p>Creamy clover honey from our hives.</p>",
    attributes={"Source": ["Clover"]},
    price="7.00",
    currency="GBP",
)


def test_another_name_where_the_listing_gives_its_one_value_blocks():
    hits = found(VINE_OIL, "Pressed from Picual olives picked in October.", "accuracy.material")
    assert hits == [("Picual", Verdict.BLOCK)]
    said = "Pressed from Arbequina olives picked in October."
    assert found(VINE_OIL, said, "accuracy.material") == []
    # a place or the start of a sentence is no variety
    assert found(VINE_OIL, "Spanish olives, pressed in October.", "accuracy.material") == []
    assert found(VINE_OIL, "Ripe olives, pressed in October.", "accuracy.material") == []


def test_a_name_added_beside_the_listings_one_value_blocks():
    hits = found(HONEY, "Creamy heather and clover honey from our hives.", "accuracy.material")
    assert hits == [("heather", Verdict.BLOCK)]
    assert found(HONEY, "Creamy clover honey from our hives.", "accuracy.material") == []


# --- a figure the listing's item names give another item of a grouped product -----------------

TEA_SET = listing(
    title="Matcha Starter Set",
    product_type="Grouped product",
    description_html="<p>Sold piece by piece: a bamboo whisk, a 450 ml clay teapot and 30 g of "
    "matcha.</p>",
    attributes={"Pieces": ["Whisk", "Clay teapot 450 ml", "Matcha, 30 g"]},
    variants=[
        Variant(sku="M-1", title="Bamboo whisk", price="14.00"),
        Variant(sku="M-2", title="Clay teapot 450 ml", price="38.00"),
        Variant(sku="M-3", title="Matcha, 30 g", price="16.00"),
    ],
    currency="USD",
)


def test_a_figure_of_one_item_given_to_another_item_blocks():
    said = "In the set: a 450 ml bamboo whisk, a clay teapot and matcha."
    hits = found(TEA_SET, said, "accuracy.number")
    assert hits and hits[0] == ("450 ml", Verdict.BLOCK)
    said = "A bamboo whisk, a 450 ml clay teapot and 30 g of matcha."
    assert found(TEA_SET, said, "accuracy.number") == []
    # a list of the items' figures names each in turn
    said = "A teapot of 450 ml or a whisk alone, from $14.00."
    assert found(TEA_SET, said, "accuracy.number") == []


# --- a compound's own noun ("bars" of "handlebars"); a use list ends at "and <verb> in" -------

MIRROR = listing(
    title="Cycle Mirror",
    description_html="<p>The clamp fits handlebars from 22 to 26 mm.</p>",
    price="19.00",
    currency="EUR",
)
NIB_INK = listing(
    title="Sepia Drawing Ink 30 ml",
    description_html="<p>For dip pens and brushes. In a 30 ml glass bottle.</p>",
    price="9.00",
    currency="CAD",
)


def test_the_noun_a_listing_compound_ends_in_is_the_listings_thing():
    said = "A cycle mirror whose clamp fits bars from 22 to 26 mm."
    assert found(MIRROR, said, "accuracy.compatibility") == []
    said = "A mirror whose clamp fits forks from 22 to 26 mm."
    assert found(MIRROR, said, "accuracy.compatibility")


def test_a_use_list_ends_at_a_verb_that_goes_on_the_sentence():
    said = "A sepia ink made for dip pens and brushes and comes in a 30 ml bottle."
    assert found(NIB_INK, said, "accuracy.feature") == []
    assert found(NIB_INK, "A sepia ink made for pens and skiing.", "accuracy.feature")


# --- what these rules leave alone: a place after the verb, sizes named by their figures ---------

FRAME = listing(
    title="Ash Picture Frame",
    options={"Size": ["A5 (14.8 x 21 cm)", "A4 (21 x 29.7 cm)"]},
    attributes={"Finish": ["Oiled"]},
    variants=[
        Variant(sku="F-5", price="20.00", options={"Size": "A5 (14.8 x 21 cm)"}),
        Variant(sku="F-4", price="28.00", options={"Size": "A4 (21 x 29.7 cm)"}),
    ],
    price="20.00",
    currency="EUR",
)


def test_a_workshop_after_finished_and_option_sizes_in_figures_are_no_claims():
    said = "An ash frame, finished in our workshop and oiled by hand."
    assert found(FRAME, said, "accuracy.material") == []
    said = "Sizes: A5 (14.8 x 21 cm) and A4 (21 x 29.7 cm), oiled ash."
    assert found(FRAME, said, "accuracy.number") == []
