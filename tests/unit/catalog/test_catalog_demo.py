"""The demo catalogue imports cleanly and gives Copydesk real facts and placeholder copy."""

from __future__ import annotations

from adapters.catalog import parse_catalog
from plugin.demo import demo_catalog_path
from plugin.domain import Measure


def test_the_demo_catalogue_imports_without_errors() -> None:
    catalog = parse_catalog(demo_catalog_path().read_bytes())
    assert catalog.format == "woocommerce"
    assert catalog.errors == []
    assert 20 <= len(catalog.listings) <= 24
    ids = [item.external_id for item in catalog.listings]
    assert len(set(ids)) == len(ids)


def test_the_demo_catalogue_has_every_product_type_and_real_facts() -> None:
    listings = {
        item.external_id: item for item in parse_catalog(demo_catalog_path().read_bytes()).listings
    }
    tee = listings["FW-TEE"]
    assert tee.options == {"Color": ["Oat", "Forest"], "Size": ["S", "M", "L"]}
    assert len(tee.variants) == 6
    assert listings["FW-SET-COFFEE"].attributes["Includes"] == [
        "Ceramic Pour-Over Dripper",
        "Hand Coffee Grinder",
        "Enamel Camp Mug 350 ml",
    ]
    assert listings["FW-WALK-FRG"].price == "45.00"
    bottle = listings["FW-BTL-750"]
    assert bottle.attributes["Capacity"] == ["750 ml"]
    assert bottle.weight == Measure(0.93, "lbs")
    assert listings["FW-HL-400"].attributes["Battery life"] == ["40 hours on low, 4 hours on high"]
    assert listings["FW-YOGA-5"].attributes["Thickness"] == ["5 mm"]
    assert all(item.price for item in listings.values() if item.external_id != "FW-SET-COFFEE")


def test_the_demo_descriptions_are_placeholders_waiting_for_copy() -> None:
    for item in parse_catalog(demo_catalog_path().read_bytes()).listings:
        text = item.description_html.lower()
        assert text == "" or "lorem ipsum" in text
