"""Twelfth round of issue 12 (holdout_v9's misses and clean drafts' claim findings, read after
its one blind score, sorted into families). Listings and drafts here are written for these
tests; none is taken from an eval set."""

from __future__ import annotations

from plugin.domain import Variant, Verdict
from tests.unit.guardrails.drafts import found, listing

# --- an ingredient the listing lists, said by the draft to be left out ------------------------

TONER = listing(
    title="Rose Facial Toner 100 ml",
    description_html="<p>A refreshing toner.</p><p>Ingredients: Aqua, Alcohol, Rosa Damascena "
    "Flower Water, Glycerin.</p>",
    price="18.00",
    currency="GBP",
)


def test_a_listed_ingredient_said_to_be_left_out_blocks():
    hits = found(TONER, "A refreshing rose toner with no alcohol.", "accuracy.material")
    assert hits and hits[0][1] == Verdict.BLOCK and "alcohol" in hits[0][0]
    assert found(TONER, "A rose toner made without alcohol.", "accuracy.material")
    # what the listing leaves out may still be said to be left out
    assert found(TONER, "A rose toner with no parabens.", "accuracy.material") == []
    assert found(TONER, "A refreshing rose toner with glycerin.", "accuracy.material") == []


# --- an ingredient the listing keeps out, said to be in after a measure of it -------------------

CHILLI = listing(
    title="Smoked Chilli Flakes 40 g",
    description_html="<p>Ingredients: smoked chipotle chilli (100%). No sugar, no additives.</p>",
    price="5.00",
    currency="EUR",
)


def test_a_kept_out_ingredient_after_a_measure_of_it_blocks():
    hits = found(CHILLI, "Smoked chilli flakes with a spoonful of sugar.", "accuracy.material")
    assert hits and hits[0][1] == Verdict.BLOCK
    assert found(CHILLI, "Smoked chilli flakes with no sugar.", "accuracy.material") == []


# --- a price after an option's label and a comma: the price of that option ----------------------

LAMP = listing(
    title="Brass Desk Lamp",
    options={"Size": ["Small", "Large"]},
    variants=[
        Variant(sku="L-S", price="48.00", options={"Size": "Small"}),
        Variant(sku="L-L", price="64.00", options={"Size": "Large"}),
    ],
    price="48.00",
    currency="GBP",
)


def test_a_price_after_another_options_label_blocks():
    hits = found(LAMP, "A brass desk lamp. Large, £48.", "accuracy.price")
    assert hits and hits[0][1] == Verdict.BLOCK
    assert found(LAMP, "A brass desk lamp. Large, £64.", "accuracy.price") == []
    assert found(LAMP, "A brass desk lamp. Small, £48; large, £64.", "accuracy.price") == []
    # a comma before the price with more than a label before it names no option
    text = "A brass desk lamp with a large shade and a small base, £48."
    assert found(LAMP, text, "accuracy.price") == []


# --- a share of a price said in a currency's words or with "each" after it ----------------------

CARDS = listing(
    title="Letterpress Thank-You Cards, Set of 12",
    attributes={"Cards": ["12"]},
    price="180.00",
    currency="MXN",
)


def test_a_share_of_the_price_in_currency_words_is_a_price_not_a_count():
    text = "At 180 pesos for twelve, each card costs 15 pesos."
    assert found(CARDS, text, "accuracy.number") == []
    assert found(CARDS, text, "accuracy.price") == []
    # a hedged bound is not an age limit
    assert found(CARDS, "Twelve cards, each costing under 16 pesos.", "accuracy.number") == []
    # a price in words that is no share of the listing's still blocks
    assert found(CARDS, "The set costs 240 pesos.", "accuracy.price")
    text = "The twelve cards cost 180 pesos, or 15 pesos each."
    assert found(CARDS, text, "accuracy.price") == []


def test_cents_are_hundredths():
    item = listing(title="Sticker Sheet (20 Stickers)", attributes={"Stickers": ["20"]},
                   price="4.00", currency="USD")  # fmt: skip
    assert found(item, "Twenty stickers for $4: 20 cents a sticker.", "accuracy.price") == []
    assert found(item, "Twenty stickers for $4: 20 cents a sticker.", "accuracy.number") == []
    assert found(item, "Twenty stickers for $4: 50 cents a sticker.", "accuracy.price")


def test_a_share_under_a_round_figure_passes_on_the_side_its_hedge_says():
    item = listing(
        title="Seed Packets",
        options={"Packets": ["1 packet", "3 packets"]},
        variants=[
            Variant(sku="S1", price="6.00", options={"Packets": "1 packet"}),
            Variant(sku="S3", price="14.00", options={"Packets": "3 packets"}),
        ],
        price="6.00",
        currency="GBP",
    )
    assert found(item, "Three packets cost £14, which is under £5 each.", "accuracy.price") == []
    assert found(item, "Three packets cost £14, which is over £5 each.", "accuracy.price")


def test_a_compound_kept_out_is_not_its_last_word():
    item = listing(title="Lip Balm", description_html="<p>Ingredients: Sunflower Oil, Beeswax.</p>")
    assert found(item, "A soft lip balm with no palm oil.", "accuracy.material") == []
    assert found(item, "A soft lip balm without sunflower oil.", "accuracy.material")


# --- units and words that were misread -------------------------------------------------------


def test_imperial_gallons_are_a_volume():
    item = listing(title="Rain Butt 100 L", attributes={"Capacity": ["100 L"]})
    assert found(item, "A rain butt holding about 22 imperial gallons.", "accuracy.number") == []
    assert found(item, "A rain butt holding about 40 imperial gallons.", "accuracy.number")
    assert found(item, "A rain butt holding about 26 gallons.", "accuracy.number") == []


