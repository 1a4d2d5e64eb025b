"""Round 38: reasons held to what the listing's own facts say (a change with wear, a part that
comes off, a lid that grows, a pitch, a bulb, a time to assemble), and shop values said as
English (a use that opens with "with", a place and a date, an allergen of one option, a heat,
a span of time), on listings invented here."""

from __future__ import annotations

from plugin.domain import DraftKind, Listing
from plugin.generation.benefits import benefit_for, listing_text, reading_listing, unfounded
from plugin.generation.english_labels import per_unit
from plugin.generation.phrasing import _place_and_date
from plugin.generation.plan import plan_description
from tests.unit.generation.planner_drafts import draft, text_of


def _prose(listing: Listing) -> str:
    return text_of(draft(listing, DraftKind.DESCRIPTION).split("<ul>")[0])


def test_a_change_with_wear_is_held_to_the_one_the_listing_names() -> None:
    strap = Listing(
        external_id="r38-strap",
        title="Saddle Leather Watch Strap",
        product_type="Watch strap",
        attributes={"Leather": ["saddle leather, 3 mm"], "Note": ["Lightens with sun and wear"]},
    )
    with reading_listing(listing_text(strap)):
        assert unfounded("which softens with wear")
        assert not unfounded("which lightens with wear")
    with reading_listing("Strap: leather"):
        assert not unfounded("which softens with wear")
    assert "softens with wear" not in _prose(strap)


def test_a_part_that_comes_off_is_not_said_of_a_tool_bolted_in_place() -> None:
    clamp = Listing(
        external_id="r38-clamp",
        title="Quick Release Table Clamp",
        product_type="Bench clamp",
        attributes={
            "Release": ["Quick release"],
            "Fixing": ["Screws into the bench top, 3 screws supplied"],
        },
    )
    with reading_listing(listing_text(clamp)):
        said = benefit_for("Release", "Quick release", 0, product="bench clamp")
        assert said is not None and "jaw" in said
        assert unfounded("so it comes off in a second")
    assert "comes off" not in _prose(clamp)
    with reading_listing("Bike light . Mount: quick release strap"):
        assert not unfounded("so it comes off in a second")


def test_reasons_that_need_a_bag_a_pitch_or_a_bulb_need_them_in_the_listing() -> None:
    tin = Listing(
        external_id="r38-tin",
        title="Enamel Cake Tin",
        product_type="Cake tin",
        attributes={"Lid": ["Roll-top lid"], "Material": ["Enamelled steel"]},
    )
    with reading_listing(listing_text(tin)):
        assert unfounded("so it can close tight or grow to fit a bigger load")
    with reading_listing("Dry bag . Closure: roll-top"):
        assert not unfounded("so it can close tight or grow to fit a bigger load")
    with reading_listing("Glockenspiel . Tuning: D major"):
        assert unfounded("so it plays in tune with other instruments")
    with reading_listing("Glockenspiel . Tuning: A = 440 Hz"):
        assert not unfounded("so it plays in tune with other instruments")
    with reading_listing("Camping stove . Guard: heat shield"):
        assert unfounded("so the hot bulb cannot be touched")
    with reading_listing("Planter kit . Assembly: slot-together corners"):
        assert unfounded("so it goes together in minutes")
        assert not unfounded("so it goes together with no tools needed")
    with reading_listing("Shelf . Assembly: Yes"):
        assert unfounded("so it goes together with no tools needed")


def test_a_use_that_opens_with_a_preposition_reads_for_use() -> None:
    honey = Listing(
        external_id="r38-honey",
        title="Heather Honey",
        product_type="Honey",
        attributes={"Use": ["with cheese or on warm toast"], "Weight": ["340 g"]},
    )
    prose = _prose(honey)
    assert "is for use with cheese or on warm toast" in prose
    assert "is for with" not in prose


def test_a_place_and_a_date_are_said_with_in() -> None:
    assert _place_and_date("Kent, june 2025") == "in Kent in June 2025"
    assert _place_and_date("march 2024") == "in March 2024"
    assert _place_and_date("Kent") is None
    assert _place_and_date("Medium") is None
    assert _place_and_date("kent, june 2025") is None
    cider = Listing(
        external_id="r38-cider",
        title="Dry Perry",
        product_type="Perry",
        attributes={"Pressed": ["Herefordshire, october 2025"], "Strength": ["6% ABV"]},
    )
    prose = _prose(cider)
    assert "was pressed in Herefordshire in October 2025" in prose
    assert "is pressed herefordshire" not in prose


def test_an_allergen_heat_and_span_are_said_as_english() -> None:
    fudge = Listing(
        external_id="r38-fudge",
        title="Sea Salt Fudge",
        product_type="Fudge",
        options={"Flavour": ["Sea salt", "Hazelnut"]},
        attributes={
            "Ingredients": ["sugar, butter, cream, sea salt"],
            "Allergens": ["Hazelnut tin: hazelnuts, milk"],
        },
    )
    prose = _prose(fudge)
    # Round 47: the allergen line is the list's in the description; the plan says it in
    # English for the other kinds.
    leads = " ".join(s.lead for s in plan_description(fudge).sentences)
    assert "The hazelnut tin contains hazelnuts and milk." in leads, leads
    assert "contains hazelnut tin" not in prose
    relish = Listing(
        external_id="r38-relish",
        title="Scotch Bonnet Relish",
        product_type="Relish",
        attributes={"Heat": ["Extra hot"], "Cured": ["6 weeks"]},
    )
    prose = _prose(relish)
    assert "hot heat" not in prose
    assert "cured to" not in prose


def test_one_measure_in_two_notations_is_not_said_per_itself() -> None:
    assert per_unit("2,5 m / 2.5 m") is None
    assert per_unit("9,5 g / 100 g") == "9,5 g per 100 g"
    hose = Listing(
        external_id="r38-hose",
        title="Slang / Garden Hose",
        product_type="Slang / Hose",
        options={"Lengte / Length": ["2,5 m / 2.5 m", "5,5 m / 5.5 m"]},
        attributes={"Materiaal / Material": ["rubber / rubber"]},
    )
    html = draft(hose, DraftKind.DESCRIPTION)
    assert "per 2.5 m" not in html


def test_an_age_for_one_size_is_left_to_the_list() -> None:
    bear = Listing(
        external_id="r38-bear",
        title="Knitted Bear",
        product_type="Soft toy",
        options={"Height": ["25 cm", "40 cm"]},
        attributes={"Yarn": ["organic cotton"], "Age": ["0+ (25 cm)"]},
    )
    assert "for ages 0+ (25 cm)" not in _prose(bear)
