"""Round 21 (heldout23's notes, seen): frames for labels that are no thing, value casing, size
choices that keep "sizes", contents notes, rich listings told in more words, thin listings not
opened by a colour, services, safety notes. Every listing here is written for these tests."""

from __future__ import annotations

from plugin.domain import Listing
from plugin.generation.material_frames import build_lead
from plugin.generation.option_choice import choice_lead
from plugin.generation.phrasing import feature_lead
from plugin.generation.plan import plan_description
from plugin.generation.prose_facts import joined, plain_lead
from plugin.generation.voice import voice_of


def _listing(title: str, attributes: dict[str, str | list[str]], **extra: object) -> Listing:
    return Listing(
        external_id="r21",
        title=title,
        description_html="",
        attributes={k: [v] if isinstance(v, str) else v for k, v in attributes.items()},
        **extra,  # type: ignore[arg-type]
    )


def _prose(listing: Listing) -> str:
    plan = plan_description(listing, seed=0)
    first = plan.sentences[0]
    leads = [first.fallback if first.ask == "hook" else first.lead]
    leads += [s.lead for i, s in enumerate(plan.sentences[1:], 1) if i != first.replaces]
    return " ".join(leads)


def test_labels_that_are_no_thing_get_a_verb_that_fits() -> None:
    it = voice_of("Indigo Dye Powder")
    assert feature_lead("FORM", "Fine powder", it) == "It comes as a fine powder"
    assert feature_lead("SOURCE", "Indigofera leaf", it) == "It is made from indigofera leaf"
    assert feature_lead("Chemical", "Sodium carbonate", it) == "It is sodium carbonate"
    they = voice_of("Welding Rods")
    assert feature_lead("Positions", "All positions", they) == "They can be used in all positions"
    assert build_lead("Base metal", "Carbon steel", 0, they) == "They are for use on carbon steel"
    ball = voice_of("Tennis Ball")
    assert feature_lead("Surface", "Clay and hard courts", ball) == (
        "It is made for clay and hard courts"
    )
    # A surface that is the product's own is not "made for" it.
    assert feature_lead("Surface", "Non-slip rubber", ball) != "It is made for non-slip rubber"


def test_no_frame_says_a_label_as_a_thing() -> None:
    it = voice_of("Craft Kit")
    for name, value in (("Time", "5–6 hours"), ("Type", "Ceramic glaze")):
        said = plain_lead(name, value, it) or ""
        assert not said.endswith((" time", " type")) and "Its time" not in said


def test_a_capital_after_the_verb_is_lowered_and_wear_time_reads_as_wearing() -> None:
    plugs = voice_of("Silicone Ear Plugs")
    assert plain_lead("Wear time", "Up to 8 hours", plugs) == "They can be worn for up to 8 hours"
    said = plain_lead("Charge time", "About 2 hours", voice_of("Lamp")) or ""
    assert "About" not in said


def test_a_value_that_repeats_its_lining_name_is_a_state() -> None:
    suit = voice_of("Swim Costume")
    assert build_lead("lining", "Front lined", 0, suit) == "It is front lined"


def test_size_choices_keep_the_word_sizes() -> None:
    said = choice_lead([], ["Size 5 (69–70 cm)", "Size 6 (72–74 cm)"], 0, voice_of("Ball"))
    assert "sizes 5 (69–70 cm) or 6 (72–74 cm)" in said


def test_contents_notes_and_bare_measures_are_not_items() -> None:
    trio = _listing(
        "Biscuit Trio", {"Contents": "3 tins, each sold separately"}, product_type="Bundle"
    )
    prose = _prose(trio)
    assert "each sold separately" not in prose and "3 tins" in prose
    kit = _listing(
        "Crochet Kit – Owl",
        {"In the box": ["2 hooks, 4 mm", "Printed pattern"], "Skill level": "Beginner"},
        product_type="Craft kit",
    )
    assert "a 4 mm" not in _prose(kit)
    toffee = _listing("Treacle Toffee, 150 g Bag", {"Pieces": "About 20"})
    assert "an about" not in _prose(toffee)


def test_two_measures_of_the_product_are_one_sentence() -> None:
    assert joined("Its max head is 1.5 m.", "Its power is 20 W.") == (
        "It has a max head of 1.5 m and a power of 20 W."
    )
    assert joined("Its cable is 5 m.", "Its voltage is 230 V.") == (
        "It has a 5 m cable and a voltage of 230 V."
    )


def test_a_property_measure_is_said_of_the_product() -> None:
    lamp = voice_of("Garden Floodlight")
    assert plain_lead("Brightness", "3,000 lumens", lamp) == ("It has a brightness of 3,000 lumens")
    # A thing's measure is no "rack of 19 in"; a time is no thing.
    assert plain_lead("Rack", "19 in, 1U", lamp) is None
    assert "time of" not in (plain_lead("Time", "3–4 hours", lamp) or "")


def test_a_rich_listing_with_measures_does_not_open_introducing() -> None:
    beamer = _listing(
        "Short-Throw HD Projector",
        {
            "Brightness": "3,200 ANSI lumens",
            "Lamp": "Rated 10,000 hours in eco mode",
            "Speakers": "1 x 10 W",
            "Inputs": "2 x HDMI, USB-A",
            "Throw": "80 in image from 1 m",
            "Fan noise": "28 dB in eco mode",
        },
        product_type="Projector",
        categories=["Home Cinema > Projectors"],
    )
    prose = _prose(beamer)
    assert not prose.startswith("Introducing")
    assert "brightness of 3,200 ANSI lumens" in prose


def test_a_colour_never_opens_a_thin_listing_with_a_plainer_line() -> None:
    twine = _listing("Jute Garden Twine, 3 Balls", {"Colour": "Green"}, categories=["Gardening"])
    prose = _prose(twine)
    assert not prose.startswith("The Jute Garden Twine, 3 Balls is green")
    assert "comes in green" not in prose.split(".")[0]


def test_a_service_says_how_it_is_delivered() -> None:
    review = _listing(
        "Bike Fit Review, Online",
        {"Delivery": "Video call with screen share", "Physical item shipped": "No"},
        product_type="Service",
        categories=["Cycling > Services"],
    )
    prose = _prose(review)
    assert "delivered by video call with screen share" in prose


def test_the_shops_safety_note_is_said_as_written() -> None:
    heater = _listing(
        "Aquarium Heater, 100 W",
        {
            "Power": "100 W",
            "Range": "20–32 °C",
            "Safety": "Unplug before putting hands in the tank",
        },
        product_type="Aquarium heater",
    )
    assert "Unplug before putting hands in the tank." in _prose(heater)
    # A note that is no sentence for the buyer stays in the list.
    odd = _listing("Aquarium Heater, 50 W", {"Power": "50 W", "Safety": "CE, UKCA"})
    assert "CE, UKCA." not in _prose(odd)


def test_a_compound_is_no_chemical_label() -> None:
    tyres = voice_of("Crawler Tyres")
    assert feature_lead("Compound", "Super soft", tyres) != "They are super soft"
