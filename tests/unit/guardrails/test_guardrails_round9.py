"""Ninth round of issue 12 (families found on the seen holdout_v7 set): counts joined to their
noun, lists given inside a description's prose, prices shared out or said of every option,
and the listing's own totals. Listings and drafts here are written for these tests; none is
taken from an eval set."""

from __future__ import annotations

from plugin.domain import Listing, Variant, Verdict
from plugin.guardrails import check


def listing(**fields) -> Listing:
    return Listing(external_id="t", **{"title": "Thing", **fields})


def found(
    item: Listing, text: str, rule: str, kind: str = "description"
) -> list[tuple[str, Verdict]]:
    body = f"<p>{text}</p>" if kind == "description" else text
    kind = "description" if kind == "description_html" else kind
    return [(body[f.start : f.end], f.severity) for f in check(item, body, kind) if f.rule == rule]


SYNTH = listing(
    title="Pocket Drum Machine",
    description_html="<p>12 pads and 12 sound banks, with 64 patterns to save.</p>",
    price="149.00",
    currency="USD",
)


# --- counts joined to their noun -----------------------------------------------------------------


def test_a_count_joined_to_a_noun_counts_that_thing():
    assert found(SYNTH, "A 12-pad drum machine for the bus.", "accuracy.number") == []
    assert found(SYNTH, "A 16-pad drum machine for the bus.", "accuracy.number") == [
        ("16-pad", Verdict.BLOCK)
    ]
    # a number the listing gives for another thing is no count of a thing it never names
    assert found(SYNTH, "A 12-voice drum machine for the bus.", "accuracy.number") == [
        ("12-voice", Verdict.BLOCK)
    ]


def test_a_compound_that_counts_nothing_is_left_alone():
    assert found(SYNTH, "A two-tone case and a two-way strap.", "accuracy.number") == []


# --- a labelled list inside the description's prose ---------------------------------------------

GRANOLA = listing(
    title="Maple Pecan Granola 400 g",
    description_html=(
        "<p>Slow-baked in small batches. Ingredients: rolled oats, pecans, maple syrup, "
        "sunflower oil, sea salt. Store sealed.</p>"
    ),
    price="7.50",
    currency="GBP",
)


def test_a_list_labelled_in_the_description_is_the_listings_ingredients():
    assert found(GRANOLA, "Rolled oats, pecans and raisins.", "accuracy.material") == [
        ("raisins", Verdict.BLOCK)
    ]
    assert (
        found(GRANOLA, "Oats and pecans, plus maple syrup and sea salt.", "accuracy.material") == []
    )


def test_a_count_of_a_list_in_the_description_is_its_length():
    assert found(GRANOLA, "Five ingredients, no more.", "accuracy.number") == []
    assert found(GRANOLA, "Six ingredients, no more.", "accuracy.number") == [
        ("Six ingredients", Verdict.BLOCK)
    ]


def test_an_adjective_or_an_answer_beside_ingredients_is_no_ingredient():
    assert (
        found(GRANOLA, "A crunchy, maple-sweet mix with oats and pecans.", "accuracy.material")
        == []
    )
    faq = '[{"question": "Does it have nuts?", "answer": "Yes, pecans."}]'
    assert found(GRANOLA, faq, "accuracy.material", kind="faq") == []


# --- prices shared out, and one price said of every option --------------------------------------

PENCILS = listing(
    title="Graphite Pencils, Box of 6",
    price="9.00",
    currency="USD",
)
PLANTERS = listing(
    title="Terracotta Planter",
    options={"Size": ["Small", "Large"]},
    variants=[
        Variant(sku="P-S", title="Small", price="12.00", options={"Size": "Small"}),
        Variant(sku="P-L", title="Large", price="18.00", options={"Size": "Large"}),
    ],
    price="12.00",
    currency="GBP",
)


