"""What the product is and what it has (sixth round of issue 12, families found on the seen
holdout_v4 set): a title in parts, a template's "Shop the X, a Y", a vehicle noun on a device,
the listing's own words for the product, category paths as ranges, features the listing denies,
and the opposite of an attribute's own word. Listings and drafts here are written for these
tests; none is taken from an eval set."""

from __future__ import annotations

import json

import pytest

from plugin.domain import FaqItem, Listing, Verdict
from plugin.guardrails import check


def listing(**fields) -> Listing:
    return Listing(external_id="t", **{"title": "Thing", **fields})


def found(item: Listing, text: str, rule: str, kind: str = "description") -> list[str]:
    body = f"<p>{text}</p>" if kind == "description" else text
    return [body[f.start : f.end] for f in check(item, body, kind) if f.rule == rule]


def blocked(item: Listing, text: str, rule: str) -> list[str]:
    body = f"<p>{text}</p>"
    return [
        body[f.start : f.end]
        for f in check(item, body, "description")
        if f.rule == rule and f.severity is Verdict.BLOCK
    ]


# --- product types -------------------------------------------------------------------------------

PUZZLE = listing(
    title="Lighthouse at Dawn - 500-Piece Jigsaw Puzzle",
    product_type="Jigsaw puzzle",
    description_html="<p>Sailing boats and a red lighthouse, cut from thick board.</p>",
)


@pytest.mark.parametrize(
    "title",
    [
        "Lighthouse at Dawn - 500-Piece Jigsaw Puzzle",
        "500-Piece Jigsaw Puzzle – Lighthouse at Dawn",
    ],
)
def test_a_title_in_parts_is_read_from_the_part_that_names_the_product(title):
    item = listing(title=title, product_type="Jigsaw puzzle")
    text = "It is a jigsaw puzzle of a quiet harbour at dawn."
    assert blocked(item, text, "accuracy.category") == []
    wrong = "<p>It is a lamp for your harbour wall at night.</p>"
    messages = [
        f.message for f in check(item, wrong, "description") if f.rule == "accuracy.category"
    ]
    assert messages == ['"lamp" is not what the listing sells (it is a jigsaw puzzle).']


def test_a_vehicle_is_not_a_container_the_product_comes_in():
    text = "Meet the Dawn Boat, a boat from our puzzle shelf for quiet evenings."
    assert blocked(PUZZLE, text, "accuracy.category") == ["boat"]


def test_a_template_that_shops_another_product_is_blocked():
    pen = listing(title="Piston Fountain Pen", product_type="Fountain pen")
    text = "Shop the Canvas Tote Bag, a natural tote for every day."
    assert blocked(pen, text, "accuracy.category") == ["tote"]


def test_the_listing_own_description_names_the_product():
    seeds = listing(
        title="Purple Heirloom Tomato Seeds",
        product_type="Seeds",
        description_html="<p>A dusky purple beefsteak with smoky flesh. Vines need staking.</p>",
    )
    text = "A packet of 25 untreated seeds of this smoky heirloom beefsteak."
    assert blocked(seeds, text, "accuracy.category") == []


def test_a_noun_ending_a_phrase_the_listing_uses_passes():
    ball = listing(title="Rubber Dog Ball", product_type="Dog toy", tags=["treat dispenser"])
    assert blocked(ball, "It is a treat dispenser for long afternoons.", "accuracy.category") == []
    paddle = listing(title="Touring Paddle", attributes={"Sold by": ["Riverbend Outfitters"]})
    faq = [
        {
            "question": "Who ships it?",
            "answer": "Our partner Riverbend Outfitters sells and ships it.",
        }
    ]
    assert found(paddle, json.dumps(faq), "accuracy.category", "faq") == []


def test_a_category_path_the_listing_is_not_in_is_a_range_it_is_not_in():
    brush = listing(title="Dish Brush", categories=["Home > Cleaning > Brushes"])
    text = "A brush from our Garden & Patio > Tools range for every day."
    said = found(brush, text, "accuracy.category")
    assert said == ["A brush from our Garden & Patio > Tools range"]  # with its kind (round 39)
    text = "A brush from our Home > Cleaning range for every day at the sink."
    assert found(brush, text, "accuracy.category") == []


# --- features the listing denies -----------------------------------------------------------------

SHOE = listing(
    title="Trail Shoe",
    attributes={"Waterproof": ["No"]},
    faq=[FaqItem(question="Does it have a rock plate?", answer="No, the sole is flexible.")],
)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("A waterproof upper keeps your feet dry in bogs.", "waterproof"),
        ("A rock plate under the forefoot shields you on scree.", "rock plate"),
    ],
)
def test_a_feature_the_listing_denies_is_blocked(text, wrong):
    assert blocked(SHOE, text, "accuracy.feature") == [wrong]


