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