def test_a_hedged_price_per_item_worked_out_in_the_sentence_is_the_listings():
    assert found(PENCILS, "$9 for six pencils: about $1.50 a pencil.", "accuracy.price") == []
    assert found(
        PENCILS, "A box of six for $9, so each pencil-stub costs roughly $2.", "accuracy.price"
    ) == [("$2", Verdict.BLOCK)]
    assert found(PENCILS, "$9 for six pencils: about $3 a pencil.", "accuracy.price") == [
        ("$3", Verdict.BLOCK)
    ]


def test_one_price_said_of_every_option_when_they_differ_blocks():
    assert found(PLANTERS, "All sizes £12 each, glazed inside.", "accuracy.price") == [
        ("£12", Verdict.BLOCK)
    ]
    assert found(PLANTERS, "£12 a pot, any size, glazed inside.", "accuracy.price") == [
        ("£12 a pot, any size", Verdict.BLOCK)
    ]
    assert found(PLANTERS, "The small pot is £12, glazed inside.", "accuracy.price") == []


# --- an origin label in the shop's language ------------------------------------------------------

SOAP_DISH = listing(
    title="Porte-savon en grès",
    attributes={"Produit à": ["Vallauris, France"], "Matière": ["Grès"]},
    price="18.00",
    currency="EUR",
)


def test_a_town_and_its_country_under_a_foreign_label_are_the_products_origin():
    assert found(SOAP_DISH, "Made in France by a small pottery.", "accuracy.origin") == []
    assert found(SOAP_DISH, "Made in Portugal by a small pottery.", "accuracy.origin") != []


# --- temperatures below zero ---------------------------------------------------------------------

SLEEPING_BAG = listing(
    title="Down Sleeping Bag",
    attributes={"Comfort limit": ["-10 °C"]},
    price="240.00",
    currency="EUR",
)


def test_a_temperature_below_zero_keeps_its_sign():
    assert found(SLEEPING_BAG, "Comfortable down to -10 °C (about 14 °F).", "accuracy.number") == []
    assert found(
        SLEEPING_BAG, "Comfortable down to 10 °C on a summer night.", "accuracy.number"
    ) == [("10 °C", Verdict.BLOCK)]
    assert found(
        SLEEPING_BAG, "Comfortable down to −20 °C in the mountains.", "accuracy.number"
    ) == [("−20 °C", Verdict.BLOCK)]


# --- counts the listing fixes without saying them ------------------------------------------------

SKETCHBOOK = listing(
    title="Square Sketchbook",
    description_html=(
        "<p>96 pages of 150 gsm cartridge paper. Comes with 12 grey and 12 white tabs.</p>"
    ),
    price="16.00",
    currency="GBP",
)


def test_two_counts_that_share_a_noun_add_up():
    assert found(SKETCHBOOK, "24 index tabs, grey and white.", "accuracy.number") == []
    assert found(SKETCHBOOK, "30 index tabs, grey and white.", "accuracy.number") == [
        ("30 index tabs", Verdict.BLOCK)
    ]


def test_a_leaf_is_two_pages():
    assert found(SKETCHBOOK, "96 pages, which is 48 leaves.", "accuracy.number") == []
    assert found(SKETCHBOOK, "96 pages, which is 96 leaves.", "accuracy.number") == [
        ("96", Verdict.BLOCK)
    ]


BRUSHES = listing(
    title="Watercolour Brush Set",
    description_html="<p>Five sable brushes, each sold on its own.</p>",
    variants=[
        Variant(sku="B1", title="Round brush no. 2", price="9.00"),
        Variant(sku="B2", title="Round brush no. 6", price="14.00"),
        Variant(sku="B3", title="Flat brush", price="12.00"),
        Variant(sku="B4", title="Water pot", price="6.00"),
    ],
    currency="EUR",
)


def test_a_count_of_a_grouped_products_items_named_by_a_noun_is_the_listings():
    assert found(BRUSHES, "Three sable brushes and a water pot.", "accuracy.number") == []
    assert found(BRUSHES, "Seven sable brushes and a water pot.", "accuracy.number") == [
        ("Seven sable brushes", Verdict.BLOCK)
    ]


