"""Eleventh round of issue 12 (misses and false alarms left on the seen sets, in-sample and
holdout_v2 to holdout_v8, sorted into families): regions that English names otherwise than
their own language, ingredient lists in the shop's language, and the further families below.
Listings and drafts here are written for these tests; none is taken from an eval set."""

from __future__ import annotations

import json

from plugin.domain import Listing, Variant, Verdict
from plugin.guardrails import check
from tests.unit.guardrails.drafts import found, listing

# --- a region named in English where pycountry gives its own language's name -------------------

PEBBLES = listing(
    title="Garden Pebbles 10 kg",
    description_html="<p>Smooth pebbles for paths and borders. Dug in Bavaria.</p>",
    price="12.00",
    currency="EUR",
)


def test_a_region_the_listing_names_in_english_gives_its_country():
    assert found(PEBBLES, "Smooth garden pebbles from Germany.", "accuracy.origin") == []
    assert found(PEBBLES, "Smooth Bavarian pebbles for your paths.", "accuracy.origin") == []
    assert found(PEBBLES, "Smooth garden pebbles from Austria.", "accuracy.origin")
    assert found(PEBBLES, "Smooth garden pebbles from Vermont.", "accuracy.origin")


def test_a_region_named_in_its_own_language_supports_its_english_name():
    item = listing(title="Mountain Honey", description_html="<p>Made in Bayern.</p>")
    assert found(item, "A mountain honey made in Bavaria.", "accuracy.origin") == []


# --- an ingredient list in the shop's language ---------------------------------------------

CHAI = listing(
    title="Chai Spice Blend 50 g",
    description_html="<p>A warming blend for chai.</p>",
    attributes={"Zutaten": ["Zimt, Kardamom, Ingwer, Schwarzer Pfeffer"]},
    price="6.00",
    currency="EUR",
)


def test_an_ingredient_list_abroad_names_its_ingredients_in_english():
    text = "A warming blend of cinnamon, cardamom, ginger and black pepper for chai."
    assert found(CHAI, text, "accuracy.material") == []
    assert found(CHAI, "A warming blend of cinnamon, cardamom and nutmeg.", "accuracy.material")
    assert found(CHAI, "Chai spices with cinnamon, ginger and cloves.", "accuracy.material") == [
        ("cloves", Verdict.BLOCK)
    ]


def test_ingredient_lists_in_other_shop_languages():
    for label, value in (
        ("Ingrédients", "Cannelle, gingembre, girofle"),
        ("Ingredientes", "Canela, jengibre, clavo de olor"),
        ("Ingredienser", "Kanel, ingefära, kryddnejlika"),
    ):
        item = listing(title="Spice Mix", attributes={label: [value]})
        assert found(item, "Spice mix of cinnamon, ginger and cloves.", "accuracy.material") == []
        assert found(item, "Spice mix of cinnamon, ginger and saffron.", "accuracy.material"), label


# --- an ingredient the listing keeps out, or a blend of what the listing gives as pure -----------

CIDER = listing(
    title="Mulled Cider Spices 40 g",
    description_html="<p>Whole spices for mulled cider, no sugar added.</p>",
    price="5.00",
    currency="EUR",
)


def test_an_ingredient_the_listing_says_is_not_added_blocks():
    assert found(CIDER, "Whole spices with cane sugar for cider.", "accuracy.material") == [
        ("cane sugar", Verdict.BLOCK)
    ]
    assert found(CIDER, "Whole spices and sugar for your cider.", "accuracy.material")


def test_the_drafts_own_denial_of_the_ingredient_passes():
    for text in (
        "Whole spices, no sugar, for cider.",
        "Sugar-free whole spices for cider.",
        "Add sugar to taste once it has steeped.",
    ):
        assert found(CIDER, text, "accuracy.material") == [], text


def test_no_before_a_word_that_names_no_ingredient_keeps_nothing_out():
    item = listing(title="Shelf", description_html="<p>No assembly needed; tool-free fitting.</p>")
    text = "A shelf that comes with tools and assembly notes."
    assert found(item, text, "accuracy.material") == []


BEANS = listing(title="Coffee Beans 250 g", attributes={"Contents": ["100 % arabica"]})


