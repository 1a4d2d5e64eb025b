"""Round 19: heldout21's families (a seen set): frames broken on instructions, stock reasons
repeated across products, reasons and purposes on the wrong product, the title's main feature
left out."""

from __future__ import annotations

from plugin.domain import Listing
from plugin.generation.benefits import benefit_for
from plugin.generation.compose import choose
from plugin.generation.phrasing import feature_lead
from plugin.generation.plan import plan_description
from plugin.generation.prose_facts import plain_lead
from plugin.generation.render import render_description
from plugin.generation.voice import voice_of

IT = voice_of("Lamp")


def _prose(title: str, product_type: str = "", tags: list[str] | None = None, **attrs: str) -> str:
    listing = Listing.from_dict(
        {
            "external_id": "r19",
            "title": title,
            "product_type": product_type,
            "tags": tags or [],
            "attributes": {k.replace("__", " "): [v] for k, v in attrs.items()},
        }
    )
    plan = plan_description(listing, 0)
    html = render_description(plan, choose(plan, listing, {}, None))
    return html.split("<ul>")[0]


# 1. A value or a name that is an instruction or a clause fits no frame.
def test_an_instruction_fits_no_frame() -> None:
    for name, value in [
        ("Digit", "Write the digit (0–9) in the order notes"),
        ("Replace every", "6–8 months"),
        ("Notes", "Add dry leaves"),
        ("Usage", "Use within 6 months"),
    ]:
        for lead in (feature_lead(name, value, IT), plain_lead(name, value, IT)):
            assert lead is None, (name, lead)


def test_things_and_plurals_read_whole() -> None:
    assert feature_lead("Shoe compartment", "Yes", IT) == "It has a shoe compartment"
    assert feature_lead("Feet", "Rubber, non-slip", IT) == "Its feet are rubber and non-slip"
    assert feature_lead("Drawer", "Pull-out drawer", IT) is not None  # "pull-out" is a thing


# 2. One stock reason is not said of every aluminium thing.
def test_aluminium_is_said_in_the_products_terms() -> None:
    ladder = benefit_for("Material", "Aluminium", 0, product="telescopic ladder")
    pan = benefit_for("Material", "Aluminium", 0, product="saute pan")
    other = benefit_for("Material", "Aluminium", 0, product="phone case")
    assert ladder and "carry" in ladder
    assert pan == "which heats up quickly and evenly"
    assert len({ladder, pan, other}) == 3


# 3. Reasons and purposes kept to the products they fit.
def test_reasons_stay_off_products_they_do_not_fit() -> None:
    assert benefit_for("Fabric", "100% polyester", 0, product="hi-vis safety vest") is None
    assert benefit_for("Fabric", "300D polyester", 0, product="garden flag") is None
    # Round 48: a fabric's drying is no claim a listing makes by naming it: none anywhere.
    assert benefit_for("Fabric", "Polyester", 0, product="rain jacket") is None
    assert benefit_for("magnetic base", "Yes", 0, product="flexible pei build plate") is None
    assert benefit_for("Floors", "Low pile carpet", 0, product="draught excluder") is None
    assert benefit_for("Closure", "Hook and loop closure", 0, product="pilot kneeboard") is None


def test_a_step_stool_or_ladder_is_not_a_seat() -> None:
    stool = _prose("2-Step Step Stool", "Step stool", Steps="2")
    ladder = _prose("3.8 m Telescopic Ladder", "Telescopic ladder", Rungs="13")
    assert "seat" not in stool and "seat" not in ladder
    assert "step up" in stool and "step stool" not in ladder.lower().replace("step stool", "", 0)


def test_a_bundle_is_not_argued_against() -> None:
    listing = Listing.from_dict(
        {
            "external_id": "b",
            "title": "Draught-Proofing Bundle",
            "product_type": "Bundle",
            "kind": "grouped",
            "children": ["Door Excluder", "Seal Strip"],
        }
    )
    plan = plan_description(listing, 0)
    text = render_description(plan, choose(plan, listing, {}, None))
    assert "choose just the ones" not in text


# 4. The title's main feature reaches the first line.
def test_a_titled_feature_reaches_the_first_line() -> None:
    fan = _prose("Quiet USB-C Desk Fan", "Desk fan", Speeds="3", Noise="28 dB on low")
    assert "conversation" in fan.split(".")[0] or "distraction" in fan.split(".")[0]
    key = _prose(
        "Model Rocket Launch Controller with Safety Key",
        "Launch controller",
        safety_key="removable; the launch button does nothing without it",
        continuity_light="yes – lights when the igniter is connected",
    )
    assert "safety key" in key.split(". ")[0]
    house = _prose(
        "Hedgehog House with Tunnel Entrance",
        "Wildlife house",
        Entrance="13 x 13 cm, with a 25 cm tunnel to deter cats and foxes",
    )
    assert "tunnel entrance" in house and "cats and foxes" in house.lower().split(". ")[0]