# --- a tyre size's figures -----------------------------------------------------------------------

CAR_COVER = listing(
    title="Spare Wheel Cover",
    options={"Tyre size": ["185/60 R14", "215/60 R16"]},
    price="24.00",
    currency="EUR",
)


def test_a_tyre_size_gives_its_rim_in_inches_and_its_width_in_millimetres():
    said = "Fits 14 and 16 inch wheels, tyres up to 215 mm wide."
    assert found(CAR_COVER, said, "accuracy.number") == []
    assert found(CAR_COVER, "Fits 14 and 18 inch wheels.", "accuracy.number") == [
        ("18 inch", Verdict.BLOCK)
    ]


# --- leathers and grains the vocabulary lacked ---------------------------------------------------

APRON = listing(
    title="Workshop Apron",
    attributes={"Material": ["Pigskin suede"]},
    price="45.00",
    currency="GBP",
)
CRISPBREAD = listing(
    title="Crispbread",
    description_html="<p>Ingredients: wholegrain rye, water, salt.</p>",
    price="3.20",
    currency="EUR",
)


def test_a_leather_of_another_animal_contradicts_the_listings():
    assert found(APRON, "A pigskin apron for the bench.", "accuracy.material") == []
    assert found(APRON, "A deerskin apron for the bench.", "accuracy.material") == [
        ("deerskin", Verdict.BLOCK)
    ]


def test_a_grain_other_than_the_listings_contradicts_it():
    assert found(CRISPBREAD, "A thin rye crispbread, baked dry.", "accuracy.material") == []
    assert found(CRISPBREAD, "A thin spelt crispbread, baked dry.", "accuracy.material") == [
        ("spelt", Verdict.BLOCK)
    ]


# --- standards' ratings and a body's initials before a mark --------------------------------------

MASK = listing(
    title="Surgical Face Masks, Box of 50",
    attributes={"Standard": ["EN 14683 Type IIR"]},
    tags=["organic cotton ear loops"],
    price="12.00",
    currency="EUR",
)
OATS = listing(
    title="Organic Porridge Oats 1 kg",
    tags=["organic"],
    price="4.00",
    currency="EUR",
)


def test_a_standards_rating_must_be_the_listings():
    assert found(MASK, "Rated EN 14683 Type IIR for clinics.", "accuracy.certification") == []
    assert found(MASK, "Rated EN 14683 Type II for clinics.", "accuracy.certification") == [
        ("EN 14683 Type II", Verdict.BLOCK)
    ]


def test_a_bodys_initials_before_a_lower_case_mark_are_part_of_the_claim():
    assert found(OATS, "Organic oats, rolled thick.", "accuracy.certification") == []
    assert found(OATS, "UK organic certified oats, rolled thick.", "accuracy.certification") == [
        ("UK organic certified", Verdict.BLOCK)
    ]


# --- what the price pays for ---------------------------------------------------------------------

PATTERN = listing(
    title="Cardigan Knitting Pattern (PDF)",
    description_html="<p>A PDF pattern in six sizes. For personal use; yarn not included.</p>",
    price="6.50",
    currency="GBP",
)
TUNING = listing(
    title="Piano Tuning Visit",
    description_html="<p>One tuning visit within 20 miles. Repairs are quoted separately.</p>",
    price="85.00",
    currency="GBP",
)


def test_a_use_said_to_cost_nothing_on_a_priced_listing_blocks():
    assert found(
        PATTERN, "A PDF pattern in six sizes, free to print at home.", "accuracy.price"
    ) == [("free to print", Verdict.BLOCK)]
    assert found(PATTERN, "A PDF pattern in six sizes, printable at home.", "accuracy.price") == []


def test_a_thing_the_listing_does_not_include_said_to_be_in_the_price_blocks():
    assert found(TUNING, "Small repairs are included in the price.", "accuracy.price") == [
        ("included in the price", Verdict.BLOCK)
    ]


