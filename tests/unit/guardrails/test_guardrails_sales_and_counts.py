"""Families found on the seen holdout_v3 set, tested on invented listings: sale percentages,
currencies that name one dollar, figures that belong to a phrase, counts of a listing's options
and ranges, counts under another name, fractions. Listings and drafts here are written for these
tests; none is taken from an eval set."""

from __future__ import annotations

import pytest

from plugin.domain import Dimensions, Listing, Variant, Verdict
from plugin.guardrails import check


def listing(**fields) -> Listing:
    return Listing(external_id="t", **{"title": "Thing", **fields})


def flagged(item: Listing, text: str, rule: str) -> list[str]:
    html = f"<p>{text}</p>"
    return [
        html[f.start : f.end]
        for f in check(item, html, "description")
        if f.rule == rule and f.severity is Verdict.BLOCK
    ]


# --- a percentage said of the price is a sale claim ----------------------------------------------

LANTERN = listing(
    title="Camping Lantern",
    price="60.00",
    currency="USD",
    variants=[Variant(sku="L1", price="60.00", compare_at_price="80.00")],
)


@pytest.mark.parametrize(
    "text",
    ["Save 25% while the sale lasts.", "Now 25% off.", "A saving of 25% on the usual $80."],
)
def test_the_sales_own_percentage_passes(text):
    assert flagged(LANTERN, text, "accuracy.price") == []
    assert flagged(LANTERN, text, "accuracy.number") == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Save 40% this week.", "40%"),
        ("Grab it at 35% off.", "35%"),
        ("A saving of 50% on the usual price.", "50%"),
        ("Discounted by 10% for members.", "10%"),
    ],
)
def test_a_wrong_sale_percentage_is_a_price_finding(text, wrong):
    assert flagged(LANTERN, text, "accuracy.price") == [wrong]


def test_a_percentage_that_is_not_about_the_price_stays_a_number():
    item = listing(title="Sun Cream", attributes={"Zinc oxide": ["20%"]})
    assert flagged(item, "With 30% zinc oxide.", "accuracy.number") == ["30%"]


# --- "US$" and "USD" name one dollar; a bare "$" may be any ---------------------------------------

MAPLE = listing(title="Maple Syrup", price="19.00", currency="AUD")


@pytest.mark.parametrize("text", ["Only US$19.", "Just 19 USD."])
def test_a_named_dollar_that_is_not_the_listings_currency_blocks(text):
    assert len(flagged(MAPLE, text, "accuracy.price")) == 1


@pytest.mark.parametrize("text", ["Only $19.", "Only A$19."])
def test_a_bare_or_matching_dollar_passes(text):
    assert flagged(MAPLE, text, "accuracy.price") == []


# --- a listing's figure belongs to each noun of its phrase ---------------------------------------

KIT = listing(
    title="Picnic Kit",
    attributes={
        "Contents": ["4 enamel mugs", "2 cotton napkins (40 cm each)", "1.5 m picnic blanket"],
        "Cooler": ["Insulated, 12 l storage bag"],
    },
)


@pytest.mark.parametrize(
    "text",
    [
        "A 1.5-metre blanket for the grass.",
        "A 12-litre bag keeps drinks cold.",
        "Two 40 cm napkins.",
        "80 cm of napkin in all.",
    ],
)
def test_a_figure_named_by_any_noun_of_the_listings_phrase_passes(text):
    assert flagged(KIT, text, "accuracy.number") == []


def test_a_figure_of_another_part_still_blocks():
    assert flagged(KIT, "A 40 cm blanket.", "accuracy.number") == ["40 cm"]


# --- counts of an option's values, of a range, of a contents list under another name -------------

GAME = listing(
    title="Word Race Card Game",
    options={"Edition": ["Red & Gold", "Blue & Silver"]},
    attributes={"Players": ["3-6"], "In the box": ["Card deck", "Sand timer", "Score pad"]},
)


