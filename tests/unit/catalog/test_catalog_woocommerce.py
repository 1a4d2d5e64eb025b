"""Reading WooCommerce's product CSV: every row type of its sample, and the rows it must refuse."""

from __future__ import annotations

import pytest

from adapters.catalog import parse_catalog
from plugin.domain import Dimensions, Listing, Measure
from plugin.errors import ValidationError

HEADER = (
    "ID,Type,SKU,Name,Published,Short description,Description,Weight (kg),Length (cm),Width (cm),"
    "Height (cm),Sale price,Regular price,Categories,Tags,Parent,Grouped products,"
    "Attribute 1 name,Attribute 1 value(s),Attribute 2 name,Attribute 2 value(s)"
)


def woo(*rows: str, header: str = HEADER) -> bytes:
    return ("\n".join([header, *rows]) + "\n").encode("utf-8")


def by_id(listings: list[Listing]) -> dict[str, Listing]:
    return {listing.external_id: listing for listing in listings}


def test_the_sample_imports_every_product_and_no_variation_as_its_own_listing(
    woo_sample: bytes,
) -> None:
    catalog = parse_catalog(woo_sample)
    assert catalog.format == "woocommerce"
    assert catalog.errors == []
    # 25 rows: 18 products and 7 variations that belong to two variable products.
    assert len(catalog.listings) == 18
    listings = by_id(catalog.listings)
    assert "woo-hoodie-red" not in listings
    assert sum(len(item.variants) for item in catalog.listings) == 7


def test_hoodie_with_logo_carries_its_facts(woo_sample: bytes) -> None:
    hoodie = by_id(parse_catalog(woo_sample).listings)["woo-hoodie-with-logo"]
    assert hoodie.title == "Hoodie with Logo"
    assert hoodie.sku == "woo-hoodie-with-logo"
    assert hoodie.attributes == {"Color": ["Blue"]}
    assert hoodie.options == {}
    assert hoodie.weight == Measure(2.0, "lbs")
    assert hoodie.dimensions == Dimensions(10.0, 6.0, 3.0, "in")
    assert hoodie.price == "45"
    assert hoodie.categories == ["Clothing > Hoodies"]
    assert hoodie.short_description_html == "This is a simple product."
    assert hoodie.description_html.startswith("Pellentesque habitant morbi tristique")


def test_a_variable_product_gets_its_variations_as_variants(woo_sample: bytes) -> None:
    tee = by_id(parse_catalog(woo_sample).listings)["woo-vneck-tee"]
    assert tee.options == {"Color": ["Blue", "Green", "Red"], "Size": ["Large", "Medium", "Small"]}
    assert tee.attributes == {}
    assert [(v.sku, v.price, v.options) for v in tee.variants] == [
        ("woo-vneck-tee-red", "20", {"Color": "Red"}),
        ("woo-vneck-tee-green", "20", {"Color": "Green"}),
        ("woo-vneck-tee-blue", "15", {"Color": "Blue"}),
    ]
    # The parent has no price of its own: it starts at its cheapest variation.
    assert tee.price == "15"
    assert tee.weight == Measure(0.5, "lbs")


def test_a_variation_on_sale_has_the_regular_price_as_compare_at(woo_sample: bytes) -> None:
    hoodie = by_id(parse_catalog(woo_sample).listings)["woo-hoodie"]
    red = next(v for v in hoodie.variants if v.sku == "woo-hoodie-red")
    assert (red.price, red.compare_at_price) == ("42", "45")
    assert red.options == {"Color": "Red", "Logo": "No"}
    assert red.title == "Hoodie - Red, No"
    assert hoodie.options["Logo"] == ["Yes", "No"]


def test_simple_products_on_sale_and_downloadable_ones(woo_sample: bytes) -> None:
    listings = by_id(parse_catalog(woo_sample).listings)
    assert listings["woo-beanie"].price == "18"  # regular 20, sale 18
    album = listings["woo-album"]
    assert album.price == "15" and album.weight is None and album.dimensions is None
    assert album.categories == ["Music"]


def test_grouped_and_external_products(woo_sample: bytes) -> None:
    listings = by_id(parse_catalog(woo_sample).listings)
    collection = listings["logo-collection"]
    assert collection.attributes["Includes"] == ["Hoodie with Logo", "T-Shirt", "Beanie"]
    assert collection.price is None
    pennant = listings["wp-pennant"]
    assert pennant.price == "11.05" and pennant.categories == ["Decor"]


def test_units_come_from_the_header() -> None:
    catalog = parse_catalog(
        woo(
            "1,simple,BOT-750,Steel Bottle,1,,,0.42,8,8,27,,34.00,Outdoor > Drinkware,"
            '"steel, bpa-free",,,Capacity,750 ml,Material,"18/8 stainless steel"'
        )
    )
    bottle = catalog.listings[0]
    assert bottle.weight == Measure(0.42, "kg")
    assert bottle.dimensions == Dimensions(8.0, 8.0, 27.0, "cm")
    assert bottle.attributes == {"Capacity": ["750 ml"], "Material": ["18/8 stainless steel"]}
    assert bottle.tags == ["steel", "bpa-free"]
    assert bottle.categories == ["Outdoor > Drinkware"]


