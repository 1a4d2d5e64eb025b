"""The REST client against the fake store over real HTTP: auth modes, retries, errors."""

from __future__ import annotations

import pytest

from adapters.woocommerce.client import WooCommerceClient
from adapters.woocommerce.errors import WooCommerceApiError


def test_plain_http_store_is_called_with_oauth1_signatures(fake_wc, wc_client):
    response = wc_client.get("products", {"context": "edit"})
    assert {p["id"] for p in response.data} == {794, 799}
    assert response.headers["X-WP-Total"] == "2"
    assert [r.auth for r in fake_wc.requests] == ["oauth1"]


def test_wrong_secret_is_a_final_error(fake_wc, wc_key, sleeps):
    client = WooCommerceClient(
        fake_wc.url, wc_key.consumer_key, "cs_wrong", sleep=sleeps, allow_private=True
    )
    with pytest.raises(WooCommerceApiError) as caught:
        client.get("products")
    assert caught.value.status_code == 401
    assert caught.value.wc_code == "woocommerce_rest_authentication_error"
    assert not caught.value.retryable
    assert "cs_wrong" not in str(caught.value)


def test_https_store_uses_basic_auth(fake_wc_tls, sleeps):
    key = fake_wc_tls.add_key()
    client = WooCommerceClient(
        fake_wc_tls.url,
        key.consumer_key,
        key.consumer_secret,
        verify=str(fake_wc_tls.ca_path),
        allow_private=True,
    )
    assert len(client.get("products").data) == 2
    assert [r.auth for r in fake_wc_tls.requests] == ["basic"]


def test_stripped_authorization_header_switches_to_query_auth_once(fake_wc_tls):
    fake_wc_tls.strip_authorization_header = True
    key = fake_wc_tls.add_key()
    switched: list[bool] = []
    client = WooCommerceClient(
        fake_wc_tls.url,
        key.consumer_key,
        key.consumer_secret,
        verify=str(fake_wc_tls.ca_path),
        on_query_auth=lambda: switched.append(True),
        allow_private=True,
    )
    assert len(client.get("products").data) == 2
    client.get("products/794")
    assert switched == [True]
    assert client.query_auth
    assert [r.auth for r in fake_wc_tls.requests] == [None, "query", "query"]


def test_429_and_5xx_are_retried_with_backoff(fake_wc, wc_client, sleeps):
    fake_wc.fail_next(
        429, headers={"Retry-After": "3"}, body={"code": "too_many", "message": "Slow"}
    )
    fake_wc.fail_next(503, body="<html>Service Unavailable</html>")
    assert wc_client.get("products/794").data["id"] == 794
    assert sleeps.seconds == [3.0, 1.0]


@pytest.mark.parametrize("status", [408, 425, 507, 508, 520, 522, 524])
def test_host_and_cdn_errors_are_retried_too(fake_wc, wc_client, sleeps, status):
    fake_wc.fail_next(status, body="<html>Origin unreachable</html>")
    assert wc_client.get("products/794").data["id"] == 794
    assert sleeps.seconds == [0.5]


@pytest.mark.parametrize("status", [400, 403, 409])
def test_other_client_errors_are_final_at_once(fake_wc, wc_client, sleeps, status):
    fake_wc.fail_next(status, body={"code": "nope", "message": "No", "data": {"status": status}})
    with pytest.raises(WooCommerceApiError) as caught:
        wc_client.get("products/794")
    assert not caught.value.retryable and caught.value.status_code == status
    assert sleeps.seconds == []


def test_retries_run_out_into_a_retryable_error(fake_wc, wc_client, sleeps):
    fake_wc.fail_next(502, times=10)
    with pytest.raises(WooCommerceApiError) as caught:
        wc_client.get("products")
    assert caught.value.retryable and caught.value.status_code == 502
    assert len(sleeps.seconds) == 3