@pytest.mark.parametrize(
    "text",
    [
        "Two editions to pick from.",
        "For three to six players.",
        "Four players? Deal them in.",
        "Three extras in the box: deck, timer and pad.",
    ],
)
def test_counts_the_listing_gives_pass(text):
    assert flagged(GAME, text, "accuracy.number") == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Four editions to pick from.", "Four editions"),
        ("Up to eight players.", "eight players"),
        ("Five extras in the box.", "Five extras"),
    ],
)
def test_counts_the_listing_does_not_give_block(text, wrong):
    assert flagged(GAME, text, "accuracy.number") == [wrong]


def test_a_fraction_in_words_is_not_a_count():
    item = listing(title="Desk Clock", attributes={"Battery life": ["18 months"]})
    assert (
        flagged(
            item, "Runs about a year and a half, two-thirds of it on standby.", "accuracy.number"
        )
        == []
    )


# --- units written out or qualified: "decibels", "US quarts" --------------------------------------

FAN = listing(
    title="Desk Fan",
    attributes={"Noise": ["Under 38 dB"], "Water tank": ["1.9 l"]},
)


@pytest.mark.parametrize("text", ["Rated at 38 decibels in use.", "The tank takes 2 US quarts."])
def test_a_unit_written_out_or_qualified_reads_as_the_listings(text):
    assert flagged(FAN, text, "accuracy.number") == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Rated at 30 decibels in use.", "30 decibels"),
        ("The tank takes 3 US quarts.", "3 US quarts"),
    ],
)
def test_a_wrong_figure_in_a_written_out_unit_blocks(text, wrong):
    assert flagged(FAN, text, "accuracy.number") == [wrong]


# --- certification: a place before "and certified", a figure after "tested to" --------------------

TOWEL = listing(
    title="Bath Towel",
    attributes={
        "Origin": ["Woven in Portugal"],
        "Certification": ["GOTS"],
        "Drop test": ["Tested to 2 m"],
    },
)


@pytest.mark.parametrize(
    "text",
    ["Portugal-woven and certified to GOTS.", "Passes drop tests to two metres onto tile."],
)
def test_a_place_or_a_figure_is_not_read_as_a_mark(text):
    assert flagged(TOWEL, text, "accuracy.certification") == []


def test_an_unknown_mark_after_a_place_still_blocks():
    text = "Portugal-woven and certified to Fairtrade."
    assert flagged(TOWEL, text, "accuracy.certification") == ["certified to Fairtrade"]


# --- a place that starts one of the listing's own names ----------------------------------------

URN = listing(title="Planter", options={"Finish": ["Kent Slate", "Chalk"]}, tags=["made in spain"])


def test_a_place_word_inside_the_listings_own_name_is_not_an_origin():
    assert flagged(URN, "Glazed in Kent Slate or Chalk.", "accuracy.origin") == []


def test_the_same_place_alone_is_still_an_origin():
    assert flagged(URN, "Glazed in Kent, by hand.", "accuracy.origin") == ["Glazed in Kent"]


# --- a bed size the title names ----------------------------------------------------------------

SHEET = listing(title="Percale Sheet, Queen", attributes={"Size": ["160 x 200 cm"]})


def test_a_bed_size_in_the_title_passes_and_another_blocks():
    assert flagged(SHEET, "A queen-size sheet.", "accuracy.size") == []
    assert flagged(SHEET, "A king-size sheet.", "accuracy.size") == ["king-size"]


# --- a figure on the wrong axis is a size finding, also when the title repeats the figure --------

CABINET = listing(
    title="Oak Bedside Cabinet 62 cm",
    dimensions=Dimensions(length=40, width=35, height=62, unit="cm"),
)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [("It is 62 cm wide.", "62 cm"), ("It stands 40 cm tall.", "40 cm")],
)
def test_a_listing_figure_on_another_axis_is_a_size_finding(text, wrong):
    assert flagged(CABINET, text, "accuracy.size") == [wrong]
    assert flagged(CABINET, text, "accuracy.number") == []


