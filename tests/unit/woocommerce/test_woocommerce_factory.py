import pytest

from adapters.woocommerce.factory import build_woocommerce_store
from plugin.domain import Platform, ShopConnection
from plugin.errors import StoreError


def _conn(**credentials: str) -> ShopConnection:
    return ShopConnection(
        id=7,
        platform=Platform.WOOCOMMERCE,
        name="shop.example.com",
        url="https://shop.example.com",
        credentials=credentials,
        settings={"seo_plugin": "yoast"},
    )


def test_factory_builds_a_store_on_the_shop_keys_and_settings():
    store = build_woocommerce_store(_conn(consumer_key="ck_1", consumer_secret="cs_1"), {}, print)
    assert store.client.store_url == "https://shop.example.com"
    assert not store.client.query_auth
    assert store.seo_plugin == "yoast"


def test_factory_restores_query_auth_the_shop_needed_before():
    conn = _conn(consumer_key="ck_1", consumer_secret="cs_1", auth="query")
    assert build_woocommerce_store(conn, {}, print).client.query_auth


def test_factory_without_keys_is_a_store_error():
    with pytest.raises(StoreError):
        build_woocommerce_store(_conn(), {}, print)
