"""Fourteenth round of issue 12 (holdout_v11's misses and clean drafts' claim findings, read after
its one blind score, sorted into families). Listings and drafts here are written for these
tests; none is taken from an eval set."""

from __future__ import annotations

from plugin.domain import Variant, Verdict
from plugin.guardrails.origin_claims import origin_claims
from tests.unit.guardrails.drafts import found, listing

# --- origins written in a shop language: a participle of making, or "from", before a place -----

LAMP = listing(
    title="Lampe en laiton",
    product_type="Lampe",
    attributes={"Matière": ["Laiton"], "Fabriqué en": ["Lyon, France"]},
    currency="EUR",
)
KETTLE = listing(
    title="Wasserkessel aus Edelstahl",
    product_type="Wasserkessel",
    attributes={"Material": ["Edelstahl"], "Hergestellt in": ["Solingen, Deutschland"]},
    currency="EUR",
)
RUG = listing(
    title="Wollen vloerkleed",
    product_type="Vloerkleed",
    attributes={"Materiaal": ["Wol"], "Gemaakt in": ["Tilburg, Nederland"]},
    currency="EUR",
)


def test_a_participle_of_making_in_a_shop_language_reads_as_an_origin():
    for text, place in (
        ("Une lampe conçue et fabriquée en Espagne.", "Espagne"),
        ("Jarrones hechos a mano en Portugal.", "Portugal"),
        ("Vasi prodotti in Grecia.", "Grecia"),
        ("Ein Kessel, handgefertigt in Österreich.", "Österreich"),
        ("Een kleed, geweven in Marokko.", "Marokko"),
    ):
        claims = origin_claims(text)
        assert claims and claims[0].about.startswith(place), text


def test_an_origin_abroad_blocks_when_the_listing_says_elsewhere_and_passes_when_it_agrees():
    assert found(LAMP, "Une lampe en laiton fabriquée en Belgique.", "accuracy.origin")
    assert found(LAMP, "Une lampe en laiton fabriquée en France.", "accuracy.origin") == []
    assert found(RUG, "Een wollen kleed, gemaakt in Duitsland.", "accuracy.origin")
    assert found(RUG, "Een wollen kleed, gemaakt in Nederland.", "accuracy.origin") == []


def test_from_a_town_in_a_shop_language_is_an_origin_but_from_a_material_is_not():
    hits = found(KETTLE, "Ein Wasserkessel aus Hamburg, 1,7 Liter.", "accuracy.origin")
    assert hits and hits[0][1] == Verdict.BLOCK and hits[0][0] == "aus Hamburg"
    assert found(KETTLE, "Ein Wasserkessel aus Solingen.", "accuracy.origin") == []
    assert found(KETTLE, "Ein Wasserkessel aus Edelstahl.", "accuracy.origin") == []
    assert found(RUG, "Een kleed uit Tilburg, van wol.", "accuracy.origin") == []


def test_sending_and_selling_verbs_abroad_are_no_origin():
    assert origin_claims("Des lampes livrées en Belgique.") == []
    assert origin_claims("Wird innerhalb von zwei Tagen verschickt in Österreich.") == []
    assert origin_claims("Producto vendido en México.") == []


# --- a FAQ about where the maker works is answered with an origin -------------------------------

SADDLERY = listing(
    title="Leather Dog Collar",
    product_type="Dog collar",
    attributes={"Material": ["Bridle leather"], "Workshop": ["Leeds, England"]},
    currency="GBP",
)


def test_an_answer_about_the_workshop_or_studio_names_an_origin():
    faq = [("Where is your studio?", "In Glasgow."), ("Where are you based?", "Liverpool.")]
    for question, answer in faq:
        body = f'[{{"question": "{question}", "answer": "{answer}"}}]'
        from plugin.guardrails import check

        hits = [f for f in check(SADDLERY, body, "faq") if f.rule == "accuracy.origin"]
        assert hits, question
    body = '[{"question": "Where is the workshop?", "answer": "In Leeds."}]'
    from plugin.guardrails import check

    assert [f for f in check(SADDLERY, body, "faq") if f.rule == "accuracy.origin"] == []


