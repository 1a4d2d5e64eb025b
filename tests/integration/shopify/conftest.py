"""An app wired to a fake Shopify over real HTTP, and a helper that installs a shop end to end."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests
from flask import Flask
from flask.testing import FlaskClient

from tests.conftest import make_app
from tests.fakes.engine import FakeEngine
from tests.fakes.shopify_server import FakeShopify

API_KEY = "test-api-key"
API_SECRET = "test-api-secret"
SHOP = "demo-shop.myshopify.com"


@pytest.fixture
def fake_shopify() -> Iterator[FakeShopify]:
    # A generous restore rate keeps ordinary tests fast; the throttling test slows its shop down.
    with FakeShopify(api_key=API_KEY, api_secret=API_SECRET, restore_rate=5000) as fake:
        yield fake


@pytest.fixture
def app(tmp_path: Path, engine: FakeEngine, fake_shopify: FakeShopify) -> Iterator[Flask]:
    app = make_app(
        tmp_path,
        SHOPIFY_API_KEY=API_KEY,
        SHOPIFY_API_SECRET=API_SECRET,
        SHOPIFY_ORIGIN=fake_shopify.origin,
    )
    app.extensions["copydesk.engine"].use(engine)
    yield app
    from plugin.storage.db import Database

    Database.state(app).engine.dispose()


def install(client: FlaskClient, fake: FakeShopify, shop: str = SHOP) -> str:
    """Walk the OAuth dance like a browser: app → Shopify authorize → app callback.

    Returns where the callback finally sent the merchant."""
    start = client.get(f"/shopify/install?{fake.install_query(shop)}")
    assert start.status_code == 302, start.get_data(as_text=True)
    authorize = requests.get(start.headers["Location"], allow_redirects=False, timeout=10)
    assert authorize.status_code == 302
    back = urlsplit(authorize.headers["Location"])
    done = client.get(f"{back.path}?{back.query}")
    assert done.status_code == 302, done.get_data(as_text=True)
    return done.headers["Location"]


def rows(app: Flask, model: type, **where: object) -> list[Any]:
    """Rows of ``model`` matching ``where``, read in a fresh app context (so never stale)."""
    from sqlalchemy import select

    from plugin.storage.db import db

    with app.app_context():
        query: Any = select(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return list(db.session.scalars(query))


def installed_shop(app: Flask, client: FlaskClient, fake: FakeShopify, shop: str = SHOP):  # type: ignore[no-untyped-def]
    """Install ``shop`` and return its ``Shop`` row."""
    from plugin.storage.models import Shop

    install(client, fake, shop)
    (row,) = rows(app, Shop, name=shop)
    return row
