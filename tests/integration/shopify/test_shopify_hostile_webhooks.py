"""Hostile but signed (or oversized) input is answered 4xx and leaves nothing behind, never a 500.

The length checks matter on PostgreSQL, which refuses a value longer than its column where
SQLite stores it anyway; both run.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from flask import Flask
from werkzeug.serving import make_server

from plugin.storage.models import JobRecord, WebhookEvent
from tests.conftest import make_app, postgres_schema
from tests.fakes.shopify.deliveries import Delivery, build_delivery, sign
from tests.integration.shopify.conftest import API_SECRET, SHOP, rows

LIMIT = 4096


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def app(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Flask]:
    config = {"SHOPIFY_API_SECRET": API_SECRET, "MAX_CONTENT_LENGTH": LIMIT}
    if request.param == "sqlite":
        yield make_app(tmp_path, **config)
        return
    with postgres_schema() as url:
        app = make_app(tmp_path, DATABASE_URL=url, **config)
        yield app
        from plugin.storage.db import Database

        Database.state(app).engine.dispose()


def _signed(body: bytes, **headers: str) -> Delivery:
    delivery = build_delivery("products/update", SHOP, {}, secret=API_SECRET)
    delivery.headers.update(headers, **{"X-Shopify-Hmac-Sha256": sign(body, API_SECRET)})
    return Delivery(delivery.topic, SHOP, body, delivery.headers)


def _nothing_recorded(app: Flask) -> bool:
    return rows(app, WebhookEvent) == [] and rows(app, JobRecord) == []


@pytest.mark.parametrize("depth", [100, 1500])
def test_a_signed_body_nested_too_deeply_is_400(app: Flask, depth: int) -> None:
    body = b"[" * depth + b"]" * depth
    response = _signed(body).send(app.test_client())
    assert response.status_code == 400
    assert "nested deeper than 64 levels" in response.get_json()["error"]["message"]
    assert _nothing_recorded(app)


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Shopify-Event-Id": "e" * 300},
        {"X-Shopify-Event-Id": "", "X-Shopify-Webhook-Id": "w" * 300},
        {"X-Shopify-Topic": "products/" + "u" * 200},
        {"X-Shopify-Topic": "products/update\x01"},
    ],
)
def test_signed_headers_that_do_not_fit_their_columns_are_400(
    app: Flask, headers: dict[str, str]
) -> None:
    response = _signed(b"{}", **headers).send(app.test_client())
    assert response.status_code == 400, response.get_data(as_text=True)
    assert "the webhook's" in response.get_json()["error"]["message"]
    assert _nothing_recorded(app)


def test_the_longest_event_id_that_fits_is_recorded(app: Flask) -> None:
    response = _signed(b"{}", **{"X-Shopify-Event-Id": "e" * 239}).send(app.test_client())
    assert response.status_code == 200
    assert len(rows(app, WebhookEvent)) == 1


@pytest.fixture
def served(app: Flask) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def _chunks(body: bytes) -> Iterator[bytes]:
    for start in range(0, len(body), 512):
        yield body[start : start + 512]


def test_a_body_over_the_limit_is_413_before_the_signature_is_checked(
    app: Flask, served: str
) -> None:
    body = b'{"padding": "' + b"x" * 2 * LIMIT + b'"}'
    headers = {"X-Shopify-Hmac-Sha256": "not even checked", "X-Shopify-Topic": "products/update"}
    url = f"{served}/webhooks/shopify"
    with_length = requests.post(url, data=body, headers=headers, timeout=10)
    chunked = requests.post(url, data=_chunks(body), headers=headers, timeout=10)
    for response in (with_length, chunked):
        assert response.status_code == 413
        assert response.json()["error"]["code"] == "request_entity_too_large"
    assert _nothing_recorded(app)


def test_a_chunked_body_within_the_limit_arrives_whole(app: Flask, served: str) -> None:
    body = b'{"padding": "' + b"x" * (LIMIT - 100) + b'"}'
    delivery = _signed(body)
    response = requests.post(
        f"{served}/webhooks/shopify", data=_chunks(body), headers=delivery.headers, timeout=10
    )
    assert response.status_code == 200
    assert len(rows(app, WebhookEvent)) == 1
