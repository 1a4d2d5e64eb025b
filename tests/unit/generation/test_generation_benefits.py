"""Known reasons for common facts: right for the fact, and never a new claim."""

import re

from plugin.generation.benefits import BENEFITS, MATERIALS, benefit_for
from plugin.generation.clauses import CONNECTORS


def test_a_common_fact_gets_its_reason_and_an_unknown_one_none() -> None:
    assert benefit_for("Dishwasher safe", "Yes", 0) == "so washing up afterwards is quick"
    assert benefit_for("Dishwasher safe", "Yes", 1) == "so cleaning up takes no effort"
    assert benefit_for("Battery", "1800 mAh, USB-C charging", 0) == (
        "so one USB-C cable is all it needs"
    )
    assert benefit_for("Rechargeable", "Yes", 0) == "so there are no batteries to replace"
    assert benefit_for("Burn time", "45 hours", 0) == "so it sees you through many evenings"
    assert benefit_for("Dishwasher safe", "No", 0) is None
    assert benefit_for("Pattern repeat", "64 cm", 0) is None


def test_a_single_common_material_gets_what_it_does_and_a_blend_none() -> None:
    # Round 35: cotton's feel is no claim its listing makes: it gets no reason.
    assert benefit_for("Material", "100% organic cotton", 0) is None
    assert benefit_for("Material", "18/8 stainless steel", 0) == "so it resists rust"
    assert benefit_for("Fabric", "Linen", 1) == "which breathes on warm days"
    assert benefit_for("Material", "Cotton and linen", 0) is None
    assert benefit_for("Lining", "Cotton", 0) is None
    # A blend led by one material at 60 % or more gets that material's reason, said of the
    # whole ("so it", not "which", which would attach to the last material named).
    blend = "80% stainless steel, 20% brass"
    assert benefit_for("Material", blend, 0, product="Bottle opener") == "so it resists rust"
    # Round 48: how fast a fabric dries is no claim its listing makes: polyester gets none.
    polyester = "78% recycled polyester, 22% elastane"
    assert benefit_for("Fabric", polyester, 0, product="Running top") is None
    # A fabric's drying is for what is worn or carried, not an ink ribbon (heldout20).
    assert benefit_for("Material", "Woven nylon", 0, product="Typewriter ribbon") is None
    assert benefit_for("Material", "55% linen, 45% cotton", 0) is None
    assert benefit_for("Material", "12 oz organic cotton canvas", 0, product="tote bag") == (
        "which is tough enough for everyday carrying"
    )


def test_a_fact_said_in_the_negative_gets_no_reason() -> None:
    assert benefit_for("Ink", "Water-based, not waterproof", 0) == "so it cleans up with water"
    assert benefit_for("Finish", "Not waterproof", 0) is None
    assert benefit_for("Sun protection", "UPF 50+", 0) == "so it shields your skin from the sun"


def test_every_reason_reads_after_a_comma_and_adds_no_number_or_material() -> None:
    material_reasons = [(r,) for reasons in MATERIALS.values() for r in reasons]
    for reasons in [b.reasons for b in BENEFITS] + material_reasons:
        for reason in reasons:
            assert reason.split()[0] in CONNECTORS
            assert not re.search(r"\d", reason)
            assert not reason.endswith(".")


def test_families_of_facts_with_a_reason_that_follows_from_the_fact_itself() -> None:
    # Written as shops write them: the rule reads the meaning, not one listing's wording.
    assert benefit_for("Delivery", "Download link by email after payment", 0) == (
        "so there is nothing to wait for in the post"
    )
    assert benefit_for("Heat sources", "Gas, electric and induction", 0) == (
        "so it works on any hob, induction included"
    )
    assert benefit_for("Heat sources", "Gas and electric", 0) is None
    assert benefit_for("Mounting", "Wall plugs and screws provided", 0) == (
        "so everything needed to put it up is in the box"
    )
    assert benefit_for("Units", "kg / lb", 0) == "so you can use the unit you know"
    assert benefit_for("Runtime", "Up to 9 hours", 0) == "so it keeps going between charges"
    assert benefit_for("Hardness", "60 HRC", 0) == "so the edge stays sharp for longer"
    assert benefit_for("UPF", "50+", 0) == "so it shields your skin from the sun"
    assert benefit_for("Closure", "Zip", 0) == "so everything stays safely inside"
    assert benefit_for("Closure", "Buttons", 0) is None


