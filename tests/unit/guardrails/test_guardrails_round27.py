"""Twenty-seventh round of issue 12 (holdout_v24 read after its one blind score; its clean
drafts' claim findings and its misses sorted into families and fixed by the mechanism that
failed). Listings and drafts here are written for these tests; none is taken from an eval set."""

from __future__ import annotations

from plugin.domain import Dimensions, Variant
from tests.unit.guardrails.drafts import found, listing

PRICE = "accuracy.price"
NUMBER = "accuracy.number"
SIZE = "accuracy.size"
COLOUR = "accuracy.colour"
MATERIAL = "accuracy.material"
ORIGIN = "accuracy.origin"
FEATURE = "accuracy.feature"
CARE = "accuracy.care"
HEALTH = "compliance.health"


# --- prices ---------------------------------------------------------------------------------


def _lamp() -> object:
    return listing(
        title="Desk lamp",
        price="40.00",
        currency="USD",
        options={"Shade": ["Linen", "Brass"]},
        variants=[
            Variant(sku="a", title="Linen", price="40.00", options={"Shade": "Linen"}),
            Variant(sku="b", title="Brass", price="55.00", options={"Shade": "Brass"}),
        ],
    )


def test_both_options_said_to_cost_one_price_block_when_they_differ():
    lamp = _lamp()
    assert found(lamp, "A linen or brass shade, both cost $40.", PRICE) != []
    assert found(lamp, "Linen or brass shades, either one $40.", PRICE) != []
    assert found(lamp, "The linen shade is $40 and the brass one $55.", PRICE) == []


def test_an_items_price_said_of_a_grouped_set_named_by_its_title():
    kit = listing(
        title="Pickling Jar Kit",
        currency="USD",
        description_html="<p>Sold piece by piece: the jar is $12, the stones $7.</p>",
        children=["Pickling Jar 1 L, price 12.00", "Weight Stones, price 7.00"],
    )
    assert found(kit, "How much is the pickling kit? It costs $12.", PRICE) != []
    assert found(kit, "The pickling jar is $12 and the stones $7.", PRICE) == []


# --- numbers, sizes --------------------------------------------------------------------------


def test_a_fraction_in_words_of_a_unit_is_a_figure():
    soap = listing(title="Soap bar", attributes={"Weight": ["225 g"]})
    assert found(soap, "A 225 g bar, about half a pound.", NUMBER) == []
    assert found(soap, "A 225 g bar, about two-thirds of a pound.", NUMBER) != []  # 302 g
    cube = listing(title="Soap cube", attributes={"Weight": ["300 g"]})
    assert found(cube, "A 300 g cube, about two-thirds of a pound.", NUMBER) == []


def test_a_number_the_listing_writes_beside_the_same_word_is_a_designation_not_a_count():
    poles = listing(title="Tent poles (pair)", attributes={"Material": ["Aluminium 6061"]})
    assert found(poles, "A pair of 6061 aluminium tent poles.", NUMBER) == []
    shafts = listing(
        title="Arrow shafts (12)",
        attributes={"Spine": ["400"], "Count": ["12"]},
        description_html="<p>Twelve carbon shafts, spine 400.</p>",
    )
    assert found(shafts, "Twelve spine 400 carbon shafts.", NUMBER) == []
    assert found(shafts, "Twelve 400 carbon shafts.", NUMBER) != []
    floater = listing(
        title="Floater",
        description_html="<p>Holds up to 5 tablets. Set the flow from 1 to 8. "
        "Tablets not included.</p>",
    )
    assert found(floater, "Holds up to 8 tablets at a time.", NUMBER) != []


def test_a_flat_things_least_dimension_is_its_thickness():
    board = listing(
        title="Serving board", dimensions=Dimensions(length=50, width=25, height=3, unit="cm")
    )
    assert found(board, "A board 50 x 25 cm and 3 cm thick.", SIZE) == []
    assert found(board, "A board 50 x 25 cm and 25 cm thick.", SIZE) != []


# --- colours, food words and places in the shop's language ------------------------------------


