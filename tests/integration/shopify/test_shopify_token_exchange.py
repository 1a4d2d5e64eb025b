"""Managed install: the first embedded request from a shop we hold no token for trades its
session token for an expiring offline token (token exchange); the code grant stays for the rest."""

from __future__ import annotations

import time

from flask import Flask
from flask.testing import FlaskClient

from adapters.shopify.oauth import ID_TOKEN_TYPE, OFFLINE_TOKEN_TYPE, TOKEN_EXCHANGE_GRANT
from adapters.shopify.session_token import encode_session_token
from plugin.services.shops import connection_for, uninstall_shop
from plugin.storage.models import ListingRecord, Shop
from tests.fakes.shopify_server import FakeShopify
from tests.integration.shopify.conftest import API_KEY, API_SECRET, SHOP, install, rows

EMBEDDED = f"embedded=1&shop={SHOP}&host=YWRtaW4uc2hvcGlmeS5jb20vc3RvcmUvZGVtbw"


def session_token(*, secret: str = API_SECRET, shop: str = SHOP, aud: str = API_KEY) -> str:
    now = int(time.time())
    claims = {
        "iss": f"https://{shop}/admin",
        "dest": f"https://{shop}",
        "aud": aud,
        "sub": "7",
        "exp": now + 60,
        "nbf": now - 1,
        "iat": now - 1,
        "jti": "jti",
        "sid": "sid",
    }
    return encode_session_token(claims, secret)


def test_the_first_embedded_page_installs_the_shop_by_token_exchange(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    store = fake_shopify.shop(SHOP)
    tote = store.add_product(title="Canvas Tote", vendor="Acme")
    token = session_token()

    page = client.get(f"/?{EMBEDDED}&id_token={token}")

    assert page.status_code == 200 and SHOP in page.get_data(as_text=True)
    (exchange,) = fake_shopify.token_requests(SHOP)
    assert exchange.form == {
        "client_id": API_KEY,
        "client_secret": API_SECRET,
        "grant_type": TOKEN_EXCHANGE_GRANT,
        "subject_token": token,
        "subject_token_type": ID_TOKEN_TYPE,
        "requested_token_type": OFFLINE_TOKEN_TYPE,
        "expiring": "1",
    }
    (shop,) = rows(app, Shop, name=SHOP)
    with app.app_context():
        creds = connection_for(shop).credentials
    assert creds["access_token"] in store.access_tokens
    assert creds["refresh_token"] in store.refresh_tokens
    assert int(creds["expires_at"]) > time.time()
    run_jobs()
    assert [r.external_id for r in rows(app, ListingRecord, shop_id=shop.id)] == [tote]

    # Installed now: the next request uses the stored token, no second exchange.
    assert client.get(f"/?{EMBEDDED}&id_token={session_token()}").status_code == 200
    assert len(fake_shopify.token_requests(SHOP)) == 1


def test_a_reinstalled_shop_is_connected_again_by_token_exchange(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify
) -> None:
    install(client, fake_shopify)
    from plugin.storage.db import db

    with app.app_context():
        (shop,) = db.session.query(Shop).filter_by(name=SHOP).all()
        uninstall_shop(db.session, shop)
        db.session.commit()
    before = len(fake_shopify.token_requests(SHOP))
    response = app.test_client().get(
        "/api/drafts", headers={"Authorization": f"Bearer {session_token()}"}
    )
    assert response.status_code == 200
    assert len(fake_shopify.token_requests(SHOP)) == before + 1
    (shop,) = rows(app, Shop, name=SHOP)
    assert shop.active


def test_a_token_for_another_app_or_badly_signed_installs_nothing(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify
) -> None:
    for token in (session_token(secret="not-ours"), session_token(aud="another-app")):
        page = client.get(f"/?{EMBEDDED}&id_token={token}")
        assert page.status_code == 401
    assert fake_shopify.token_requests(SHOP) == []
    assert rows(app, Shop, name=SHOP) == []
