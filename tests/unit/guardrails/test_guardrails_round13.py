"""Thirteenth round of issue 12 (holdout_v10's misses and clean drafts' claim findings, read after
its one blind score, sorted into families). Listings and drafts here are written for these
tests; none is taken from an eval set."""

from __future__ import annotations

from plugin.domain import Variant, Verdict
from plugin.guardrails.counts import list_length
from tests.unit.guardrails.drafts import found, listing

# --- a list item that is only a figure is the figure of the item before it ----------------------

TEA_KIT = listing(
    title="Loose Tea Starter Kit",
    product_type="Grouped product",
    attributes={"Pieces": ["Glass teapot 800 ml", "Infuser", "Tea bags, 50"]},
    variants=[
        Variant(sku="T-1", title="Glass teapot 800 ml", price="30.00"),
        Variant(sku="T-2", title="Infuser", price="9.00"),
        Variant(sku="T-3", title="Tea bags, 50", price="6.00"),
    ],
    currency="EUR",
)


def test_a_figure_after_a_named_item_is_no_item_of_its_own():
    assert list_length("Teapot, Infuser, Tea bags, 50") == 3
    assert list_length("0°, 15° or 30°") == 3  # a list of figures is still a list
    assert found(TEA_KIT, "Tea at home in three pieces, from 6.00 EUR.", "accuracy.number") == []
    hits = found(TEA_KIT, "Tea at home in four pieces, from 6.00 EUR.", "accuracy.number")
    assert hits and hits[0][1] == Verdict.BLOCK


def test_a_pack_of_a_counted_thing_counts_that_thing_not_the_pieces():
    said = "Each piece is sold on its own; the pack of 50 tea bags is the cheapest."
    assert found(TEA_KIT, said, "accuracy.number") == []
    wrong = "Each piece is sold on its own; the pack of 80 tea bags is the cheapest."
    assert found(TEA_KIT, wrong, "accuracy.number")