def test_a_colour_the_listing_names_in_portuguese_is_its_colour():
    tile = listing(title="Azulejo", attributes={"Cor": ["Azul cobalto sobre branco"]})
    assert found(tile, "A tile painted in cobalt blue on white.", COLOUR) == []
    assert found(tile, "A tile painted in green on white.", COLOUR) != []


def test_beef_and_liquorice_named_in_dutch_are_the_listings():
    sweets = listing(title="Drop", attributes={"Ingrediënten": ["Suiker", "Zoethoutextract",
                                                                 "Gelatine (rund)"]})  # fmt: skip
    assert found(sweets, "Soft liquorice that contains beef gelatine.", MATERIAL) == []
    assert found(sweets, "Soft liquorice that contains pork gelatine.", MATERIAL) != []


def test_a_region_in_its_english_form_is_the_listings_region():
    mill = listing(title="Kaffeemühle", attributes={"Herkunft": ["Thüringen, Deutschland"]})
    assert found(mill, "A hand grinder made in Thuringia.", ORIGIN) == []
    assert found(mill, "A hand grinder made in Saxony.", ORIGIN) != []


# --- origins ---------------------------------------------------------------------------------


def test_steps_of_making_in_the_kitchen_and_at_the_drawing_board_are_origins():
    jam = listing(title="Plum jam", attributes={"Origin": ["Leeds, England"]})
    assert found(jam, "Cooked in Manchester in small batches.", ORIGIN) != []
    assert found(jam, "Cooked in Leeds in small batches.", ORIGIN) == []
    card = listing(title="Greeting card", attributes={"Size": ["A6"]})
    assert found(card, "Drawn by hand in Devon.", ORIGIN) != []
    assert found(card, "Wrapped in Ohio.", ORIGIN) != []
    tea = listing(title="Black tea", attributes={"Origin": ["Nilgiri, Tamil Nadu, India"]})
    assert found(tea, "Grown in the hills of Kerala.", ORIGIN) != []


# --- features and care ----------------------------------------------------------------------


def test_no_thing_included_agrees_with_a_listing_that_leaves_it_out():
    wheels = listing(
        title="Skate wheels", description_html="<p>Four wheels. Bearings are not included.</p>"
    )
    assert found(wheels, "Four wheels. No bearings included.", FEATURE) == []
    assert found(wheels, "Four wheels. Bearings included.", FEATURE) != []


def test_a_thing_included_inside_a_place_is_the_listings_inclusion():
    service = listing(
        title="Watch servicing",
        description_html="<p>Return shipping inside the UK is included.</p>",
    )
    assert found(service, "UK return shipping included.", FEATURE) == []


def test_a_dimming_verb_backs_dimmable():
    torch = listing(title="Head torch",
                    description_html="<p>The LED dims with a button.</p>")  # fmt: skip
    assert found(torch, "A dimmable head torch.", FEATURE) == []
    plain = listing(title="Head torch", description_html="<p>A bright LED.</p>")
    assert found(plain, "A dimmable head torch.", FEATURE) != []


def test_a_shop_language_draft_puts_the_product_in_an_appliance_its_listing_rules_out():
    bowl = listing(
        title="Schale aus Holz",
        description_html="<p>Nicht spülmaschinengeeignet. Von Hand spülen.</p>",
    )
    assert [c for c, _ in found(bowl, "Die Schale ist spülmaschinenfest.", CARE)] == [
        "spülmaschinenfest"
    ]
    assert found(bowl, "Bitte nicht in die Spülmaschine.", CARE) == []
    board = listing(title="Tagliere", description_html="<p>Non va in lavastoviglie.</p>")
    assert found(board, "Si lava in lavastoviglie.", CARE) != []
    assert found(board, "Niente lavastoviglie: lavare a mano.", CARE) == []


# --- health ----------------------------------------------------------------------------------


def test_health_verbs_and_their_shop_language_forms_are_health_claims():
    oil = listing(title="Walnut oil")
    assert found(oil, "A spoonful a day lowers cholesterol.", HEALTH) != []
    assert found(oil, "Walnotenolie is goed voor de bloeddruk.", HEALTH) != []
    assert found(oil, "Cold-pressed walnut oil for salads.", HEALTH) == []