# --- "made from <place> <noun>": the noun's origin, not where the product is made --------------

HONEY_CAKE = listing(
    title="Honey Cake",
    product_type="Cake",
    description_html="<p>Baked with Manuka honey from Waikato, New Zealand.</p>",
    attributes={"Honey origin": ["Waikato, New Zealand"], "Baked in": ["Bristol, UK"]},
    currency="GBP",
)


def test_made_from_a_places_ingredient_is_that_ingredients_origin():
    assert found(HONEY_CAKE, "A soft cake made from Waikato honey.", "accuracy.origin") == []
    assert found(HONEY_CAKE, "A soft cake baked in Waikato.", "accuracy.origin")


# --- a listing's material or colour in its own language, in a form the tables lacked -------------

SHELF = listing(
    title="Wandregal aus Zedernholz",
    product_type="Wandregal",
    attributes={"Material": ["Zedernholz", "Messing"], "Farbe": ["Senfgelb"]},
    currency="EUR",
)
WALLET = listing(
    title="Cartera de piel",
    product_type="Cartera",
    attributes={"Material": ["Piel de cabra"], "Forro": ["Forro polar"]},
    currency="EUR",
)
CUSHION = listing(
    title="Poduszka lniana",
    product_type="Poduszka",
    options={"Kolor": ["Grafitowa", "Musztardowa"]},
    attributes={"Materiał": ["Len"]},
    currency="PLN",
)


def test_a_wood_or_leather_named_in_the_shop_language_supports_its_english_name():
    assert found(SHELF, "A cedar wall shelf with brass brackets.", "accuracy.material") == []
    assert found(WALLET, "A goatskin wallet with a fleece lining.", "accuracy.material") == []
    assert found(SHELF, "An oak wall shelf.", "accuracy.material")
    assert found(WALLET, "A cowhide wallet.", "accuracy.material")


def test_a_colour_named_in_the_shop_language_supports_its_english_name():
    assert found(SHELF, "A cedar shelf in mustard.", "accuracy.colour") == []
    assert found(CUSHION, "A linen cushion in graphite or mustard.", "accuracy.colour") == []
    assert found(CUSHION, "A linen cushion in graphite or teal.", "accuracy.colour")


# --- materials the tables lacked: a light metal, a scented wood, a branded nylon ------------------

CAMERA = listing(
    title="Compact Camera",
    product_type="Camera",
    attributes={"Body": ["Polycarbonate"]},
    currency="USD",
)
BAG = listing(
    title="Day Pack 20 L",
    product_type="Backpack",
    attributes={"Material": ["Nylon"]},
    currency="USD",
)
BRUSH = listing(
    title="Clothes Brush",
    product_type="Brush",
    attributes={"Handle": ["Beech"], "Bristles": ["Horsehair"]},
    currency="USD",
)


def test_a_material_the_tables_lacked_is_read_and_checked():
    assert found(CAMERA, "A compact camera with a magnesium alloy body.", "accuracy.material")
    assert found(BRUSH, "A clothes brush with a sandalwood handle.", "accuracy.material")
    assert found(BRUSH, "A clothes brush with a beech handle.", "accuracy.material") == []
    hits = found(BAG, "A 20 L day pack in Cordura.", "accuracy.material")
    assert hits and hits[0][1] == Verdict.BLOCK
    assert found(BAG, "A 20 L day pack in nylon.", "accuracy.material") == []


def test_a_material_word_before_proof_names_what_it_keeps_out():
    bin_ = listing(title="Garden Bin", attributes={"Material": ["Galvanised steel"]})
    assert found(bin_, "A squirrel-proof steel bin for bird seed.", "accuracy.material") == []


# --- counts: a hyphenated word between the number and the thing; a label that names the thing
#     with "included" or "in the box" after it -------------------------------------------------

