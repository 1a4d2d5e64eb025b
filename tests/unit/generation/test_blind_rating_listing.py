"""Blind raters see a listing without the prices and stock that copy must not repeat, in its
variants and children as well as at the top (a variant's price was shown to them before)."""

from __future__ import annotations

from bench.blind_rating import shown


def test_variant_and_child_prices_are_hidden_from_raters() -> None:
    listing = {
        "external_id": "v-1",
        "title": "Trail Mug",
        "price": "12.00",
        "variants": [
            {"title": "Red", "price": "12.00", "compare_at_price": "15.00", "in_stock": True},
        ],
        "children": [{"title": "Lid", "price": "3.00", "stock_quantity": 4}, "Strap"],
    }

    seen = shown(listing)

    assert seen == {
        "external_id": "v-1",
        "title": "Trail Mug",
        "variants": [{"title": "Red"}],
        "children": [{"title": "Lid"}, "Strap"],
    }
