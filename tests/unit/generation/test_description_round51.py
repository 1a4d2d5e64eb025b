"""Round 51: English descriptions after heldout52's notes, on listings invented here. A tag
whose reason the rules know is said where no yes/no frame fitted it (a describing word before a
thing, a container, a single source with its place)."""

from __future__ import annotations

from plugin.domain import DraftKind, Listing
from plugin.generation.tag_frames import tag_lead
from plugin.generation.voice import Voice
from tests.unit.generation.planner_drafts import draft, text_of

_ONE = Voice(False)
_MANY = Voice(True)

# Invented listings whose tags carry a known reason that no yes/no frame fitted.
_COFFEE = Listing(
    external_id="r51-coffee",
    title="Highland Arabica Coffee Beans",
    product_type="Coffee beans",
    categories=["Drinks > Coffee"],
    attributes={"Roast": ["medium"], "Origin": ["Huila, Colombia"]},
    tags=["single-source", "whole bean"],
)
_KEYS = Listing(
    external_id="r51-keys",
    title="Floating Key Case with Cord",
    product_type="Key case",
    categories=["Watersports > Accessories"],
    attributes={"Material": ["EVA foam"], "Colour": ["Orange"]},
    tags=["padded lanyard", "floats"],
)
_NUTS = Listing(
    external_id="r51-nuts",
    title="Roasted Hazelnuts, 150 g",
    product_type="Nuts",
    categories=["Food > Snacks"],
    attributes={"Ingredients": ["hazelnuts", "sea salt"], "Origin": ["Piedmont"]},
    tags=["resealable tin"],
)


def test_a_describing_word_before_a_thing_is_a_thing_it_has() -> None:
    assert tag_lead("Padded lanyard", _ONE) == "It has a padded lanyard"
    assert tag_lead("curved jaws", _MANY) == "They have curved jaws"
    assert tag_lead("Non-toxic glaze", _ONE) == "It has non-toxic glaze"
    assert tag_lead("Copper nozzle", _ONE) == "It has a copper nozzle"
    # A container is what it comes in.
    assert tag_lead("Resealable tin", _MANY) == "They come in a resealable tin"


def test_a_single_source_is_where_it_comes_from_with_its_place() -> None:
    assert tag_lead("single orchard", _ONE) == "It comes from a single orchard"
    assert tag_lead("Single-estate", _MANY, "Kandy, Sri Lanka") == (
        "They come from a single estate in Kandy, Sri Lanka"
    )
    # An origin that is a phrase of its own is not a place to put after "in".
    assert tag_lead("single farm", _ONE, "grown and packed on the farm") == (
        "It comes from a single farm"
    )


def test_no_frame_for_a_material_an_activity_or_an_unknown_thing() -> None:
    for tag in (
        "cast bronze",
        "imaginative play",
        "wooden game",
        "hand stitched",
        "instant access",
        "single-speed",
    ):
        assert tag_lead(tag, _ONE) is None, tag


def test_the_tag_and_its_reason_reach_the_description() -> None:
    coffee = text_of(draft(_COFFEE, DraftKind.DESCRIPTION))
    assert "from a single source in Huila, Colombia, so" in coffee, coffee
    keys = text_of(draft(_KEYS, DraftKind.DESCRIPTION))
    assert "has a padded lanyard, so" in keys or "padded lanyard means" in keys, keys
    nuts = text_of(draft(_NUTS, DraftKind.DESCRIPTION))
    assert "come in a resealable tin, so" in nuts, nuts


# An invented listing whose handwork is a tag with no other fact to give a reason.
_SPOON = Listing(
    external_id="r51-spoon",
    title="Cherry Wood Porridge Spoon",
    product_type="Wooden spoon",
    categories=["Kitchen > Utensils"],
    attributes={"Wood": ["cherry"], "Length": ["21 cm"]},
    tags=["hand whittled", "food-safe oil"],
)


def test_handwork_named_by_its_craft_has_a_reason() -> None:
    from plugin.generation.benefits import benefit_for

    handwork = {"so no two are quite the same", "so each piece shows the maker's hand"}
    for said in ("Hand whittled", "hand-blown", "Handspun", "Making: Hand plaited"):
        assert benefit_for(said, "Yes", 0, product="x") in handwork, said
        assert benefit_for(said, "Yes", 1, product="x") in handwork, said
    # Care and forging keep what they were: no handwork reason for a wash, the tools rule's
    # own reason for a forged blade.
    assert benefit_for("Hand wash", "Yes", 0, product="x") is None
    assert benefit_for("Hand forged", "Yes", 0, product="x") not in handwork
    spoon = text_of(draft(_SPOON, DraftKind.DESCRIPTION))
    assert any(f"hand whittled, {reason}" in spoon for reason in handwork), spoon


def test_a_file_format_is_what_it_comes_in() -> None:
    from plugin.generation.label_frames import label_lead

    assert label_lead("File format", "EPUB", _ONE) == "It comes in EPUB format"
    assert label_lead("File format", "svg", _MANY) == "They come in SVG format"
    # A longer value keeps the frames it had.
    assert label_lead("File format", "EPUB and PDF", _ONE) != "It comes in EPUB AND PDF format"