def test_timeouts_are_retried(fake_wc, wc_key, sleeps):
    # The retry must be answered within the read timeout, so leave a busy machine a full second
    # for it; the stalled first answer comes well after that.
    fake_wc.fail_next(0, delay=3.0)
    client = WooCommerceClient(
        fake_wc.url,
        wc_key.consumer_key,
        wc_key.consumer_secret,
        timeout=(2, 1.0),
        sleep=sleeps,
        allow_private=True,
    )
    assert client.get("products/794").data["id"] == 794
    assert len(sleeps.seconds) == 1


def test_timeouts_run_out_into_a_retryable_error_without_secrets(fake_wc, wc_key, sleeps):
    fake_wc.fail_next(0, delay=0.6, times=3)
    client = WooCommerceClient(
        fake_wc.url,
        wc_key.consumer_key,
        wc_key.consumer_secret,
        timeout=(2, 0.2),
        sleep=sleeps,
        max_attempts=2,
        allow_private=True,
    )
    with pytest.raises(WooCommerceApiError) as caught:
        client.get("products")
    assert caught.value.retryable
    assert wc_key.consumer_secret not in str(caught.value)


def test_error_bodies_become_store_errors(wc_client):
    with pytest.raises(WooCommerceApiError) as caught:
        wc_client.get("products/424242")
    assert (caught.value.status_code, caught.value.wc_code) == (
        404,
        "woocommerce_rest_product_invalid_id",
    )
    assert not caught.value.retryable
    with pytest.raises(WooCommerceApiError) as caught:
        wc_client.get("no/such/route")
    assert caught.value.wc_code == "rest_no_route"


def test_put_falls_back_to_post_when_the_host_refuses_it(fake_wc, wc_client):
    fake_wc.refuse_put = True
    wc_client.put("products/794", {"description": "<p>New</p>"})
    wc_client.put("products/794", {"description": "<p>Newer</p>"})
    assert fake_wc.product(794)["description"] == "<p>Newer</p>"
    assert [r.method for r in fake_wc.requests] == ["POST", "POST"]
    assert wc_client.put_as_post


def test_batch_over_the_limit_is_413(wc_client):
    updates = [{"id": 794, "description": "x"}] * 101
    with pytest.raises(WooCommerceApiError) as caught:
        wc_client.post("products/batch", {"update": updates})
    assert caught.value.status_code == 413 and not caught.value.retryable


def test_read_only_key_cannot_write(fake_wc, sleeps):
    key = fake_wc.add_key("read")
    client = WooCommerceClient(
        fake_wc.url, key.consumer_key, key.consumer_secret, sleep=sleeps, allow_private=True
    )
    client.get("products")
    with pytest.raises(WooCommerceApiError) as caught:
        client.put("products/794", {"description": "x"})
    assert caught.value.status_code == 401


def test_store_built_for_a_shop_saves_the_query_auth_fallback(fake_wc_tls, monkeypatch):
    from adapters.woocommerce.factory import build_woocommerce_store
    from plugin.domain import Platform, ShopConnection

    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(fake_wc_tls.ca_path))
    fake_wc_tls.strip_authorization_header = True
    key = fake_wc_tls.add_key()
    credentials = {"consumer_key": key.consumer_key, "consumer_secret": key.consumer_secret}
    conn = ShopConnection(7, Platform.WOOCOMMERCE, "shop", fake_wc_tls.url, credentials)
    saved: list[dict[str, str]] = []
    store = build_woocommerce_store(conn, {"ALLOW_PRIVATE_STORE_URLS": True}, saved.append)
    assert store.fetch("794") is not None
    assert saved == [{**credentials, "auth": "query"}]


def test_a_redirecting_store_is_an_error_naming_the_new_address(fake_wc, wc_client):
    fake_wc.fail_next(
        301, headers={"Location": "https://shop.example.com/wp-json/wc/v3/products?x=1"}
    )
    with pytest.raises(WooCommerceApiError) as caught:
        wc_client.get("products")
    assert caught.value.status_code == 301 and not caught.value.retryable
    assert "https://shop.example.com" in str(caught.value) and "x=1" not in str(caught.value)
