"""Round 53: English descriptions after heldout54's notes, on listings invented here. A reason
never promises a cleaning or a use the listing's care facts deny; stock "… is not a worry" and
"Meet the …" lines are gone; a short draft keeps the listing's material, parts and origin."""

from __future__ import annotations

from plugin.domain import DraftKind, Listing
from plugin.generation.benefits import benefit_for, listing_text, reading_listing
from plugin.generation.care_claims import denied_by_care
from plugin.generation.plan import plan_description
from plugin.generation.prose_facts import joined, plain_lead
from plugin.generation.voice import Voice
from tests.unit.generation.planner_drafts import draft, text_of

_ONE = Voice(False)

_MUG = Listing(
    external_id="r53-mug",
    title="Speckled Stoneware Espresso Cup",
    product_type="Cup",
    categories=["Home > Tableware > Cups"],
    attributes={
        "Material": ["ceramic"],
        "Capacity": ["90 ml"],
        "Care": ["do not wash with soap; wipe with a dry cloth only"],
    },
)
_TRAY = Listing(
    external_id="r53-plate",
    title="Lacquered Serving Tray",
    product_type="Tray",
    categories=["Home > Serveware > Trays"],
    attributes={
        "Material": ["birch plywood"],
        "Dishwasher safe": ["yes"],
        "Care": ["hand wash only to keep the lacquer"],
    },
)
_SCARF = Listing(
    external_id="r53-scarf",
    title="Ribbed Alpaca Snood",
    product_type="Snood",
    categories=["Accessories > Scarves"],
    attributes={"Material": ["alpaca"], "Lining": ["silk"], "Length": ["180 cm"]},
    tags=["ribbed knit", "made in shetland"],
)
_LAMP = Listing(
    external_id="r53-lamp",
    title="Rattan Pendant Shade",
    product_type="Lamp shade",
    categories=["Home > Lighting > Shades"],
    attributes={"Material": ["rattan"], "Diameter": ["40 cm"], "Fixings": ["included"]},
    tags=["handwoven", "made in lombok"],
)


def test_a_cleaning_promise_is_not_said_beside_care_that_denies_it() -> None:
    assert denied_by_care("which wipes clean easily", "care: do not wash; wipe with a dry cloth")
    assert denied_by_care("so washing up afterwards is quick", "care: hand wash only")
    assert denied_by_care("so leftovers can go straight in to warm up", "not microwave safe")
    # Care that allows it, or says nothing of it, denies nothing.
    assert not denied_by_care("which wipes clean easily", "care: dishwasher safe")
    assert not denied_by_care("so it resists rust", "care: hand wash only")


def test_the_one_check_holds_every_reason_source_to_the_care_facts() -> None:
    # A material's reason and a rule's reason both pass through it.
    with reading_listing(listing_text(_MUG)):
        assert benefit_for("Material", "ceramic", 0, product="cup") is None
    with reading_listing(listing_text(_TRAY)):
        assert benefit_for("Dishwasher safe", "yes", 0, product="tray") is None
    assert benefit_for("Material", "ceramic", 0, product="cup") == "which wipes clean easily"
    for listing in (_MUG, _TRAY):
        said = text_of(draft(listing, DraftKind.DESCRIPTION)).lower()
        assert "wipes clean" not in said and "washing up" not in said
        assert "no effort" not in said


def test_water_reasons_are_plain_not_a_worry() -> None:
    for turn in range(4):
        for fact in (("Waterproof", "Yes"), ("Water resistant", "Yes"), ("Rating", "IPX4")):
            reason = benefit_for(*fact, turn) or ""
            assert reason and "worry" not in reason


def test_a_fixings_reason_does_not_say_fixings_twice() -> None:
    for turn in range(2):
        reason = benefit_for("Fixings", "included", turn, product="shade") or ""
        assert reason.count("fixings") == 0


def test_a_short_draft_keeps_its_lining_and_where_it_is_made() -> None:
    said = " ".join(s.lead for s in plan_description(_SCARF).sentences if not s.listed)
    assert "Shetland" in said
    assert "silk lining" in said
    said = " ".join(s.lead for s in plan_description(_LAMP).sentences if not s.listed)
    assert "made in Lombok" in said
    assert "no trip to the shop" not in said


def test_made_of_and_made_in_read_as_one_phrase() -> None:
    assert joined("It is made of linen.", "It is made in Latvia.") == (
        "It is made of linen in Latvia."
    )
    assert joined("It is made in Latvia.", "It is made of linen.") != (
        "It is made in Latvia of linen."
    )


def test_a_value_of_places_says_its_label_and_a_container_what_it_comes_in() -> None:
    assert plain_lead("Pockets", "front and back", _ONE) == "It has front and back pockets"
    assert plain_lead("Container", "amber glass jar", _ONE) == "It comes in an amber glass jar"


def test_no_stock_meet_the_opener_and_no_bike_for_cycling() -> None:
    bike = Listing(
        external_id="r53-bike",
        title="Step-Through Commuter Bicycle",
        product_type="Bicycle",
        categories=["Cycling > Bikes > Commuter"],
        attributes={"Gears": ["7-speed hub"], "Frame": ["aluminium"]},
    )
    for seed in range(8):
        said = " ".join(s.lead for s in plan_description(bike, seed).sentences)
        assert "Meet the" not in said
        assert "for cycling" not in said
