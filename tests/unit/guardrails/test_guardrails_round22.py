"""Twenty-second round of issue 12 (holdout_v19 read after its one blind score; its misses and
its clean drafts' claim findings sorted into families and fixed by the mechanism that failed).
Listings and drafts here are written for these tests; none is taken from an eval set."""

from __future__ import annotations

from plugin.domain import Variant
from plugin.guardrails import check
from tests.unit.guardrails.drafts import found, listing

NUMBER = "accuracy.number"
PRICE = "accuracy.price"
COLOUR = "accuracy.colour"
MATERIAL = "accuracy.material"
CARE = "accuracy.care"
CATEGORY = "accuracy.category"
ABSOLUTE = "compliance.absolute"

# --- care said in the shop's language backs "dishwasher safe" ------------------------------------

BOWL = listing(
    title="Schale aus Steinzeug",
    description_html="<p>Schale aus Steinzeug. Spülmaschinenfest, nicht in die Mikrowelle.</p>",
)
PLATE = listing(
    title="Talerz z kamionki",
    description_html="<p>Talerz z kamionki. Nadaje się do zmywarki i mikrofalówki.</p>",
)


def test_an_appliance_named_in_the_listings_language_backs_its_safe_claim():
    assert found(BOWL, "A stoneware bowl, dishwasher safe, for soup and salad.", CARE) == []
    assert found(PLATE, "A stoneware plate, dishwasher and microwave safe.", CARE) == []


def test_the_listings_own_not_before_the_appliance_still_denies_it():
    assert found(BOWL, "A stoneware bowl, microwave safe, for soup and salad.", CARE) != []


# --- a colour option's hue abroad, with a word of its own ----------------------------------------

THROW = listing(
    title="Ullpledd",
    options={"Farge": ["Havblå", "Mosegrønn"]},
    attributes={"Materiale": ["ull"]},
)
SCARF = listing(title="Sciarpa di lana", options={"Colore": ["Rosso ciliegia", "Grigio"]})


def test_a_nordic_compound_colour_value_gives_its_hue():
    assert found(THROW, "A wool throw in blue or green.", COLOUR) == []
    assert found(THROW, "A wool throw in red.", COLOUR) != []


def test_a_named_shade_of_a_hue_the_listing_gives_with_a_word_of_its_own():
    assert found(SCARF, "A wool scarf in cherry red or grey.", COLOUR) == []
    assert found(THROW, "A wool throw in forest green.", COLOUR) == []
    # a shade of another hue than any the option gives is still another colour
    assert found(SCARF, "A wool scarf in navy.", COLOUR) != []


# --- wicker is the weave of a basket's stems -----------------------------------------------------

HAMPER = listing(title="Laundry Hamper", attributes={"Material": ["seagrass"]})


def test_wicker_is_the_weave_of_the_stems_the_listing_gives():
    assert found(HAMPER, "A wicker laundry hamper with a lid.", MATERIAL) == []
    assert found(HAMPER, "A rattan laundry hamper with a lid.", MATERIAL) != []


# --- enamel and Polish case forms abroad ---------------------------------------------------------

POT = listing(title="Pentola smaltata", attributes={"Materiale": ["acciaio smaltato"]})
JUG = listing(title="Dzbanek", attributes={"Materiał": ["szkło"]})


def test_an_enamelled_material_in_italian():
    assert found(POT, "An enamelled steel pot for stews.", MATERIAL) == []


def test_a_polish_material_in_the_case_after_a_preposition():
    assert found(JUG, "Dzbanek ze szkła, na wodę i sok.", MATERIAL) == []
    assert found(JUG, "Dzbanek z porcelany, na wodę i sok.", MATERIAL) != []


# --- "100%" of a material said with its kind or place --------------------------------------------

BLANKET = listing(title="Lambswool Blanket", attributes={"Material": ["100% lambswool"]})


def test_a_whole_material_after_the_words_that_qualify_it():
    assert found(BLANKET, "Woven from 100% Shetland lambswool.", ABSOLUTE) == []
    assert found(BLANKET, "Woven from 100% sheep's wool.", ABSOLUTE) == []
    assert found(BLANKET, "Woven from 100% Shetland cashmere.", ABSOLUTE) != []


# --- a count the draft lists right after it ------------------------------------------------------

GRATER = listing(title="Box Grater", attributes={"Material": ["stainless steel"]})


def test_a_count_followed_by_the_list_it_counts():
    assert found(GRATER, "It has three faces: fine, medium and coarse.", NUMBER) == []
    assert found(GRATER, "It does two jobs: it grates cheese, and it zests lemons.", NUMBER) == []
    assert found(GRATER, "It has four faces: fine, medium and coarse.", NUMBER) != []


# --- vulgar fractions in a converted measure -----------------------------------------------------