LAMP = listing(
    title="Desk Lamp",
    description_html=(
        "<p>An adjustable desk lamp with an E27 socket. Bulb sold separately. Cable included.</p>"
    ),
    price="39.00",
    currency="EUR",
)


def test_a_thing_the_listing_sells_separately_is_not_included():
    said = found(LAMP, "An adjustable lamp, LED bulb included.", "accuracy.feature")
    assert ("LED bulb included", Verdict.BLOCK) in said
    assert found(LAMP, "An adjustable lamp, cable included.", "accuracy.feature") == []


# --- the maker's place, named before its workplace -----------------------------------------------

JAM = listing(
    title="Damson Jam 340 g",
    description_html="<p>Cooked in small pans in our Kendal kitchen. Made in England.</p>",
    price="5.50",
    currency="GBP",
)


def test_a_workplace_named_for_another_town_contradicts_the_listing():
    assert found(JAM, "Cooked in our Kendal kitchen in small pans.", "accuracy.origin") == []
    assert found(JAM, "Cooked in our Keswick kitchen in small pans.", "accuracy.origin") == [
        ("Keswick", Verdict.BLOCK)
    ]


# --- what goes in: labels abroad, and a FAQ's answer ---------------------------------------------

BALM = listing(
    title="Lippenbalsam",
    attributes={"Inhaltsstoffe": ["Bienenwachs, Sonnenblumenöl, Sheabutter"]},
    description_html="<p>Ein Lippenbalsam ohne Duftstoffe.</p>",
    price="6.00",
    currency="EUR",
)
SALT = listing(
    title="Flaky Sea Salt 250 g",
    description_html="<p>Harvested by hand and dried in the sun. Nothing is added.</p>",
    price="6.00",
    currency="GBP",
)


def test_a_label_for_ingredients_in_the_shops_language_lists_them():
    faq = '[{"question": "What is in it?", "answer": "Sheabutter and coconut oil."}]'
    assert found(BALM, faq, "accuracy.material", kind="faq") == [("coconut oil", Verdict.BLOCK)]


def test_an_answer_about_what_goes_in_names_ingredients():
    added = '[{"question": "Is anything added?", "answer": "A pinch of iodine for health."}]'
    assert found(SALT, added, "accuracy.material", kind="faq") == [("iodine", Verdict.WARN)]
    none = '[{"question": "Is anything added?", "answer": "No, nothing is added."}]'
    assert found(SALT, none, "accuracy.material", kind="faq") == []
    salt = '[{"question": "What is in it?", "answer": "Just sea salt, dried in the sun."}]'
    assert found(SALT, salt, "accuracy.material", kind="faq") == []


# --- INCI names and their everyday names ---------------------------------------------------------

BODY_BUTTER = listing(
    title="Whipped Body Butter 200 ml",
    description_html=(
        "<p>A soft body butter. INCI: Cocos Nucifera Oil, Theobroma Cacao Seed Butter, "
        "Simmondsia Chinensis Seed Oil, Tocopherol.</p>"
    ),
    price="14.00",
    currency="GBP",
)


def test_an_inci_list_gives_its_everyday_names():
    said = "Cocoa butter, jojoba oil and coconut oil, with vitamin E."
    assert found(BODY_BUTTER, said, "accuracy.material") == []


def test_an_everyday_ingredient_missing_from_an_inci_list_blocks_beside_its_own():
    said = "Cocoa butter and avocado oil, whipped soft."
    assert found(BODY_BUTTER, said, "accuracy.material") == [("avocado oil", Verdict.BLOCK)]
    assert (
        found(
            BODY_BUTTER,
            "Seven ingredients, led by cocoa butter and jojoba oil.",
            "accuracy.material",
        )
        == []
    )


# --- a country named in the shop's language ------------------------------------------------------

TEA = listing(
    title="Schwarzer Tee, 100 g",
    attributes={"Herkunft": ["Indien"], "Inhalt": ["100 g"]},
    description_html="<p>Kräftiger Schwarztee aus einem Teegarten in Assam.</p>",
    price="8.90",
    currency="EUR",
)


