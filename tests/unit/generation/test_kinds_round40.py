"""Round 40: the kinds after heldout42's notes, on listings invented here. What a shopper
notices: what a product is packed in is what it comes in, not a part it has; a people's or a
language's name keeps its capital in a value ("Japanese cedar", "French or German"); a place
from a tag keeps its capitals ("New Caledonia"); a file format is written in capitals ("PDF");
option names in title case keep their capitals together."""

from __future__ import annotations

import json

from plugin.domain import DraftKind, Listing
from plugin.generation.faq_values import alternatives
from plugin.generation.letter_case import units_raised
from plugin.generation.said_values import lower_first
from plugin.generation.tag_facts import _place
from tests.unit.generation.planner_drafts import draft, faq, text_of


def _meta(listing: Listing) -> str:
    return str(json.loads(draft(listing, DraftKind.SEO))["description"])


_TEA = Listing(
    external_id="r40-tea",
    title="Smoked Oolong Leaf Tea",
    product_type="Tea",
    attributes={
        "Packaging": ["screw-top tin"],
        "Origin": ["Fujian"],
        "Leaf": ["whole, rolled"],
    },
)
_TOTE = Listing(
    external_id="r40-tote",
    title="Canvas Tote Bag",
    product_type="Bags",
    attributes={"Bag": ["waxed canvas bag"], "Handles": ["leather, 60 cm"]},
)
_SERUM = Listing(
    external_id="r40-serum",
    title="Rosehip Face Serum",
    product_type="Skin care",
    attributes={"Bottle": ["violet glass with pump"], "Use": ["for face and neck"]},
)


def test_packaging_is_what_it_comes_in() -> None:
    said = _meta(_TEA) + " " + text_of(draft(_TEA, DraftKind.SHORT_DESCRIPTION))
    said += " " + " ".join(faq(_TEA).values())
    assert "has a screw-top tin" not in said
    assert "comes in a screw-top tin" in _meta(_TEA)
    serum = _meta(_SERUM) + " " + text_of(draft(_SERUM, DraftKind.SHORT_DESCRIPTION))
    assert "has a violet glass bottle" not in serum
    assert "with pump" not in serum
    assert "comes in a violet glass bottle with a pump" in serum


def test_a_container_the_product_is_stays_had() -> None:
    said = _meta(_TOTE) + " " + text_of(draft(_TOTE, DraftKind.SHORT_DESCRIPTION))
    assert "comes in a waxed canvas bag" not in said


def test_peoples_and_languages_keep_their_capital() -> None:
    assert lower_first("Japanese cedar, oiled") == "Japanese cedar, oiled"
    assert lower_first("French or German") == "French or German"
    assert lower_first("Cedar, oiled") == "cedar, oiled"
    assert lower_first("New Caledonia") == "New Caledonia"
    course = Listing(
        external_id="r40-course",
        title="Online Pottery Class",
        product_type="Class",
        attributes={"Language": ["French or German"], "Length": ["90 minutes"]},
    )
    said = " ".join(faq(course).values()) + text_of(draft(course, DraftKind.SHORT_DESCRIPTION))
    assert "french" not in said


def test_a_place_from_a_tag_keeps_its_capitals() -> None:
    assert _place("new caledonia") == "New Caledonia"
    assert _place("costa rica") == "Costa Rica"
    assert _place("the uk") == "the UK"
    assert _place("usa") == "USA"


def test_file_formats_in_capitals() -> None:
    assert units_raised("Its formats are pdf, svg and png.") == "Its formats are PDF, SVG and PNG."
    assert units_raised("a report.pdf file") == "a report.pdf file"


def test_title_case_option_names_keep_their_capitals() -> None:
    said = alternatives(["Junior", "Full Size", "Long Blade"])
    assert said == "Junior, Full Size or Long Blade"
    assert alternatives(["Small", "Large"]) == "small or large"


def test_a_verb_label_is_asked_by_its_verb() -> None:
    blocks = Listing(
        external_id="r40-blocks",
        title="Cedar Moth Blocks",
        product_type="Storage",
        attributes={"Repels": ["moths and silverfish"], "Pack": ["12"]},
    )
    asked = faq(blocks)
    assert asked.get("What do they repel?") == "They repel moths and silverfish."
    assert not any("repels" in q for q in asked)


def test_a_share_of_the_label_is_what_it_is_made_of() -> None:
    candle = Listing(
        external_id="r40-pillar",
        title="Pillar Candle",
        product_type="Candle",
        attributes={"Resin": ["100% plant resin"], "Wick": ["hemp"], "Feet": ["4 cork feet"]},
    )
    asked = faq(candle)
    assert asked.get("What is it made of?") == "It is made of 100% plant resin."
    assert asked.get("How many feet does it have?") == "It has 4 cork feet."
    assert "How many resin does it have?" not in asked


def test_attention_is_a_warning() -> None:
    kit = Listing(
        external_id="r40-kit",
        title="Glass Etching Kit",
        product_type="Craft kit",
        attributes={"Attention": ["etching cream stings; wear gloves"], "Age": ["16 years and up"]},
    )
    asked = faq(kit)
    assert "What is the attention?" not in asked
    assert "Is there anything I should know before using it?" in asked