KNIVES = listing(
    title="Paring Knife Set, 3 Pieces",
    description_html="<p>Three full-tang paring knives with olive wood handles.</p>",
    attributes={"Blades": ["Stainless steel"]},
    currency="EUR",
)
HEADLAMP = listing(
    title="Rechargeable Headlamp",
    attributes={"Batteries included": ["2"], "Straps in the box": ["1"], "Output": ["400 lm"]},
    currency="EUR",
)


def test_a_pack_count_reads_through_a_hyphenated_word_to_its_thing():
    hits = found(KNIVES, "A set of five full-tang paring knives.", "accuracy.number")
    assert hits and hits[0][0] == "five"
    assert found(KNIVES, "A set of three full-tang paring knives.", "accuracy.number") == []
    assert found(KNIVES, "A pack of four hand-forged, olive-handled knives.", "accuracy.number")


def test_a_count_label_with_included_or_in_the_box_counts_its_first_words():
    assert found(HEADLAMP, "A 400 lm headlamp with four batteries.", "accuracy.number")
    assert found(HEADLAMP, "A 400 lm headlamp with two batteries.", "accuracy.number") == []
    assert found(HEADLAMP, "A 400 lm headlamp; three straps come with it.", "accuracy.number")


# --- numbers written as words in the shop languages --------------------------------------------

BACKPACK_DE = listing(
    title="Rucksack 20 L",
    product_type="Rucksack",
    attributes={"Fächer": ["4"], "Trocknungszeit": ["2–3 Stunden"]},
    currency="EUR",
)
TRAY_FR = listing(
    title="Plateau en chêne",
    product_type="Plateau",
    attributes={"Compartiments": ["3"]},
    currency="EUR",
)


def test_a_number_word_in_a_shop_language_is_a_count_checked_against_the_listing():
    shelf = listing(title="Estantería de pino", attributes={"Baldas": ["4 baldas"]})
    hits = found(shelf, "Una estantería de pino con seis baldas.", "accuracy.number")
    assert hits and hits[0][1] == Verdict.BLOCK
    assert found(shelf, "Una estantería de pino con cuatro baldas.", "accuracy.number") == []
    assert found(TRAY_FR, "Un plateau en chêne à cinq compartiments.", "accuracy.number")
    assert found(TRAY_FR, "Un plateau en chêne à trois compartiments.", "accuracy.number") == []


def test_a_span_in_number_words_abroad_is_read_against_the_listings_figures():
    assert found(BACKPACK_DE, "Er trocknet in acht bis zehn Stunden.", "accuracy.number")
    assert found(BACKPACK_DE, "Er trocknet in zwei bis drei Stunden.", "accuracy.number") == []


# --- a material word between a figure and its noun is no part ------------------------------------

CANDLES = listing(
    title="Candle Trio",
    product_type="Grouped product",
    attributes={"Pieces": ["Pillar candle 400 g (beeswax)", "Tea lights, 12", "Brass snuffer"]},
    currency="EUR",
)


def test_a_material_between_the_figure_and_its_noun_qualifies_the_noun():
    said = "A 400 g beeswax pillar candle, twelve tea lights and a brass snuffer."
    assert found(CANDLES, said, "accuracy.number") == []
    assert found(CANDLES, "A 600 g beeswax pillar candle.", "accuracy.number")


# --- protections and care a listing gives in its own language ------------------------------------

JACKET = listing(
    title="Veste de pluie",
    product_type="Veste",
    attributes={"Tissu": ["Nylon, imperméable"], "Entretien": ["Lavable en machine à 30 °C"]},
    currency="EUR",
)
BOOTS = listing(title="Wanderschuhe", attributes={"Obermaterial": ["Leder, wasserabweisend"]})


