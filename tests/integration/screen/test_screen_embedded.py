"""Opened in the Shopify admin with ``?id_token=<session token>``, the screen logs the shop in."""

from __future__ import annotations

import time

import pytest
from flask import Flask
from flask.testing import FlaskClient

from adapters.shopify.session_token import encode_session_token
from plugin.services.shops import connect_shop, issue_api_token
from plugin.storage.models import Shop

API_KEY, API_SECRET = "screen-test-key", "screen-test-secret"
DOMAIN = "screen-demo.myshopify.com"


@pytest.fixture
def shopify_shop(app: Flask) -> Shop:
    from plugin.storage.db import db

    app.config.update(SHOPIFY_API_KEY=API_KEY, SHOPIFY_API_SECRET=API_SECRET)
    with app.app_context():
        shop = connect_shop(
            db.session,
            platform="shopify",
            name=DOMAIN,
            url=f"https://{DOMAIN}",
            credentials={"access_token": "shpat_test"},
        )
        db.session.commit()
        db.session.expunge(shop)
    return shop


def _session_token(secret: str = API_SECRET) -> str:
    now = int(time.time())
    claims = {
        "iss": f"https://{DOMAIN}/admin",
        "dest": f"https://{DOMAIN}",
        "aud": API_KEY,
        "sub": "42",
        "exp": now + 60,
        "nbf": now - 5,
        "iat": now - 5,
        "jti": "j",
        "sid": "s",
    }
    return encode_session_token(claims, secret)


def test_a_valid_session_token_in_the_address_logs_in_and_is_dropped(
    client: FlaskClient, shopify_shop: Shop
) -> None:
    response = client.get(f"/?status=pending&id_token={_session_token()}&host=abc")
    assert response.status_code == 302
    assert response.headers["Location"] == "/?status=pending&host=abc"
    page = client.get("/?status=pending&host=abc")
    assert page.status_code == 200 and DOMAIN in page.get_data(as_text=True)


def test_a_forged_session_token_logs_nobody_in(client: FlaskClient, shopify_shop: Shop) -> None:
    response = client.get(f"/?id_token={_session_token('wrong-secret')}")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")
    assert client.get("/").status_code == 302


def test_an_api_token_in_the_address_is_not_a_login(
    app: Flask, client: FlaskClient, shopify_shop: Shop
) -> None:
    from plugin.storage.db import db

    with app.app_context():
        token = issue_api_token(db.session, db.session.get(Shop, shopify_shop.id))
        db.session.commit()
    assert client.get(f"/?id_token={token}").headers["Location"].startswith("/login")
