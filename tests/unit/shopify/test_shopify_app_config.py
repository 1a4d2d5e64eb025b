"""Webhook topics in the configuration file's spelling."""

from __future__ import annotations

import pytest

from adapters.shopify.app_config import scopes_with_proxy, toml_topic


@pytest.mark.parametrize(
    ("graphql", "toml"),
    [
        ("PRODUCTS_UPDATE", "products/update"),
        ("APP_UNINSTALLED", "app/uninstalled"),
        ("BULK_OPERATIONS_FINISH", "bulk_operations/finish"),
    ],
)
def test_topics_are_spelled_as_webhooks_name_them(graphql: str, toml: str) -> None:
    assert toml_topic(graphql) == toml


def test_the_proxy_scope_is_added_once() -> None:
    assert scopes_with_proxy("read_products") == "read_products,write_app_proxy"
    assert scopes_with_proxy("write_app_proxy, read_products") == "write_app_proxy,read_products"