def test_a_country_named_in_the_shops_language_is_the_listings_origin():
    assert found(TEA, "A strong black tea from India.", "accuracy.origin") == []
    assert found(TEA, "A strong black tea from Kenya.", "accuracy.origin") == [
        ("Kenya", Verdict.BLOCK)
    ]


def test_a_foreign_countrys_name_that_is_an_english_word_is_no_place():
    boat = listing(
        title="Dinghy Cover",
        description_html="<p>Fits an island dinghy. Sewn in Portugal.</p>",
    )
    assert found(boat, "A cover sewn in Portugal.", "accuracy.origin") == []
    assert found(boat, "A cover sewn in Iceland.", "accuracy.origin") != []


# --- materials and pack counts in the shop's language --------------------------------------------

NAPKINS = listing(
    title="Serviettes en lin, lot de 4",
    attributes={"Matière": ["Lin lavé"], "Dimensions": ["45 x 45 cm"]},
    price="32.00",
    currency="EUR",
)
SPOON = listing(
    title="Cucchiaio da cucina",
    attributes={"Materiale": ["Legno d'ulivo"]},
    price="19.00",
    currency="EUR",
)


def test_a_material_named_in_the_shops_language_is_the_listings():
    assert found(NAPKINS, "Four washed linen napkins, 45 cm square.", "accuracy.material") == []
    assert found(NAPKINS, "Four cotton napkins, 45 cm square.", "accuracy.material") == [
        ("cotton", Verdict.BLOCK)
    ]
    assert found(SPOON, "An olive wood spoon for the stove.", "accuracy.material") == []
    assert found(SPOON, "A beech spoon for the stove.", "accuracy.material") == [
        ("beech", Verdict.BLOCK)
    ]


def test_a_pack_count_written_abroad_counts_the_pieces():
    assert found(NAPKINS, "A set of four linen napkins.", "accuracy.number") == []
    assert found(NAPKINS, "A set of six linen napkins.", "accuracy.number") == [
        ("six linen napkins", Verdict.BLOCK)
    ]


def test_cedar_is_a_wood_of_its_own():
    box = listing(title="Humidor", attributes={"Lining": ["Spanish cedar"], "Body": ["Walnut"]})
    assert found(box, "A walnut humidor lined with cedar.", "accuracy.material") == []
    assert found(box, "A walnut humidor lined with oak.", "accuracy.material") != []


# --- colours in the shop's language --------------------------------------------------------------

SCARF = listing(
    title="Schal aus Wolle",
    options={"Farbe": ["Schwarz", "Dunkelblau", "Rot"]},
    price="49.00",
    currency="EUR",
)


def test_a_colour_option_in_the_shops_language_gives_its_colours():
    assert found(SCARF, "A wool scarf in black, navy or red.", "accuracy.colour") == []
    assert found(SCARF, "A wool scarf in three colours.", "accuracy.colour") == []
    assert found(SCARF, "A wool scarf in mustard.", "accuracy.colour") == [
        ("mustard", Verdict.BLOCK)
    ]
    assert found(SCARF, "A wool scarf in five colours.", "accuracy.colour") != []


# --- crowns before the amount, cups counted abroad, glass named abroad ---------------------------

BOTTLE = listing(
    title="Drikkeflaske 750 ml", attributes={"Volum": ["750 ml"]}, price="349.00", currency="NOK"
)
PRESS = listing(
    title="Cafetière à piston",
    description_html="<p>Verre borosilicaté. Contenance : 1 L (8 tasses).</p>",
    price="34.90",
    currency="EUR",
)


def test_a_crown_before_the_amount_is_a_price():
    assert found(BOTTLE, "Yours for kr 349,-.", "accuracy.price") == []
    assert found(BOTTLE, "Yours for kr 399.", "accuracy.price") == [("kr 399", Verdict.BLOCK)]


