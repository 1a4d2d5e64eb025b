"""Admin GraphQL product JSON becomes a Listing with every fact the guardrails rely on."""

from __future__ import annotations

from datetime import UTC, datetime

from adapters.shopify.mapping import product_gid, product_to_listing
from plugin.domain import FaqItem, Measure, SeoCopy


def variant(vid: int, size: str, price: str, sku: str, grams: float | None) -> dict:
    return {
        "id": f"gid://shopify/ProductVariant/{vid}",
        "title": size,
        "sku": sku,
        "price": price,
        "compareAtPrice": None,
        "selectedOptions": [{"name": "Size", "value": size}],
        "inventoryItem": {
            "measurement": {"weight": {"unit": "GRAMS", "value": grams} if grams else None}
        },
    }


PRODUCT = {
    "id": "gid://shopify/Product/1",
    "title": "Linen Shirt",
    "descriptionHtml": "<p>Made of linen.</p>",
    "vendor": "Acme",
    "productType": "Shirts",
    "tags": ["linen", "summer"],
    "updatedAt": "2025-03-01T10:00:00Z",
    "seo": {"title": "Linen shirt", "description": "Cool linen"},
    "options": [{"name": "Size", "values": ["S", "M"]}],
    "faq": {
        "jsonValue": [{"question": "Is it linen?", "answer": "Yes."}],
        "compareDigest": "d1",
    },
}


def test_product_maps_to_listing() -> None:
    read = product_to_listing(
        PRODUCT,
        [variant(2, "S", "30.00", "LS-S", 200), variant(3, "M", "28.50", "LS-M", 200)],
        "EUR",
    )
    listing = read.listing
    assert listing.external_id == "gid://shopify/Product/1"
    assert listing.description_html == "<p>Made of linen.</p>"
    assert (listing.vendor, listing.product_type, listing.tags) == (
        "Acme",
        "Shirts",
        ["linen", "summer"],
    )
    assert listing.options == {"Size": ["S", "M"]}
    assert [v.sku for v in listing.variants] == ["LS-S", "LS-M"]
    assert listing.variants[1].options == {"Size": "M"}
    assert listing.variants[0].weight == Measure(200, "g")
    assert listing.weight == Measure(200, "g")  # shared by every variant
    assert listing.price == "28.50"  # the lowest
    assert listing.currency == "EUR"
    assert listing.seo == SeoCopy("Linen shirt", "Cool linen")
    assert listing.faq == [FaqItem("Is it linen?", "Yes.")]
    assert listing.updated_at == datetime(2025, 3, 1, 10, tzinfo=UTC)
    assert read.faq_digest == "d1"


def test_default_title_option_and_empty_fields_say_nothing() -> None:
    product = {
        **PRODUCT,
        "options": [{"name": "Title", "values": ["Default Title"]}],
        "seo": {"title": None, "description": None},
        "faq": None,
    }
    only = {
        **variant(2, "Default Title", "9.99", "ONE", None),
        "selectedOptions": [{"name": "Title", "value": "Default Title"}],
    }
    read = product_to_listing(product, [only])
    listing = read.listing
    assert listing.options == {}
    assert listing.variants[0].options == {} and listing.variants[0].title == ""
    assert listing.sku == "ONE"
    assert listing.weight is None
    assert listing.seo is None and listing.faq == []
    assert read.faq_digest is None


def test_variant_weights_that_differ_give_no_product_weight() -> None:
    listing = product_to_listing(
        PRODUCT, [variant(2, "S", "1", "a", 100), variant(3, "M", "1", "b", 150)]
    ).listing
    assert listing.weight is None
    assert [v.weight for v in listing.variants] == [Measure(100, "g"), Measure(150, "g")]


def test_malformed_faq_metafield_is_ignored() -> None:
    product = {**PRODUCT, "faq": {"jsonValue": {"not": "a list"}, "compareDigest": "x"}}
    assert product_to_listing(product, []).listing.faq == []


def test_product_gid_accepts_numeric_ids() -> None:
    assert product_gid("123") == "gid://shopify/Product/123"
    assert product_gid("gid://shopify/Product/9") == "gid://shopify/Product/9"
