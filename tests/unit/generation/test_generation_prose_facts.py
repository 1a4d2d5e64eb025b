"""Round 17: a listing's main facts without a known reason are told plainly in the prose, two
to a sentence, and nothing is said that the listing does not give."""

from plugin.domain import Listing
from plugin.generation.compose import choose
from plugin.generation.plan import plan_description
from plugin.generation.prose_facts import joined, plain_lead
from plugin.generation.render import render_description
from plugin.generation.voice import voice_of


def _prose(listing: Listing) -> str:
    plan = plan_description(listing)
    text = render_description(plan, choose(plan, listing, {}, None))
    return text.split("<ul>")[0]


def test_an_alarm_clocks_movement_and_bells_are_told_in_one_sentence() -> None:
    clock = Listing(
        external_id="clock",
        title="Twin-Bell Mechanical Alarm Clock",
        product_type="Alarm clock",
        attributes={
            "MOVEMENT": ["Mechanical, hand-wound – no batteries"],
            "ALARM": ["Twin steel bells, rings for about 60 seconds"],
            "LUMINOUS HANDS": ["Yes"],
        },
    )
    prose = _prose(clock)
    assert "luminous hands, so" in prose  # the known reason is still told
    # Round 17b: each now has its known reason (raters: "wind-up, no batteries and the loud
    # twin bells" are the main points).
    assert "mechanical movement, so it runs with no batteries to replace" in prose
    # Round 45: the body's reasons take turns in their shapes ("Its twin steel bells means …").
    assert "twin steel bells" in prose and "the alarm is hard to sleep through" in prose
    assert "rings for" not in prose  # a clause, not a noun: the list says it


def test_a_fight_sticks_buttons_and_stick_reach_the_prose() -> None:
    stick = Listing(
        external_id="stick",
        title="Arcade Fight Stick for PC",
        product_type="Arcade stick",
        attributes={
            "buttons": ["8 action buttons (30 mm) plus start and select"],
            "joystick": ["Ball-top stick with square restrictor"],
        },
    )
    prose = _prose(stick)
    assert "8 action buttons" in prose
    assert "a ball-top stick with square restrictor" in prose


def test_a_parts_measure_and_a_weight_limit_are_said_but_never_a_parcels() -> None:
    scooter = Listing(
        external_id="scooter",
        title="Folding Kick Scooter for Adults",
        product_type="Kick scooter",
        attributes={
            "Deck": ["Aluminium with grip tape"],
            "Max rider weight": ["100 kg (220 lb)"],
            "Package length": ["95 cm"],
            "Handlebar height": ["Adjustable 88–108 cm"],
        },
    )
    prose = _prose(scooter)
    assert "an aluminium deck with grip tape" in prose
    # Round 44: said with the deck as one sentence ("… and a maximum rider weight of 100 kg").
    assert "maximum rider weight of 100 kg" in prose or "maximum rider weight is 100 kg" in prose
    assert "95 cm" not in prose and "package" not in prose.lower()


def test_denials_materials_and_clauses_stay_in_the_list() -> None:
    it = voice_of("Toy")
    assert plain_lead("Not accepted", "Pinking shears", it) is None
    assert plain_lead("Batteries", "None – wind-up", it) is None
    assert plain_lead("Wood", "Lime wood", it) is None
    assert plain_lead("Warning", "Small parts", it) is None
    assert plain_lead("Experiments", "7", it) == "It has 7 experiments"


def test_two_plain_sentences_join_only_where_the_grammar_holds() -> None:
    assert joined("It has a brake.", "It has a bell.") == "It has a brake and a bell."
    assert joined("They are lined.", "They have a hood.") == "They are lined and have a hood."
    assert joined("It has a, b.", "It has c.") is None
    assert joined("It seats 4 adults.", "It comes with a lid.") == (
        "It seats 4 adults and comes with a lid."
    )
    assert joined("Its range is 9 m.", "It has a bell.") is None
    assert joined("It has a bell.", "They have a lid.") is None


def test_a_hot_tubs_seats_capacity_and_lid_are_told_not_invented() -> None:
    tub = Listing(
        external_id="tub",
        title="Inflatable Hot Tub",
        product_type="Inflatable hot tub",
        attributes={
            "Seats": ["6 adults"],
            "Water capacity": ["930 L (246 US gal)"],
            "Cover": ["Insulated lid included"],
            "Chemicals included": ["No"],
        },
    )
    prose = _prose(tub)
    assert "seats 6 adults" in prose and "930 L" in prose
    assert "comes with an insulated lid" in prose
    assert "chemical" not in prose.lower()