def test_a_blend_of_a_pure_product_and_something_else_blocks():
    assert found(BEANS, "A blend of arabica and robusta beans.", "accuracy.material") == [
        ("robusta", Verdict.BLOCK),  # the species itself, a material since round 37
        ("robusta beans", Verdict.BLOCK),
    ]
    assert found(BEANS, "A mix of arabica and liberica.", "accuracy.material")
    assert found(BEANS, "A smooth coffee, 100% arabica.", "accuracy.material") == []
    assert found(BEANS, "A blend of arabica from two farms.", "accuracy.material") == []


# --- a thing the listing charges for on its own, said to cost nothing -------------------------

SEATS = listing(
    title="Chair Reupholstery",
    product_type="Service",
    description_html=(
        "<p>We strip and reupholster one dining chair seat. New foam is fitted at £6 per seat; "
        "fabric is quoted separately.</p>"
    ),
    price="45.00",
    currency="GBP",
)


def test_a_charged_thing_said_to_be_free_blocks():
    assert found(SEATS, "New foam is fitted free of charge.", "accuracy.price") == [
        ("New foam is fitted free of charge", Verdict.BLOCK)
    ]
    assert found(SEATS, "The fabric comes at no extra cost.", "accuracy.price")


def test_free_of_something_the_listing_does_not_charge_for_passes():
    assert found(SEATS, "Collection is free of charge.", "accuracy.price") == []
    assert found(SEATS, "New foam is £6 a seat.", "accuracy.price") == []


# --- a FAQ answer's price is the price of the option its question names ------------------------

SHARPENING = listing(
    title="Knife Sharpening",
    product_type="Service",
    options={"Blade": ["Up to 15 cm", "Over 15 cm"]},
    variants=[
        Variant(sku="a", price="8.00", options={"Blade": "Up to 15 cm"}),
        Variant(sku="b", price="12.00", options={"Blade": "Over 15 cm"}),
    ],
    price="8.00",
    currency="GBP",
)


def answered(item: Listing, question: str, answer: str, rule: str) -> list[str]:
    body = json.dumps([{"question": question, "answer": answer}])
    return [f.rule for f in check(item, body, "faq") if f.rule == rule]


def test_an_answer_gives_the_price_of_the_option_the_question_names():
    asked = "What does a blade over 15 cm cost?"
    assert answered(SHARPENING, asked, "£8, ready in two days.", "accuracy.price")
    assert answered(SHARPENING, asked, "£12, ready in two days.", "accuracy.price") == []
    assert answered(SHARPENING, "How much is it?", "£8.", "accuracy.price") == []


# --- a pack's count said of one item of a grouped product -----------------------------------------

BAR = listing(
    title="Bar Tools",
    product_type="Grouped product",
    description_html=(
        "<p>Tools sold on their own.</p><ul><li>Jigger: 9,00 €</li>"
        "<li>Coasters, pack of 6: 12,00 €</li><li>Strainer: 8,00 €</li></ul>"
    ),
    currency="EUR",
    variants=[
        Variant(sku="a", title="Jigger", price="9.00"),
        Variant(sku="b", title="Coasters, pack of 6", price="12.00"),
        Variant(sku="c", title="Strainer", price="8.00"),
    ],
)


def test_an_items_pack_is_its_own_not_the_collections_total():
    # three is how many items the collection holds, not how many coasters come in the pack
    assert found(BAR, "Coasters, pack of 3, for your home bar.", "accuracy.number") == [
        ("3", Verdict.BLOCK)
    ]
    assert found(BAR, "Coasters, pack of 6, for your home bar.", "accuracy.number") == []
    assert found(BAR, "Coasters, pack of six, for your home bar.", "accuracy.number") == []


# --- a figure of the shopper's own thing within a bound the sentence states ------------------

POND = listing(
    title="Pond Pump",
    description_html=(
        "<p>A quiet pump for garden ponds. The 40 W model moves water for ponds up to 2000 "
        "litres; the 80 W model up to 5000 litres.</p>"
    ),
    price="59.00",
    currency="GBP",
)


def test_a_figure_for_the_shoppers_thing_within_the_stated_maximum_passes():
    text = "For a 500-gallon pond, choose the 40 W pump, rated for up to 2000 litres."
    assert found(POND, text, "accuracy.number") == []


def test_a_figure_beyond_the_stated_maximum_or_without_it_blocks():
    text = "For a 900-gallon pond, choose the 40 W pump, rated for up to 2000 litres."
    assert found(POND, text, "accuracy.number") == [("900-gallon", Verdict.BLOCK)]
    assert found(POND, "It handles a 500-gallon pond.", "accuracy.number")


# --- the listing's worked example with other numbers --------------------------------------