def test_a_free_from_claim_of_what_the_listing_contains_is_a_health_claim():
    tea = listing(title="Assam tea", description_html="<p>Strong black tea. Contains caffeine.</p>")
    assert [c for c, _ in found(tea, "A strong tea, caffeine-free.", HEALTH)] == ["caffeine-free"]
    herbal = listing(title="Rooibos", description_html="<p>Naturally caffeine-free.</p>")
    assert found(herbal, "A red tea, caffeine-free.", HEALTH) == []


def test_toddlers_are_younger_than_a_listings_three_years():
    horse = listing(
        title="Wooden horse", description_html="<p>Inte en leksak för barn under 3 år.</p>"
    )
    assert found(horse, "En trygg leksak för småbarn.", HEALTH) != []
    assert found(horse, "A carved horse for a shelf.", HEALTH) == []
    blocks = listing(title="Blocks", description_html="<p>For children from 12 months.</p>")
    assert found(blocks, "Soft blocks for toddlers.", HEALTH) == []


# --- later families of the round --------------------------------------------------------------

COMPATIBILITY = "accuracy.compatibility"


def test_too_soft_for_a_use_rules_it_out_and_the_drafts_own_denial_passes():
    wax = listing(title="Container wax",
                  description_html="<p>It is too soft for pillar candles.</p>")  # fmt: skip
    assert found(wax, "It sets firm enough for pillar candles.", COMPATIBILITY) != []
    assert found(wax, "Like all container wax, it is too soft for pillar candles.",
                 COMPATIBILITY) == []  # fmt: skip


def test_a_pack_said_otherwise_than_the_listings_pack():
    bearings = listing(title="Bearings (Set of 8)")
    assert found(bearings, "Sold as a pack of four.", NUMBER) != []
    assert found(bearings, "Sold as a set of eight.", NUMBER) == []
    assert found(bearings, "Eight bearings, a set of 8.", NUMBER) == []


def test_foam_chestnut_and_nordic_neuter_colours_in_the_shops_language():
    poles = listing(title="Trekkingstöcke", attributes={"Material": ["Aluminium", "Kork"]})
    assert found(poles, "Griffe aus Schaumstoff.", MATERIAL) != []
    assert found(poles, "Griffe aus Kork.", MATERIAL) == []
    horse = listing(title="Trähäst", options={"Färg": ["Röd", "Blå"]})
    assert found(horse, "Finns även i grönt.", COLOUR) != []
    assert found(horse, "Finns i rött och blått.", COLOUR) == []


def test_the_material_a_tool_works_is_not_what_it_is_made_of():
    plane = listing(title="Block plane", attributes={"Material": ["Ductile iron", "Tool steel"]})
    assert found(plane, "A plane for cutting and shaping wood.", MATERIAL) == []
    assert found(plane, "A plane with a wood body.", MATERIAL) != []


def test_a_machine_method_of_a_product_the_listing_makes_by_hand():
    tile = listing(title="Azulejo pintado à mão")
    assert [c for c, _ in found(tile, "Each tile is screen-printed.", FEATURE)] == [
        "screen-printed"
    ]
    assert found(tile, "Each tile is painted by hand, not machine-printed.", FEATURE) == []
    tote = listing(
        title="Tote bag", description_html="<p>Hand-sewn, with a screen-printed logo.</p>"
    )
    assert found(tote, "A screen-printed logo on a hand-sewn bag.", FEATURE) == []
    mug = listing(title="Mug", description_html="<p>A stoneware mug.</p>")
    assert found(mug, "A machine-made stoneware mug.", FEATURE) == []


def test_wireless_charging_and_usb_c_the_listing_does_not_give():
    torch = listing(title="Torch", attributes={"Battery": ["2 x AAA"]})
    assert found(torch, "It recharges over USB-C.", FEATURE) != []
    assert found(torch, "Wireless charging on top.", FEATURE) != []
    bank = listing(
        title="Power bank",
        attributes={"Ports": ["USB-C PD 20 W"], "Charging": ["Qi wireless charging"]},
    )
    assert found(bank, "It recharges over USB-C.", FEATURE) == []
    assert found(bank, "Wireless charging on top.", FEATURE) == []
