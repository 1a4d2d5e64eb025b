"""WooCommerceStore against the fake store over real HTTP: pull, fetch, push, batch push."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from adapters.woocommerce.store import PushItem, WooCommerceStore
from plugin.domain import DraftKind, FaqItem, SeoCopy, faq_to_text, seo_to_text


@pytest.fixture
def store(wc_client) -> WooCommerceStore:
    return WooCommerceStore(wc_client)


def test_fetch_reads_raw_html_not_the_rendered_view(fake_wc, store, wc_client):
    fake_wc.state.add_product(id=900, name="Tee", description="Soft cotton.\n\nMachine washable.")
    listing = store.fetch("900")
    assert listing is not None
    assert listing.description_html == "Soft cotton.\n\nMachine washable."
    rendered = wc_client.get("products/900").data["description"]
    assert rendered == "<p>Soft cotton.</p>\n<p>Machine washable.</p>\n"
    first = next(r for r in fake_wc.requests if r.path == "/products/900")
    assert first.query["context"] == "edit"


def test_fetch_of_a_missing_or_trashed_product_is_none(fake_wc, store):
    assert store.fetch("424242") is None
    fake_wc.trash_product(794)
    assert store.fetch("794") is None
    assert store.fetch("not-a-number") is None


def test_variable_product_gets_its_variations_and_the_store_units(fake_wc, store):
    fake_wc.state.variations[799][next(iter(fake_wc.state.variations[799]))]["weight"] = "1.5"
    listing = store.fetch("799")
    assert listing is not None
    assert len(listing.variants) == 4
    assert {v.title for v in listing.variants} == {
        "Black / S",
        "Black / M",
        "Green / S",
        "Green / M",
    }
    assert listing.options == {"Color": ["Black", "Green"], "Size": ["S", "M"]}
    assert listing.currency == "USD"
    weights = [v.weight for v in listing.variants if v.weight]
    assert [(w.value, w.unit) for w in weights] == [(1.5, "lbs")]


def test_full_pull_follows_every_page(fake_wc, store):
    for n in range(230):
        fake_wc.state.add_product(name=f"Product {n}")
    listings = list(store.pull())
    assert len(listings) == 232
    assert len({item.external_id for item in listings}) == 232
    pages = [r for r in fake_wc.requests if r.path == "/products"]
    assert [r.query["page"] for r in pages] == ["1", "2", "3"]
    assert {r.query["per_page"] for r in pages} == {"100"}
    assert {r.query["context"] for r in pages} == {"edit"}


def test_pull_without_pagination_headers_reads_until_a_short_page(fake_wc, store):
    fake_wc.drop_pagination_headers = True
    for n in range(198):
        fake_wc.state.add_product(name=f"Product {n}")
    assert len(list(store.pull())) == 200
    pages = [r.query["page"] for r in fake_wc.requests if r.path == "/products"]
    assert pages == ["1", "2", "3"]


def test_incremental_pull_asks_for_changes_since_in_gmt(fake_wc, store):
    for n in range(5):
        fake_wc.state.add_product(name=f"Old {n}")
    mark = fake_wc.state.clock
    fake_wc.state.clock = mark + timedelta(hours=1)
    fake_wc.edit_product(794, description="<p>Changed</p>")
    listings = list(store.pull(mark + timedelta(minutes=10)))
    assert [item.external_id for item in listings] == ["794"]
    query = [r for r in fake_wc.requests if r.path == "/products"][-1].query
    assert query["dates_are_gmt"] == "true"
    assert query["modified_after"] == (mark + timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%S")


def test_old_store_without_modified_after_gets_a_full_pull(fake_wc, store):
    fake_wc.supports_modified_after = False
    listings = list(store.pull(datetime(2026, 1, 1, tzinfo=UTC)))
    assert {item.external_id for item in listings} == {"794", "799"}


def test_push_writes_description_and_only_our_meta_keys(fake_wc, wc_client):
    fake_wc.state.update(
        fake_wc.product(794),
        {
            "meta_data": [
                {"key": "_other_plugin", "value": "keep me"},
                {"key": "_yoast_wpseo_title", "value": "Old"},
            ]
        },
    )
    store = WooCommerceStore(wc_client, seo_plugin="yoast")
    store.push("794", DraftKind.DESCRIPTION, "<p>New copy</p>")
    faq = faq_to_text([FaqItem("Is it soft?", "Yes.")])
    store.push("794", DraftKind.FAQ, faq)
    seo = seo_to_text(SeoCopy("Premium tee", "Soft and light."))
    store.push("794", DraftKind.SEO, seo)
    product = fake_wc.product(794)
    assert product["description"] == "<p>New copy</p>"
    meta = {m["key"]: m["value"] for m in product["meta_data"]}
    assert meta == {
        "_other_plugin": "keep me",
        "_yoast_wpseo_title": "Premium tee",
        "_yoast_wpseo_metadesc": "Soft and light.",
        "copydesk_faq": faq,
    }
    sent_keys = {
        m["key"] for r in fake_wc.requests if r.method == "PUT" for m in r.body.get("meta_data", [])
    }
    assert "_other_plugin" not in sent_keys
    listing = store.fetch("794")
    assert listing is not None
    for kind, text in (
        (DraftKind.DESCRIPTION, "<p>New copy</p>"),
        (DraftKind.FAQ, faq),
        (DraftKind.SEO, seo),
    ):
        assert listing.text_for(kind) == text


def test_push_many_batches_25_products_and_reports_each_items_own_error(fake_wc, store):
    ids = [fake_wc.state.add_product(name=f"P{n}")["id"] for n in range(59)]
    items = [PushItem(str(i), DraftKind.DESCRIPTION, f"<p>Copy {i}</p>") for i in ids]
    items.append(PushItem("999999", DraftKind.DESCRIPTION, "<p>Lost</p>"))
    items.append(PushItem(str(ids[0]), DraftKind.FAQ, faq_to_text([FaqItem("q", "a")])))
    outcomes = store.push_many(items)
    batches = [r for r in fake_wc.requests if r.path == "/products/batch"]
    assert [len(r.body["update"]) for r in batches] == [25, 25, 10]
    assert len(outcomes) == len(items)
    failed = [o for o in outcomes if not o.ok]
    assert [o.item.external_id for o in failed] == ["999999"]
    assert failed[0].error is not None and "Invalid ID" in failed[0].error.message
    assert fake_wc.product(ids[0])["description"] == f"<p>Copy {ids[0]}</p>"
    assert any(m["key"] == "copydesk_faq" for m in fake_wc.product(ids[0])["meta_data"])
    assert fake_wc.product(ids[-1])["description"] == f"<p>Copy {ids[-1]}</p>"


def test_push_many_reports_a_failed_chunk_without_losing_the_others(fake_wc, store, sleeps):
    ids = [fake_wc.state.add_product(name=f"P{n}")["id"] for n in range(30)]
    fake_wc.fail_next(
        400,
        method="POST",
        path="/products/batch",
        body={"code": "rest_invalid_json", "message": "Bad", "data": {"status": 400}},
    )
    outcomes = store.push_many([PushItem(str(i), DraftKind.DESCRIPTION, "<p>x</p>") for i in ids])
    assert sum(not o.ok for o in outcomes) == 25
    assert sum(o.ok for o in outcomes) == 5