CARD = listing(title="Recipe Card", attributes={"Size": ["10 x 15 cm"]})


def test_eighths_and_fifths_are_fractions():
    assert found(CARD, "A card of 10 x 15 cm (about 3⅞ x 5⅞ in).", NUMBER) == []
    assert found(CARD, "A card of 10 x 15 cm (about 4⅝ x 5⅞ in).", NUMBER) != []


# --- a pack of as many as the listing counts -----------------------------------------------------

LABELS = listing(title="Jar Labels", attributes={"Labels": ["48"]})


def test_a_pack_of_the_listings_own_count():
    assert found(LABELS, "A pack of 48 jar labels for jams.", CATEGORY) == []
    # a pack of a thing the listing does not count is still a claim of several
    assert found(LABELS, "A set of 48 jam jars with labels.", CATEGORY) != []


# --- a worked total of several priced things; a share of an option priced on its own -------------

FRAMING = listing(
    title="Picture Framing by Post",
    description_html="<p>£9 a small frame, £14 a large frame. Return postage is £5 a parcel.</p>",
    options={"Size": ["Small frame", "Large frame"]},
    variants=[
        Variant(sku="S", title="Small frame", price="9.00", options={"Size": "Small frame"}),
        Variant(sku="L", title="Large frame", price="14.00", options={"Size": "Large frame"}),
    ],
    price="9.00",
    currency="GBP",
)


def test_a_total_worked_from_several_counts_and_prices():
    text = "Two small frames and one large frame come to £32, sent back in one parcel."
    assert found(FRAMING, text, PRICE) == []
    assert found(FRAMING, text, NUMBER) == []
    text = "Three large frames in one parcel come to £47."
    assert found(FRAMING, text, PRICE) == []
    assert found(FRAMING, "Two small frames and one large frame come to £35.", PRICE) != []


def test_a_price_per_option_named_is_that_options_price():
    assert found(FRAMING, "It costs £7 per small frame.", PRICE) != []
    assert found(FRAMING, "It costs £9 per small frame.", PRICE) == []


# --- a material said to be recycled that the listing gives plainly -------------------------------

MAT = listing(title="Door Mat", attributes={"Material": ["coir", "rubber backing"]})


def test_recycled_of_a_material_the_listing_never_says_is_recycled():
    assert found(MAT, "The backing is recycled rubber.", MATERIAL) != []
    assert found(MAT, "The backing is rubber.", MATERIAL) == []


# --- a part's material said with "is" ------------------------------------------------------------

LAMP = listing(title="Desk Lamp", attributes={"Material": ["brass shade", "steel base"]})


def test_a_parts_material_after_is():
    assert found(LAMP, "The base is solid brass.", MATERIAL) != []
    assert found(LAMP, "The base is steel and the shade is brass.", MATERIAL) == []


# --- a FAQ answer's colour said with the word "colour" -------------------------------------------

MUG = listing(title="Camp Mug", options={"Colour": ["Olive", "Rust"]})


def test_a_colour_answered_with_the_word_colour():
    faq = '[{"question": "What colour is it?", "answer": "It is a natural colour."}]'

    assert [f.rule for f in check(MUG, faq, "faq")].count(COLOUR) == 1
    faq = '[{"question": "What colour is it?", "answer": "It is an olive colour."}]'
    assert COLOUR not in [f.rule for f in check(MUG, faq, "faq")]


# --- washable at a temperature, abroad -----------------------------------------------------------

APRON = listing(title="Schürze", attributes={"Pflege": ["Waschbar bei 60 °C"]})
TOWEL = listing(title="Serviette", attributes={"Entretien": ["Lavable à la main"]})


def test_a_wash_at_a_temperature_is_a_machine_wash():
    assert found(APRON, "A cotton apron, machine washable.", CARE) == []
    assert found(TOWEL, "A linen towel, machine washable.", CARE) != []


# --- a title's kind ends at a preposition of the shop's language ---------------------------------

RAIN = listing(title="Regenjacke mit Kapuze")
CUSHION = listing(title="Kissen mit Füllung")


def test_a_word_after_a_foreign_preposition_is_not_the_kind():
    assert found(RAIN, "A light rain jacket with a hood, for wet walks.", CATEGORY) == []
    assert found(CUSHION, "A linen cushion with a feather filling.", CATEGORY) == []


# --- "made with" an ingredient the listing, which says so in prose only, never names -------------

SOAP = listing(title="Oat Soap Bar", description_html="<p>A soap bar made with 12% oat milk.</p>")


def test_made_with_an_ingredient_the_listings_prose_does_not_name():
    said = found(SOAP, "A soap bar made with honey and oat milk.", MATERIAL)
    assert [claim for claim, _ in said] == ["honey"]
    assert found(SOAP, "A soap bar made with oat milk and made with care.", MATERIAL) == []
