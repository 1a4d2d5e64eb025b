"""Product-type claims: the draft calls the product a kind of thing the listing does not sell
(a sofa called a chair, black tea called green tea), judged by WordNet's hypernyms rather than
a list of examples. Listings and drafts here are written for these tests."""

from __future__ import annotations

from plugin.domain import Listing, Verdict
from plugin.guardrails import check

SOFA = Listing(
    external_id="sofa",
    title="Harrow Three-Seater Sofa",
    product_type="Sofa",
    categories=["Furniture > Sofas"],
    attributes={"Upholstery": ["Wool blend"]},
)
TEA = Listing(
    external_id="tea",
    title="Nilgiri Estate Loose Leaf Tea, 250 g",
    product_type="Black tea",
    categories=["Pantry > Tea"],
)
BUNDLE = Listing(
    external_id="bundle",
    title="Campus Starter Bundle",
    product_type="Bundle",
    attributes={"Includes": ["Hoodie, mug, lanyard"]},
)
FOUNTAIN = Listing(
    external_id="fountain",
    title="Quiet Flow Pet Water Fountain 2 L",
    product_type="Pet water fountain",
    categories=["Pets > Feeding"],
)


def category(item: Listing, text: str) -> list[tuple[Verdict, str, str]]:
    """(severity, claimed text, fact) of each product-type or range finding."""
    html = f"<p>{text}</p>"
    return [
        (f.severity, html[f.start : f.end], f.fact)
        for f in check(item, html, "description")
        if f.rule == "accuracy.category"
    ]


def test_a_sibling_kind_blocks_with_the_listing_title_as_the_fact():
    found = category(SOFA, "This chair seats three in soft wool.")
    assert found == [(Verdict.BLOCK, "chair", "Title: Harrow Three-Seater Sofa")]
    message = next(
        f.message
        for f in check(SOFA, "<p>This chair seats three.</p>", "description")
        if f.rule == "accuracy.category"
    )
    assert message == '"chair" is not what the listing sells (it is a sofa).'


def test_the_listing_kind_a_broader_name_or_a_synonym_passes():
    for text in ("This sofa seats three.", "This seat is deep.", "This couch is deep."):
        assert category(SOFA, text) == [], text
    assert category(SOFA, "It is a piece of furniture you will keep for years.") == []
    assert category(SOFA, "It is a deep, cosy sofa for long evenings.") == []


def test_a_compound_of_another_kind_blocks_and_the_listing_kind_passes():
    assert category(TEA, "A smoky green tea from the hills.") == [
        (Verdict.BLOCK, "green tea", "Title: Nilgiri Estate Loose Leaf Tea, 250 g")
    ]
    assert category(TEA, "A brisk black tea from the hills.") == []
    assert category(TEA, "This tea brews in three minutes.") == []


def test_a_container_of_the_product_is_not_another_kind():
    assert category(TEA, "It comes in a tin. This tin keeps it fresh.") == []


def test_a_bundle_called_one_of_its_contents_blocks_but_naming_a_content_passes():
    assert [c for _, c, _ in category(BUNDLE, "This hoodie keeps you warm.")] == ["hoodie"]
    assert category(BUNDLE, "A mug and a hoodie for the first term.") == []


def test_verbs_adjectives_and_parts_after_an_opener_are_not_product_nouns():
    assert category(SOFA, "This keeps its shape for years. It is a compact sofa.") == []
    socks = Listing(external_id="s", title="Merino Hiking Socks", product_type="Socks")
    assert category(socks, "These socks keep your feet dry.") == []
    assert category(SOFA, "Soft wool on a solid frame. A beech frame holds it up.") == []


def test_several_of_a_single_product_blocks_and_a_plural_title_passes():
    puzzle = Listing(external_id="p", title="500-Piece Jigsaw Puzzle", product_type="Puzzle")
    assert [c for _, c, _ in category(puzzle, "It is a set of jigsaw puzzles.")] == ["set"]
    bars = Listing(external_id="b", title="Steel Tent Pegs", product_type="Tent pegs")
    assert category(bars, "A pack of steel tent pegs for hard ground.") == []


def test_a_range_whose_noun_cannot_name_the_product_warns():
    found = category(FOUNTAIN, "Meet the Quiet Flow, from our Cat Food range.")
    assert [(s, c) for s, c, _ in found] == [(Verdict.WARN, "from our Cat Food range")]
    assert found[0][2] == "Type: Pet water fountain"


def test_a_range_named_after_the_listing_own_words_passes():
    assert category(FOUNTAIN, "Meet the Quiet Flow, from our Pet Water Fountain range.") == []
    assert category(FOUNTAIN, "Meet the Quiet Flow, from our Feeding range.") == []
    assert category(FOUNTAIN, "It is part of the shop's Feeding range.") == []
    assert category(FOUNTAIN, "It is part of our Cat Food collection.")[0][0] is Verdict.WARN
    assert category(FOUNTAIN, "It comes from our Energy Saving range.")[0][0] is Verdict.WARN


def test_apparel_wording_on_a_product_that_is_not_worn_warns():
    rack = Listing(external_id="r", title="Steel Bike Rack, 3 Bikes", product_type="Bike rack")
    found = category(rack, "It is a sturdy piece to wear all year round.")
    assert found == [(Verdict.WARN, "a sturdy piece to wear", "Title: Steel Bike Rack, 3 Bikes")]


def test_wearing_what_is_worn_passes():
    for title, kind in (("Field Watch 40 mm", "Watch"), ("Daypack 20 L", "Backpack")):
        item = Listing(external_id="w", title=title, product_type=kind)
        assert category(item, "It is an easy piece to wear every day.") == [], title
    stand = Listing(external_id="s", title="Hat Stand", attributes={"Use": ["Hang what you wear"]})
    assert category(stand, "Somewhere to hang what you wear.") == []
