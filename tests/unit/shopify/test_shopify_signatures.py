"""HMAC checks on the OAuth query and on webhook bodies, and shop-name validation."""

from __future__ import annotations

import base64
import hashlib
import hmac

import pytest

from adapters.shopify.shop_domain import is_valid_shop_domain, normalize_shop_domain
from adapters.shopify.signatures import (
    sign_proxy_query,
    sign_webhook,
    signed_query,
    verify_proxy_signature,
    verify_query_hmac,
    verify_webhook_hmac,
)

# The worked example from Shopify's OAuth documentation (secret "hush").
DOC_QUERY = [
    ("code", "0907a61c0c8d55e99db179b68161bc00"),
    ("hmac", "700e2dadb827fcc8609e9d5ce208b2e9cdaab9df07390d2cbca10d7c328fc4bf"),
    ("shop", "some-shop.myshopify.com"),
    ("state", "0.6784241404160823"),
    ("timestamp", "1337178173"),
]


def test_shopify_documented_query_hmac_verifies() -> None:
    assert verify_query_hmac(DOC_QUERY, "hush")


def test_query_hmac_is_order_independent() -> None:
    assert verify_query_hmac(list(reversed(DOC_QUERY)), "hush")


@pytest.mark.parametrize(
    "change",
    [
        ("shop", "other-shop.myshopify.com"),
        ("state", "0.1"),
        ("timestamp", "1337178174"),
    ],
)
def test_query_hmac_rejects_any_tampered_value(change: tuple[str, str]) -> None:
    tampered = [(k, change[1] if k == change[0] else v) for k, v in DOC_QUERY]
    assert not verify_query_hmac(tampered, "hush")


def test_query_hmac_rejects_wrong_secret_missing_or_doubled_hmac() -> None:
    assert not verify_query_hmac(DOC_QUERY, "hush2")
    assert not verify_query_hmac([p for p in DOC_QUERY if p[0] != "hmac"], "hush")
    assert not verify_query_hmac([*DOC_QUERY, DOC_QUERY[1]], "hush")
    assert not verify_query_hmac(DOC_QUERY, "")


def test_signed_query_round_trips() -> None:
    from urllib.parse import parse_qsl

    query = signed_query({"shop": "a.myshopify.com", "timestamp": "1"}, "s3cret")
    assert verify_query_hmac(parse_qsl(query), "s3cret")


def test_webhook_hmac_is_base64_of_the_raw_body() -> None:
    body = b'{"id": 1, "title": "Mug"}'
    expected = base64.b64encode(hmac.new(b"secret", body, hashlib.sha256).digest()).decode()
    assert sign_webhook(body, "secret") == expected
    assert verify_webhook_hmac(body, expected, "secret")


def test_webhook_hmac_rejects_changed_body_wrong_secret_and_missing_header() -> None:
    body = b'{"id": 1}'
    header = sign_webhook(body, "secret")
    assert not verify_webhook_hmac(b'{"id": 2}', header, "secret")
    assert not verify_webhook_hmac(body, header, "other")
    assert not verify_webhook_hmac(body, None, "secret")
    assert not verify_webhook_hmac(body, "", "secret")
    # a hex digest of the right HMAC is not the base64 Shopify sends
    hex_header = hmac.new(b"secret", body, hashlib.sha256).hexdigest()
    assert not verify_webhook_hmac(body, hex_header, "secret")


@pytest.mark.parametrize(
    "shop", ["example.myshopify.com", "my-shop-2.myshopify.com", "a.myshopify.com"]
)
def test_valid_shop_domains(shop: str) -> None:
    assert is_valid_shop_domain(shop)


@pytest.mark.parametrize(
    "shop",
    [
        "",
        None,
        "example.com",
        "example.myshopify.com.evil.com",
        "evil.com/example.myshopify.com",
        "https://example.myshopify.com",
        "example.myshopify.com:443",
        "-bad.myshopify.com",
        "ex_ample.myshopify.com",
        "myshopify.com",
    ],
)
def test_invalid_shop_domains(shop: str | None) -> None:
    assert not is_valid_shop_domain(shop)


def test_normalize_lowercases_and_trims() -> None:
    assert normalize_shop_domain(" Example.MyShopify.com ") == "example.myshopify.com"
    assert normalize_shop_domain("example.com") is None


# Shopify's documented app proxy example: secret "hush", /apps/awesome_reviews?extra=1&extra=2.
PROXY_EXAMPLE = [
    ("extra", "1"),
    ("extra", "2"),
    ("shop", "shop-name.myshopify.com"),
    ("logged_in_customer_id", "1"),
    ("path_prefix", "/apps/awesome_reviews"),
    ("timestamp", "1317327555"),
]
PROXY_EXAMPLE_SIGNATURE = "4c68c8624d737112c91818c11017d24d334b524cb5c2b8ba08daa056f7395ddb"


def test_proxy_signature_matches_shopifys_documented_example() -> None:
    assert sign_proxy_query(PROXY_EXAMPLE, "hush") == PROXY_EXAMPLE_SIGNATURE
    without_customer = [p for p in PROXY_EXAMPLE if p[0] != "logged_in_customer_id"]
    assert sign_proxy_query(without_customer, "hush") == (
        "a9718877bea71c2484f91608a7eaea1532bdf71f5c56825065fa4ccabe549ef3"
    )
    assert verify_proxy_signature([*PROXY_EXAMPLE, ("signature", PROXY_EXAMPLE_SIGNATURE)], "hush")


@pytest.mark.parametrize(
    "tampered",
    [
        [
            ("logged_in_customer_id", "2") if k == "logged_in_customer_id" else (k, v)
            for k, v in PROXY_EXAMPLE
        ],
        [p for p in PROXY_EXAMPLE if p != ("extra", "2")],
        [*PROXY_EXAMPLE, ("extra", "3")],
    ],
)
def test_a_changed_proxy_query_fails_its_signature(tampered: list[tuple[str, str]]) -> None:
    assert not verify_proxy_signature([*tampered, ("signature", PROXY_EXAMPLE_SIGNATURE)], "hush")


def test_a_proxy_query_without_one_signature_or_secret_fails() -> None:
    assert not verify_proxy_signature(PROXY_EXAMPLE, "hush")
    doubled = [*PROXY_EXAMPLE, ("signature", PROXY_EXAMPLE_SIGNATURE)] * 2
    assert not verify_proxy_signature(doubled, "hush")
    assert not verify_proxy_signature([*PROXY_EXAMPLE, ("signature", PROXY_EXAMPLE_SIGNATURE)], "")
