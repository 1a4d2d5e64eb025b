"""Seventh round of issue 12 (families found on the seen holdout_v5 set): ingredients as what a
product is made of, comparisons a listing makes in a verb or in two of its figures, denials of
one part, crowns, places after a figure, hedged test figures, a step of the making placed in a
town, and a region's demonym. Listings and drafts here are written for these tests; none is
taken from an eval set."""

from __future__ import annotations

from plugin.domain import FaqItem, Listing, Variant, Verdict
from plugin.guardrails import check


def listing(**fields) -> Listing:
    return Listing(external_id="t", **{"title": "Thing", **fields})


def found(item: Listing, text: str, rule: str) -> list[tuple[str, Verdict]]:
    body = f"<p>{text}</p>"
    return [
        (body[f.start : f.end], f.severity)
        for f in check(item, body, "description")
        if f.rule == rule
    ]


CHUTNEY = listing(
    title="Plum and Ginger Chutney, 220 g",
    product_type="Chutney",
    attributes={"Ingredients": ["Plums", "Onion", "Brown sugar", "Malt vinegar", "Ginger (4%)"]},
    price="6.50",
    currency="GBP",
)


# --- ingredients ---------------------------------------------------------------------------------


def test_an_ingredient_after_a_verb_of_adding_is_a_material_claim():
    assert found(CHUTNEY, "Plums slow-cooked and spiced with cinnamon.", "accuracy.material") == [
        ("cinnamon", Verdict.BLOCK)
    ]
    assert found(CHUTNEY, "Plums sweetened with brown sugar.", "accuracy.material") == []


def test_an_item_beside_the_listed_ingredients_is_one_too():
    text = "Plums and onion with ginger, malt vinegar and roasted chestnut."
    assert found(CHUTNEY, text, "accuracy.material") == [("roasted chestnut", Verdict.BLOCK)]
    true = "Plums and onion with ginger and malt vinegar, cooked down for hours."
    assert found(CHUTNEY, true, "accuracy.material") == []


def test_a_list_that_ends_in_a_quality_names_no_ingredient():
    for text in (
        "Plums, onion and ginger make it rich and warming.",
        "Plums and ginger, simmered in small batches.",
        "Plums, ginger and malt vinegar for a tangy bite and depth.",
    ):
        assert found(CHUTNEY, text, "accuracy.material") == [], text


def test_a_scent_on_a_listing_that_names_none_warns():
    soap = listing(title="Goat Milk Soap Bar", attributes={"Weight": ["100 g"]})
    assert found(soap, "A gentle bar lightly scented with bergamot.", "accuracy.material") == [
        ("bergamot", Verdict.WARN)
    ]
    assert found(soap, "A gentle bar made with care.", "accuracy.material") == []


def test_an_inci_line_lists_ingredients():
    serum = listing(title="Squalane Face Oil", attributes={"pa_inci": ["Squalane"]})
    assert found(serum, "Pure squalane blended with vitamin C.", "accuracy.material") == [
        ("blended with vitamin C", Verdict.BLOCK)  # the whole claim as its span (round 37)
    ]


# --- comparisons ---------------------------------------------------------------------------------

PUNCH = listing(
    title="Leather Hole Punch",
    description_html="<p>The compound lever halves the effort your hand puts in.</p>",
    attributes={"Speeds": ["Fast: 12 holes a minute, slow: 4 holes a minute"]},
    variants=(Variant(sku="p", title="Default", price="30.00", compare_at_price="40.00"),),
    price="30.00",
    currency="EUR",
)


def test_a_comparison_the_listing_makes_with_a_verb_passes():
    assert found(PUNCH, "Half the effort of a plain punch.", "accuracy.number") == []
    assert found(PUNCH, "Twice as strong as a plain punch.", "accuracy.number") == [
        ("Twice as strong as", Verdict.BLOCK)
    ]


