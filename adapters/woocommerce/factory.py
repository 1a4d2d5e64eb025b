"""The store factory the app calls for each WooCommerce shop."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from adapters.woocommerce.client import WooCommerceClient
from adapters.woocommerce.store import WooCommerceStore
from plugin.domain import ShopConnection
from plugin.errors import StoreError
from plugin.outbound import allows_private
from plugin.shop_settings import ShopSettings


def build_woocommerce_store(
    conn: ShopConnection,
    config: Mapping[str, Any],
    save_credentials: Callable[[dict[str, str]], None],
) -> WooCommerceStore:
    """A client on the shop's keys that remembers when the host needs query-string auth."""
    credentials = dict(conn.credentials)
    if not credentials.get("consumer_key") or not credentials.get("consumer_secret"):
        raise StoreError(f"shop {conn.name} has no WooCommerce keys; connect it again")

    def remember_query_auth() -> None:
        save_credentials({**credentials, "auth": "query"})

    client = WooCommerceClient(
        conn.url,
        credentials["consumer_key"],
        credentials["consumer_secret"],
        query_auth=credentials.get("auth") == "query",
        on_query_auth=remember_query_auth,
        allow_private=allows_private(config),
    )
    return WooCommerceStore(client, seo_plugin=ShopSettings.from_stored(conn.settings).seo_plugin)
