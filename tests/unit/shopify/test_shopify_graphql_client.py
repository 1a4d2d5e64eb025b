"""The Admin GraphQL client: throttling, retries, errors and userErrors, without a network.

``ScriptedSession`` stands in for ``requests.Session`` (the machine boundary) and answers from
a script; ``sleep`` is recorded instead of slept.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
import requests

from adapters.shopify.documents import load_document
from adapters.shopify.graphql_client import AdminGraphQL
from plugin.errors import StoreError


class ScriptedSession(requests.Session):
    def __init__(self, script: list[Any]) -> None:
        super().__init__()
        self.script = list(script)
        self.calls: list[dict[str, Any]] = []

    def post(self, url: Any, data: Any = None, json: Any = None, **kwargs: Any) -> Any:  # type: ignore[override]
        self.calls.append({"url": url, "json": json, **kwargs})
        item = self.script.pop(0)
        if isinstance(item, Exception):
            raise item
        return item


def response(
    status: int, body: Any = None, headers: dict[str, str] | None = None
) -> requests.Response:
    r = requests.Response()
    r.status_code = status
    r._content = json.dumps(body).encode() if body is not None else b""
    r.headers.update(headers or {})
    return r


def ok(data: dict, available: float = 900) -> requests.Response:
    return response(
        200,
        {
            "data": data,
            "extensions": {
                "cost": {
                    "requestedQueryCost": 10,
                    "actualQueryCost": 10,
                    "throttleStatus": {
                        "maximumAvailable": 1000,
                        "currentlyAvailable": available,
                        "restoreRate": 50,
                    },
                }
            },
        },
    )


def throttled(requested: float, available: float, rate: float) -> requests.Response:
    return response(
        200,
        {
            "errors": [{"message": "Throttled", "extensions": {"code": "THROTTLED"}}],
            "extensions": {
                "cost": {
                    "requestedQueryCost": requested,
                    "actualQueryCost": None,
                    "throttleStatus": {
                        "maximumAvailable": 1000,
                        "currentlyAvailable": available,
                        "restoreRate": rate,
                    },
                }
            },
        },
    )


class Tokens:
    def __init__(self) -> None:
        self.forced = 0
        self.value = "tok-1"

    def access_token(self, *, force_refresh: bool = False) -> str:
        if force_refresh:
            self.forced += 1
            self.value = f"tok-{self.forced + 1}"
        return self.value


def client(
    script: list[Any], **kw: Any
) -> tuple[AdminGraphQL, ScriptedSession, list[float], Tokens]:
    session, tokens = ScriptedSession(script), Tokens()
    sleeps: list[float] = []
    c = AdminGraphQL(
        "http://shop/graphql.json",
        tokens,
        http=session,
        sleep=sleeps.append,
        jitter=lambda: 0.0,
        **kw,
    )
    return c, session, sleeps, tokens


PRODUCT = load_document("product")
UPDATE = load_document("product_update")


def test_posts_the_document_with_token_and_timeout() -> None:
    c, session, _, _ = client([ok({"product": None})], timeout=3.5)
    assert c.execute(PRODUCT, {"id": "gid://shopify/Product/1"}) == {"product": None}
    call = session.calls[0]
    assert call["json"]["query"] == PRODUCT.text
    assert call["json"]["variables"] == {"id": "gid://shopify/Product/1"}
    assert call["headers"]["X-Shopify-Access-Token"] == "tok-1"
    assert call["timeout"] == 3.5


def test_throttled_waits_for_the_restore_rate_then_succeeds() -> None:
    c, session, sleeps, _ = client([throttled(509, 100, 50), ok({"product": None})])
    c.execute(PRODUCT, {"id": "x"})
    assert len(session.calls) == 2
    assert sleeps == [pytest.approx((509 - 100) / 50)]


def test_throttling_longer_than_max_wait_is_a_retryable_error() -> None:
    c, _, sleeps, _ = client([throttled(900, 0, 1)], max_wait=30)
    with pytest.raises(StoreError) as err:
        c.execute(PRODUCT, {"id": "x"})
    assert err.value.retryable and err.value.code == "throttled"
    assert sleeps == []


@pytest.mark.parametrize("status", [500, 502, 503, 429])
def test_server_errors_and_429_back_off_and_retry(status: int) -> None:
    c, session, sleeps, _ = client([response(status), response(status), ok({"product": None})])
    c.execute(PRODUCT, {"id": "x"})
    assert len(session.calls) == 3
    assert sleeps == [0.25, 0.5]  # 0.5 * 2**attempt, times (0.5 + 0.5 * jitter)


def test_backoff_has_jitter() -> None:
    session = ScriptedSession([response(503), ok({})])
    sleeps: list[float] = []
    c = AdminGraphQL("u", Tokens(), http=session, sleep=sleeps.append, jitter=lambda: 1.0)
    c.execute(PRODUCT, {})
    assert sleeps == [0.5]


def test_retry_after_is_respected() -> None:
    c, _, sleeps, _ = client([response(429, headers={"Retry-After": "2"}), ok({})])
    c.execute(PRODUCT, {})
    assert sleeps == [2.0]


def test_persistent_5xx_is_a_retryable_store_error() -> None:
    c, session, _, _ = client([response(503)] * 3, max_attempts=3)
    with pytest.raises(StoreError) as err:
        c.execute(PRODUCT, {})
    assert err.value.retryable and err.value.status_code == 503
    assert len(session.calls) == 3


def test_timeouts_retry_then_fail_retryable() -> None:
    c, session, _, _ = client([requests.Timeout("slow")] * 2, max_attempts=2)
    with pytest.raises(StoreError) as err:
        c.execute(PRODUCT, {})
    assert err.value.retryable
    assert len(session.calls) == 2


def test_401_refreshes_the_token_once() -> None:
    c, session, _, tokens = client([response(401), ok({"product": None})])
    c.execute(PRODUCT, {})
    assert tokens.forced == 1
    assert [call["headers"]["X-Shopify-Access-Token"] for call in session.calls] == [
        "tok-1",
        "tok-2",
    ]


def test_401_after_refresh_is_final_and_not_retryable() -> None:
    c, _, _, tokens = client([response(401), response(401), ok({})])
    with pytest.raises(StoreError) as err:
        c.execute(PRODUCT, {})
    assert not err.value.retryable and err.value.code == "unauthorized"
    assert tokens.forced == 1


@pytest.mark.parametrize("status", [400, 403, 404])
def test_other_4xx_are_not_retried(status: int) -> None:
    c, session, _, _ = client([response(status)])
    with pytest.raises(StoreError) as err:
        c.execute(PRODUCT, {})
    assert not err.value.retryable and err.value.status_code == status
    assert len(session.calls) == 1


def test_graphql_errors_raise_not_retryable() -> None:
    c, _, _, _ = client([response(200, {"errors": [{"message": "Field 'x' doesn't exist"}]})])
    with pytest.raises(StoreError, match="doesn't exist") as err:
        c.execute(PRODUCT, {})
    assert not err.value.retryable


def test_internal_error_from_shopify_is_retryable() -> None:
    body = {
        "errors": [{"message": "Internal error", "extensions": {"code": "INTERNAL_SERVER_ERROR"}}]
    }
    c, _, _, _ = client([response(200, body)])
    with pytest.raises(StoreError) as err:
        c.execute(PRODUCT, {})
    assert err.value.retryable


def test_user_errors_on_a_mutation_raise() -> None:
    data = {
        "productUpdate": {
            "product": None,
            "userErrors": [{"field": ["product", "descriptionHtml"], "message": "is too long"}],
        }
    }
    c, _, _, _ = client([ok(data)])
    with pytest.raises(StoreError, match="product.descriptionHtml: is too long") as err:
        c.execute(UPDATE, {"product": {}})
    assert not err.value.retryable and err.value.code == "user_error"


def test_stale_compare_digest_is_a_conflict() -> None:
    data = {
        "metafieldsSet": {
            "metafields": None,
            "userErrors": [
                {
                    "field": ["metafields", "0", "compareDigest"],
                    "message": "stale",
                    "code": "STALE_OBJECT",
                }
            ],
        }
    }
    c, _, _, _ = client([ok(data)])
    with pytest.raises(StoreError) as err:
        c.execute(load_document("metafields_set"), {"metafields": []})
    assert err.value.code == "conflict" and not err.value.retryable


def test_invalid_json_is_retryable() -> None:
    bad = requests.Response()
    bad.status_code, bad._content = 200, b"<html>"
    c, _, _, _ = client([bad])
    with pytest.raises(StoreError) as err:
        c.execute(PRODUCT, {})
    assert err.value.retryable