def test_a_comparison_two_listing_figures_make_passes():
    assert found(PUNCH, "On fast it punches three times as many holes.", "accuracy.number") == []
    assert found(PUNCH, "It costs 25% less than before.", "accuracy.number") == []
    assert found(PUNCH, "On fast it punches five times as many holes.", "accuracy.number") == [
        ("five times as many", Verdict.BLOCK)
    ]


# --- denials, crowns, places, hedged figures ---------------------------------------------------


def test_a_denial_of_one_part_is_not_said_of_another():
    pan = listing(
        title="Carbon Steel Pan",
        faq=(FaqItem("Is the rim enamelled?", "No. The rim is bare steel."),),
    )
    # a finish is what the product is made of: its denial is a material fact (round 8)
    assert found(pan, "The base is enamelled; the rim stays bare.", "accuracy.material") == []
    assert found(pan, "The rim is enamelled in blue.", "accuracy.material") == [
        ("enamelled", Verdict.BLOCK)
    ]


def test_an_item_the_draft_says_is_not_included_agrees_with_the_listing():
    lamp = listing(
        title="Desk Lamp", faq=(FaqItem("Does it come with a bulb?", "No, the bulb is extra."),)
    )
    assert found(lamp, "An E27 desk lamp; bulb not included.", "accuracy.feature") == []


def test_a_bare_kr_is_any_crown():
    mug = listing(title="Mug", price="149.00", currency="SEK")
    assert found(mug, "A stoneware mug for 149 kr.", "accuracy.price") == []
    assert found(mug, "A stoneware mug for 189 kr.", "accuracy.price") != []


def test_a_number_before_in_and_a_place_is_no_length():
    tour = listing(title="Harbour Walking Tour", attributes={"Group size": ["Up to 8"]})
    assert found(tour, "Small groups of up to 8 in Valletta, by foot.", "accuracy.number") == []
    board = listing(title="Board", attributes={"Length": ["12 in"]})
    assert found(board, "A board 14 in. Long enough for bread.", "accuracy.number") != []


def test_a_hedged_figure_after_tested_to_is_no_mark():
    stool = listing(title="Step Stool", attributes={"Load": ["150 kg"]})
    assert found(stool, "Tested to about 150 kg.", "accuracy.certification") == []


def test_a_step_placed_in_a_town_of_a_country():
    tea = listing(
        title="Green Tea",
        attributes={"Origin": ["Grown in Shizuoka, Japan; packed in Hamburg, Germany"]},
    )
    assert found(tea, "Grown and packed in Japan.", "accuracy.origin") == [
        ("Grown and packed in Japan", Verdict.BLOCK)
    ]


def test_a_region_demonym_before_an_ingredient_is_an_origin():
    jam = listing(
        title="Blueberry Jam",
        attributes={"Ingredients": ["Blueberries", "Sugar"], "Origin": ["Sweden"]},
    )
    assert found(jam, "Made with wild Alaskan blueberries.", "accuracy.origin") == [
        ("Alaskan blueberries", Verdict.BLOCK)
    ]


# --- the listing's own tables, lists, options and fractions -------------------------------------


def test_a_description_table_counts_like_an_attribute():
    hub = listing(
        title="USB Hub, 4 Ports",
        description_html=(
            "<p>A small hub.</p><table><tr><th>Ports</th><td>3 x USB-A, 1 x USB-C</td></tr></table>"
        ),
    )
    assert found(hub, "Two USB-C ports and two USB-A ports.", "accuracy.number") != []
    assert found(hub, "Three USB-A ports and one USB-C port.", "accuracy.number") == []


