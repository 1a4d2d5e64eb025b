"""Two worker processes, one shop: Shopify's rotating refresh token is spent once.

Each worker builds its adapter from the database, so one may hold credentials the other has
refreshed already. The second process here is a real one (``spawn``), with nothing in memory in
common with this one but the database and the fake Shopify.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from plugin.services.shops import connection_for
from plugin.services.stores import adapter_for
from plugin.storage.db import Database, db
from plugin.storage.models import Shop
from tests.conftest import make_app, postgres_schema
from tests.fakes.engine import FakeEngine
from tests.fakes.shopify_server import FakeShopify
from tests.integration.shopify.conftest import API_KEY, API_SECRET, SHOP, installed_shop

#: What the second process needs to build the same app.
SHARED_CONFIG = (
    "DATABASE_URL",
    "ENCRYPTION_KEY",
    "SECRET_KEY",
    "PUBLIC_URL",
    "SHOPIFY_API_KEY",
    "SHOPIFY_API_SECRET",
    "SHOPIFY_ORIGIN",
)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def app(
    request: pytest.FixtureRequest, tmp_path: Path, engine: FakeEngine, fake_shopify: FakeShopify
) -> Iterator[Flask]:
    config = {
        "SHOPIFY_API_KEY": API_KEY,
        "SHOPIFY_API_SECRET": API_SECRET,
        "SHOPIFY_ORIGIN": fake_shopify.origin,
    }
    if request.param == "sqlite":
        app = make_app(tmp_path, **config)
        yield app
        Database.state(app).engine.dispose()
        return
    with postgres_schema() as url:
        app = make_app(tmp_path, DATABASE_URL=url, **config)
        yield app
        Database.state(app).engine.dispose()


def other_worker(config: dict[str, Any], shop_id: int, gid: str, pipe: Connection) -> None:
    """The second process: build the adapter now, read the product when told to."""
    from plugin import create_app

    app = create_app({**config, "TESTING": True, "RECONCILE_INTERVAL_SECONDS": 0})
    with app.app_context():
        adapter = adapter_for(db.session.get(Shop, shop_id))  # type: ignore[arg-type]
        pipe.send("ready")
        pipe.recv()
        try:
            listing = adapter.fetch(gid)
            pipe.send(listing.title if listing else "no product")
        except Exception as exc:  # noqa: BLE001 - reported to the test
            pipe.send(f"{type(exc).__name__}: {exc}")


class OtherWorker:
    """Starts :func:`other_worker` and waits until its adapter holds the stored credentials."""

    def __init__(self, app: Flask, shop_id: int, gid: str) -> None:
        config = {key: app.config[key] for key in SHARED_CONFIG}
        self.pipe, child_end = multiprocessing.Pipe()
        self.process = multiprocessing.get_context("spawn").Process(
            target=other_worker, args=(config, shop_id, gid, child_end), daemon=True
        )
        self.process.start()
        assert self.pipe.poll(60) and self.pipe.recv() == "ready"

    def go(self) -> None:
        self.pipe.send("go")

    def result(self) -> str:
        assert self.pipe.poll(60), "the other worker did not answer"
        answer = str(self.pipe.recv())
        self.process.join(10)
        return answer


def _installed(app: Flask, client: FlaskClient, fake: FakeShopify) -> tuple[int, str]:
    gid = fake.shop(SHOP).add_product(title="Chair")
    shop = installed_shop(app, client, fake)
    fake.shop(SHOP).expire_access_tokens()  # an hour later: every worker must refresh
    return shop.id, gid


def _stored_credentials(app: Flask, shop_id: int) -> dict[str, str]:
    with app.app_context():
        return connection_for(db.session.get(Shop, shop_id)).credentials  # type: ignore[arg-type]


def test_a_worker_holding_old_credentials_takes_the_refreshed_token(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify
) -> None:
    shop_id, gid = _installed(app, client, fake_shopify)
    other = OtherWorker(app, shop_id, gid)  # holds the credentials as installed

    with app.app_context():
        listing = adapter_for(db.session.get(Shop, shop_id)).fetch(gid)  # type: ignore[arg-type]
    assert listing is not None  # this worker refreshed, spending the installed refresh token
    other.go()

    assert other.result() == "Chair"
    assert [r.status for r in fake_shopify.token_requests()] == [200, 200]  # install, 1 refresh
    stored = _stored_credentials(app, shop_id)
    assert stored["refresh_token"] in fake_shopify.shop(SHOP).refresh_tokens


def test_two_workers_refreshing_at_once_spend_the_refresh_token_once(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify
) -> None:
    shop_id, gid = _installed(app, client, fake_shopify)
    fake_shopify.token_delay = 0.5  # a slow token endpoint: both workers are inside a refresh
    other = OtherWorker(app, shop_id, gid)

    with app.app_context():
        adapter = adapter_for(db.session.get(Shop, shop_id))  # type: ignore[arg-type]
        other.go()
        listing = adapter.fetch(gid)

    assert listing is not None and other.result() == "Chair"
    assert [r.status for r in fake_shopify.token_requests()] == [200, 200]  # install, 1 refresh
    stored = _stored_credentials(app, shop_id)
    assert stored["refresh_token"] in fake_shopify.shop(SHOP).refresh_tokens