def test_cups_the_listing_counts_in_its_own_language_are_a_count():
    assert found(PRESS, "Makes eight cups at a time.", "accuracy.number") == []
    assert found(PRESS, "A borosilicate glass jug.", "accuracy.material") == []


# --- a figure in a unit the listing gives is that unit's ----------------------------------------

TORCH = listing(
    title="Head Torch",
    description_html="<p>400 lumens on high; a 1200 mAh battery; IPX4.</p>",
    price="35.00",
    currency="GBP",
)


def test_a_figure_in_a_unit_the_listing_gives_must_be_that_units_figure():
    assert found(TORCH, "Throws 400 lumens on high.", "accuracy.number") == []
    assert found(TORCH, "Throws 1200 lumens on high.", "accuracy.number") == [
        ("1200 lumens", Verdict.BLOCK)
    ]


# --- a mark named in the shop's language ---------------------------------------------------------

HONEY = listing(
    title="Miel de châtaignier",
    description_html="<p>Miel récolté en Ardèche. Certifié Agriculture Biologique.</p>",
    price="11.00",
    currency="EUR",
)


def test_a_mark_named_in_the_shops_language_is_the_listings():
    assert found(HONEY, "A certified organic chestnut honey.", "accuracy.certification") == []
    assert found(HONEY, "A Fairtrade certified chestnut honey.", "accuracy.certification") != []


def test_a_list_item_that_says_not_included_agrees_with_a_listing_that_charges_apart():
    service = listing(
        title="Bike Service",
        attributes={"Parts": ["Not included - quoted separately"]},
        price="45.00",
        currency="GBP",
    )
    said = "<ul><li>Parts: Not included - quoted separately</li></ul>"
    assert found(service, said, "accuracy.feature", kind="description_html") == []


# --- a demonym before a material gives the material's origin ------------------------------------

THROW = listing(
    title="Herringbone Throw",
    description_html="<p>A herringbone throw woven from Icelandic wool.</p>",
    price="140.00",
    currency="EUR",
)


def test_a_demonym_before_a_material_is_the_materials_origin_not_the_products():
    assert found(THROW, "A throw of Icelandic wool, woven in herringbone.", "accuracy.origin") == []
    assert found(THROW, "A herringbone throw made in Iceland.", "accuracy.origin") == [
        ("made in Iceland", Verdict.BLOCK)
    ]


# --- an example of one of the listing's bounds ----------------------------------------------------

FRAMING = listing(
    title="Picture Framing by Post",
    options={"Print size": ["Up to 30 cm", "Over 30 cm"]},
    variants=[
        Variant(
            sku="F1", title="Up to 30 cm", price="25.00", options={"Print size": "Up to 30 cm"}
        ),
        Variant(sku="F2", title="Over 30 cm", price="40.00", options={"Print size": "Over 30 cm"}),
    ],
    price="25.00",
    currency="GBP",
)


def test_a_figure_given_as_an_example_of_a_bound_the_sentence_states_is_within_it():
    said = "A print over 30 cm, such as a poster of about 20 in, is £40."
    assert found(FRAMING, said, "accuracy.number") == []
    small = "A print over 30 cm, such as a postcard of about 6 in, is £40."
    assert found(FRAMING, small, "accuracy.number") == [("6 in", Verdict.BLOCK)]
    bare = "Frames a poster of about 20 in for £40."
    assert found(FRAMING, bare, "accuracy.number") == [("20 in", Verdict.BLOCK)]


def test_the_material_the_listing_labels_as_the_products_is_the_whole_products():
    mat = listing(
        title="Yoga Mat",
        attributes={"Material": ["Natural rubber"], "Strap": ["Cotton"]},
        description_html="<p>A natural rubber mat with a cotton carry strap.</p>",
    )
    assert found(mat, "It is made of natural rubber.", "accuracy.material") == []
    kit = listing(
        title="Yoga Starter Kit",
        attributes={"Kit contents": ["natural rubber mat, cotton strap, cork block"]},
    )
    assert found(kit, "It is made of natural rubber.", "accuracy.material") != []