@pytest.mark.parametrize(
    "text", ["It is 62 cm tall and 35 cm wide.", "A 62 cm cabinet.", "A 62 cm high-gloss top."]
)
def test_a_figure_on_its_own_axis_or_none_passes(text):
    assert flagged(CABINET, text, "accuracy.size") == []
    assert flagged(CABINET, text, "accuracy.number") == []


# --- a metal listed beside colours is a colour --------------------------------------------------

KETTLE = listing(
    title="Stovetop Kettle",
    options={"Color": ["Ivory", "Sage Green"]},
    attributes={"Material": ["Enamelled steel"]},
)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Ivory, or rose gold for a warmer look.", "rose gold"),
        ("Pick ivory, sage green, or copper.", "copper"),
        ("Silver, ivory and sage green.", "Silver"),
    ],
)
def test_a_metal_in_a_list_of_colours_is_a_colour_claim(text, wrong):
    assert flagged(KETTLE, text, "accuracy.colour") == [wrong]
    assert flagged(KETTLE, text, "accuracy.material") == []


def test_a_metal_said_of_a_part_stays_a_material():
    assert flagged(KETTLE, "A copper base.", "accuracy.material") == ["copper"]


# --- a country given only for a step of the making; a region after "from" -----------------------

RADIO = listing(title="Valve Radio", attributes={"Origin": ["Designed in Denmark, made in Poland"]})
HONEY = listing(title="Maple Syrup", attributes={"Origin": ["Vermont, USA"]})


@pytest.mark.parametrize(
    "text", ["Danish-designed and made in Poland.", "Designed in Denmark.", "A Polish-made radio."]
)
def test_a_step_the_listing_names_passes(text):
    assert flagged(RADIO, text, "accuracy.origin") == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [("A Danish-made radio.", "Danish-made"), ("Made in Denmark.", "Made in Denmark")],
)
def test_a_country_of_one_step_is_not_where_it_is_made(text, wrong):
    assert flagged(RADIO, text, "accuracy.origin") == [wrong]


def test_a_region_after_from_is_an_origin_claim():
    assert flagged(HONEY, "A dark syrup from Vermont.", "accuracy.origin") == []
    assert flagged(HONEY, "A dark syrup from Texas.", "accuracy.origin") == ["Texas"]


# --- a figure in the listing's own unit needs no conversion tolerance ---------------------------

RUG = listing(title="Wool Rug", attributes={"Size": ["160 x 230 cm"], "Pile height": ["1.2 cm"]})


@pytest.mark.parametrize(
    "text",
    ["It is 160 x 230 cm.", "About 160 x 240 cm.", "A 12 mm pile.", "Roughly 63 x 91 inches."],
)
def test_the_listings_figure_its_rounding_or_a_hedge_passes(text):
    assert flagged(RUG, text, "accuracy.number") == []


@pytest.mark.parametrize(
    ("text", "wrong"), [("It is 160 x 240 cm.", "240 cm"), ("A 1.3 cm pile.", "1.3 cm")]
)
def test_another_figure_in_the_same_unit_blocks(text, wrong):
    assert flagged(RUG, text, "accuracy.number") == [wrong]


# --- how the product is sold: "sold as a pair" against "Sold as: …" ----------------------------

GLOVE = listing(title="Boxing Glove", attributes={"Sold as": ["Single glove"]})
PAIR = listing(title="Hiking Pole", attributes={"Pack size": ["2 poles"]})


@pytest.mark.parametrize(
    ("item", "text"),
    [
        (GLOVE, "Sold individually."),
        (GLOVE, "Sold singly, left or right."),
        (PAIR, "Sold as a pair."),
    ],
)
def test_how_the_listing_says_it_is_sold_passes(item, text):
    assert flagged(item, text, "accuracy.number") == []


@pytest.mark.parametrize(
    ("item", "text", "wrong"),
    [
        (GLOVE, "Sold as a pair.", "Sold as a pair"),
        (PAIR, "Comes in a set of three.", "Comes in a set of three"),
        (PAIR, "Sold singly.", "Sold singly"),
    ],
)
def test_another_way_of_selling_it_blocks(item, text, wrong):
    assert flagged(item, text, "accuracy.number") == [wrong]


