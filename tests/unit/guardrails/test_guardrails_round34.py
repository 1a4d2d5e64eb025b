"""Thirty-fourth round of issue 12 (holdout_v31 read after its one blind score; its clean
drafts' claim findings and its price misses sorted into families and fixed by the mechanism
that failed: poplar and pewter named in a shop language; "in" before a pronoun read as inches;
a degree said in words read as a count of things; the first of two counts joined by "and" not
read as its own noun's; a price written with Hangul's or kanji's currency character; a price said
of every option named by the listing's own option label; and a pack's price said of each thing
in it). Listings and drafts here are written for these tests; none is taken from an eval set.
Each family: an invented claim is flagged with its span where the rule gives one; the true
claim is not."""

from __future__ import annotations

from plugin.domain import Variant, Verdict
from tests.unit.guardrails.drafts import found, listing

MATERIAL = "accuracy.material"
NUMBER = "accuracy.number"
PRICE = "accuracy.price"


def test_poplar_and_pewter_named_in_a_shop_language_back_their_english_names():
    box = listing(title="Doos", attributes={"Materiaal": ("Populierenhout",)})
    assert found(box, "A small poplar-wood box.", MATERIAL) == []
    assert found(box, "A small walnut box.", MATERIAL) != []
    cup = listing(title="Becher", attributes={"Material": ("Zinn",)})
    assert found(cup, "A pewter cup.", MATERIAL) == []


def test_a_number_before_in_and_a_pronoun_is_no_length_in_inches():
    tent = listing(
        title="Play Tent",
        description_html="<p>A play tent, 120 cm tall. Not for children under 4 without help.</p>",
    )
    assert found(tent, "Watch children under 4 in it.", NUMBER) == []
    assert found(tent, "A 9 in tall play tent.", NUMBER) != []


def test_a_degree_said_in_words_is_the_listing_figure_with_its_sign():
    plane = listing(title="Block Plane", description_html="<p>The blade is bedded at 12&#176;.</p>")
    assert found(plane, "Its blade sits at a 12-degree angle.", NUMBER) == []
    assert found(plane, "Its blade sits at a 20-degree angle.", NUMBER) != []


def test_the_first_of_two_counts_joined_by_and_counts_its_own_noun():
    kit = listing(
        title="Screen Care Kit",
        description_html="<p>A kit: 30 screen wipes and one brush, in a tin.</p>",
    )
    # "screen" took the count once, and 30 wipes read as 31
    assert found(kit, "It holds 30 wipes and a brush.", NUMBER) == []
    assert found(kit, "It holds 40 wipes and a brush.", NUMBER) != []


def test_a_price_written_with_a_currency_character_after_it():
    bowl = listing(title="그릇", price="24000", currency="KRW")
    assert found(bowl, "백자 그릇, 24,000원.", PRICE) == []
    assert found(bowl, "백자 그릇, 19,000원.", PRICE) == [("19,000원", Verdict.BLOCK)]
    assert found(bowl, "백자 그릇, 24,000원.", NUMBER) == []


def test_one_price_said_of_every_option_by_the_listings_own_option_name():
    lamp = listing(
        title="Desk Lamp",
        price="30.00",
        currency="USD",
        options={"Shade": ["Linen", "Brass"]},
        variants=[
            Variant(sku="S1", price="30.00", options={"Shade": "Linen"}),
            Variant(sku="S2", price="42.00", options={"Shade": "Brass"}),
        ],
    )
    assert found(lamp, "All shades $30.", PRICE) == [("$30", Verdict.BLOCK)]
    assert found(lamp, "The linen shade is $30.", PRICE) == []


def test_a_packs_price_said_of_each_thing_in_it():
    candles = listing(title="Beeswax Candles (Set of 3)", price="27.00", currency="USD")
    assert found(candles, "Three candles, $27 each.", PRICE) == [("$27 each", Verdict.BLOCK)]
    assert found(candles, "Three candles for $27.", PRICE) == []
    assert found(candles, "$27 per set.", PRICE) == []
    single = listing(title="Beeswax Candle", price="9.00", currency="USD")
    assert found(single, "$9 each.", PRICE) == []


FEATURE = "accuracy.feature"
COMPATIBILITY = "accuracy.compatibility"


def test_a_hand_the_listing_does_not_make_the_tool_for():
    scissors = listing(
        title="Tailor's Scissors",
        description_html="<p>Steel tailor's scissors, 23 cm. Made for right-handed use.</p>",
    )
    assert found(scissors, "Right-handed scissors.", FEATURE) == []
    assert found(scissors, "Suits left- and right-handed tailors alike.", FEATURE) != []
    assert found(scissors, "Ambidextrous grips.", FEATURE) != []
    # a shopper's own hand claims nothing
    shears = listing(
        title="Shears",
        description_html="<p>For right-handed use; a left-hand pair is sold separately.</p>",
    )
    assert found(shears, "I sew left-handed. Will these do?", FEATURE) == []
    assert found(shears, "Left- or right-handed.", FEATURE) != []


def test_a_verb_of_the_products_own_use_before_a_thing_the_listing_rules_out():
    file_ = listing(
        title="Diamond File",
        description_html="<p>A diamond file for honing. Not for ceramic blades.</p>",
    )
    assert found(file_, "Hones ceramic blades to a fine edge.", COMPATIBILITY) != []
    assert found(file_, "Hones steel blades to a fine edge.", COMPATIBILITY) == []


def test_a_branded_device_the_product_is_said_to_fit():
    case = listing(
        title="Phone Sleeve",
        description_html="<p>A felt sleeve for phones up to 16 cm long.</p>",
    )
    assert found(case, "Fits Google Pixel phones.", COMPATIBILITY) != []
    named = listing(title="Sleeve", description_html="<p>Made to fit the Google Pixel 8.</p>")
    assert found(named, "Fits the Google Pixel 8.", COMPATIBILITY) == []