def test_a_protection_or_care_given_abroad_backs_its_english_claim():
    assert found(JACKET, "A waterproof nylon rain jacket.", "accuracy.feature") == []
    assert found(JACKET, "A nylon rain jacket, machine washable at 30 °C.", "accuracy.care") == []
    assert found(BOOTS, "Water-resistant leather walking boots.", "accuracy.feature") == []
    assert found(BOOTS, "Waterproof leather walking boots.", "accuracy.feature")


# --- a price per a measure worked out from the listing's price and figure ------------------------

OIL = listing(
    title="Cold-Pressed Rapeseed Oil",
    product_type="Oil",
    options={"Size": ["500 ml", "2 L"]},
    variants=[
        Variant(sku="R-1", title="500 ml", price="7.50", options={"Size": "500 ml"}),
        Variant(sku="R-2", title="2 L", price="24.00", options={"Size": "2 L"}),
    ],
    currency="GBP",
)


def test_a_price_per_measure_that_the_listing_works_out_passes_and_its_measure_too():
    said = "The 2 L tin comes to £1.20 per 100 ml, and £15 a litre for the small bottle."
    assert found(OIL, said, "accuracy.price") == []
    assert found(OIL, said, "accuracy.number") == []
    wrong = "The 2 L tin comes to £0.90 per 100 ml."
    assert found(OIL, wrong, "accuracy.price")


# --- imperial pints are pints of 568 ml -------------------------------------------------------

CIDER_KIT = listing(title="Cider Kit", attributes={"Yield": ["About 10 litres"]}, currency="GBP")


def test_imperial_pints_are_read_as_a_volume():
    assert found(CIDER_KIT, "Makes about 17 imperial pints of cider.", "accuracy.number") == []
    assert found(CIDER_KIT, "Makes about 30 UK pints of cider.", "accuracy.number")


# --- ingredients: a measure word before an added one; anything added to a product with nothing
#     added ----------------------------------------------------------------------------------

BALM = listing(
    title="Lip Balm",
    product_type="Lip balm",
    attributes={"Ingredients": ["Beeswax, sunflower oil, cocoa butter"]},
    currency="EUR",
)
HONEY = listing(
    title="Raw Heather Honey",
    product_type="Honey",
    description_html="<p>Raw heather honey from the moors. No additives.</p>",
    currency="GBP",
)


def test_an_ingredient_after_a_measure_word_is_read_as_one():
    said = "Beeswax, sunflower oil and a few drops of peppermint oil."
    assert found(BALM, said, "accuracy.material")
    assert (
        found(BALM, "Beeswax, sunflower oil and a dab of cocoa butter.", "accuracy.material") == []
    )


def test_something_blended_into_a_product_with_nothing_added_is_invented():
    assert found(HONEY, "Raw heather honey, infused with vanilla.", "accuracy.material")
    assert found(HONEY, "Raw heather honey, mixed with clover honey.", "accuracy.material")
    assert found(HONEY, "Raw heather honey, with nothing blended in.", "accuracy.material") == []


# --- a colour beside the listing's colour options is one more option; "rainbow colours" ---------

MUG = listing(
    title="Enamel Mug",
    options={"Colour": ["Fern", "Clay", "Ink"]},
    attributes={"Capacity": ["350 ml"]},
    currency="GBP",
)


def test_a_colour_listed_beside_the_options_must_be_one_of_them():
    hits = found(MUG, "Choose Fern, Clay, Ink or Harbour Blue.", "accuracy.colour")
    assert hits and hits[0][1] == Verdict.BLOCK and hits[0][0] in "Harbour Blue"
    assert found(MUG, "Choose Fern, Clay or Ink.", "accuracy.colour") == []
    assert found(MUG, "Choose Fern, Clay or Ink, from Leeds and York.", "accuracy.colour") == []


def test_rainbow_or_mixed_colours_claim_a_range():
    two = listing(title="Enamel Mug", options={"Colour": ["Fern", "Ink"]})
    assert found(two, "A mug in rainbow colours.", "accuracy.colour")
    assert found(two, "A mug in mixed colours.", "accuracy.colour")
