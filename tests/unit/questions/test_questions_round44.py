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


# --- a measure asked of a value the question names by its number ---

from plugin.questions.beside_the_point import _values_beside_the_point  # noqa: E402
from plugin.questions.passages import collect_passages  # noqa: E402


def _fan() -> Listing:
    powers = ["5 W", "9 W"]
    return Listing(
        external_id="fan",
        title="Desk fan",
        description_html="<p>A quiet desk fan with a clip.</p>",
        price="25.00",
        variants=[
            Variant(sku=f"F-{p}", title=f"Desk fan - {p}", price=price, options={"Power": p})
            for p, price in zip(powers, ("25.00", "32.00"), strict=True)
        ],
        options={"Power": powers},
    )


def _cushion() -> Listing:
    sizes = ["40 cm", "60 cm"]
    return Listing(
        external_id="cushion",
        title="Floor cushion",
        description_html="<p>A round floor cushion filled with buckwheat hulls.</p>",
        price="30.00",
        variants=[
            Variant(sku=f"C-{s}", title=f"Floor cushion - {s}", price=price, options={"Size": s})
            for s, price in zip(sizes, ("30.00", "45.00"), strict=True)
        ],
        options={"Size": sizes},
    )


def _beside(question: str, listing: Listing) -> bool:
    slot = find_slot(question, listing)
    assert slot is not None and slot.intent == "option"
    return _values_beside_the_point(question, listing, slot, collect_passages(listing, [], {}))


@pytest.mark.parametrize(
    ("question", "listing"),
    [
        ("how much air does the 9W version move?", _fan),
        ("what airflow does the 5 W option give", _fan),
        ("what height is the 60cm cushion?", _cushion),
        ("how high does the 60cm cushion sit", _cushion),
    ],
)
def test_a_measure_asked_of_a_value_named_by_its_number_is_not_answered_by_it(
    question: str, listing: object
) -> None:
    assert callable(listing)
    assert _beside(question, listing())


@pytest.mark.parametrize(
    ("question", "listing"),
    [
        ("is the 9 W version available?", _fan),
        ("do you have the cushion in 60 cm?", _cushion),
        ("which colours does the 60 cm cushion come in?", _cushion),
        ("is the 60 cm cushion in stock?", _cushion),
    ],
)
def test_a_value_asked_for_itself_is_still_answered_by_it(
    question: str, listing: object
) -> None:
    assert callable(listing)
    assert not _beside(question, listing())


# --- the price asked with its article in Danish, Norwegian and Swedish ---


@pytest.mark.parametrize(
    ("question", "price"),
    [
        ("Den minste puten, hva er prisen?", "30.00"),
        ("Vad är priset på den största kudden?", "45.00"),
        ("Hvad er prisen på den største pude?", "45.00"),
    ],
)
def test_the_price_with_its_article_names_a_variant_price(question: str, price: str) -> None:
    found = find_slot(question, _cushion())
    assert found is not None and found.intent == "variant_price"
    assert [p.values["price"] for p in found.parts] == [price]
