"""Storefront questions through Shopify's app proxy: requests signed the way Shopify signs them,
the customer only ever the signed ``logged_in_customer_id``, limits per customer and per shop."""

from __future__ import annotations

import hashlib
import hmac
import time
from urllib.parse import urlencode

import pytest
from flask import Flask
from flask.testing import FlaskClient

from plugin.domain import FaqItem, Listing
from plugin.services import questions
from plugin.services.shops import connect_shop, update_settings
from plugin.services.sync import apply_listing
from plugin.storage.models import Question
from tests.integration.shopify.conftest import API_SECRET, SHOP

PRODUCT = "101"
POLICIES = {"care": "Machine wash cold with like colours and tumble dry low."}


def shopify_signed(params: list[tuple[str, str]], secret: str = API_SECRET) -> str:
    """What Shopify's proxy sends: the query plus ``signature``, the hex HMAC-SHA256 of every
    parameter as ``key=value`` (a repeated key's values joined by commas), sorted, unseparated."""
    grouped: dict[str, list[str]] = {}
    for key, value in params:
        grouped.setdefault(key, []).append(value)
    message = "".join(f"{k}={','.join(v)}" for k, v in sorted(grouped.items()))
    signature = hmac.new(secret.encode(), message.encode(), hashlib.sha256).hexdigest()
    return urlencode([*params, ("signature", signature)])


def proxied(
    path: str,
    *,
    customer: str = "",
    shop: str = SHOP,
    extra: list[tuple[str, str]] | None = None,
    timestamp: int | None = None,
    secret: str = API_SECRET,
) -> str:
    params = [
        *(extra or []),
        ("shop", shop),
        ("logged_in_customer_id", customer),
        ("path_prefix", "/apps/copydesk"),
        ("timestamp", str(int(time.time()) if timestamp is None else timestamp)),
    ]
    return f"/shopify/proxy{path}?{shopify_signed(params, secret)}"


@pytest.fixture
def storefront(app: Flask) -> None:
    from plugin.storage.db import db

    with app.app_context():
        shop = connect_shop(
            db.session,
            platform="shopify",
            name=SHOP,
            url=f"https://{SHOP}",
            credentials={"access_token": "shpat_x"},
        )
        update_settings(db.session, shop, {"auto_generate": "never", "policies": POLICIES})
        apply_listing(
            db.session,
            shop,
            Listing(
                external_id=f"gid://shopify/Product/{PRODUCT}",
                title="Canvas Tote",
                description_html="<p>A sturdy cotton canvas tote with two handles.</p>",
                faq=[FaqItem("Is it washable?", "Yes, machine wash cold.")],
            ),
        )
        db.session.commit()


def ask(client: FlaskClient, customer: str, text: str = "How do I wash this tote?"):  # type: ignore[no-untyped-def]
    return client.post(
        proxied("/questions", customer=customer),
        json={"product_id": PRODUCT, "question": text},
    )


def test_anyone_reads_the_products_approved_faq(client: FlaskClient, storefront: None) -> None:
    response = client.get(proxied("/questions", extra=[("product_id", PRODUCT)]))
    assert response.status_code == 200
    assert response.get_json()["faq"] == [
        {"question": "Is it washable?", "answer": "Yes, machine wash cold."}
    ]


def test_a_customer_asks_and_later_reads_the_approved_reply(
    app: Flask, client: FlaskClient, storefront: None, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    from plugin.storage.db import db

    asked = ask(client, "5001")
    assert asked.status_code == 202
    question_id = asked.get_json()["id"]
    status = client.get(proxied(f"/questions/{question_id}", customer="5001")).get_json()
    assert status["status"] == "pending" and status["reply"] is None

    run_jobs()
    with app.app_context():
        row = db.session.get(Question, question_id)
        assert row is not None and row.channel == "storefront"
        assert row.customer_ref == "shopify-customer:5001"
        assert questions.reply_draft(db.session, row) is not None
        questions.approve_reply(db.session, row, "test")
        db.session.commit()
        approved = questions.reply_draft(db.session, row)
        assert approved is not None
        reply = approved.content
    shown = client.get(proxied(f"/questions/{question_id}", customer="5001")).get_json()
    assert shown["status"] == "answered" and shown["reply"] == reply

    # Nobody else sees it: not another customer, not a shopper who is not logged in.
    for other in ("5002", ""):
        assert client.get(proxied(f"/questions/{question_id}", customer=other)).status_code == 404


def test_a_shopper_who_is_not_logged_in_cannot_ask(client: FlaskClient, storefront: None) -> None:
    response = ask(client, "")
    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "login_required"


def test_nothing_is_believed_without_shopifys_signature(
    app: Flask, client: FlaskClient, storefront: None
) -> None:
    body = {"product_id": PRODUCT, "question": "Is it big?"}
    signed = proxied("/questions", customer="5001")
    refused = [
        signed.replace("logged_in_customer_id=5001", "logged_in_customer_id=5002"),
        signed + "&extra=1",
        proxied("/questions", customer="5001", secret="not-the-secret"),
        proxied("/questions", customer="5001", timestamp=int(time.time()) - 3600),
        signed.split("&signature=")[0],
    ]
    for url in refused:
        assert client.post(url, json=body).status_code == 401, url
    unknown = proxied("/questions", customer="5001", shop="other-shop.myshopify.com")
    assert client.post(unknown, json=body).status_code == 404
    with app.app_context():
        from plugin.storage.db import db

        assert db.session.query(Question).count() == 0


def test_questions_are_limited_per_customer_and_per_shop(
    app: Flask, client: FlaskClient, storefront: None
) -> None:
    app.config.update(PROXY_QUESTIONS_PER_CUSTOMER_HOUR=2, PROXY_QUESTIONS_PER_SHOP_HOUR=3)
    assert [ask(client, "7001").status_code for _ in range(3)] == [202, 202, 429]
    limited = ask(client, "7001")
    assert limited.get_json()["error"]["code"] == "rate_limited"
    assert int(limited.headers["Retry-After"]) > 0
    assert ask(client, "7002").status_code == 202  # another customer: the shop's third
    assert ask(client, "7003").status_code == 429  # the shop's limit


def test_a_form_post_works_like_json(client: FlaskClient, storefront: None) -> None:
    response = client.post(
        proxied("/questions", customer="5001"),
        data={"product_id": PRODUCT, "question": "Does it have a pocket?"},
    )
    assert response.status_code == 202
    bad = client.post(
        proxied("/questions", customer="5001"), data={"product_id": "gid://x", "question": "?"}
    )
    assert bad.status_code == 400
