"""The claim model, family by family: what a draft claims is matched with what the listing
states, and the verdict follows what a merchant needs (invented facts block, unconfirmable
claims warn). Listings and drafts here are written for these tests."""

from __future__ import annotations

import pytest

from plugin.domain import Dimensions, Listing, Measure, Variant, Verdict
from plugin.guardrails import check


def listing(**fields) -> Listing:
    return Listing(external_id="t", **{"title": "Thing", **fields})


def claims(item: Listing, text: str, rules: str | tuple[str, ...] = "accuracy.") -> list:
    """(rule, severity, claimed text) of the findings whose rule starts with ``rules``."""
    html = f"<p>{text}</p>"
    return [
        (f.rule, f.severity, html[f.start : f.end])
        for f in check(item, html, "description")
        if f.rule.startswith(rules)
    ]


def blocked(item: Listing, text: str, rule: str) -> list[str]:
    return [c for r, s, c in claims(item, text) if r == rule and s is Verdict.BLOCK]


def warned(item: Listing, text: str, rule: str) -> list[str]:
    return [c for r, s, c in claims(item, text) if r == rule and s is Verdict.WARN]


# --- units -------------------------------------------------------------------------------


SCOOTER = listing(
    title="Folding E-Scooter",
    attributes={
        "Range": ["25 miles"],
        "Top speed": ["15.5 mph"],
        "Battery": ["10 Ah, 36 V"],
        "Charger": ["2 A"],
        "Max load": ["16 st"],
    },
)


@pytest.mark.parametrize(
    "text",
    [
        "It goes 40 km on a charge.",
        "A top speed of 25 km/h.",
        "The pack holds 10,000 mAh.",
        "Charges at 2A.",
        "It carries riders up to 100 kg.",
    ],  # fmt: skip
)
def test_units_the_listing_gives_in_other_units_pass(text):
    assert claims(SCOOTER, text) == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("It goes 40 miles on a charge.", "40 miles"),
        ("A top speed of 25 mph.", "25 mph"),
        ("A 12 Ah battery.", "12 Ah"),
        ("Charges at 3 A.", "3 A"),
    ],  # fmt: skip
)
def test_units_that_were_unknown_are_compared(text, wrong):
    assert blocked(SCOOTER, text, "accuracy.number") == [wrong]


def test_kitchen_and_energy_units():
    granola = listing(
        title="Maple Granola",
        attributes={"Serving": ["2 tbsp (30 ml)"], "Energy": ["120 kcal"], "Pack": ["5 dl jar"]},
    )
    assert claims(granola, "Two tablespoons, about 502 kJ, from a half-litre jar.") == []
    assert blocked(granola, "Each 3 tsp serving has 200 kcal.", "accuracy.number") == [
        "3 tsp",
        "200 kcal",
    ]


def test_decimal_commas_and_hedged_approximations():
    soap = listing(title="Olive Soap Bar", attributes={"pH": ["5.5"], "Weight": ["120 g"]})
    assert claims(soap, "A gentle pH 5,5 bar weighing just over 4 oz.") == []
    assert blocked(soap, "It weighs just over 5 oz.", "accuracy.number") == ["5 oz"]


def test_blend_ratios_read_as_the_listing_percentages():
    shirt = listing(title="Shirt", attributes={"Material": ["70% cotton, 30% linen"]})
    assert claims(shirt, "A 70/30 cotton-linen blend.") == []
    # another blend of the listing's materials misstates what it is made of
    assert blocked(shirt, "A 60/40 cotton-linen blend.", "accuracy.material") == ["60/40"]


# --- prices ------------------------------------------------------------------------------


SOFA = listing(
    title="Linen Sofa",
    currency="EUR",
    price="1250.00",
    variants=[Variant(price="1250.00", compare_at_price="1400.00")],
)


@pytest.mark.parametrize(
    "text", ["Yours for 1250 €.", "Yours for 1.250,00 €.", "Yours for €1,250.", "Save €150."]
)
def test_prices_in_any_format_pass_when_the_listing_gives_them(text):
    assert claims(SOFA, text) == []


def test_prices_of_four_digits_without_separators_are_read_whole():
    assert blocked(SOFA, "Now only 1150 €.", "accuracy.price") == ["1150 €"]


def test_a_price_in_another_currency_blocks():
    assert blocked(SOFA, "Yours for $1250.", "accuracy.price") == ["$1250"]


# --- origins -----------------------------------------------------------------------------


