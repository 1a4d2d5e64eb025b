"""The fake Shopify is strict like the real one, so the adapter cannot pass by sending junk."""

from __future__ import annotations

import pytest

from adapters.shopify.documents import Document, load_document
from adapters.shopify.graphql_client import AdminGraphQL, graphql_endpoint
from adapters.shopify.oauth import shop_origin
from plugin.errors import StoreError
from tests.fakes.shopify_server import FakeShopify
from tests.integration.shopify.conftest import SHOP


class FixedToken:
    def __init__(self, token: str) -> None:
        self.token = token

    def access_token(self, *, force_refresh: bool = False) -> str:
        return self.token


def _client(fake: FakeShopify, token: str) -> AdminGraphQL:
    origin = shop_origin(SHOP, {"SHOPIFY_ORIGIN": fake.origin})
    return AdminGraphQL(graphql_endpoint(origin), FixedToken(token), sleep=lambda s: None)


@pytest.fixture
def token(fake_shopify: FakeShopify) -> str:
    return fake_shopify.shop(SHOP).issue_tokens("read_products")["access_token"]


def test_a_document_outside_the_schema_is_refused(fake_shopify: FakeShopify, token: str) -> None:
    rest_style = Document("rest_style", "query($id: ID!) { product(id: $id) { body_html } }")
    with pytest.raises(StoreError, match="body_html") as err:
        _client(fake_shopify, token).execute(rest_style, {"id": "gid://shopify/Product/1"})
    assert not err.value.retryable


def test_a_query_over_the_cost_limit_is_refused(fake_shopify: FakeShopify, token: str) -> None:
    wide = Document(
        "wide",
        "query { products(first: 50) { nodes { id variants(first: 100) { nodes { id } } } } }",
    )
    with pytest.raises(StoreError, match="cost"):
        _client(fake_shopify, token).execute(wide)
    assert fake_shopify.graphql_requests()[-1].error_code == "MAX_COST_EXCEEDED"


def test_an_unknown_token_is_401(fake_shopify: FakeShopify) -> None:
    with pytest.raises(StoreError) as err:
        _client(fake_shopify, "shpat_forged").execute(
            load_document("product"), {"id": "gid://shopify/Product/1"}
        )
    assert err.value.status_code == 401 and err.value.code == "unauthorized"


def test_our_documents_are_answered(fake_shopify: FakeShopify, token: str) -> None:
    gid = fake_shopify.shop(SHOP).add_product(title="Lamp")
    data = _client(fake_shopify, token).execute(load_document("product"), {"id": gid})
    assert data["product"]["title"] == "Lamp"
    assert data["shop"]["currencyCode"] == "USD"