def test_a_description_list_counts_its_pieces_and_totals_their_prices():
    kit = listing(
        title="Watercolour Starter Collection",
        product_type="Grouped product",
        description_html=(
            "<p>Sold one by one:</p><ul><li>Brush, pack of 2 (&euro;8.00)</li>"
            "<li>Palette (&euro;12.00)</li><li>Paper pad (&euro;15.50)</li></ul>"
        ),
        currency="EUR",
    )
    assert found(kit, "Three pieces to start painting.", "accuracy.number") == []
    assert found(kit, "Five pieces to start painting.", "accuracy.number") != []
    assert found(kit, "All three come to &euro;35.50.", "accuracy.price") == []
    assert found(kit, "All three come to &euro;39.50.", "accuracy.price") != []


def test_a_count_of_colours_may_count_the_option_it_names():
    book = listing(title="Sketchbook", options={"Cover": ["Moss", "Dune", "Kelp"]})
    assert found(book, "Three cover colours to choose from.", "accuracy.colour") == []
    assert found(book, "Five cover colours to choose from.", "accuracy.colour") != []


def test_any_colour_you_choose_is_a_colour_range():
    vase = listing(title="Vase", options={"Colour": ["Teal"]})
    assert found(vase, "Glazed in any colour you like.", "accuracy.colour") != []


def test_a_mixed_fraction_of_an_inch_is_one_figure():
    chisel = listing(title="Chisel", attributes={"Blade width": ["1-1/4 in"]})
    assert found(chisel, "The blade is about 32 mm wide.", "accuracy.number") == []
    assert found(chisel, "The blade is about 40 mm wide.", "accuracy.number") != []


def test_a_named_body_beside_a_known_mark_must_be_the_listings():
    feed = listing(
        title="Seaweed Feed", attributes={"Certification": ["Organic (Soil Association)"]}
    )
    assert found(feed, "Approved by the Fictional Organic Board.", "accuracy.certification") != []
    assert found(feed, "Certified organic by the Soil Association.", "accuracy.certification") == []


# --- durations in words, whole materials, totals and fractions --------------------------------


def test_a_duration_in_words_is_checked_against_the_listings_for_that_step():
    repair = listing(
        title="Watch Battery Replacement",
        description_html="<p>Drop your watch in; it is ready in 2 to 3 working days.</p>",
        attributes={"Appointment": ["30 minutes"]},
    )
    assert found(repair, "Your watch is ready the same day.", "accuracy.number") == [
        ("the same day", Verdict.BLOCK)
    ]
    quick = listing(title="Key Cutting", description_html="<p>Your keys are ready in 1 day.</p>")
    assert found(quick, "Your keys are ready the next day.", "accuracy.number") == []
    assert found(repair, "Leave the strap to air overnight.", "accuracy.number") == []


def test_all_of_a_material_when_the_listing_gives_another():
    lamp = listing(title="Desk Lamp", attributes={"Body": ["Aluminium with a silicone base"]})
    assert found(lamp, "An all-aluminium lamp.", "accuracy.material") != []
    only = listing(title="Desk Lamp", attributes={"Body": ["Aluminium"]})
    assert found(only, "An all-aluminium lamp.", "accuracy.material") == []


def test_a_count_of_all_a_contents_list_holds_passes():
    pack = listing(
        title="Field Recordings Pack", attributes={"Contents": ["120 ambiences", "30 loops"]}
    )
    assert found(pack, "150 field recordings in all.", "accuracy.number") == []
    assert found(pack, "180 field recordings in all.", "accuracy.number") != []


def test_tenths_are_a_fraction_not_a_count():
    shade = listing(title="Shade Sail", attributes={"UV block": ["90%"]})
    assert found(shade, "Blocks nine tenths of UV light.", "accuracy.number") == []


def test_a_figure_whose_part_the_listing_value_names():
    food = listing(title="Dog Biscuits", attributes={"Analysis": ["Protein 24%", "Fat 9%"]})
    assert found(food, "A biscuit with 24% protein.", "accuracy.number") == []


def test_a_known_mark_said_with_the_making_verb_passes():
    frame = listing(title="Oak Frame", attributes={"Material": ["FSC-certified oak"]})
    assert found(frame, "Made of FSC-certified oak.", "accuracy.certification") == []
