"""Frames for facts whose reason is known but whose value shape had no sentence (round 15's
gap): each frame fits one shape and returns None for a shape it does not fit."""

from plugin.domain import Listing
from plugin.generation.phrasing import feature_lead
from plugin.generation.plan import plan_description
from plugin.generation.said_values import lower_values
from plugin.generation.stated_frames import stated_lead
from plugin.generation.value_shapes import is_measure
from plugin.generation.voice import voice_of

IT = voice_of("Trail Tripod")
THEY = voice_of("Trekking Poles")


def test_verb_led_yes_names_say_what_it_does() -> None:
    assert feature_lead("Converts to monopod", "Yes", IT) == "It converts to a monopod"
    assert feature_lead("Converts to monopod", "Yes", THEY) == "They convert to a monopod"
    assert (
        feature_lead("Zips together with a second bag", "Yes", IT)
        == "It zips together with a second bag"
    )
    # Not a verb: "Glass to …" and a name without a particle stay with the other frames.
    assert feature_lead("Glass to table", "Yes", IT) is None
    assert feature_lead("Hook for hive", "Yes", IT) is None


def test_adjective_led_names_keep_their_object() -> None:
    assert feature_lead("Safe on wax & sealants", "Yes", IT) == "It is safe on wax and sealants"
    assert feature_lead("Roasted to order", "Yes", IT) == "It is roasted to order"
    assert feature_lead("Colourfast", "Yes", IT) == "It is colourfast"


def test_needed_names_take_an_article_or_say_no() -> None:
    assert (
        feature_lead("Air pump required", "Yes (not included)", IT)
        == "It needs an air pump (not included)"
    )
    assert feature_lead("Assembly required", "Yes", IT) == "Assembly is required"
    assert feature_lead("Pre-rinse needed", "No", IT) == "No pre-rinse is needed"


def test_yes_with_a_note_keeps_it_in_one_shape() -> None:
    assert feature_lead("Lid", "Yes, hinged", IT) == "It has a hinged lid"
    assert feature_lead("Rubber ferrule", "Yes, non-slip", IT) == "It has a non-slip rubber ferrule"
    assert (
        feature_lead("Removable base", "Yes, for cleaning", IT)
        == "It has a removable base for cleaning"
    )
    assert (
        feature_lead("Chain breaker", "Yes (fits 8–11 speed chains)", IT)
        == "It has a chain breaker (fits 8–11 speed chains)"
    )
    assert (
        feature_lead("Recording", "Yes, available for 30 days", IT)
        == "A recording is available for 30 days"
    )
    assert feature_lead("Folding", "Yes (table and chairs)", IT) == "It folds"
    assert feature_lead("Corner ties", "Yes, 4 inside ties", IT) == "It has corner ties"
    # A describing name's note is a condition, kept: not "It is dimmable".
    assert (
        feature_lead("Dimmable", "Yes, with dimmable bulb", IT)
        == "It is dimmable (with dimmable bulb)"
    )
    assert feature_lead("Knee pad pockets", "Yes - fits EN 14404 pads (sold separately)", THEY) == (
        "They have knee pad pockets"
    )
    # A note on something that is no part stays for the list.
    assert feature_lead("Anti-collision", "Yes, gyroscope-based", IT) is None
    assert feature_lead("Tilt", "Yes, push-button", IT) is None


def test_feature_nouns_and_mass_features() -> None:
    assert feature_lead("Privacy flap", "Yes", IT) == "It has a privacy flap"
    assert feature_lead("Elastic closure", "Yes", IT) == "It has an elastic closure"
    assert (
        feature_lead("Active noise cancellation", "Yes", THEY)
        == "They have active noise cancellation"
    )
    assert feature_lead("Energy monitoring", "Yes", IT) == "It has energy monitoring"


def test_a_measure_with_its_standard_and_sign() -> None:
    assert is_measure("+3 °C") and is_measure("-5 °C") and not is_measure("+ more")
    assert (
        feature_lead("Comfort temperature (ISO 23537)", "+3 °C", IT)
        == "Its comfort temperature is +3 °C (ISO 23537)"
    )
    # A bracket that is no standard on a name that is no property stays with the other frames.
    assert feature_lead("Pockets (inside)", "2 cm", IT) != "Its pockets is 2 cm (inside)"


def test_describing_items_of_a_part() -> None:
    assert feature_lead("Binding", "Thread-sewn, lay-flat", IT) == (
        "Its binding is thread-sewn and lay-flat"
    )
    assert feature_lead("Wick", "Cotton, lead-free", IT) == "Its wick is cotton and lead-free"
    # A part among the items is not a description: "is stainless steel mesh and removable".
    assert feature_lead("Infuser", "Stainless steel mesh, removable", IT) is None


def test_type_names_are_not_a_part_it_has() -> None:
    assert feature_lead("Cutting type", "Bypass", IT) is None
    assert stated_lead("Cutting type", "Bypass", IT) == "Its cutting type is bypass"
    assert stated_lead("Ink type", "Dye-based", IT) == "Its ink type is dye-based"


def test_letter_shaped_parts_are_not_names() -> None:
    assert lower_values(["Flat scraper", "J-hook"]) == ["flat scraper", "J-hook"]
    assert lower_values(["Adams", "Elk Hair Caddis"]) == ["Adams", "Elk Hair Caddis"]


def test_a_framed_fact_reaches_the_prose_with_its_reason() -> None:
    listing = Listing.from_dict(
        {
            "title": "Carbon Travel Tripod",
            "product_type": "Tripod",
            "attributes": {"Converts to monopod": ["Yes"]},
        }
    )
    prose = " ".join(s.lead for s in plan_description(listing).sentences)
    assert "converts to a monopod" in prose


def test_tags_that_are_adjective_compounds() -> None:
    assert feature_lead("Quick dry", "Yes", IT) == "It is quick-dry"
    assert feature_lead("Self Inflating", "Yes", IT) == "It is self-inflating"
    assert feature_lead("Single origin", "Yes", IT) == "It is single-origin"
    assert feature_lead("Lay-flat", "Yes", IT) == "It lies flat"
    assert feature_lead("Handmade in scotland", "Yes", IT) == "It is handmade in Scotland"
    assert feature_lead("Plastic-free packaging", "Yes", IT) == "It has plastic-free packaging"
    # A noun-phrase tag is no feature it has ("It has a slow feeder"): the list keeps it.
    assert feature_lead("Slow feeder", "Yes", IT) is None
    assert feature_lead("Dot grid", "Yes", IT) is None


def test_a_compound_tag_the_title_says_is_not_said_again() -> None:
    listing = Listing.from_dict(
        {
            "title": "Fjällgrund 3-Season Synthetic Sleeping Bag",
            "product_type": "Sleeping bag",
            "tags": ["3-season"],
        }
    )
    prose = " ".join(s.lead for s in plan_description(listing).sentences)
    assert "is 3-season" not in prose