def test_a_count_before_in_and_a_number_word_is_no_length():
    item = listing(title="Marbles, 40 Pieces", attributes={"Pieces": ["40"], "Size": ["16 mm"]},
                   options={"Colour": ["Red", "Blue", "Green", "Clear"]})  # fmt: skip
    assert found(item, "Glass marbles, 40 in four colours.", "accuracy.number") == []
    assert found(item, "Glass marbles, 16 in across.", "accuracy.number")


# --- a protection the draft contrasts away ---------------------------------------------------


def test_a_protection_said_after_rather_than_is_denied_not_claimed():
    item = listing(title="Canvas Tote", description_html="<p>Water-resistant, not waterproof.</p>")
    text = "A canvas tote that is water-resistant rather than waterproof."
    assert found(item, text, "accuracy.feature") == []
    assert found(item, "A canvas tote that is fully waterproof.", "accuracy.feature")


# --- a figure per unit of a measure, times the product's measure ---------------------------------

VARNISH = listing(
    title="Floor Varnish 5 L",
    description_html="<p>Covers about 10 m² per litre per coat.</p>",
    attributes={"Volume": ["5 L"], "Coverage": ["10 m²/L"]},
)


def test_a_rate_per_unit_times_the_products_measure_is_a_figure_it_gives():
    text = "A litre covers about 10 m², so the 5 L tin does about 50 m² a coat."
    assert found(VARNISH, text, "accuracy.number") == []
    assert found(VARNISH, "The 5 L tin does about 80 m² a coat.", "accuracy.number")
    cable = listing(
        title="Resistance Wire 50 m", attributes={"Length": ["50 m"], "Resistance": ["0,4 ohm/m"]}
    )
    assert found(cable, "The whole 50 m coil comes to 20 ohm.", "accuracy.number") == []
    assert found(cable, "The whole 50 m coil comes to 35 ohm.", "accuracy.number")


# --- a decade the listing gives otherwise ----------------------------------------------------


def test_a_decade_the_listing_gives_otherwise_blocks():
    item = listing(title="Vintage Wool Cardigan", attributes={"Era": ["1960s"]})
    hits = found(item, "A wool cardigan from the 1950s.", "accuracy.number")
    assert hits == [("1950s", Verdict.BLOCK)]
    assert found(item, "A wool cardigan from the 1960s.", "accuracy.number") == []
    assert found(item, "A wool cardigan straight out of the '60s.", "accuracy.number") == []
    # a listing that names no decade is not judged here
    plain = listing(title="Wool Cardigan")
    assert found(plain, "A wool cardigan in a 1950s cut.", "accuracy.number") == []


# --- a refund promised where the listing gives none ---------------------------------------------


def test_a_refund_the_listing_does_not_give_blocks():
    item = listing(
        title="Pottery Workshop Ticket",
        description_html="<p>Tickets can be swapped for another date up to a week before; "
        "no refunds.</p>",
        price="60.00",
        currency="GBP",
    )
    hits = found(item, "Full refund up to a week before the class.", "accuracy.price")
    assert hits and hits[0][1] == Verdict.BLOCK
    assert found(item, "Swap your date up to a week before; tickets are non-refundable.",
                 "accuracy.price") == []  # fmt: skip
    refundable = listing(
        title="Pottery Workshop Ticket", description_html="<p>Full refund up to a week before.</p>"
    )
    assert found(refundable, "Full refund up to a week before.", "accuracy.price") == []


# --- steps of the making given together ("blended and packed in …") ------------------------------


def test_each_step_of_a_group_is_placed_where_the_group_is():
    item = listing(
        title="Breakfast Tea 250 g",
        description_html="<p>A strong black tea. Blended and packed in Leeds.</p>",
        attributes={"Packed in": ["Leeds, United Kingdom"]},
    )
    assert found(item, "A strong black tea, blended in Leeds.", "accuracy.origin") == []
    assert found(item, "A strong black tea, blended in Leeds, United Kingdom.",
                 "accuracy.origin") == []  # fmt: skip
    assert found(item, "A strong black tea, blended in Kenya.", "accuracy.origin")


# --- a time of day before a colon --------------------------------------------------------------


def test_a_time_of_day_before_a_colon_is_still_a_time():
    item = listing(
        title="Candle-Making Evening",
        description_html="<p>At our studio, 18:00 to 20:00. Six candles to take home.</p>",
    )
    text = "An evening at our studio from 6 to 8 pm: six candles to take home."
    assert found(item, text, "accuracy.number") == []
    text = "An evening at our studio from 5 to 8 pm: six candles to take home."
    assert found(item, text, "accuracy.number")


# --- a figure for one item said with "a <item>" after it -----------------------------------------


def test_a_figure_a_item_after_it_is_the_items():
    item = listing(title="Trekking Poles (Pair)", description_html="<p>A pair of poles.</p>",
                   attributes={"Weight per pole": ["240 g"]})  # fmt: skip
    assert found(item, "Sold as a pair, at 240 g a pole.", "accuracy.number") == []
    assert found(item, "Sold as a pair; the pair weighs 240 g.", "accuracy.number")


# --- a prose list before the plural noun it lists -------------------------------------------------


def test_a_count_of_a_prose_list_before_its_noun_is_the_listings():
    item = listing(title="Adjustable Laptop Stand",
                   description_html="<p>An aluminium stand with low, middle and high height "
                   "settings.</p>")  # fmt: skip
    assert found(item, "An aluminium stand with three height settings.", "accuracy.number") == []
    assert found(item, "An aluminium stand with five height settings.", "accuracy.number")
