"""Reading Shopify's product CSV: rows grouped by Handle, variants, weights, SEO and errors."""

from __future__ import annotations

import pytest

from adapters.catalog import parse_catalog
from adapters.catalog.shopify_csv import weight_from_grams
from plugin.domain import FaqItem, Listing, Measure, SeoCopy

HEADER = (
    "Handle,Title,Body (HTML),Vendor,Type,Tags,Option1 Name,Option1 Value,Option2 Name,"
    "Option2 Value,Variant SKU,Variant Grams,Variant Price,Variant Compare At Price,"
    "Image Alt Text,SEO Title,SEO Description,Variant Weight Unit"
)


def shopify(*rows: str, header: str = HEADER) -> bytes:
    return ("\n".join([header, *rows]) + "\n").encode("utf-8")


def by_handle(listings: list[Listing]) -> dict[str, Listing]:
    return {listing.external_id: listing for listing in listings}


def test_rows_sharing_a_handle_are_one_product(shopify_sample: bytes) -> None:
    catalog = parse_catalog(shopify_sample)
    assert catalog.format == "shopify"
    assert catalog.errors == []
    assert [item.external_id for item in catalog.listings] == [
        "linen-apron",
        "enamel-camp-mug",
        "merino-beanie",
        "cast-iron-skillet-10",
        "gift-card",
    ]


def test_product_fields_come_from_the_first_row(shopify_sample: bytes) -> None:
    apron = by_handle(parse_catalog(shopify_sample).listings)["linen-apron"]
    assert apron.title == "Linen Apron"
    assert apron.vendor == "Harbor & Loom"
    assert apron.product_type == "Apron"
    assert apron.tags == ["kitchen", "linen", "gifts"]
    assert apron.categories == ["Apparel & Accessories > Clothing Accessories > Aprons"]
    assert apron.description_html.startswith("<p>A full-length apron in stonewashed linen")
    assert "\n<ul><li>100% linen" in apron.description_html
    assert apron.options == {"Color": ["Natural", "Charcoal"]}
    assert [(v.sku, v.title, v.price) for v in apron.variants] == [
        ("HL-APR-NAT", "Natural", "48.00"),
        ("HL-APR-CHR", "Charcoal", "48.00"),
    ]
    assert apron.weight == Measure(280.0, "g")
    # The third row only adds an image; its alt text still counts.
    assert apron.image_alts[-1] == 'Cross-back strap, 1" wide'
    assert len(apron.variants) == 2


def test_a_single_default_variant_has_no_options(shopify_sample: bytes) -> None:
    mug = by_handle(parse_catalog(shopify_sample).listings)["enamel-camp-mug"]
    assert mug.options == {}
    assert mug.sku == "HL-MUG-350"
    assert mug.price == "18.00"
    assert mug.variants[0].compare_at_price == "22.00"
    assert mug.weight == Measure(0.5, "lb")
    assert mug.seo == SeoCopy(
        "Enamel Camp Mug 350 ml | Harbor & Loom",
        "A 350 ml enamelled steel mug with a rolled blue rim, for the trail and the kitchen table.",
    )


def test_two_options_and_weights_in_ounces(shopify_sample: bytes) -> None:
    beanie = by_handle(parse_catalog(shopify_sample).listings)["merino-beanie"]
    assert beanie.options == {"Size": ["S/M", "L/XL"], "Color": ["Grey", "Navy"]}
    assert beanie.variants[2].options == {"Size": "L/XL", "Color": "Grey"}
    assert beanie.variants[2].title == "L/XL / Grey"
    assert beanie.variants[0].weight == Measure(3.0, "oz")
    assert beanie.variants[2].weight == Measure(3.2, "oz")
    assert beanie.weight is None  # the sizes weigh differently
    assert beanie.price == "32.00"


def test_type_falls_back_to_the_product_category(shopify_sample: bytes) -> None:
    skillet = by_handle(parse_catalog(shopify_sample).listings)["cast-iron-skillet-10"]
    assert skillet.product_type == "Skillets & Frying Pans"
    assert skillet.title == 'Cast Iron Skillet, 10"'
    assert skillet.weight == Measure(2.3, "kg")
    assert skillet.description_html == ""


