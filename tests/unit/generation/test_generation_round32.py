"""Round 32 (heldout34's raters, description): generic families on listings written here. Numbers
kept whole whatever their locale writes them."""

from __future__ import annotations

import html
import re

import pytest

from plugin.domain import DraftKind, Listing, Verdict, verdict_of
from plugin.generation.compose import choose
from plugin.generation.plan import plan_description
from plugin.generation.render import render_description
from plugin.generation.value_commas import comma_items
from plugin.generation.value_shapes import split_items
from plugin.guardrails import check


def _listing(title: str, attributes: dict[str, str | list[str]], **extra: object) -> Listing:
    return Listing(
        external_id=str(extra.pop("external_id", "r32")),
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


def _passes(listing: Listing) -> bool:
    return verdict_of(check(listing, _draft(listing), DraftKind.DESCRIPTION)) is not Verdict.BLOCK


# 1. A comma between digits is part of the number, in every shape a shop writes it.


@pytest.mark.parametrize(
    ("value", "items"),
    [
        ("Porcelain, kiln-fired at 1,300 °C", ["Porcelain", "kiln-fired at 1,300 °C"]),
        ("Battery 12,000 mAh, USB-C", ["Battery 12,000 mAh", "USB-C"]),
        ("0,75 mm, nickel silver", ["0,75 mm", "nickel silver"]),
        ("1,2–1,8 kg, steel", ["1,2–1,8 kg", "steel"]),
        ("36, 39 and 42", ["36", "39", "42"]),
    ],
)
def test_a_comma_inside_a_number_does_not_part_items(value: str, items: list[str]) -> None:
    assert split_items(value) == items
    assert comma_items(value)[0] == items[0]


def test_a_material_worked_at_a_temperature_is_said_whole() -> None:
    listing = _listing(
        "Porcelain Tea Bowl",
        {"Material": "Porcelain, kiln-fired at 1,300 °C", "Capacity": "250 ml"},
        product_type="Tea bowl",
    )
    said = _prose(listing)
    assert "1,300 °C" in said, said
    assert not re.search(r"\b1\.(\s|$)", said), said
    assert _passes(listing)


def test_a_note_in_full_width_brackets_keeps_its_count() -> None:
    listing = _listing(
        "圍棋套裝 / Go Set, 361 Stones",
        {
            "棋子 / Stones": "361（黑白 / black and white）",
            "材料 / Material": "玻璃 / Glass",
            "配件 / Includes": ["木盒 / Wooden box"],
        },
        product_type="圍棋 / Go set",
    )
    draft = _draft(listing)
    assert "361 (black and white)" in draft, draft
    assert "）" not in draft, draft


# 2. A compound type's purpose needs the whole compound; a purpose that restates its type is
# not said; a type no entry knows takes no purpose from its shelf.


def test_a_modifier_that_makes_another_product_blocks_the_head_nouns_purpose() -> None:
    from plugin.generation.purpose import purpose_of

    facts: dict[str, str | list[str]] = {"Capacity": "1.5 L", "Seal": "Screw cap"}
    warm = _listing("Cold Water Bottle for Ice Packs", facts, product_type="Cold water bottle")
    assert purpose_of(warm) is None
    steel = _listing("Steel Water Bottle 750 ml", facts, product_type="Water bottle")
    assert purpose_of(steel) is not None
    insulated = _listing("Insulated Water Bottle", facts, product_type="Insulated water bottle")
    assert purpose_of(insulated) is not None


def test_a_purpose_that_restates_its_compound_type_is_not_said() -> None:
    from plugin.generation.purpose import Purpose, renames

    assert renames(Purpose(names=("potted herb",), does="grow a potted herb on your sill"))
    assert not renames(Purpose(names=("bird bath",), does="give birds water to drink"))


def test_a_type_no_entry_knows_takes_no_purpose_from_its_shelf() -> None:
    from plugin.generation.purpose import purpose_of

    listing = _listing(
        "Concertina, 30 Buttons",
        {"Buttons": "30", "Reeds": "Steel"},
        product_type="Concertina",
        categories=["Musical instruments > Keyboards"],
    )
    assert purpose_of(listing) is None


# 4. What a living product needs is said as a need, not as a part it has.


def test_a_care_need_is_said_as_a_need() -> None:
    listing = _listing(
        "Fern in 12 cm Pot",
        {"Light": "Partial shade", "Watering": "Water when the top 2 cm is dry", "Pot": "12 cm"},
        product_type="Fern",
    )
    said = _prose(listing)
    assert "has a partial shade" not in said.lower(), said
    assert "needs partial shade" in said, said
    assert _passes(listing)
