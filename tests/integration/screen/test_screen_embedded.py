"""The screen inside the Shopify admin: a session token on every request, no cookie, App Bridge
loaded, framing by the shop's admin only; the standalone screen keeps its login."""

from __future__ import annotations

import time
from urllib.parse import parse_qs, urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient

from adapters.shopify.session_token import encode_session_token
from plugin.services.shops import connect_shop, issue_api_token
from plugin.storage.models import Shop

API_KEY, API_SECRET = "screen-test-key", "screen-test-secret"
DOMAIN = "screen-demo.myshopify.com"
EMBEDDED = f"embedded=1&shop={DOMAIN}&host=YWRtaW4uc2hvcGlmeS5jb20vc3RvcmUvZGVtbw"


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


def session_token(secret: str = API_SECRET, *, age: int = 0, domain: str = DOMAIN) -> str:
    now = int(time.time()) - age
    claims = {
        "iss": f"https://{domain}/admin",
        "dest": f"https://{domain}",
        "aud": API_KEY,
        "sub": "42",
        "exp": now + 60,
        "nbf": now - 5,
        "iat": now - 5,
        "jti": "j",
        "sid": "s",
    }
    return encode_session_token(claims, secret)


def test_a_page_opened_with_a_session_token_shows_the_shop_without_a_cookie(
    client: FlaskClient, shopify_shop: Shop
) -> None:
    page = client.get(f"/?status=pending&{EMBEDDED}&id_token={session_token()}")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and DOMAIN in html
    assert "Set-Cookie" not in page.headers
    assert f'<meta name="shopify-api-key" content="{API_KEY}">' in html
    assert '<script src="https://cdn.shopify.com/shopifycloud/app-bridge.js"></script>' in html
    assert "Log out" not in html
    policy = page.headers["Content-Security-Policy"]
    assert f"frame-ancestors https://{DOMAIN} https://admin.shopify.com" in policy
    assert "script-src 'self' https://cdn.shopify.com/shopifycloud/app-bridge.js;" in policy
    # The token proves one request: the next one without it is not logged in.
    assert client.get("/").status_code == 302


def test_the_standalone_screen_may_not_be_framed_and_loads_no_app_bridge(
    client: FlaskClient, shopify_shop: Shop
) -> None:
    page = client.get("/login")
    assert "frame-ancestors 'none'" in page.headers["Content-Security-Policy"]
    assert "app-bridge" not in page.get_data(as_text=True)


def test_opened_from_the_admin_without_a_token_or_with_an_expired_one_asks_app_bridge(
    client: FlaskClient, shopify_shop: Shop
) -> None:
    for query in (EMBEDDED, f"{EMBEDDED}&id_token={session_token(age=600)}"):
        page = client.get(f"/?{query}")
        html = page.get_data(as_text=True)
        assert page.status_code == 200
        assert 'name="copydesk-bounce"' in html and "app-bridge.js" in html
        assert f"frame-ancestors https://{DOMAIN} " in page.headers["Content-Security-Policy"]


def test_a_forged_session_token_shows_nothing(client: FlaskClient, shopify_shop: Shop) -> None:
    page = client.get(f"/?{EMBEDDED}&id_token={session_token('wrong-secret')}")
    assert page.status_code == 401
    html = page.get_data(as_text=True)
    assert 'class="shop"' not in html and "copydesk-bounce" not in html


def test_an_api_token_in_the_address_is_not_a_login(
    app: Flask, client: FlaskClient, shopify_shop: Shop
) -> None:
    from plugin.storage.db import db

    with app.app_context():
        token = issue_api_token(db.session, db.session.get(Shop, shopify_shop.id))
        db.session.commit()
    page = client.get(f"/?id_token={token}")
    assert page.status_code == 401 and 'class="shop"' not in page.get_data(as_text=True)


def test_a_form_posted_with_a_session_token_needs_no_csrf_and_carries_its_message(
    client: FlaskClient, shopify_shop: Shop
) -> None:
    bearer = {"Authorization": f"Bearer {session_token()}"}
    form = {"language": "en", "tone": "warm", "auto_generate": "never"}
    response = client.post("/settings", data=form, headers=bearer)
    assert response.status_code == 302, response.get_data(as_text=True)
    assert "Set-Cookie" not in response.headers
    location = response.headers["Location"]
    assert parse_qs(urlsplit(location).query)["flash"]
    page = client.get(location, headers={"Authorization": f"Bearer {session_token()}"})
    assert page.status_code == 200
    assert 'class="flash' in page.get_data(as_text=True)


def test_a_forged_bearer_session_token_on_the_screen_is_refused(
    client: FlaskClient, shopify_shop: Shop
) -> None:
    response = client.post(
        "/settings",
        data={"language": "en", "tone": "forged", "auto_generate": "never"},
        headers={"Authorization": f"Bearer {session_token('wrong-secret')}"},
    )
    assert response.status_code == 302 and response.headers["Location"].startswith("/login")
    page = client.get(f"/settings?{EMBEDDED}&id_token={session_token()}")
    assert "forged" not in page.get_data(as_text=True)


def test_a_made_up_flash_message_is_not_shown(client: FlaskClient, shopify_shop: Shop) -> None:
    from itsdangerous import URLSafeTimedSerializer

    forged = URLSafeTimedSerializer("not-our-key", salt="copydesk.embedded-flash").dumps(
        [["error", "Your shop is suspended: call 555-0100"]]
    )
    page = client.get(f"/?{EMBEDDED}&id_token={session_token()}&flash={forged}")
    assert page.status_code == 200
    assert "555-0100" not in page.get_data(as_text=True)
