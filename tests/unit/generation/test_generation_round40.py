"""Round 40: values said as what they are (how it was made, a count, a date), a caution label
kept to the list, what a product works with never said as a part, a "no screws" reason held to
a listing that fixes the product, and no reason said before a fact that names its own thing,
on listings invented here."""

from __future__ import annotations

import re

from plugin.domain import DraftKind, Listing
from plugin.generation.phrasing import feature_lead
from plugin.generation.presuppositions import reading_listing, unfounded
from plugin.generation.prose_facts import plain_lead
from plugin.generation.reasoned_lead import _said_of
from plugin.generation.sound_prose import sound
from plugin.generation.voice import Voice
from tests.unit.generation.planner_drafts import draft, text_of


def _prose(listing: Listing) -> str:
    return text_of(draft(listing, DraftKind.DESCRIPTION).split("<ul>")[0])


def test_how_it_was_made_is_said_as_a_state_not_a_thing_it_has() -> None:
    one, many = Voice(plural=False), Voice(plural=True)
    assert feature_lead("Made", "hand-crocheted", many) == "They are hand-crocheted"
    assert feature_lead("Making", "entirely hand-thrown", one) == "It is entirely hand-thrown"
    assert feature_lead("Construction", "handmade", one) == "It is handmade"
    # A noun after the participle is a thing, not how it was made: no "is" frame.
    assert feature_lead("Made", "hand-crocheted cotton", one) != "It is hand-crocheted cotton"
    shawl = Listing(
        external_id="r40-shawl",
        title="Lace Cotton Shawl",
        product_type="Shawl",
        attributes={"Made": ["hand-crocheted"], "Length": ["180 cm"]},
    )
    prose = _prose(shawl)
    assert "is hand-crocheted" in prose
    assert "hand-crocheted made" not in prose


def test_an_article_before_a_count_or_an_estimate_goes() -> None:
    assert sound("It has a two 1.5 V cells.", "") == "It has two 1.5 V cells."
    assert sound("It comes with an about 120 beads per bag.", "") == (
        "It comes with about 120 beads per bag."
    )
    # A count that is part of a compound keeps its article.
    assert sound("It has a one-piece body.", "") == "It has a one-piece body."


def test_a_month_span_is_no_thing_the_product_has() -> None:
    assert feature_lead("Bloom", "April-June", Voice(plural=True)) is None
    bulbs = Listing(
        external_id="r40-bulbs",
        title="Dwarf Iris Bulbs",
        product_type="Bulbs",
        attributes={"Bloom": ["April-June"], "Planting depth": ["8 cm"]},
    )
    assert "April-June bloom" not in _prose(bulbs)


def test_a_caution_under_an_attention_label_stays_in_the_list() -> None:
    kit = Listing(
        external_id="r40-kit",
        title="Enamel Pin Making Kit",
        product_type="Craft kit",
        attributes={
            "Age": ["12 years and up"],
            "Attention": ["the kiln gets very hot; adult help needed"],
        },
    )
    html = draft(kit, DraftKind.DESCRIPTION)
    assert "kiln gets very hot" not in text_of(html.split("<ul>")[0])
    assert "kiln gets very hot" in html.split("<ul>", 1)[1]


def test_what_a_product_works_with_is_not_said_as_its_part() -> None:
    one = Voice(plural=False)
    said = plain_lead("Compatibility", "MX-style switches", one)
    assert said == "It works with MX-style switches"
    assert plain_lead("Compatible with", "most 60% boards; not low-profile", one) != (
        "It has most 60% boards"
    )


def test_no_screws_is_unfounded_where_the_listing_fixes_it_with_one() -> None:
    reason = "so no screws are needed to hang it"
    with reading_listing("Magnetic Tablet Holder. Mount: desk clamp, swivel head"):
        assert unfounded(reason)
    with reading_listing("Magnetic Spice Tin. Base: neodymium magnet"):
        assert not unfounded(reason)


def test_a_reason_about_the_facts_own_thing_is_not_said_before_it() -> None:
    one = Voice(plural=False)
    restating = " has laser-etched numerals, so the numerals never rub off."
    shapes = {_said_of("Brass Dial", restating, one, turn) for turn in range(9)}
    assert not any(s.startswith("The numerals never rub off:") for s in shapes)
    # Round 47: no reason opens the line, about the fact's own thing or another.
    other = " has a magnetic clasp, so the lid shuts firmly."
    shapes = {_said_of("Oak Trinket Box", other, one, turn) for turn in range(9)}
    assert not any(s.startswith("The lid shuts firmly:") for s in shapes)
    assert all(re.match(r"(The|This) Oak Trinket Box has a magnetic clasp, so", s) for s in shapes)
