from datetime import UTC, datetime

import pytest

from adapters.woocommerce.products import (
    StoreUnits,
    listing_from_product,
    merge_update_bodies,
    update_body_for,
)
from plugin.domain import DraftKind, FaqItem, SeoCopy, faq_to_text, seo_to_text


def test_simple_product_from_the_docs(wc_fixture):
    product = wc_fixture("product_get_response.example.json")
    listing = listing_from_product(product, units=StoreUnits("lbs", "in", "USD"))
    assert listing.external_id == "794"
    assert listing.title == "Premium Quality"
    assert listing.description_html == product["description"]
    assert listing.short_description_html.startswith("<p>Pellentesque")
    assert listing.categories == ["Clothing", "T-shirts"]
    assert listing.price == "21.99"
    assert listing.currency == "USD"
    assert listing.weight is None and listing.dimensions is None
    assert listing.variants == [] and listing.options == {}
    assert listing.updated_at == datetime(2017, 3, 23, 20, 1, 14, tzinfo=UTC)


def test_variable_product_with_variations_and_units(wc_fixture):
    product = wc_fixture("product_create_variable_response.example.json")
    product["attributes"].append(
        {"id": 0, "name": "Material", "variation": False, "options": ["Cotton"]}
    )
    product["weight"] = "0.4"
    product["dimensions"] = {"length": "30", "width": "20", "height": ""}
    product["tags"] = [{"id": 3, "name": "Summer", "slug": "summer"}]
    product["images"][0]["alt"] = "Black tee, front"
    variations = [
        {
            "id": 811,
            "sku": "SHIP-BS",
            "price": "17.99",
            "regular_price": "19.99",
            "sale_price": "17.99",
            "weight": "0.5",
            "attributes": [
                {"id": 6, "name": "Color", "option": "Black"},
                {"name": "Size", "option": "S"},
            ],
        },
        {
            "id": 812,
            "sku": "SHIP-GM",
            "price": "21.99",
            "regular_price": "21.99",
            "sale_price": "",
            "attributes": [
                {"id": 6, "name": "Color", "option": "Green"},
                {"name": "Size", "option": "M"},
            ],
        },
    ]
    listing = listing_from_product(product, variations, units=StoreUnits("lbs", "in"))
    assert listing.options == {"Color": ["Black", "Green"], "Size": ["S", "M"]}
    assert listing.attributes == {"Material": ["Cotton"]}
    assert listing.tags == ["Summer"]
    assert listing.image_alts == ["Black tee, front"]
    assert listing.weight is not None and (listing.weight.value, listing.weight.unit) == (
        0.4,
        "lbs",
    )
    assert listing.dimensions is not None
    assert (listing.dimensions.length, listing.dimensions.height, listing.dimensions.unit) == (
        30.0,
        None,
        "in",
    )
    first, second = listing.variants
    assert (first.external_id, first.sku, first.title) == ("811", "SHIP-BS", "Black / S")
    assert (first.price, first.compare_at_price) == ("17.99", "19.99")
    assert first.options == {"Color": "Black", "Size": "S"}
    assert first.weight is not None and first.weight.unit == "lbs"
    assert (second.price, second.compare_at_price) == ("21.99", None)


@pytest.mark.parametrize(
    ("plugin", "title_key", "description_key"),
    [
        ("rank_math", "rank_math_title", "rank_math_description"),
        ("yoast", "_yoast_wpseo_title", "_yoast_wpseo_metadesc"),
    ],
)
def test_seo_comes_from_the_named_plugin_and_goes_back_there(
    wc_fixture, plugin, title_key, description_key
):
    product = wc_fixture("product_get_response.example.json")
    product["meta_data"] = [
        {"id": 1, "key": title_key, "value": "Premium tee"},
        {"id": 2, "key": description_key, "value": "Soft cotton."},
        {"id": 3, "key": "copydesk_seo", "value": seo_to_text(SeoCopy("ignored", "ignored"))},
    ]
    listing = listing_from_product(product, seo_plugin=plugin)
    assert listing.seo == SeoCopy("Premium tee", "Soft cotton.")
    body = update_body_for(DraftKind.SEO, seo_to_text(SeoCopy("New", "Desc")), seo_plugin=plugin)
    assert body == {
        "meta_data": [{"key": title_key, "value": "New"}, {"key": description_key, "value": "Desc"}]
    }


def test_without_a_plugin_seo_and_faq_live_in_our_own_keys(wc_fixture):
    product = wc_fixture("product_get_response.example.json")
    faq = [FaqItem("Is it cotton?", "Yes, 100% cotton.")]
    seo = SeoCopy("Premium tee", "Soft.")
    product["meta_data"] = [{"id": 9, "key": "_other_plugin", "value": "keep"}]
    for kind, text in ((DraftKind.FAQ, faq_to_text(faq)), (DraftKind.SEO, seo_to_text(seo))):
        for entry in update_body_for(kind, text)["meta_data"]:
            assert entry["key"] in ("copydesk_faq", "copydesk_seo")
            product["meta_data"].append({"id": len(product["meta_data"]) + 10, **entry})
    listing = listing_from_product(product)
    assert listing.faq == faq and listing.seo == seo
    # What we push reads back as the same text, which is what echo suppression compares.
    assert listing.text_for(DraftKind.FAQ) == faq_to_text(faq)
    assert listing.text_for(DraftKind.SEO) == seo_to_text(seo)


def test_update_bodies_touch_only_our_fields():
    assert update_body_for(DraftKind.DESCRIPTION, "<p>New</p>") == {"description": "<p>New</p>"}
    assert update_body_for(DraftKind.SHORT_DESCRIPTION, "<p>Short</p>") == {
        "short_description": "<p>Short</p>"
    }
    # Reverting to an empty short description empties the field itself.
    assert update_body_for(DraftKind.SHORT_DESCRIPTION, "") == {"short_description": ""}
    with pytest.raises(ValueError):
        update_body_for(DraftKind.REPLY, "hello")
    merged = merge_update_bodies(
        [
            update_body_for(DraftKind.DESCRIPTION, "<p>x</p>"),
            update_body_for(DraftKind.SHORT_DESCRIPTION, "<p>s</p>"),
            update_body_for(DraftKind.FAQ, faq_to_text([FaqItem("q", "a")])),
        ]
    )
    assert merged["description"] == "<p>x</p>"
    assert merged["short_description"] == "<p>s</p>"
    assert [m["key"] for m in merged["meta_data"]] == ["copydesk_faq"]


def test_broken_meta_values_are_ignored(wc_fixture):
    product = wc_fixture("product_get_response.example.json")
    product["meta_data"] = [
        {"id": 1, "key": "copydesk_faq", "value": "not json"},
        {"id": 2, "key": "copydesk_seo", "value": '{"title": 1}'},
    ]
    listing = listing_from_product(product)
    assert listing.faq == [] and listing.seo is None


@pytest.mark.parametrize("plugin", [None, "rank_math"])
def test_reverting_to_no_faq_or_seo_empties_our_keys(wc_fixture, plugin):
    product = wc_fixture("product_get_response.example.json")
    product["meta_data"] = []
    for kind in (DraftKind.FAQ, DraftKind.SEO):
        body = update_body_for(kind, "", seo_plugin=plugin)
        assert {m["value"] for m in body["meta_data"]} == {""}
        product["meta_data"] += body["meta_data"]
    listing = listing_from_product(product, seo_plugin=plugin)
    assert listing.text_for(DraftKind.FAQ) == "" and listing.text_for(DraftKind.SEO) == ""
    with pytest.raises(ValueError):
        update_body_for(DraftKind.REPLY, "")
