"""Round 18a ("leads and frames"): families from heldout20's notes (a seen set). Each test
builds its own small listing; none copies a held-out listing."""

from __future__ import annotations

from plugin.domain import Listing
from plugin.generation.compose import choose
from plugin.generation.material_frames import build_lead
from plugin.generation.option_choice import choice_lead
from plugin.generation.phrasing import feature_lead
from plugin.generation.plan import fact_list_html, plan_description
from plugin.generation.prose_facts import plain_lead
from plugin.generation.voice import voice_of


def _text(listing: Listing) -> str:
    plan = plan_description(listing)
    return " ".join(said for _, said in choose(plan, listing, {}, None))


def _first(listing: Listing) -> str:
    plan = plan_description(listing)
    return choose(plan, listing, {}, None)[0][1]


# 1. The lead: a fact the title names first, packaging, keys, displays and accessories last.


def test_a_container_or_keys_never_open_while_a_main_fact_can() -> None:
    lock = Listing(
        external_id="l",
        title="Cable Lock with Alarm 100 dB",
        product_type="Cable lock",
        attributes={"Keys": ["3"], "Alarm": ["100 dB, motion triggered"]},
    )
    first = _first(lock)
    assert "alarm" in first.lower() and "keys" not in first
    sauce = Listing(
        external_id="s",
        title="Smoked Chilli Sauce 250 ml",
        product_type="Hot sauce",
        attributes={"Bottle": ["Glass with screw cap"], "Heat": ["Medium"]},
    )
    assert "bottle" not in _first(sauce).lower()


def test_a_share_of_the_titles_material_can_open() -> None:
    darts = Listing(
        external_id="d",
        title="Soft Tip Darts 80% Tungsten – Set of 3",
        product_type="Darts",
        attributes={"Barrel material": ["80% tungsten"], "Shafts": ["Aluminium, short"]},
    )
    first = _first(darts)
    assert "80% tungsten barrels" in first
    assert " have " in first and " has " not in first  # "Darts … have", not "Set of 3 has"


def test_the_title_qualifier_after_a_percentage_is_not_the_head_noun() -> None:
    assert voice_of("Steel Tip Darts 90% Tungsten – Set of 3").plural


# 2. Frames check the value's shape; what does not fit goes to the list.


def test_a_possessive_frame_refuses_values_of_another_shape() -> None:
    voice = voice_of("Brass Padlock")
    for name, value in [
        ("Weather", "Rain cover over the keyway"),
        ("Map date", "2026 edition"),
        ("Paper size", "A4 and US Letter versions"),
        ("Touchscreen fingertips", "Index finger and thumb"),
    ]:
        said = feature_lead(name, value, voice)
        assert said is None or " is " not in said and " are " not in said, said
    # Measures, codes and describing words still fit.
    assert feature_lead("Roast", "Medium", voice) == "Its roast is medium"
    pages = feature_lead("Pages", "PVC-free polypropylene, acid-free interleaves", voice)
    assert pages == "Its pages are PVC-free polypropylene and acid-free interleaves"


def test_a_colour_or_mark_beside_a_material_describes_it() -> None:
    voice = voice_of("Garden Hoops")
    said = build_lead("Material", "Powder-coated steel, white", 0, voice)
    assert said is not None and said.endswith("white powder-coated steel")
    said = build_lead("Material", "food-safe LDPE, BPA-free", 0, voice)
    assert said is not None and said.endswith("BPA-free food-safe LDPE")


def test_a_yes_with_a_count_names_the_count() -> None:
    assert feature_lead("Wheels", "yes, two", voice_of("Cart")) == "It has two wheels"


def test_a_material_named_attribute_is_not_a_part() -> None:
    assert plain_lead("Willow", "English willow, Grade 1", voice_of("Cricket Bat")) is None


def test_sizes_named_size_are_not_said_twice() -> None:
    said = choice_lead([], ["Size 4", "Size 5", "Harrow"], 0, voice_of("Bat"))
    assert "Size 4" not in said and "sizes 4, 5" in said.lower()


def test_thin_listings_say_their_one_fact_not_introducing() -> None:
    ramps = Listing(
        external_id="r", title="Wheel Chocks (Pair)", attributes={"Max load": ["2,000 kg"]}
    )
    assert _text(ramps).startswith("The Wheel Chocks (Pair) take up to 2,000 kg")
    card = Listing(
        external_id="g",
        title="Bookshop E-Gift Card",
        product_type="Gift card",
        attributes={"Delivery": ["By email within 1 hour"], "Valid for": ["12 months"]},
    )
    said = _text(card)
    assert "Introducing" not in said and "delivered by email within 1 hour" in said


# 3. The shop's capitals: the list's label casing in prose too.


def test_shop_capitals_are_cased_in_prose_and_list() -> None:
    board = Listing(
        external_id="b",
        title="Cork Dartboard",
        attributes={"WIRES": ["Staple-free"], "NOT FOR": ["Steel-tip darts"]},
    )
    said = _text(board)
    assert "WIRES" not in said
    assert "Not for" in fact_list_html(plan_description(board))


# 4. Tautology and restating.


def test_a_title_word_is_not_said_again_before_its_reason() -> None:
    carrier = Listing(
        external_id="c",
        title="Collapsible Water Carrier 10 L",
        product_type="Water carrier",
        attributes={"Collapsible": ["Yes"]},
    )
    said = _text(carrier)
    assert "is collapsible" not in said and "little space" in said


def test_a_colour_the_title_names_is_not_a_sentence() -> None:
    chalk = Listing(
        external_id="k", title="Cue Chalk 6 Cubes – Blue", attributes={"Colour": ["Blue"]}
    )
    assert "are blue" not in _text(chalk) and "is blue" not in _text(chalk)


def test_an_option_is_not_stated_as_one_value() -> None:
    cordial = Listing(
        external_id="o",
        title="Rhubarb Cordial",
        product_type="Cordial",
        options={"Bottle size": ["250 ml", "500 ml"]},
        attributes={"Bottle size": ["250 ml"], "Dilution": ["1 part to 8 parts water"]},
    )
    assert "bottle size is 250 ml" not in _text(cordial).lower()


def test_long_contents_stay_in_the_list_and_a_service_reports() -> None:
    kit = Listing(
        external_id="k",
        title="Tiling Tool Kit – 6 Pieces",
        attributes={"Kit contents": ["Trowel, float, spacers, cutter, sponge, level, bucket"]},
    )
    assert "includes" not in _text(kit)
    service = Listing(
        external_id="v",
        title="Online Stamp Valuation",
        product_type="Service",
        attributes={"Report includes": ["Identification, value range"]},
    )
    said = _text(service)
    assert "comes with" not in said and "The report includes" in said