def test_a_part_named_after_its_material_gets_the_material_s_reason() -> None:
    assert benefit_for("Material", "Polycarbonate shell", 0) == "which shrugs off knocks and drops"
    assert benefit_for("Body", "Stainless steel body", 0) == "so it resists rust"


def test_a_game_s_play_time_is_not_a_battery_s_runtime() -> None:
    assert benefit_for("Play time", "45-60 min", 0) is None
    assert benefit_for("Runtime", "up to 12 hours", 0) == "so it keeps going between charges"
    assert benefit_for("Convertible", "Yes", 0) is None  # a high chair is not a bag


def test_a_reason_is_for_the_fact_a_rule_was_written_for() -> None:
    """Round 11's raters: a glaze "fired to maturity" got a crop's harvest reason, a chuck's
    dovetail jaws a joint's, a chalk bag's fleece a garment's warmth, and a bag "not fully
    waterproof" was said to keep rain out."""
    assert benefit_for("Days to maturity", "60-70 days", 0) is not None
    assert benefit_for("Food safe", "Yes, when fired to maturity", 0) is None
    assert benefit_for("Joints", "Dovetail", 0) == "so the joints are strong and built to hold"
    assert benefit_for("Jaw type", "Dovetail", 0) is None
    assert benefit_for("Fleece lined", "Yes", 0, worn=True) == "so it feels soft and warm inside"
    assert benefit_for("Fleece lined", "Yes", 0, worn=False) is None
    assert benefit_for("Water resistant", "Yes - not fully waterproof", 0) == (
        "so it shrugs off a splash or a shower"
    )
    assert benefit_for("Waterproof", "Yes (IP67)", 0) == "so water stays on the outside"


def test_stock_phrases_raters_marked_as_template_are_gone() -> None:
    for name, value in (("Suitable for", "Beginners"), ("Skill level", "Beginner")):
        assert benefit_for(name, value, 0) is None
    assert benefit_for("Wax", "Soy wax", 0) is None


def test_a_material_whose_reason_is_about_one_kind_of_product_gets_it_only_there() -> None:
    assert benefit_for("Material", "Carbon steel", 0, product="chef's knife") is not None
    assert benefit_for("Material", "0.8 mm carbon steel", 0, product="loaf tin") is None
    assert benefit_for("Material", "Canvas", 0, product="giclée art print") is None
    assert benefit_for("Material", "Stainless steel", 0, product="loaf tin") is not None


def test_nouns_that_end_like_adjectives_and_a_usb_port_read_right() -> None:
    from plugin.generation.value_shapes import is_adjective

    for noun in ("Heated bed", "Extension table", "Foot pedal", "Gimbal"):
        assert not is_adjective(noun), noun
    assert is_adjective("Foldable")
    assert benefit_for("Ports", "USB charging port", 0) != "so one USB-C cable is all it needs"
    assert benefit_for("Charging", "USB-C", 0) == "so one USB-C cable is all it needs"


def test_uv_protection_with_a_upf_keeps_the_sun_off_and_a_uv_resistant_finish_its_colour() -> None:
    assert benefit_for("UV protection", "Yes - UPF 50", 0) == "so it keeps most of the sun's UV off"
    assert benefit_for("Finish", "UV resistant", 0) == "so colours hold up in the sun"


def test_a_main_materials_reason_is_not_given_beside_another_thing() -> None:
    """Round 12's raters: "says leather bellows 'will not rust'"."""
    assert benefit_for("Material", "Stainless steel and Leather bellows", 0, product="x") is None
    # A finish beside the material is not another thing.
    assert benefit_for("Material", "Cast iron, enamel painted", 0, product="skillet") is not None
