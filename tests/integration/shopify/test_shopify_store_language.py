"""A Shopify shop's copy language comes from its primary ``shopLocales`` entry at install, over
real HTTP to the fake Shopify (which checks the ``read_locales`` scope as Shopify does), unless
the merchant chose one."""

from __future__ import annotations

import logging
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient

from plugin.services.shops import settings_for
from plugin.storage.models import Shop
from tests.conftest import make_app
from tests.fakes.engine import FakeEngine
from tests.fakes.shopify_server import FakeShopify
from tests.integration.shopify.conftest import API_KEY, API_SECRET, SHOP, install, rows


def _shop(app: Flask) -> Shop:
    (row,) = rows(app, Shop, name=SHOP)
    return row


def test_a_french_primary_shop_gets_french_copy(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify
) -> None:
    fake_shopify.shop(SHOP).set_locales("fr", "en", "de")
    install(client, fake_shopify)
    shop = _shop(app)
    assert settings_for(shop).language == "fr"
    assert shop.settings["language_source"] == "store"
    assert "read_locales" in fake_shopify.shop(SHOP).scopes


def test_the_settings_page_says_the_language_came_from_the_store(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify
) -> None:
    fake_shopify.shop(SHOP).set_locales("fr")
    install(client, fake_shopify)  # logs the browser in to the shop
    page = client.get("/settings").get_data(as_text=True)
    assert "From your store: French." in page
    assert 'name="language" value="fr"' in page


def test_a_merchants_own_language_survives_a_reinstall(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify
) -> None:
    store = fake_shopify.shop(SHOP)
    store.set_locales("fr")
    install(client, fake_shopify)
    client.get("/settings")
    with client.session_transaction() as browser:
        token = str(browser["csrf"])
    saved = client.post(
        "/settings",
        data={
            "csrf_token": token,
            "language": "es",
            "tone": "friendly",
            "auto_generate": "placeholder",
            "auto_kinds": "description",
        },
    )
    assert saved.status_code == 302, saved.get_data(as_text=True)
    assert settings_for(_shop(app)).language == "es"

    store.set_locales("de")
    install(client, fake_shopify)
    shop = _shop(app)
    assert settings_for(shop).language == "es"
    assert "language_source" not in shop.settings
    assert "From your store" not in client.get("/settings").get_data(as_text=True)


def test_a_reinstall_follows_the_store_while_the_merchant_has_not_chosen(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify
) -> None:
    store = fake_shopify.shop(SHOP)
    store.set_locales("fr")
    install(client, fake_shopify)
    store.set_locales("pt-BR", "fr")
    install(client, fake_shopify)
    assert settings_for(_shop(app)).language == "pt-BR"


def test_without_the_locales_scope_the_shop_keeps_english(
    tmp_path: Path, engine: FakeEngine, fake_shopify: FakeShopify, caplog
) -> None:
    """An app whose SHOPIFY_SCOPES lack read_locales: Shopify answers ACCESS_DENIED."""
    app = make_app(
        tmp_path,
        SHOPIFY_API_KEY=API_KEY,
        SHOPIFY_API_SECRET=API_SECRET,
        SHOPIFY_ORIGIN=fake_shopify.origin,
        SHOPIFY_SCOPES="read_products,write_products",
    )
    app.extensions["copydesk.engine"].use(engine)
    fake_shopify.shop(SHOP).set_locales("fr")
    with caplog.at_level(logging.INFO, logger="plugin.services.store_language"):
        install(app.test_client(), fake_shopify)
    shop = _shop(app)
    assert settings_for(shop).language == "en" and "language" not in shop.settings
    lines = [r.getMessage() for r in caplog.records if r.name == "plugin.services.store_language"]
    assert len(lines) == 1 and "access_denied" in lines[0] and "stays en" in lines[0]
    assert all("shpat_" not in line for line in lines)
    from plugin.storage.db import Database

    Database.state(app).engine.dispose()


def test_a_store_that_errors_keeps_english_and_the_install_goes_on(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify
) -> None:
    fake_shopify.shop(SHOP).locales = []  # no primary locale: nothing to take
    assert install(client, fake_shopify) == "/"
    assert settings_for(_shop(app)).language == "en"