def test_a_product_without_sku_is_known_by_its_id() -> None:
    catalog = parse_catalog(woo("77,simple,,Canvas Tote,1,,,,,,,,25,,,,,,,,"))
    assert catalog.listings[0].external_id == "id:77"
    assert catalog.listings[0].sku == ""


def test_a_variation_can_name_its_parent_by_id() -> None:
    catalog = parse_catalog(
        woo(
            '10,variable,,Tee,1,,,,,,,,,,,,,Size,"S, M",,',
            "11,variation,TEE-S,Tee - S,1,,,,,,,,20,,,id:10,,Size,S,,",
        )
    )
    assert catalog.errors == []
    assert [v.sku for v in catalog.listings[0].variants] == ["TEE-S"]


def test_bad_rows_are_reported_with_their_row_numbers_and_the_rest_import() -> None:
    catalog = parse_catalog(
        woo(
            "1,simple,MUG,Camp Mug,1,,,,,,,,18,,,,,,,,",
            "2,simple,NOPRICE,Trail Bottle,1,,,,,,,,eighteen,,,,,,,,",
            "3,simple,NONAME,,1,,,,,,,,12,,,,,,,,",
            "4,simple,MUG,Second Mug,1,,,,,,,,19,,,,,,,,",
            "5,variation,ORPHAN,Tee - S,1,,,,,,,,20,,,MISSING,,Size,S,,",
            "6,variable,BROKEN,Broken Tee,1,,,heavy,,,,,,,,,,Size,S,,",
            "7,variation,BROKEN-S,Broken Tee - S,1,,,,,,,,20,,,BROKEN,,Size,S,,",
            "8,simple,SOCKS,Wool Socks,1,,,0.1,,,,,14,,,,,,,,",
        )
    )
    assert [listing.external_id for listing in catalog.listings] == ["MUG", "SOCKS"]
    reasons = {error.row: error.reason for error in catalog.errors}
    assert set(reasons) == {3, 4, 5, 6, 7, 8}
    assert "Regular price 'eighteen' is not a number" in reasons[3]
    assert reasons[4] == "Name is empty"
    assert "SKU 'MUG' is already used on row 2" in reasons[5]
    assert "Parent 'MISSING' is not a product in this file" in reasons[6]
    assert "Weight (kg) 'heavy' is not a number" in reasons[7]
    assert "its parent 'BROKEN' (row 7) has an error" in reasons[8]
    assert str(catalog.errors[0]) == f"row 3: {reasons[3]}"


def test_a_variation_must_belong_to_a_variable_product_and_ids_are_numbers() -> None:
    catalog = parse_catalog(
        woo(
            "1,simple,MUG,Camp Mug,1,,,,,,,,18,,,,,,,,",
            "2,variation,MUG-RED,Camp Mug - Red,1,,,,,,,,18,,,MUG,,Color,Red,,",
            "x7,simple,CUP,Cup,1,,,,,,,,9,,,,,,,,",
        )
    )
    reasons = {error.row: error.reason for error in catalog.errors}
    assert reasons == {
        3: "Parent 'MUG' is a simple product, not a variable one",
        4: "ID 'x7' is not a number",
    }
    assert catalog.listing("MUG") is not None and catalog.listing("MUG").variants == []


def test_bom_and_crlf_are_read_like_any_other_file(woo_sample: bytes) -> None:
    crlf = b"\xef\xbb\xbf" + woo_sample.replace(b"\n", b"\r\n")
    plain = parse_catalog(woo_sample)
    windows = parse_catalog(crlf)
    assert windows.errors == []
    assert [item.to_dict() for item in windows.listings] == [
        item.to_dict() for item in plain.listings
    ]


def test_the_same_bytes_give_the_same_listings_and_hashes(woo_sample: bytes) -> None:
    first, second = parse_catalog(woo_sample), parse_catalog(woo_sample)
    assert first.listings == second.listings
    assert [item.content_hash() for item in first.listings] == [
        item.content_hash() for item in second.listings
    ]


def test_a_changed_row_changes_only_that_listings_hash(woo_sample: bytes) -> None:
    changed = woo_sample.replace(b"woo-belt,Belt,1,0,visible", b"woo-belt,Leather Belt,1,0,visible")
    before = {item.external_id: item.content_hash() for item in parse_catalog(woo_sample).listings}
    after = {item.external_id: item.content_hash() for item in parse_catalog(changed).listings}
    assert {key for key in before if before[key] != after[key]} == {"woo-belt"}


def test_description_line_breaks_use_woocommerces_backslash_n() -> None:
    catalog = parse_catalog(woo('1,simple,S,Socks,1,,"<p>One</p>\\n<p>Two</p>",,,,,,9,,,,,,,,'))
    assert catalog.listings[0].description_html == "<p>One</p>\n<p>Two</p>"


def test_an_unknown_header_says_what_was_expected() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_catalog(b"product,price\nmug,12\n")
    message = caught.value.message
    assert "WooCommerce" in message and "Shopify" in message and "product, price" in message


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(ValidationError, match="empty"):
        parse_catalog(b"")


def test_a_malformed_file_is_a_clear_validation_error(woo_sample: bytes) -> None:
    broken = woo_sample + b'99,simple,woo-pennant-2,"WordPress Pennant,1,0,visible\n'
    with pytest.raises(ValidationError, match=r"Row 27 \(line 27\).*never closed"):
        parse_catalog(broken)
