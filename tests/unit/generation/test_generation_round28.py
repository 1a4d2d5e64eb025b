"""Round 28 (heldout30's raters, description): the families they marked, on listings written
here. Reasons that presuppose what the listing does not show (a charged battery, a heat rating,
a pan on the heat, a toy set, a kit), a type's general purpose where the listing gives its own
use, a title's animal read as a material, a package read as a certification; labels read as
nouns; two-language notes inside a value; and stale logistics in the fact list."""

from __future__ import annotations

import html
import re

from plugin.domain import DraftKind, Listing, Verdict, verdict_of
from plugin.generation.benefits import benefit_for, reading_listing, unfounded
from plugin.generation.compose import choose
from plugin.generation.plan import plan_description
from plugin.generation.render import render_description
from plugin.guardrails import check


def _listing(title: str, attributes: dict[str, str | list[str]], **extra: object) -> Listing:
    return Listing(
        external_id=str(extra.pop("external_id", "r28")),
        title=title,
        description_html="",
        attributes={k: [v] if isinstance(v, str) else v for k, v in attributes.items()},
        **extra,  # type: ignore[arg-type]
    )


def _draft(listing: Listing) -> str:
    plan = plan_description(listing)
    return render_description(plan, choose(plan, listing, {}, None))


def _prose(listing: Listing) -> str:
    text = re.sub(r"<ul>.*", "", _draft(listing), flags=re.DOTALL)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def _list(listing: Listing) -> str:
    found = re.search(r"<ul>.*", _draft(listing), flags=re.DOTALL)
    return html.unescape(found.group()) if found else ""


def _passes(listing: Listing) -> bool:
    return verdict_of(check(listing, _draft(listing), DraftKind.DESCRIPTION)) is not Verdict.BLOCK


# 1. A reason is said only where the listing shows what it presupposes.


def test_between_charges_needs_a_battery_that_is_charged() -> None:
    cells = _listing(
        "Moth Trap Timer",
        {"Battery life": "About 60 hours", "Battery": "2 x AA, not included", "Case": "ABS"},
        product_type="Timer",
    )
    assert "between charges" not in _prose(cells), _prose(cells)
    assert _passes(cells)
    with reading_listing("Battery: built-in, USB-C rechargeable. Battery life: 12 hours"):
        assert benefit_for("Battery life", "12 hours", 0) == "so it keeps going between charges"
    with reading_listing("Battery: 1 x 9 V cell, not included. Battery life: 12 hours"):
        assert benefit_for("Battery life", "12 hours", 0) is None


def test_heat_claims_are_not_made_on_the_lowest_rating_or_against_a_not_for() -> None:
    mitts = _listing(
        "Kiln Loading Mitts",
        {
            "Palm": "Split cowhide",
            "Heat rating": "EN 407, contact heat level 1",
            "Not for": "Lifting pots straight from a hot kiln",
        },
        product_type="Gloves",
        tags=["heat resistant", "pottery"],
    )
    prose = _prose(mitts)
    assert "heat is not a problem" not in prose, prose
    assert unfounded("so heat is not a problem", "heat rating: en 407, contact heat level 1")


def test_a_pre_seasoned_press_is_not_said_to_go_on_the_heat() -> None:
    press = _listing(
        "Cast-Iron Garlic Press",
        {
            "Material": "Cast iron",
            "Seasoning": "Pre-seasoned with linseed oil",
            "Care": "Hand wash",
        },
        product_type="Garlic press",
    )
    prose = _prose(press)
    assert "on the heat" not in prose and "cook with" not in prose, prose
    with reading_listing("Cast-Iron Skillet 10 in. Seasoning: Pre-seasoned"):
        assert benefit_for("Seasoning", "Pre-seasoned", 1) is not None


def test_a_press_that_fits_blocks_does_not_join_a_toy_set() -> None:
    press = _listing(
        "Paneer Press",
        {"Fits": "Blocks up to 500 g", "Boards": "Oak", "Press time": "20 minutes"},
        product_type="Cheese press",
    )
    assert "joins the sets" not in _prose(press), _prose(press)


def test_a_culture_sold_alone_has_no_first_batch_reason() -> None:
    culture = _listing(
        "Natto Starter Culture 5 g",
        {"Culture": "Bacillus subtilis spores", "Storage": "Freezer, up to 12 months"},
        product_type="Starter culture",
    )
    assert "first batch" not in _prose(culture), _prose(culture)