def test_without_a_sold_as_fact_nothing_is_said():
    assert flagged(listing(title="Mug"), "Sold as a pair.", "accuracy.number") == []


# --- materials: a solid claim on a layered material; foil -------------------------------------

DESK_TOP = listing(
    title="Writing Desk",
    attributes={
        "Top": ["Oak veneer over MDF"],
        "Legs": ["Solid beech"],
        "Handles": ["Brass-plated steel"],
    },
)


@pytest.mark.parametrize(
    "text", ["An oak veneer top on solid beech legs.", "Brass-plated handles."]
)
def test_the_listings_own_construction_passes(text):
    assert flagged(DESK_TOP, text, "accuracy.material") == []


@pytest.mark.parametrize(
    ("text", "wrong"), [("A solid oak top.", "solid oak"), ("Solid brass handles.", "Solid brass")]
)
def test_solid_said_of_a_layered_material_blocks(text, wrong):
    assert flagged(DESK_TOP, text, "accuracy.material") == [wrong]


def test_foil_is_a_material_checked_like_any_other():
    kite = listing(title="Party Kite", attributes={"Material": ["Ripstop nylon"]})
    assert flagged(kite, "A shiny foil kite.", "accuracy.material") == ["foil"]


# --- what the product does for the body ---------------------------------------------------------

INFUSION = listing(title="Peppermint Infusion", attributes={"Ingredients": ["Peppermint leaf"]})


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("A cup that supports healthy metabolism.", "supports healthy metabolism"),
        ("It helps regulate blood sugar.", "regulate blood sugar"),
        ("Promotes better circulation.", "Promotes better circulation"),
    ],
)
def test_a_body_function_claim_blocks(text, claim):
    assert flagged(INFUSION, text, "compliance.health") == [claim]


@pytest.mark.parametrize(
    "text", ["A calm cup after dinner.", "Ideal before bed.", "Brew for five minutes."]
)
def test_plain_use_and_occasion_pass(text):
    assert flagged(INFUSION, text, "compliance.health") == []


# --- compatibility: more models after the first, things fitted in lower case, "fit every" ------

EARBUD_CASE = listing(
    title="Silicone Case for Pixel Buds 3", attributes={"Compatibility": ["Pixel Buds 3"]}
)
CLAMP = listing(title="Bike Light Clamp", attributes={"Fitting": ["Round handlebars, 22-32 mm"]})
BOTTLE = listing(title="Bike Bottle", attributes={"Capacity": ["750 ml"]})


def compatibility(item: Listing, text: str) -> list[tuple[str, str]]:
    html = f"<p>{text}</p>"
    return [
        (html[f.start : f.end], f.severity.value)
        for f in check(item, html, "description")
        if f.rule == "accuracy.compatibility"
    ]


def test_a_second_model_the_listing_does_not_name_blocks():
    assert compatibility(EARBUD_CASE, "Fits Pixel Buds 3 and 3 Pro.") == [("3 Pro", "block")]
    assert compatibility(EARBUD_CASE, "Fits Pixel Buds 3.") == []


@pytest.mark.parametrize(
    "text", ["Fits round handlebars.", "Fits snugly and holds fast.", "It fits in a pocket."]
)
def test_what_the_listing_says_it_fits_or_no_target_passes(text):
    assert compatibility(CLAMP, text) == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Fits aero handlebars and seatposts.", "aero handlebars and seatposts"),
        ("Made to fit every scooter.", "scooter"),
    ],
)
def test_a_fitting_the_listing_contradicts_blocks(text, wrong):
    assert compatibility(CLAMP, text) == [(wrong, "block")]


def test_a_fitting_on_a_listing_that_says_none_warns():
    assert compatibility(BOTTLE, "Made to fit every scooter.") == [("scooter", "warn")]