UK = listing(title="Wool Throw", attributes={"Country of origin": ["United Kingdom"],
                                             "Material": ["Wool"]})  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Woven in the UK.",
        "Proudly British-made.",
        "Made in Great Britain.",
        "British wool, woven by hand.",
        "Made in Europe.",
    ],  # fmt: skip
)
def test_abbreviations_demonyms_and_regions_of_the_listing_country_pass(text):
    assert claims(UK, text) == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Cast in Italy.", "Cast in Italy"),
        ("Designed and upholstered in Denmark.", "Designed and upholstered in Denmark"),
        ("Engineered in Germany.", "Engineered in Germany"),
        ("Soft Portuguese wool.", "Portuguese wool"),
        ("Made in Yorkshire.", "Made in Yorkshire"),
        ("US-made and warm.", "US-made"),
    ],  # fmt: skip
)
def test_origins_with_any_production_verb_block_when_the_listing_says_otherwise(text, claim):
    assert blocked(UK, text, "accuracy.origin") == [claim]


def test_an_origin_on_a_listing_without_one_blocks_and_says_it_is_missing():
    [finding] = [
        f for f in check(listing(title="Mug"), "<p>Thrown in Japan.</p>", "description")
        if f.rule == "accuracy.origin"
    ]  # fmt: skip
    assert finding.severity is Verdict.BLOCK and "no origin" in finding.message


# --- counts and comparisons ----------------------------------------------------------------


PACK = listing(
    title="Hip Pack",
    attributes={"Pockets": ["3"], "Features": ["Zip pockets, key clip, reflective trim"]},
    options={"Color": ["Moss", "Sand"]},
)


def test_counts_written_as_words_are_checked_against_the_listing_count():
    assert claims(PACK, "Three zip pockets keep things apart.") == []
    two = blocked(PACK, "Two zip pockets keep things apart.", "accuracy.number")
    assert two == ["Two zip pockets"]
    assert blocked(PACK, "It has four roomy pockets.", "accuracy.number") == ["four roomy pockets"]


def test_counting_the_listings_own_list_passes():
    assert claims(PACK, "Three features stand out, and it comes in two colours.") == []
    assert blocked(PACK, "It comes in three colours.", "accuracy.colour") == ["three colours"]


def test_a_count_of_a_thing_the_listing_never_mentions_blocks():
    sleeves = blocked(PACK, "It has two water bottle sleeves.", "accuracy.number")
    assert sleeves == ["two water bottle sleeves"]


def test_multipliers_and_comparisons_are_figures_the_listing_must_give():
    assert blocked(PACK, "It dries 2x faster than cotton.", "accuracy.number") == ["2x faster"]
    assert blocked(PACK, "It is 30% lighter than most.", "accuracy.number") == ["30% lighter"]
    quick = listing(title="Pack", attributes={"Drying": ["Dries 2x faster than cotton"]})
    assert claims(quick, "It dries 2x faster than cotton.") == []


# --- measures: kind, axis, part --------------------------------------------------------------


TABLE = listing(
    title="Side Table",
    dimensions=Dimensions(length=60, width=35, height=45, unit="cm"),
    weight=Measure(4, "kg"),
    attributes={"Strap length": ["120 cm"], "Handle": ["Oak, 12 cm"]},
)


def test_a_length_stated_as_a_height_blocks():
    assert claims(TABLE, "It stands 45 cm tall and is 60 cm long.") == []
    assert blocked(TABLE, "It stands 60 cm tall.", "accuracy.size") == ["60 cm"]


def test_a_width_may_be_called_its_depth():
    assert claims(TABLE, "The top is 35 cm deep.") == []


def test_a_unit_of_the_wrong_kind_for_its_verb_blocks():
    assert blocked(TABLE, "It weighs 45 cm.", "accuracy.number") == ["45 cm"]


def test_a_part_given_another_parts_figure_blocks():
    assert claims(TABLE, "A 120 cm strap and a 12 cm handle.") == []
    assert blocked(TABLE, "A 120 cm handle.", "accuracy.number") == ["120 cm"]


# --- certifications ------------------------------------------------------------------------


def test_certifications_outside_the_lexicon_block():
    toy = listing(title="Stacking Rings", attributes={"Safety": ["Tested to EN 71"]})
    assert blocked(toy, "It is Nordic Swan approved.", "accuracy.certification") == [
        "Nordic Swan approved"
    ]
    assert blocked(toy, "Certified by the Toy Safety Council.", "accuracy.certification") == [
        "Certified by the Toy Safety Council"
    ]
    assert blocked(toy, "It meets ASTM F963.", "accuracy.certification")
    assert claims(toy, "It is tested to EN 71.") == []


# --- materials -----------------------------------------------------------------------------


KNIFE = listing(title="Chef's Knife", attributes={"Blade": ["VG-10 steel"], "Handle": ["Walnut"]})


def test_a_material_for_a_part_must_be_that_parts():
    assert claims(KNIFE, "A steel blade and a walnut handle.") == []
    assert blocked(KNIFE, "A steel blade and an oak handle.", "accuracy.material") == ["oak"]
    assert blocked(KNIFE, "The blade is made of walnut.", "accuracy.material") == ["walnut"]


def test_an_invented_material_blocks_when_the_listing_gives_materials():
    assert blocked(KNIFE, "A leather sheath.", "accuracy.material") == ["leather"]


