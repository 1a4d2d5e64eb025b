"""Fortieth round of issue 12 (holdout_v38 read after its one blind score; its false category
alarms sorted into families). Listings and drafts here are written for these tests; none is
taken from an eval set. Each family: the true claim passes, an invented one is still flagged."""

from __future__ import annotations

from tests.unit.guardrails.drafts import found, listing

CATEGORY = "accuracy.category"


def test_a_range_named_by_one_broad_department_word_passes():
    """A shop's department (a catch-all, a pastime, a room of the house) says where the shop
    files the product, not what it is."""
    kettle = listing(title="Stovetop Whistling Kettle", product_type="Kettle")
    assert found(kettle, "A steel kettle from our Essentials range.", CATEGORY) == []
    assert found(kettle, "It is part of our Pastimes collection.", CATEGORY) == []
    assert found(kettle, "A steel kettle from our Bathroom range.", CATEGORY) == []
    assert found(kettle, "It is part of our Homeware line.", CATEGORY) == []


def test_a_range_named_after_another_product_kind_or_a_quality_still_warns():
    kettle = listing(title="Stovetop Whistling Kettle", product_type="Kettle")
    assert found(kettle, "A steel kettle from our Lamps range.", CATEGORY) != []
    assert found(kettle, "A steel kettle from our Dog Bed range.", CATEGORY) != []
    assert found(kettle, "A steel kettle from our Energy Saving range.", CATEGORY) != []
    assert found(kettle, "A steel kettle from our Bamboo range.", CATEGORY) != []