EYEPIECE = listing(
    title="Eyepiece 20 mm",
    description_html="<p>A 20 mm eyepiece. In a 900 mm telescope it gives 45x.</p>",
    price="60.00",
    currency="GBP",
)
LAWN = listing(
    title="Lawn Feed 2 kg",
    description_html="<p>Slow-release feed. Spread 35 g per square metre; 2 kg covers 57 m².</p>",
    price="11.00",
    currency="GBP",
)


def test_the_listings_example_scaled_to_the_shoppers_thing_passes():
    assert found(EYEPIECE, "In a 1000 mm telescope it gives 50x.", "accuracy.number") == []
    assert found(LAWN, "Use 70 g on two square metres.", "accuracy.number") == []


def test_figures_out_of_the_listings_proportion_or_of_the_product_block():
    assert found(EYEPIECE, "In a 1000 mm telescope it gives 60x.", "accuracy.number")
    # the same proportion said of a pack the listing does not sell is no example
    assert found(LAWN, "A 4 kg pack covers about 114 m².", "accuracy.number")


# --- a count of the product's own noun is the length of its ingredient list ----------------

CURRY = listing(
    title="Curry Spice Mix 50 g",
    product_type="Spice mix",
    attributes={"Ingredients": ["Cumin (30%), coriander, turmeric, fenugreek, chilli and ginger"]},
    price="5.00",
    currency="GBP",
)


def test_a_count_of_the_products_noun_may_count_its_ingredients():
    assert found(CURRY, "Six whole spices, roasted and ground.", "accuracy.number") == []
    assert found(CURRY, "Seven whole spices, roasted and ground.", "accuracy.number") == [
        ("Seven whole spices", Verdict.BLOCK)
    ]


# --- a bicycle tyre's size code gives its width ---------------------------------------------------


def test_a_bicycle_tyre_size_gives_its_width():
    for title, width in (
        ("Gravel Tyre 700x40c", "40 mm"),
        ("Gravel Tyre 40-622", "40 mm"),
        ("Trail Tyre 29 x 2.35", "2.35 in"),
    ):
        item = listing(title=title, price="40.00", currency="GBP")
        assert found(item, f"A {width} tyre with a supple casing.", "accuracy.number") == []
        assert found(item, "A 45 mm tyre with a supple casing.", "accuracy.number"), title


# --- parts that fit one another share a measure ---------------------------------------------------

DIVER = listing(
    title="Dive Watch 40 mm",
    attributes={"Case": ["Steel, 40 mm"], "Lug width": ["22 mm"], "Strap": ["Rubber"]},
    price="300.00",
    currency="GBP",
)


def test_a_watchs_lug_width_is_its_straps_width():
    assert found(DIVER, "A 40 mm diver on a 22 mm strap, in rubber.", "accuracy.number") == []
    assert found(DIVER, "The strap is 22 mm wide.", "accuracy.number") == []
    assert found(DIVER, "A 40 mm diver on a 20 mm strap, in rubber.", "accuracy.number")
    assert found(DIVER, "A 22 mm case on a rubber strap.", "accuracy.number")


# --- a region named with its country's possessive or demonym ---------------------------------

BLANKET = listing(title="Wool Blanket", attributes={"Origin": ["Woven in Peru"]})
SALT = listing(
    title="Sea Salt Flakes",
    vendor="Saltworks Co",
    description_html="<p>Flakes harvested on the coast of Brittany, France.</p>",
)


def test_a_region_after_its_countrys_possessive_is_in_that_country():
    assert found(BLANKET, "Woven in Peru's Sacred Valley.", "accuracy.origin") == []
    assert found(BLANKET, "Woven in Bolivia's Sacred Valley.", "accuracy.origin")


def test_a_demonym_before_a_region_the_listing_names_is_no_brand():
    assert found(SALT, "Salt flakes from French Brittany.", "accuracy.brand") == []
    assert found(SALT, "Salt flakes from French Provence Farms.", "accuracy.brand")
    saw = listing(title="Pruning Saw", vendor="Ostwald Werkzeug", categories=["Garden > Tools"],
                  attributes={"Made in": ["Germany"]})  # fmt: skip
    assert found(saw, "A pruning saw from Bavarian Tools.", "accuracy.brand")


# --- a total worked out from an option's price and a charge the listing makes each ---------------

