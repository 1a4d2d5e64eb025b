"""A catalogue shop with WooCommerce's sample products, shop policies and an API token."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from adapters.catalog.parse import parse_catalog
from plugin.services.shops import connect_shop, issue_api_token, update_settings
from plugin.services.sync import apply_listing
from plugin.storage.models import Shop

SAMPLE = Path(__file__).resolve().parents[2] / "fixtures" / "woocommerce" / "sample_products.csv"
POLICIES = {
    "shipping": "We ship every order within 2 business days. Standard shipping in the US takes "
    "3 to 5 business days.",
    "returns": "You can return unworn items within 30 days of delivery for a full refund.",
    "care": "Machine wash cold with like colours and tumble dry low.",
}


def add_shop(session: Session, name: str, **settings: Any) -> Shop:
    shop = connect_shop(session, platform="catalog", name=name, url="", credentials={})
    update_settings(
        session,
        shop,
        {"auto_generate": "never", "policies": POLICIES, **settings},
    )
    for listing in parse_catalog(SAMPLE.read_bytes()).listings:
        apply_listing(session, shop, listing)
    session.commit()
    return shop


@pytest.fixture
def shop(app: Flask, session: Session) -> Shop:
    return add_shop(session, "sample-shop")


@pytest.fixture
def token(session: Session, shop: Shop) -> str:
    value = issue_api_token(session, shop)
    session.commit()
    return value


@pytest.fixture
def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def screen_login(client: FlaskClient, token: str) -> str:
    """Log the test client in on the screen; returns the session's CSRF token."""
    client.get("/login")
    with client.session_transaction() as sess:
        csrf = str(sess["csrf"])
    response = client.post("/login", data={"token": token, "csrf_token": csrf})
    assert response.status_code == 302
    with client.session_transaction() as sess:
        return str(sess["csrf"])