def test_variants_without_sku_or_weight(shopify_sample: bytes) -> None:
    card = by_handle(parse_catalog(shopify_sample).listings)["gift-card"]
    assert [(v.title, v.price, v.weight) for v in card.variants] == [
        ("$25", "25.00", None),
        ("$50", "50.00", None),
    ]
    assert card.variants[0].external_id == "gift-card/$25"


@pytest.mark.parametrize(
    ("grams", "unit", "expected"),
    [
        (227, "lb", Measure(0.5, "lb")),
        (340, "oz", Measure(12.0, "oz")),
        (1500, "kg", Measure(1.5, "kg")),
        (85, "g", Measure(85.0, "g")),
        (85, "", Measure(85, "g")),
    ],
)
def test_weight_shows_the_value_the_merchant_entered(
    grams: float, unit: str, expected: Measure
) -> None:
    assert weight_from_grams(grams, unit) == expected


def test_the_newer_column_names_are_read_too() -> None:
    header = (
        "URL handle,Title,Description,Vendor,Product category,Type,Tags,Option1 name,"
        "Option1 value,SKU,Weight value (grams),Weight unit for display,Price,Compare-at price,"
        "SEO title,SEO description,FAQ (product.metafields.copydesk.faq)"
    )
    faq = '"[{""question"": ""Dishwasher safe?"", ""answer"": ""Yes.""}]"'
    catalog = parse_catalog(
        shopify(
            "tin-cup,Tin Cup,<p>Old.</p>,Acme,Kitchen > Cups,Cup,,Title,Default Title,TC-1,"
            f"100,g,9.50,,Tin Cup | Acme,A cup.,{faq}",
            header=header,
        )
    )
    assert catalog.errors == []
    cup = catalog.listings[0]
    assert (cup.external_id, cup.description_html, cup.sku, cup.price) == (
        "tin-cup",
        "<p>Old.</p>",
        "TC-1",
        "9.50",
    )
    assert cup.weight == Measure(100.0, "g")
    assert cup.seo == SeoCopy("Tin Cup | Acme", "A cup.")
    assert cup.faq == [FaqItem("Dishwasher safe?", "Yes.")]


def test_bad_rows_are_reported_and_the_rest_import() -> None:
    catalog = parse_catalog(
        shopify(
            "mug,Mug,,Acme,Mug,,Title,Default Title,,,MUG-1,300,12.00,,,,,g",
            ",Orphan,,Acme,,,Title,Default Title,,,ORPH,,5,,,,,",
            "cup,,,Acme,,,Title,Default Title,,,CUP-1,,8,,,,,",
            "cup,,,,,,,,,,CUP-2,,8,,,,,",
            "tee,Tee,,Acme,,,Size,S,,,TEE-S,150,abc,,,,,g",
            "tee,,,,,,,M,,,TEE-M,150,20,,,,,g",
            "hat,Hat,,Acme,,,Size,S,,,MUG-1,100,15,,,,,g",
            "hat,,,,,,,L,,,HAT-L,100,15,,,,,g",
        )
    )
    reasons = {error.row: error.reason for error in catalog.errors}
    assert reasons[3] == "Handle is empty"
    assert reasons[4] == "Title is empty on the product's first row"
    assert "its product 'cup' (row 4) has an error" in reasons[5]
    assert "Variant Price 'abc' is not a number" in reasons[6]
    assert "its product 'tee' (row 6) has an error" in reasons[7]
    assert "Variant SKU 'MUG-1' is already used on row 2" in reasons[8]
    # A product's first row carries the product itself: when it fails, so do the rows after it.
    assert "its product 'hat' (row 8) has an error" in reasons[9]
    assert [item.external_id for item in catalog.listings] == ["mug"]


def test_a_broken_faq_cell_is_a_row_error_not_a_silent_loss() -> None:
    header = HEADER + ",FAQ (product.metafields.copydesk.faq)"
    catalog = parse_catalog(shopify("mug,Mug,,Acme,,,,,,,M1,,5,,,,,,{not json", header=header))
    assert catalog.listings == []
    assert "not a JSON list" in catalog.errors[0].reason
