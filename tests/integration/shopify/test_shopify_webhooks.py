"""Webhooks: verified, recorded once, answered at once; the job re-reads the product."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from plugin.storage.models import Draft, JobRecord, ListingRecord, WebhookEvent
from tests.fakes.shopify_server import FakeShopify
from tests.integration.shopify.conftest import SHOP, installed_shop, rows


def _settled(app: Flask, client: FlaskClient, fake: FakeShopify, run_jobs):  # type: ignore[no-untyped-def]
    """An installed shop whose backfill has run."""
    shop = installed_shop(app, client, fake)
    run_jobs()
    return shop


def test_products_create_becomes_a_draft(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    shop = _settled(app, client, fake_shopify, run_jobs)
    gid = fake_shopify.shop(SHOP).add_product(
        title="Wool Beanie", vendor="Northwind", variants=[{"price": "18.00", "sku": "WB-1"}]
    )
    graphql_before = len(fake_shopify.graphql_requests())

    response = fake_shopify.webhook("products/create", SHOP, gid).send(client)

    assert response.status_code == 200
    # nothing was asked of Shopify inside the request
    assert len(fake_shopify.graphql_requests()) == graphql_before
    run_jobs()
    (listing,) = rows(app, ListingRecord, shop_id=shop.id, external_id=gid)
    assert listing.to_listing().variants[0].sku == "WB-1"
    (draft,) = rows(app, Draft, listing_id=listing.id)
    assert draft.kind == "description" and draft.status == "pending"
    assert "Wool Beanie" in draft.content
    (event,) = rows(app, WebhookEvent, topic="products/create")
    assert event.status == "processed"


def test_the_same_delivery_twice_gives_one_event_one_job_one_draft(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    _settled(app, client, fake_shopify, run_jobs)
    gid = fake_shopify.shop(SHOP).add_product(title="Desk Lamp")
    delivery = fake_shopify.webhook("products/create", SHOP, gid)

    first, second = delivery.send(client), delivery.send(client)

    assert (first.status_code, second.status_code) == (200, 200)
    assert second.get_json()["status"] == "duplicate"
    assert len(rows(app, WebhookEvent, event_id=delivery.event_id)) == 1
    assert len(rows(app, JobRecord, name="process_webhook")) == 1
    run_jobs()
    (listing,) = rows(app, ListingRecord, external_id=gid)
    assert len(rows(app, Draft, listing_id=listing.id)) == 1


def test_redelivery_without_event_id_dedupes_on_webhook_id(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    _settled(app, client, fake_shopify, run_jobs)
    gid = fake_shopify.shop(SHOP).add_product(title="Desk Lamp")
    delivery = fake_shopify.webhook("products/update", SHOP, gid, event_id="", webhook_id="w-1")
    assert delivery.send(client).status_code == 200
    assert delivery.send(client).get_json()["status"] == "duplicate"
    assert [e.event_id for e in rows(app, WebhookEvent, topic="products/update")] == ["w-1"]


def test_bad_hmac_is_401_and_nothing_is_recorded(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    _settled(app, client, fake_shopify, run_jobs)
    gid = fake_shopify.shop(SHOP).add_product(title="Desk Lamp")
    jobs_before = len(rows(app, JobRecord))

    tampered = fake_shopify.webhook("products/create", SHOP, gid).tampered()
    wrong_secret = fake_shopify.webhook("products/create", SHOP, gid, secret="not-ours")
    unsigned = fake_shopify.webhook("products/create", SHOP, gid)
    del unsigned.headers["X-Shopify-Hmac-Sha256"]

    for delivery in (tampered, wrong_secret, unsigned):
        assert delivery.send(client).status_code == 401
    assert rows(app, WebhookEvent) == []
    assert len(rows(app, JobRecord)) == jobs_before


def test_a_signed_body_that_is_not_json_is_400_and_nothing_is_recorded(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    from tests.fakes.shopify.deliveries import Delivery, sign

    _settled(app, client, fake_shopify, run_jobs)
    gid = fake_shopify.shop(SHOP).add_product(title="Desk Lamp")
    good = fake_shopify.webhook("products/create", SHOP, gid)
    body = good.body[: len(good.body) // 2]
    headers = {**good.headers, "X-Shopify-Hmac-Sha256": sign(body, fake_shopify.api_secret)}
    response = Delivery(good.topic, good.shop, body, headers).send(client)
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "invalid"
    assert rows(app, WebhookEvent) == []


def test_update_arriving_before_its_create(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    shop = _settled(app, client, fake_shopify, run_jobs)
    store = fake_shopify.shop(SHOP)
    gid = store.add_product(title="Rain Jacket")
    create = fake_shopify.webhook("products/create", SHOP, gid)
    store.edit_product(gid, vendor="Stormline")
    update = fake_shopify.webhook("products/update", SHOP, gid)

    assert update.send(client).status_code == 200
    run_jobs()
    assert create.send(client).status_code == 200
    run_jobs()

    (listing,) = rows(app, ListingRecord, shop_id=shop.id, external_id=gid)
    assert listing.to_listing().vendor == "Stormline"  # the newest state, not the stale create
    assert len(rows(app, Draft, listing_id=listing.id)) == 1
    assert {e.status for e in rows(app, WebhookEvent)} == {"processed"}


def test_products_delete_marks_the_listing_deleted(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    store = fake_shopify.shop(SHOP)
    gid = store.add_product(title="Old Product")
    shop = _settled(app, client, fake_shopify, run_jobs)
    del store.products[gid]

    assert fake_shopify.webhook("products/delete", SHOP, gid).send(client).status_code == 200
    run_jobs()
    (listing,) = rows(app, ListingRecord, shop_id=shop.id, external_id=gid)
    assert listing.deleted
    assert {d.status for d in rows(app, Draft, listing_id=listing.id)} <= {"superseded"}


def test_webhook_for_an_unknown_shop_is_recorded_and_ignored(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    delivery = fake_shopify.webhook("shop/redact", "stranger.myshopify.com")
    assert delivery.send(client).status_code == 200
    run_jobs()
    (event,) = rows(app, WebhookEvent)
    assert event.status == "processed" and event.shop_id is None
    assert fake_shopify.graphql_requests() == []
