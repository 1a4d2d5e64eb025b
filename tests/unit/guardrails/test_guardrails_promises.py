"""Warranty lengths, universal compatibility, care that contradicts the listing's care, and
health claims with more verbs. Invented listings and drafts, written for these tests."""

from __future__ import annotations

from plugin.domain import Listing
from plugin.guardrails import check

GRINDER = Listing(
    external_id="g",
    title="Burr Coffee Grinder",
    attributes={
        "Warranty": ["3 years"],
        "Compatibility": ["Works with pour-over and French press brewers"],
        "Care": ["Burrs are dishwasher safe", "Body: wipe clean"],
    },
)
SCARF = Listing(
    external_id="s",
    title="Lambswool Scarf",
    attributes={"Care": ["Hand wash cold", "Do not tumble dry"], "Material": ["Lambswool"]},
)
BALM = Listing(external_id="b", title="Shea Lip Balm", attributes={"Ingredients": ["Shea butter"]})


def found(item: Listing, text: str) -> list[tuple[str, str]]:
    html = f"<p>{text}</p>"
    return [(f.rule, html[f.start : f.end]) for f in check(item, html, "description")
            if f.rule.startswith(("accuracy", "compliance"))]  # fmt: skip


def test_a_warranty_of_another_length_is_a_warranty_finding():
    assert found(GRINDER, "It comes with a three-year warranty.") == []
    assert found(GRINDER, "It comes with a 36-month warranty.") == []
    assert found(GRINDER, "It comes with a 5-year warranty.") == [
        ("accuracy.warranty", "5-year warranty")
    ]


def test_compatibility_with_any_or_every_device_is_a_claim_of_its_own():
    assert found(GRINDER, "It works with pour-over brewers.") == []
    assert found(GRINDER, "It works with every brewer you own.") == [
        ("accuracy.compatibility", "brewer you own")
    ]


def test_care_that_contradicts_the_listings_care_blocks():
    assert found(GRINDER, "The burrs are dishwasher safe.") == []
    assert found(GRINDER, "Hand wash only, please.") == [("accuracy.care", "Hand wash only")]
    assert found(SCARF, "Hand wash it cold and keep it out of the tumble dryer.") == []
    assert found(SCARF, "It is fine in the tumble dryer on low.") == [
        ("accuracy.care", "fine in the tumble dryer")
    ]


def test_more_verbs_make_a_health_claim():
    for text in ("It soothes eczema overnight.", "A balm that clears acne.", "It stops hair loss."):
        assert [rule for rule, _ in found(BALM, text)] == ["compliance.health"], text