def test_a_listing_that_says_its_own_use_gets_no_general_purpose_of_its_type() -> None:
    hammer = _listing(
        "Mason's Pitching Hammer 4 lb",
        {
            "Head": "Forged steel, square face",
            "Handle": "Ash, 12 in",
            "Use": "Pitching faces on granite setts",
        },
        product_type="Hammer",
    )
    prose = _prose(hammer)
    assert "nails" not in prose, prose
    assert "pitching faces on granite setts" in prose, prose


def test_an_animal_in_the_title_is_not_the_material() -> None:
    halter = _listing(
        "Padded Llama Halter",
        {"Webbing": "25 mm nylon", "Buckles": "Brass"},
        product_type="Halter",
    )
    assert "made of llama" not in _prose(halter), _prose(halter)
    socks = _listing("Llama Wool Walking Socks", {"Heel": "Reinforced"}, product_type="Socks")
    assert "llama" in _prose(socks).lower(), _prose(socks)


def test_a_package_named_standard_is_no_certification() -> None:
    test = _listing(
        "Allotment Soil Test (postal)",
        {
            "Standard test": ["pH", "Phosphorus", "Potassium"],
            "Results": "By email within 10 working days",
        },
        product_type="Soil test",
    )
    prose = _prose(test)
    assert "certified" not in prose, prose
    assert "Standard test: pH" in _list(test), _list(test)


# 2. A label's value in a frame that fits the label's kind.


def test_labels_are_said_with_frames_that_fit_their_kind() -> None:
    kit = _listing(
        "Thames Barge Model Kit",
        {
            "Hull length": "24 in (61 cm)",
            "Hull": "Planked lime over ply frames",
            "Skill level": "Experienced modellers",
        },
        product_type="Model boat kit",
    )
    prose = _prose(kit)
    assert "has experienced" not in prose, prose
    assert "for experienced modellers" in prose, prose
    assert "Its hull length" not in prose, prose
    cheese = _listing(
        "Smoked Ewe's Cheese 200 g",
        {
            "Ingredients": "Ewe's milk, salt, rennet",
            "Freezing": "Up to 2 months",
            "Storage": "Refrigerate at 0–5 °C",
        },
        product_type="Cheese",
    )
    prose = _prose(cheese)
    assert "Its freezing" not in prose, prose
    assert "keeps up to 2 months in the freezer" in prose, prose
    assert _passes(cheese)


def test_an_instruction_is_never_had() -> None:
    chisel = _listing(
        "Stone Pitching Chisel",
        {
            "Blade": "Tungsten carbide tip, 50 mm",
            "Not for": "Hardened steel",
            "Eye protection": "Wear goggles; chips fly",
        },
        product_type="Chisel",
    )
    assert "has wear" not in _prose(chisel), _prose(chisel)


def test_a_wall_measure_is_said_as_a_wall() -> None:
    ferrule = _listing(
        "Umbrella Ferrule",
        {"Height": "20 mm", "Wall": "1.5 mm", "Fitting": "Glue fit"},
        options={"Material": ["Brass", "Steel"]},
        product_type="Ferrule",
    )
    prose = _prose(ferrule)
    assert "'s wall is" not in prose, prose


# 3. Two-language notes inside a value are said on their English side.


def test_a_two_language_value_with_a_two_language_note_reads_in_english() -> None:
    block = _listing(
        "Schleifklotz / Sanding Block",
        {
            "Körnung / Grit": [
                "Grob / Coarse (Vorderseite / front)",
                "Fein / Fine (Rückseite / back)",
            ],
            "Material / Material": "Kork / Cork",
        },
        product_type="Schleifklotz / Sanding block",
    )
    listed = _list(block)
    assert "Coarse (front)" in listed and "Fine (back)" in listed, listed
    assert "Vorderseite" not in listed, listed


# 4. Stale logistics stay out of the prose and the list.


def test_pre_order_postage_and_delivery_area_stay_out() -> None:
    lever = _listing(
        "Harp Tuning Key",
        {
            "Head": "Square, 5 mm",
            "Handle": "Walnut",
            "Availability": "Pre-order – ships from 1 June",
            "Delivery": "Posted first class in a padded bag",
            "Return postage": "Not included",
            "Where": "Mainland only",
        },
        product_type="Tuning key",
    )
    draft = html.unescape(_draft(lever))
    for stale in ("Pre-order", "ships from", "first class", "postage", "Mainland only"):
        assert stale not in draft, draft
    course = _listing(
        "Lettercutting Video Course",
        {"Delivery": "Download link by email; nothing is posted", "Running time": "3 h"},
        product_type="Video course",
    )
    assert "Download link by email" in _list(course), _list(course)