UPHOLSTERY = listing(
    title="Chair Reupholstery",
    product_type="Service",
    options={"Chair": ["Dining", "Armchair"]},
    variants=[
        Variant(sku="a", price="45.00", options={"Chair": "Dining"}),
        Variant(sku="b", price="90.00", options={"Chair": "Armchair"}),
    ],
    description_html="<p>We reupholster your chair. Torn panels are patched at £5 each.</p>",
    price="45.00",
    currency="GBP",
)


def test_a_worked_out_total_and_its_count_pass():
    text = "An armchair with two torn panels comes to £100."
    assert found(UPHOLSTERY, text, "accuracy.price") == []
    assert found(UPHOLSTERY, text, "accuracy.number") == []


def test_a_total_that_does_not_add_up_or_is_of_another_option_blocks():
    assert found(UPHOLSTERY, "An armchair with two torn panels comes to £110.", "accuracy.price")
    assert found(UPHOLSTERY, "A dining chair with two torn panels comes to £100.", "accuracy.price")


# --- the kind of a material a maker chooses: enamel, yarn weight, finishing oil ------------


def test_a_kind_of_enamel_the_listing_does_not_give_blocks():
    pin = listing(title="Kingfisher Enamel Pin", price="10.00", currency="GBP")
    assert found(pin, "A hard enamel kingfisher pin.", "accuracy.material")
    assert found(pin, "An enamel kingfisher pin for your jacket.", "accuracy.material") == []


def test_a_yarn_weight_other_than_the_listings_blocks():
    shawl = listing(title="Shawl Pattern", description_html="<p>For worsted-weight yarn.</p>")
    assert found(shawl, "A shawl pattern for DK-weight yarn.", "accuracy.material") == [
        ("DK-weight", Verdict.BLOCK)
    ]
    assert found(shawl, "A shawl pattern for worsted-weight yarn.", "accuracy.material") == []


def test_a_kind_of_ink_other_than_the_listings_blocks():
    ink = listing(title="Walnut Ink, 30 ml", description_html="<p>Walnut ink for dip pens.</p>")
    assert found(ink, "Iron gall ink, 30 ml, for dip pens.", "accuracy.material")
    assert found(ink, "Walnut ink, 30 ml, for dip pens.", "accuracy.material") == []


def test_a_finishing_oil_is_a_material_of_its_own():
    spoon = listing(title="Cherry Spoon", attributes={"Wood": ["Cherry"], "Finish": ["Tung oil"]})
    assert found(spoon, "A cherry spoon finished with linseed oil.", "accuracy.material")
    assert found(spoon, "A cherry spoon finished with tung oil.", "accuracy.material") == []


# --- on a service's listing, the one who does the work is no product ----------------------

CARPETS = listing(
    title="Carpet Cleaning Home Visit",
    product_type="Service",
    description_html="<p>We deep-clean your carpets at home.</p>",
    price="80.00",
    currency="GBP",
)


def test_the_doer_of_a_service_is_not_a_product_type():
    text = "A carpet cleaner comes to your home and deep-cleans every room."
    assert found(CARPETS, text, "accuracy.category") == []
    assert found(CARPETS, "A carpet cleaner machine you can keep.", "accuracy.category")


# --- a count inside one option's range names that option ------------------------------------------

PLANNER = listing(
    title="Team Planner Licence",
    options={"Seats": ["1-3 seats", "4-10 seats"]},
    variants=[
        Variant(sku="a", price="20.00", options={"Seats": "1-3 seats"}),
        Variant(sku="b", price="50.00", options={"Seats": "4-10 seats"}),
    ],
    price="20.00",
    currency="USD",
)


def test_a_price_said_of_a_count_in_another_options_range_blocks():
    assert found(PLANNER, "$20 covers up to 8 seats.", "accuracy.price") == [
        ("$20 covers up to 8 seats", Verdict.BLOCK)
    ]
    assert found(PLANNER, "$50 covers up to 8 seats.", "accuracy.price") == []
    assert found(PLANNER, "$20 covers up to 3 seats.", "accuracy.price") == []


# --- a count of containers that a volume the listing gives would fill --------------------------

SANGRIA = listing(
    title="Sangria Spice Sachets",
    description_html="<p>One sachet flavours 1.5 litres of wine; steep for an hour.</p>",
    price="4.00",
    currency="EUR",
)


def test_bottles_or_glasses_a_listed_volume_fills_pass():
    assert found(SANGRIA, "Each sachet is enough for two bottles of red.", "accuracy.number") == []
    assert found(SANGRIA, "Each sachet makes six glasses of sangria.", "accuracy.number") == []


