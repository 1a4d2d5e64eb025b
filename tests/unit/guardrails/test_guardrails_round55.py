"""Fifty-fifth round of issue 12 (holdout_v53 read after its one blind score): a thing the draft
gives the product with a bare "with" right after the product's noun, which the listing says is
not included. Listings and drafts here are written for these tests; none is taken from an eval
set. Each family: the true claim passes, an invented one is still flagged."""

from __future__ import annotations

from tests.unit.guardrails.drafts import found, listing

FEATURE = "accuracy.feature"


def _kayak():
    return listing(
        title="Inflatable Kayak",
        product_type="Kayak",
        description_html="<p>A one-seat inflatable kayak in PVC. The paddle is not included.</p>",
    )


def _rollers():
    return listing(
        title="Paint Rollers, Set of 2",
        product_type="Paint rollers",
        description_html="<p>Two foam rollers, 10 cm across. Spindles not included.</p>",
    )


def test_the_product_with_a_thing_the_listing_says_is_not_included_is_flagged():
    assert [c for c, _ in found(_kayak(), "An inflatable kayak with a free paddle.", FEATURE)] == [
        "free paddle"
    ]
    assert found(_rollers(), "Two rollers with spindles fitted.", FEATURE) != []


def test_the_same_thing_said_apart_or_used_is_no_inclusion():
    kayak = _kayak()
    assert found(kayak, "An inflatable kayak with a paddle (sold separately).", FEATURE) == []
    assert found(kayak, "Push off with a paddle of your own.", FEATURE) == []
    assert found(kayak, "A kayak with a PVC hull.", FEATURE) == []
    assert found(_rollers(), "Two rollers, spindles not included.", FEATURE) == []


def test_a_thing_named_before_another_that_is_not_included_is_not_denied():
    clock = listing(
        title="Wall Clock",
        product_type="Wall clock",
        description_html="<p>A beech wall clock: quartz movement (AA battery not included).</p>",
    )
    assert found(clock, "A wall clock with a quiet quartz movement.", FEATURE) == []


def test_a_part_the_listing_gives_is_not_denied_by_a_spare_not_included():
    plane = listing(
        title="Block Plane",
        product_type="Block plane",
        description_html="<p>A block plane with a carbide blade. A spare blade is not "
        "included.</p>",
    )
    assert found(plane, "A block plane with a carbide blade.", FEATURE) == []
