"""Round 17b: what a product of its type is for, said once after the first line, only where
the listing is certain of its type, and never naming anything the listing does not give."""

import re

import pytest

from plugin.domain import DraftKind, Listing
from plugin.generation.compose import choose
from plugin.generation.phrasing import Voice
from plugin.generation.plan import plan_description
from plugin.generation.purpose import load_purposes, purpose_of, purpose_sentence
from plugin.generation.render import render_description
from plugin.guardrails import check


def _prose(listing: Listing) -> str:
    plan = plan_description(listing)
    return render_description(plan, choose(plan, listing, {}, None)).split("<ul>")[0]


def test_a_stove_pipe_thermometer_says_what_it_is_for() -> None:
    listing = Listing(
        external_id="t",
        title="Magnetic Stove Pipe Thermometer",
        categories=["Fireplace & Stove"],
        attributes={"Range": ["100–900 °F"]},
    )
    assert "how hot the flue is" in _prose(listing)


def test_gloves_on_a_gloves_shelf_are_said_as_boxing_gloves() -> None:
    listing = Listing(
        external_id="g",
        title="Training Boxing Gloves – Synthetic Leather",
        product_type="Boxing gloves",
        categories=["Sports > Boxing & Martial Arts > Gloves"],
    )
    assert "on the bag" in _prose(listing)
    assert "hands warm" not in _prose(listing)


@pytest.mark.parametrize(
    ("title", "product_type"),
    [
        ("Kids' Waterproof Rain Jacket", "Rain jacket"),  # speaks to "you", not a child
        ("Dog Rain Jacket", ""),
        ("Toy Microscope for Dolls", "Toy"),
        ("Gold Number Candle", "Cake candle"),  # a cake's candle, not a room's
        ("Boxing Gloves Keyring", "Keyring"),
        ("Rain Jacket", "Dog coat"),  # two types: neither is certain
        ("Printable Stunt Kite Poster", "Digital download"),
        ("Meat Thermometer", "Meat thermometer"),  # not the flue's
    ],
)
def test_a_near_miss_type_gets_no_purpose_or_only_its_own(title: str, product_type: str) -> None:
    listing = Listing(external_id="n", title=title, product_type=product_type)
    said = purpose_sentence(listing, Voice(plural=False), 0) or ""
    assert "you dry" not in said and "flue" not in said and "tiny things" not in said
    assert "soft light" not in said and "on the bag" not in said and "loops" not in said
    if title == "Meat Thermometer":
        assert "cooked through" in said


def test_a_grouped_or_virtual_listing_gets_no_purpose() -> None:
    grouped = Listing(external_id="o", title="Olive Oil Trio", product_type="Olive oil")
    assert purpose_of(grouped) is not None
    assert purpose_of(Listing(**{**grouped.__dict__, "kind": "grouped"})) is None
    assert purpose_of(Listing(**{**grouped.__dict__, "downloadable": True})) is None


def test_the_shapes_vary_across_a_catalogue() -> None:
    listing = Listing(external_id="w", title="Cast Iron Teapot", product_type="Teapot")
    said = {purpose_sentence(listing, Voice(plural=False), turn) for turn in range(4)}
    assert len(said) == 4
    assert any(s and s.startswith("A teapot brews") for s in said)
    plural = purpose_sentence(listing, Voice(plural=True), 1) or ""
    assert plural.startswith("They are made to brew")


def test_every_purpose_passes_the_guardrails_and_names_no_number() -> None:
    for purpose in load_purposes():
        listing = Listing(external_id="p", title="Sample", product_type=purpose.shown[0])
        for turn in range(4):
            for plural in (False, True):
                said = purpose_sentence(listing, Voice(plural=plural), turn)
                assert said, purpose.shown[0]
                assert not re.search(r"\d", said)
                found = [f.rule for f in check(listing, f"<p>{said}</p>", DraftKind.DESCRIPTION)]
                blocked = [r for r in found if r.startswith(("accuracy", "compliance", "bias"))]
                assert not blocked, said


def test_a_fight_stick_says_what_it_is_for_and_why_its_buttons_matter() -> None:
    stick = Listing(
        external_id="stick",
        title="Arcade Fight Stick for PC – 8 Buttons",
        product_type="Arcade stick",
        attributes={"buttons": ["8 action buttons (30 mm) plus start and select"]},
    )
    prose = _prose(stick)
    assert "fighting games" in prose
    assert "the size arcade players know" in prose
