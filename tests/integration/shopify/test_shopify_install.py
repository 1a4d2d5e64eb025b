"""Installing from Shopify: OAuth with HMAC and state checks, token, webhooks, backfill, login."""

from __future__ import annotations

from urllib.parse import parse_qs, parse_qsl, urlencode, urlsplit

import requests
from flask import Flask
from flask.testing import FlaskClient

from adapters.shopify.signatures import sign_query
from plugin.services.shops import connection_for
from plugin.storage.models import AuthNonce, Draft, ListingRecord, Shop
from tests.fakes.shopify_server import FakeShopify
from tests.integration.shopify.conftest import API_KEY, SHOP, install, rows


def _authorize_redirect(client: FlaskClient, fake: FakeShopify, shop: str = SHOP) -> str:
    start = client.get(f"/shopify/install?{fake.install_query(shop)}")
    assert start.status_code == 302
    return start.headers["Location"]


def test_install_redirects_to_authorize_with_client_id_scopes_and_state(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify
) -> None:
    location = urlsplit(_authorize_redirect(client, fake_shopify))
    assert location.path == f"/{SHOP}/admin/oauth/authorize"
    query = parse_qs(location.query)
    assert query["client_id"] == [API_KEY]
    assert query["scope"] == ["read_products,write_products,read_locales,write_app_proxy"]
    assert query["redirect_uri"] == ["http://copydesk.test/shopify/callback"]
    (nonce,) = rows(app, AuthNonce)
    assert query["state"] == [nonce.nonce] and nonce.shop_name == SHOP


def test_full_install_connects_subscribes_backfills_and_logs_in(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    store = fake_shopify.shop(SHOP)
    empty = store.add_product(title="Canvas Tote", vendor="Acme", variants=[{"price": "25.00"}])
    written = store.add_product(
        title="Steel Bottle",
        description_html="<p>Keeps drinks cold for 24 hours. Holds 750 ml of water.</p>",
    )

    assert install(client, fake_shopify) == "/"

    (shop,) = rows(app, Shop, name=SHOP)
    with app.app_context():
        creds = connection_for(shop).credentials
    assert creds["access_token"] in store.access_tokens
    assert creds["refresh_token"] in store.refresh_tokens
    assert int(creds["expires_at"]) > 0
    assert {(s["topic"], s["uri"]) for s in store.subscriptions} == {
        (topic, "http://copydesk.test/webhooks/shopify")
        for topic in (
            "PRODUCTS_CREATE",
            "PRODUCTS_UPDATE",
            "PRODUCTS_DELETE",
            "APP_UNINSTALLED",
            "BULK_OPERATIONS_FINISH",
        )
    }
    # the merchant lands on the approval screen, logged in as this shop
    with client.session_transaction() as browser:
        assert browser["shop_id"] == shop.id

    run_jobs()
    listings = {r.external_id: r for r in rows(app, ListingRecord, shop_id=shop.id)}
    assert set(listings) == {empty, written}
    assert listings[empty].to_listing().vendor == "Acme"
    drafted = {d.listing_id for d in rows(app, Draft, shop_id=shop.id)}
    assert drafted == {listings[empty].id}  # only the product without real copy


def test_reinstall_does_not_duplicate_webhooks(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify
) -> None:
    install(client, fake_shopify)
    install(client, fake_shopify)
    assert len(fake_shopify.shop(SHOP).subscriptions) == 5
    assert len(rows(app, Shop, name=SHOP)) == 1


def test_install_with_tampered_hmac_is_refused_and_stores_nothing(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify
) -> None:
    query = dict(parse_qsl(fake_shopify.install_query(SHOP)))
    query["shop"] = "attacker.myshopify.com"
    response = client.get(f"/shopify/install?{urlencode(query)}")
    assert response.status_code == 401
    assert rows(app, AuthNonce) == []


def test_install_signed_with_another_secret_is_refused(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify
) -> None:
    response = client.get(f"/shopify/install?{fake_shopify.install_query(SHOP, secret='wrong')}")
    assert response.status_code == 401


def test_install_for_a_non_shopify_host_is_refused(
    client: FlaskClient, fake_shopify: FakeShopify
) -> None:
    response = client.get(f"/shopify/install?{fake_shopify.install_query('evil.example.com')}")
    assert response.status_code == 400


def _callback_query(client: FlaskClient, fake: FakeShopify) -> dict[str, str]:
    authorize = requests.get(_authorize_redirect(client, fake), allow_redirects=False, timeout=10)
    return dict(parse_qsl(urlsplit(authorize.headers["Location"]).query))


def _resign(query: dict[str, str], secret: str) -> str:
    params = {k: v for k, v in query.items() if k != "hmac"}
    return urlencode({**params, "hmac": sign_query(params.items(), secret)})


def test_callback_with_tampered_hmac_is_refused(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify
) -> None:
    query = _callback_query(client, fake_shopify)
    query["code"] = "forged-code"
    response = client.get(f"/shopify/callback?{urlencode(query)}")
    assert response.status_code == 401
    assert rows(app, Shop) == []
    assert not fake_shopify.shop(SHOP).access_tokens


def test_callback_with_unknown_state_is_refused(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify
) -> None:
    from tests.integration.shopify.conftest import API_SECRET

    query = _callback_query(client, fake_shopify)
    query["state"] = "state-we-never-issued"
    response = client.get(f"/shopify/callback?{_resign(query, API_SECRET)}")
    assert response.status_code == 401
    assert rows(app, Shop) == []


def test_callback_state_is_single_use_and_bound_to_its_shop(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify
) -> None:
    from tests.integration.shopify.conftest import API_SECRET

    query = _callback_query(client, fake_shopify)
    other = {**query, "shop": "other-shop.myshopify.com"}
    assert client.get(f"/shopify/callback?{_resign(other, API_SECRET)}").status_code == 401
    assert client.get(f"/shopify/callback?{urlencode(query)}").status_code == 302
    replay = client.get(f"/shopify/callback?{urlencode(query)}")
    assert replay.status_code == 401
    assert [s.name for s in rows(app, Shop)] == [SHOP]


def test_the_periodic_check_restores_dropped_subscriptions(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    from plugin.services.queue import job_queue
    from plugin.storage.db import db

    install(client, fake_shopify)
    run_jobs()
    store = fake_shopify.shop(SHOP)
    store.subscriptions = [s for s in store.subscriptions if s["topic"] != "PRODUCTS_UPDATE"]

    with app.app_context():
        job_queue().enqueue("shopify_webhooks_all", {})
        db.session.commit()
    run_jobs()

    assert sorted(s["topic"] for s in store.subscriptions) == [
        "APP_UNINSTALLED",
        "BULK_OPERATIONS_FINISH",
        "PRODUCTS_CREATE",
        "PRODUCTS_DELETE",
        "PRODUCTS_UPDATE",
    ]
