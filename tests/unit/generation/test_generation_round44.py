"""Round 44: the main selling point first, facts joined, reasons held to their product, on
listings invented here."""

from __future__ import annotations

from plugin.domain import DraftKind, Listing
from plugin.generation.benefits import benefit_for
from plugin.generation.prose_facts import joined
from plugin.generation.purpose import with_purpose
from plugin.generation.rule_match import rule_for
from plugin.generation.sentence import Role, Sentence
from plugin.generation.voice import Voice
from tests.unit.generation.planner_drafts import draft, text_of


def _prose(listing: Listing) -> str:
    return text_of(draft(listing, DraftKind.DESCRIPTION).split("<ul>", 1)[0])


_SCARF = Listing(
    external_id="r44-scarf",
    title="Alpaca Ribbed Scarf",
    product_type="Scarf",
    attributes={
        "Composition": ["80% alpaca", "20% nylon"],
        "Length": ["180 cm"],
        "Care": ["hand wash cold"],
    },
)


def test_a_fibre_blend_under_composition_is_said_with_its_reason() -> None:
    prose = _prose(_SCARF)
    first = prose.split(". ")[0]
    assert "80% alpaca" in first and "warm" in first


def test_a_recipe_under_composition_is_no_material() -> None:
    assert benefit_for("Composition", "rolled oats, honey, sunflower seeds", 0) is None
    assert rule_for("Composition", "rolled oats, honey") is None


_RADIO = Listing(
    external_id="r44-radio",
    title="Wind-Up Emergency Radio with Phone Charging",
    product_type="Radio",
    attributes={"Bands": ["AM/FM"], "Run time": ["up to 8 hours per full charge"]},
)


def test_a_feature_the_title_names_is_said_in_the_first_two_sentences() -> None:
    prose = _prose(_RADIO)
    opening = ". ".join(prose.split(". ")[:2])
    assert "phone can be topped up" in opening
    # Not as the first line itself: "the … with Phone Charging has phone charging".
    assert "Charging has phone charging" not in prose


def test_phone_charging_is_a_reason_only_for_what_can_give_the_charge() -> None:
    assert benefit_for("Phone charging", "Yes", 0, product="camping lantern") is not None
    assert benefit_for("Phone charging", "Yes", 0, product="phone charger") is None
    # A plain "USB charging" tag may be how the product itself charges.
    assert benefit_for("USB charging", "Yes", 0, product="camping lantern") is None


def test_a_swivel_base_turns_the_sitter_only_on_a_seat() -> None:
    seat = benefit_for("Base", "Swivel base", 0, product="drafting stool")
    assert seat is not None and "without" in seat
    vice = benefit_for("Base", "Swivel base", 0, product="machinist vice")
    assert vice is not None and vice != seat and "work" in vice
    assert benefit_for("Base", "Swivel base", 0, product="tablet stand") is None


def test_a_has_sentence_and_an_its_measure_are_joined() -> None:
    said = joined("It has a reach of 3 m.", "Its lifting capacity is 150 kg.")
    assert said == "It has a reach of 3 m and a lifting capacity of 150 kg."
    assert joined("They have a reach of 3 m.", "Its lifting capacity is 150 kg.") is None


_GAUGE = Listing(
    external_id="r44-gauge",
    title="Digital Rain Gauge",
    product_type="Rain gauge",
    tags=["garden"],
    attributes={"Capacity": ["150 mm of rain"], "Display": ["LCD"], "Mount": ["fence post"]},
)


def test_what_the_type_does_is_not_said_again_after_a_first_line_that_says_it() -> None:
    voice = Voice(plural=False)
    said = (
        Sentence(Role.HOOK, "This Digital Rain Gauge measures how much rain has fallen."),
        Sentence(Role.FEATURE, "It has an LCD display."),
    )
    other = (
        Sentence(Role.HOOK, "This Digital Rain Gauge has an LCD display."),
        Sentence(Role.FEATURE, "It mounts on a fence post."),
    )
    for turn in range(3):
        assert with_purpose(said, _GAUGE, voice, turn << 13) == said
        assert len(with_purpose(other, _GAUGE, voice, turn << 13)) == 3