def test_material_words_on_a_listing_without_materials_warn_with_the_missing_fact():
    glasses = listing(title="Aviator Sunglasses", attributes={"Lens": ["Polarised"]})
    html = "<p>Made of a soft, lightweight fabric.</p>"
    [finding] = [f for f in check(glasses, html, "description") if f.rule == "accuracy.material"]
    assert finding.severity is Verdict.WARN and html[finding.start : finding.end] == "fabric"
    assert "names no material" in finding.message and finding.suggestion


# --- colours -------------------------------------------------------------------------------


def test_a_range_of_colours_on_a_single_colour_listing_blocks_and_on_two_warns():
    one = listing(title="Mug", options={"Color": ["Stone"]})
    two = listing(title="Mug", options={"Color": ["Stone", "Ink"]})
    many = listing(title="Mug", options={"Color": ["Stone", "Ink", "Moss", "Sand"]})
    text = "Available in a variety of colours."
    assert blocked(one, text, "accuracy.colour") == ["a variety of colours"]
    assert warned(two, text, "accuracy.colour") == ["a variety of colours"]
    assert claims(many, text) == []


def test_a_colour_on_a_listing_without_colours_warns():
    assert warned(listing(title="Mug"), "A glossy red mug.", "accuracy.colour") == ["red"]


# --- product type and uses -----------------------------------------------------------------


def test_a_product_called_something_else_blocks():
    bundle = listing(title="Campus Starter Bundle", attributes={"Includes": ["Hoodie, mug"]})
    assert blocked(bundle, "This hoodie keeps you warm.", "accuracy.category") == ["hoodie"]
    assert claims(bundle, "This bundle keeps you warm.", "accuracy.category") == []
    backpack = listing(title="Trail Backpack 20 L")
    assert claims(backpack, "This bag carries a laptop.", "accuracy.category") == []


def test_an_invented_use_warns_and_a_listed_one_passes():
    scarf = listing(title="Merino Snood", attributes={"Wear it as": ["Snood, headband"]})
    assert warned(scarf, "It can be worn as a snood, a hat or a bag.", "accuracy.feature")
    assert claims(scarf, "It can be worn as a snood or a headband.") == []


# --- false alarms the claim model avoids ---------------------------------------------------


def test_packaging_and_care_from_the_listings_attributes_pass():
    candle = listing(
        title="Soy Candle",
        attributes={"Packaging": ["Gift box"], "Care": ["Machine wash cold"], "Features": ["IPX7"]},
    )
    text = "It arrives in a gift box. The cover is machine washable and the base waterproof."
    assert claims(candle, text, ("accuracy.", "compliance.")) == []


def test_superwash_yarn_may_go_in_the_washing_machine_unless_its_care_says_otherwise():
    """Superwash wool is treated to be machine washed: the fibre backs the claim."""
    yarn = listing(
        title="Harbour DK Yarn",
        product_type="Yarn",
        attributes={"Fibre": ["100% superwash merino"], "Length": ["225 m per 100 g"]},
    )
    for text in (
        "A soft merino yarn that can go in the washing machine.",
        "A soft merino yarn, and the finished jumper is machine washable.",
    ):
        assert blocked(yarn, text, "accuracy.care") == [], text
    # Machine washing only: the tumble dryer is another claim.
    text = "A soft yarn, safe in the washing machine and fine in the tumble dryer."
    assert blocked(yarn, text, "accuracy.care") == ["fine in the tumble dryer"]
    plain = listing(title="Harbour DK Yarn", attributes={"Fibre": ["100% merino"]})
    assert blocked(plain, "It can go in the washing machine.", "accuracy.care") == [
        "in the washing machine"
    ]
    untreated = listing(title="Harbour DK Yarn", attributes={"Fibre": ["Merino, not superwash"]})
    assert blocked(untreated, "It is machine washable.", "accuracy.care") == ["machine washable"]
    hand_wash = listing(
        title="Harbour DK Yarn",
        attributes={"Fibre": ["Superwash merino"], "Care": ["Hand wash only"]},
    )
    assert blocked(hand_wash, "It is machine washable.", "accuracy.care") == ["machine washable"]


def test_a_possessive_brand_before_the_products_name_is_not_another_product():
    sock = listing(title="Merino Trail Sock", vendor="Fellside")
    html = "<p>Fellside's Merino Trail Sock is warm on long walks in cold weather.</p>"
    assert check(sock, html, "description") == []


def test_every_claim_finding_keeps_span_fact_and_suggestion():
    html = "<p>It stands 60 cm tall, weighs 45 cm, and is made in Italy from oak.</p>"
    found = [f for f in check(TABLE, html, "description") if f.category == "accuracy"]
    assert {f.rule for f in found} >= {"accuracy.number", "accuracy.origin"}
    for item in found:
        assert 0 <= item.start < item.end <= len(html)
        assert item.message.startswith(f'"{html[item.start : item.end]}"') and item.suggestion
    assert any(f.fact for f in found)