def test_a_unit_and_a_half_is_one_and_a_half_of_it():
    lamp = listing(title="Table Lamp", attributes={"Cable length": ["1.5 m"]})
    assert found(lamp, "It has a metre and a half of cable.", "accuracy.number") == []
    long_lead = listing(title="Table Lamp", attributes={"Cable length": ["3 m"]})
    assert found(long_lead, "It has a metre and a half of cable.", "accuracy.number") != []


# --- the price of one option said of another -----------------------------------------------------

CANDLES = listing(
    title="Beeswax Dinner Candles",
    options={"Pack": ["Pair", "Box of 6"]},
    variants=[
        Variant(sku="C2", title="Pair", price="9.00", options={"Pack": "Pair"}),
        Variant(sku="C6", title="Box of 6", price="24.00", options={"Pack": "Box of 6"}),
    ],
    price="9.00",
    currency="GBP",
)


def test_the_price_of_one_option_said_of_another_blocks():
    assert found(CANDLES, "£24 for a box of six, or £9 a pair.", "accuracy.price") == []
    assert found(CANDLES, "A box of six is £9.", "accuracy.price") == [("£9", Verdict.BLOCK)]
    assert found(CANDLES, "From £9 a pair, in boxes of six too.", "accuracy.price") == []


def test_the_sum_of_a_grouped_products_prices_said_as_a_total_is_the_listings():
    sampler = listing(
        title="Spice Sampler",
        product_type="Grouped product",
        variants=[
            Variant(sku="S1", title="Smoked paprika", price="4.50"),
            Variant(sku="S2", title="Cumin", price="3.50"),
            Variant(sku="S3", title="Sumac", price="5.00"),
        ],
        currency="EUR",
    )
    assert found(sampler, "Bought together, the three come to €13.", "accuracy.price") == []
    assert found(sampler, "The set of three costs €13.", "accuracy.price") != []


# --- times of day in a range, and age limits -----------------------------------------------------

WORKSHOP = listing(
    title="Bread Workshop",
    description_html="<p>A three-hour class, 18:00 to 21:00, for up to 10 people. Ages 14+.</p>",
    price="60.00",
    currency="GBP",
)


def test_a_half_of_the_day_given_once_for_a_range_holds_for_both_ends():
    assert found(WORKSHOP, "From 6 to 9 pm on the night.", "accuracy.number") == []
    assert found(WORKSHOP, "From 7 to 9 pm on the night.", "accuracy.number") == [
        ("7", Verdict.BLOCK)
    ]


def test_an_age_limit_must_be_the_listings():
    assert found(WORKSHOP, "For ages 14 and up.", "accuracy.number") == []
    assert found(WORKSHOP, "For ages 10 and up.", "accuracy.number") == [
        ("ages 10 and up", Verdict.BLOCK)
    ]


# --- decimals with a point and three digits ------------------------------------------------------

STRINGS = listing(
    title="Guitar Strings",
    attributes={"Gauge (high E)": [".010 in"], "Scale": ["25.500 in"], "Weight": ["1.250 g"]},
    price="9.00",
    currency="USD",
)


def test_a_point_and_three_digits_is_a_decimal_after_a_zero_or_before_an_imperial_unit():
    assert found(STRINGS, "A high E of .010 in, about 0.25 mm.", "accuracy.number") == []
    assert found(STRINGS, "A high E of 0.012 in.", "accuracy.number") == [
        ("0.012 in", Verdict.BLOCK)
    ]
    assert found(STRINGS, "For a 25.5 in scale.", "accuracy.number") == []


def test_a_question_about_a_kits_contents_is_no_question_about_ingredients():
    kit = listing(
        title="Yoga Kit",
        description_html="<p>A cork block and a rubber mat, with a strap for carrying.</p>",
    )
    faq = '[{"question": "What is in it?", "answer": "A mat and a carry strap."}]'
    assert found(kit, faq, "accuracy.material", kind="faq") == []