@pytest.mark.parametrize(
    "text",
    [
        "It isn't waterproof: the mesh drains fast after streams.",
        "No rock plate, so the sole bends with the trail.",
        "Waterproof: No. The mesh upper dries fast.",
    ],
)
def test_the_listing_denial_repeated_passes(text):
    assert blocked(SHOE, text, "accuracy.feature") == []


def test_a_prose_denial_counts_too():
    lamp = listing(
        title="Garden Lamp", description_html="<p>A solar lamp for the patio. Not waterproof.</p>"
    )
    assert blocked(lamp, "A waterproof lamp for the patio all year.", "accuracy.feature") == [
        "waterproof"
    ]


# --- the opposite of an attribute's own word -----------------------------------------------------

COFFEE = listing(title="Whole Bean Coffee", attributes={"Roast": ["Medium-light"]})
OIL = listing(title="Olive Oil", attributes={"Processing": ["Cold extracted, filtered"]})
SEEDS = listing(title="Tomato Seeds", attributes={"Habit": ["Indeterminate"]})


@pytest.mark.parametrize(
    ("item", "text", "wrong"),
    [
        (COFFEE, "A bold dark roast with notes of apple.", "dark roast"),
        (OIL, "Cold extracted and left unfiltered for body.", "unfiltered"),
        (SEEDS, "Compact determinate plants for a small patio.", "determinate"),
    ],
)
def test_the_opposite_of_an_attribute_word_is_blocked(item, text, wrong):
    assert blocked(item, text, "accuracy.feature") == [wrong]


@pytest.mark.parametrize(
    ("item", "text"),
    [
        (COFFEE, "A medium-light roast with notes of apple."),
        (OIL, "Cold extracted and filtered before tinning."),
        (SEEDS, "Tall indeterminate vines that need staking."),
    ],
)
def test_the_attribute_word_itself_passes(item, text):
    assert blocked(item, text, "accuracy.feature") == []


# --- counts and materials the title gives --------------------------------------------------------


def test_a_piece_count_as_the_title_gives_it_passes():
    tips = listing(
        title="Piping Tip Set, 24 Pieces", attributes={"Pieces": ["24 tips, 2 couplers"]}
    )
    assert blocked(tips, "The set has 24 Pieces for cake decorating.", "accuracy.number") == []


def test_the_title_material_is_the_product_material():
    mould = listing(
        title="Silicone Loaf Mould with Wooden Box",
        attributes={"Material": ["Silicone liner, pine box"]},
    )
    text = "A loaf mould for soap. It is made of silicone, which bends to release the bars."
    assert blocked(mould, text, "accuracy.material") == []


# --- lists the listing gives in full -------------------------------------------------------------

CREAM = listing(
    title="Hand Cream",
    attributes={
        "Key ingredients": ["Calendula, shea butter, oat"],
        "Skin type": ["Dry, sensitive"],
    },
)


def test_a_kind_the_listing_does_not_list_is_blocked():
    assert blocked(CREAM, "A rich cream for oily skin.", "accuracy.feature") == ["oily skin"]
    assert blocked(CREAM, "A rich cream for dry, sensitive skin.", "accuracy.feature") == []
    assert blocked(CREAM, "A rich cream for all skin types.", "accuracy.feature") == []


def test_an_ingredient_the_listing_does_not_list_is_blocked():
    """An ingredient is what the product is made of: a material claim (seventh round)."""
    text = "Made with calendula, shea butter and coconut oil."
    assert blocked(CREAM, text, "accuracy.material") == ["coconut oil"]
    assert blocked(CREAM, "Made with calendula, shea butter and oat.", "accuracy.material") == []


def test_tasting_notes_are_a_listed_whole():
    coffee = listing(title="Coffee", attributes={"Tasting notes": ["Red apple, Panela, Cocoa nib"]})
    assert blocked(
        coffee, "A washed coffee with notes of blueberry and jasmine.", "accuracy.feature"
    ) == [
        "blueberry",
        "jasmine",
    ]
    assert blocked(coffee, "With notes of red apple and cocoa nib.", "accuracy.feature") == []


def test_assembly_said_against_the_listing_line_is_blocked():
    desk = listing(title="Standing Desk", attributes={"Assembly": ["Required, about 30 minutes"]})
    assert blocked(desk, "It arrives fully assembled.", "accuracy.feature") == ["fully assembled"]


def test_care_the_listing_negates_is_blocked():
    tamper = listing(title="Tamper", attributes={"Care": ["Wipe clean; not dishwasher safe"]})
    assert blocked(tamper, "Dishwasher safe, so clean-up takes seconds.", "accuracy.care") == [
        "Dishwasher safe"
    ]
    assert blocked(tamper, "Not dishwasher safe: wipe it clean.", "accuracy.care") == []
    harness = listing(title="Dog Harness", attributes={"Care": ["Hand wash, air dry"]})
    assert blocked(harness, "Muddy? Just pop it in the washing machine.", "accuracy.care") == [
        "in the washing machine"
    ]