def test_more_bottles_than_the_volume_fills_block():
    assert found(SANGRIA, "Each sachet is enough for five bottles of red.", "accuracy.number")


# --- a region after "from the … of" ---------------------------------------------------------------

BEANS_SEED = listing(title="Bean Seeds", tags=["grown in vermont"], price="4.00", currency="USD")


def test_a_region_after_from_the_part_of_is_an_origin():
    text = "An heirloom bean from the hill farms of Kentucky."
    assert found(BEANS_SEED, text, "accuracy.origin") == [("Kentucky", Verdict.BLOCK)]
    text = "An heirloom bean from the hill farms of Vermont."
    assert found(BEANS_SEED, text, "accuracy.origin") == []
    text = "A bean named for the state of Kentucky."
    assert found(BEANS_SEED, text, "accuracy.origin") == []


# --- a standard the listing says it supports, called certified --------------------------------

CHARGER = listing(
    title="Car Charger 45 W",
    attributes={"Standards": ["USB Power Delivery 3.0", "Qi"], "Certification": ["CE", "FCC"]},
    price="25.00",
    currency="USD",
)


def test_a_supported_standard_called_certified_blocks():
    text = "It is USB Power Delivery 3.0, CE and FCC certified."
    assert found(CHARGER, text, "accuracy.certification") == [
        ("USB Power Delivery 3.0", Verdict.BLOCK)
    ]
    assert found(CHARGER, "USB Power Delivery 3.0 certified charging.", "accuracy.certification")


def test_a_supported_standard_said_as_supported_passes():
    text = "It supports USB Power Delivery 3.0 and is CE and FCC certified."
    assert found(CHARGER, text, "accuracy.certification") == []
    assert found(CHARGER, "Lithuanian-made, CE-certified.", "accuracy.certification") == []


def test_a_safety_standards_code_called_certified_passes():
    rope = listing(title="Climbing Rope", attributes={"Standards": ["EN 892", "UIAA 101"]})
    assert found(rope, "It is EN 892 and UIAA 101 certified.", "accuracy.certification") == []


# --- a named estate, farm or garden the product comes from ----------------------------------------

HONEY = listing(title="Raw Honey", description_html="<p>Honey from Glenbrook Farm in Devon.</p>")


def test_a_named_farm_or_estate_must_be_the_listings():
    assert found(HONEY, "Raw honey from Glenbrook Farm.", "accuracy.origin") == []
    assert found(HONEY, "Raw honey from Hillside Farm.", "accuracy.origin") == [
        ("from Hillside Farm", Verdict.BLOCK)
    ]


# --- figures listed together are each item's, not the whole set's -------------------------------

CUPS = listing(
    title="Measuring Cup Set of 4, Steel",
    description_html="<p>Four cups: 60 ml, 80 ml, 125 ml and 250 ml, each with a spout.</p>",
    attributes={"Pieces": ["4"]},
)


def test_the_items_figures_listed_together_pass():
    text = "The set of four measures 60 ml, 80 ml, 125 ml and 250 ml."
    assert found(CUPS, text, "accuracy.number") == []


def test_one_items_figure_given_to_the_whole_set_still_blocks():
    assert found(CUPS, "The set holds 250 ml.", "accuracy.number") == [("250 ml", Verdict.BLOCK)]


# --- a material before the words that name the product in its title is the product's -------

FEEDER = listing(
    title="Bird Feeder with Roof",
    product_type="Bird feeder",
    description_html="<p>A stainless steel bird feeder with a hinged lid and a cedar perch.</p>",
)


def test_a_material_of_the_product_named_by_its_title_words_is_the_whole_products():
    assert found(FEEDER, "It is made of stainless steel.", "accuracy.material") == []
    assert found(FEEDER, "It is made of cedar.", "accuracy.material") == [("cedar", Verdict.BLOCK)]


# --- a material named with the product's own name --------------------------------------------

PATTERN = listing(
    title="Skarvik Pullover – Knitting Pattern (PDF)",
    vendor="Nordgarn Design",
    description_html="<p>A pullover pattern for DK-weight yarn. No yarn is sent.</p>",
)


def test_a_material_named_after_the_product_warns():
    assert found(PATTERN, "A pullover pattern in Skarvik yarn.", "accuracy.material") == [
        ("Skarvik yarn", Verdict.WARN)
    ]
    text = "The Skarvik pullover pattern, for any DK yarn."
    assert found(PATTERN, text, "accuracy.material") == []