def test_guards_on_the_rounds_new_readings():
    # a hyphen before "free" makes another word: hands-free is no price
    assert found(PATTERN, "A PDF pattern, hands-free to use on a tablet.", "accuracy.price") == []
    # an English word a sentence may start with is no country abroad
    assert found(SOAP_DISH, "Indie potters made it in France.", "accuracy.origin") == []


def test_one_price_said_of_every_thing_a_grouped_product_sells_blocks():
    sampler = listing(
        title="Jam Sampler",
        product_type="Grouped product",
        variants=[
            Variant(sku="J1", title="Damson jam", price="4.50"),
            Variant(sku="J2", title="Quince jam", price="5.50"),
        ],
        currency="GBP",
    )
    assert found(sampler, "All jams £4.50, made in small pans.", "accuracy.price") == [
        ("£4.50", Verdict.BLOCK)
    ]
    assert found(sampler, "The damson jam is £4.50.", "accuracy.price") == []


def test_a_standards_part_number_must_be_the_listings():
    toy = listing(title="Wooden Puzzle", attributes={"Safety": ["EN71-1, EN 71-3"]})
    assert found(toy, "Tested to EN 71-1 and EN 71-3.", "accuracy.certification") == []
    assert found(toy, "Meets EN 71.", "accuracy.certification") == []
    assert found(toy, "Tested to EN 71-2.", "accuracy.certification") == [
        ("Tested to EN 71-2", Verdict.BLOCK)
    ]


def test_more_verbs_that_name_what_goes_in():
    cookies = listing(
        title="Oat Biscuits",
        attributes={"Ingredients": ["Oats, butter, brown sugar, flour, sea salt"]},
    )
    assert found(cookies, "Topped with sea salt.", "accuracy.material") == []
    assert found(cookies, "Contains no nuts and nothing from animals.", "accuracy.material") == []
    assert found(cookies, "Contains almonds and oats.", "accuracy.material") == [
        ("almonds", Verdict.BLOCK)
    ]
    assert found(cookies, "Dusted with cinnamon.", "accuracy.material") == [
        ("cinnamon", Verdict.BLOCK)
    ]
    lamp = listing(title="Desk Lamp", attributes={"Power": ["5 W"]})
    assert found(lamp, "Contains a 5 W LED.", "accuracy.material") == []


def test_price_formats_from_shops_abroad():
    gloves = listing(title="Gants", price="24.90", currency="EUR")
    assert found(gloves, "Une paire à 24€90.", "accuracy.price") == []
    assert found(gloves, "Une paire à 29€90.", "accuracy.price") == [("29€90", Verdict.BLOCK)]
    chalk = listing(title="Chalk", price="14.90", currency="CHF")
    assert found(chalk, "Yours for Fr. 14.90.", "accuracy.price") == []
    assert found(chalk, "Yours for 19.– CHF.", "accuracy.price") == [("19.– CHF", Verdict.BLOCK)]
    maple = listing(title="Maple Syrup", price="20.00", currency="CAD")
    assert found(maple, "A bottle for C$20.", "accuracy.price") == []


def test_thousands_after_a_non_breaking_space_and_a_degree_written_as_an_ordinal():
    bank = listing(
        title="Batterie externe",
        description_html="<p>Capacité : 10&nbsp;000 mAh. Fonctionne de 0 à 40 ºC.</p>",
    )
    assert found(bank, "A 10,000 mAh power bank that works up to 40 °C.", "accuracy.number") == []
    assert found(bank, "A 20,000 mAh power bank.", "accuracy.number") == [
        ("20,000 mAh", Verdict.BLOCK)
    ]


def test_a_name_abroad_that_english_uses_otherwise_is_no_material_or_colour():
    cake = listing(title="Tea Cake", price="5.00", currency="GBP")
    assert found(cake, "A slice of Madeira cake, rich in Vit C.", "accuracy.material") == []
    assert found(cake, "A slice of Madeira cake, rich in Vit C.", "accuracy.colour") == []
