"""Round 44's families, on invented listings and questions (a tea caddy, a floor cushion): no
question, product or phrase of any evaluation set."""

from __future__ import annotations

import pytest

from adapters.catalog.rows import split_values
from plugin.domain import Listing, Variant
from plugin.questions.slots import find_slot

# --- a comma inside a bracketed attribute value belongs to the value ---


@pytest.mark.parametrize(
    ("cell", "values"),
    [
        (
            "Short (8 cm tin, holds 100 g), Tall (14 cm tin, holds 250 g)",
            ["Short (8 cm tin, holds 100 g)", "Tall (14 cm tin, holds 250 g)"],
        ),
        ("Slate [matt, unglazed], Chalk", ["Slate [matt, unglazed]", "Chalk"]),
        ("Olive, Rust (new)", ["Olive", "Rust (new)"]),
        # Brackets that do not pair up: every comma splits, as before.
        ("Short (8 cm tin, Tall", ["Short (8 cm tin", "Tall"]),
        ("Short 8 cm), Tall", ["Short 8 cm)", "Tall"]),
        # An escaped comma or a "|" keeps its own reading.
        ("Short\\, lidded (8 cm), Tall", ["Short, lidded (8 cm)", "Tall"]),
        ("Short (8 cm, lidded) | Tall", ["Short (8 cm, lidded)", "Tall"]),
    ],
)
def test_attribute_values_keep_a_comma_inside_brackets(cell: str, values: list[str]) -> None:
    assert split_values(cell) == values


def _caddy() -> Listing:
    cell = "Short (8 cm tin, holds 100 g), Tall (14 cm tin, holds 250 g)"
    sizes = split_values(cell)
    variants = [
        Variant(
            sku=f"TC-{n}",
            title=f"Tea caddy - {size}",
            price=price,
            options={"Size": size},
            in_stock=stock,
        )
        for n, (size, price, stock) in enumerate(
            zip(sizes, ("12.00", "18.00"), (True, False), strict=True)
        )
    ]
    return Listing(
        external_id="caddy",
        title="Tea caddy",
        description_html="<p>A tin tea caddy with a tight lid.</p>",
        price="12.00",
        variants=variants,
        attributes={"Size": sizes},
    )


def test_a_bracketed_value_is_named_whole_when_its_stock_is_asked() -> None:
    found = find_slot("is the tall caddy (the 250 g one) in stock?", _caddy())
    assert found is not None
    text = str(found.parts)
    assert "holds 250 g)" in text
    assert "Size holds 250 g)" not in text
