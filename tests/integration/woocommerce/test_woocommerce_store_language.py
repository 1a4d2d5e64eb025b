"""A WooCommerce shop's copy language comes from the store's WordPress site language
(``GET /wp-json/wc/v3/system_status`` → ``environment.language``), over real HTTP to the fake
store, unless the merchant chose one."""

from __future__ import annotations

import logging
from urllib.parse import parse_qs, urlsplit

import requests

from plugin.domain import Platform
from plugin.platforms.woocommerce.install import add_store_by_hand
from plugin.services.shops import get_shop, settings_for, update_settings
from plugin.storage.models import Shop
from tests.fakes.woocommerce_server import FakeWooCommerce

STATUS_PATH = "/system_status"  # the fake logs paths under /wp-json/wc/v3


def _by_hand(session, fake_wc: FakeWooCommerce) -> Shop:
    key = fake_wc.add_key()
    shop = add_store_by_hand(
        session, url=fake_wc.url, key=key.consumer_key, secret=key.consumer_secret
    )
    session.commit()
    return shop


def _status_calls(fake_wc: FakeWooCommerce) -> list:
    return [r for r in fake_wc.requests if r.path == STATUS_PATH]


def test_a_german_store_added_by_hand_writes_german_copy(session, fake_wc: FakeWooCommerce):
    fake_wc.state.language = "de_DE"
    shop = _by_hand(session, fake_wc)
    assert settings_for(shop).language == "de"
    assert shop.settings["language_source"] == "store"
    [call] = _status_calls(fake_wc)
    assert call.method == "GET" and call.query.get("_fields") == "environment"


def test_wc_auth_connect_reads_the_language_in_the_backfill_not_the_callback(
    app, client, session, live_app, fake_wc: FakeWooCommerce, run_jobs
):
    fake_wc.state.language = "de_DE_formal"
    answer = client.get(f"/woocommerce/connect?store_url={fake_wc.url}")
    approved = requests.get(answer.headers["Location"], allow_redirects=False, timeout=30)
    assert parse_qs(urlsplit(approved.headers["Location"]).query)["success"] == ["1"]
    # The callback answered without calling the store back (WooCommerce waits on it).
    assert _status_calls(fake_wc) == []
    shop = get_shop(session, Platform.WOOCOMMERCE, urlsplit(fake_wc.url).netloc)
    assert shop is not None and settings_for(shop).language == "en"

    run_jobs()
    session.expire_all()
    assert settings_for(shop).language == "de"
    assert len(_status_calls(fake_wc)) == 1


def test_a_store_that_refuses_keeps_english_and_says_so_once(
    session, fake_wc: FakeWooCommerce, caplog
):
    fake_wc.state.language = "de_DE"
    fake_wc.fail_next(
        403,
        path="/system_status",
        body={
            "code": "woocommerce_rest_cannot_view",
            "message": "Sorry, you cannot list resources.",
            "data": {"status": 403},
        },
    )
    with caplog.at_level(logging.INFO, logger="plugin.services.store_language"):
        shop = _by_hand(session, fake_wc)
    assert settings_for(shop).language == "en"
    assert "language" not in (shop.settings or {})
    lines = [r.getMessage() for r in caplog.records if r.name == "plugin.services.store_language"]
    assert len(lines) == 1 and "stays en" in lines[0]
    key = shop.credentials or ""
    assert all("ck_" not in line and "cs_" not in line and key not in line for line in lines)


def test_an_unknown_site_language_keeps_english(session, fake_wc: FakeWooCommerce):
    fake_wc.state.language = "qq_ZZ"
    shop = _by_hand(session, fake_wc)
    assert settings_for(shop).language == "en" and "language" not in (shop.settings or {})


def test_a_reconnect_follows_the_store_until_the_merchant_chooses(
    session, fake_wc: FakeWooCommerce
):
    fake_wc.state.language = "de_DE"
    shop = _by_hand(session, fake_wc)
    assert settings_for(shop).language == "de"

    # The store moved to Dutch, the merchant never chose: a reconnect follows the store.
    fake_wc.state.language = "nl_NL"
    shop = _by_hand(session, fake_wc)
    assert settings_for(shop).language == "nl"

    # The merchant types their own language; the next reconnect leaves it alone.
    update_settings(session, shop, {"language": "fr"})
    session.commit()
    fake_wc.state.language = "it_IT"
    shop = _by_hand(session, fake_wc)
    assert settings_for(shop).language == "fr"
    assert "language_source" not in shop.settings


def test_saving_settings_with_the_store_language_unchanged_keeps_its_origin(
    session, fake_wc: FakeWooCommerce
):
    fake_wc.state.language = "pt_BR"
    shop = _by_hand(session, fake_wc)
    update_settings(session, shop, {"language": "pt-BR", "tone": "warm"})
    session.commit()
    assert shop.settings["language_source"] == "store"
    assert settings_for(shop).language == "pt-BR"
