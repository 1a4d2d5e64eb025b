from urllib.parse import parse_qs, urlsplit

import pytest

from adapters.woocommerce.connect import (
    authorize_url,
    new_nonce,
    normalize_store_url,
    shop_name_for,
    sign_nonce,
    unsign_nonce,
)
from plugin.errors import ValidationError


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("shop.example.com", "https://shop.example.com"),
        ("https://Shop.Example.com/", "https://shop.example.com"),
        ("http://127.0.0.1:8080/wp/", "http://127.0.0.1:8080/wp"),
        ("https://example.com/store/wp-json/", "https://example.com/store"),
    ],
)
def test_store_urls_are_normalized(raw, expected):
    assert normalize_store_url(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "ftp://shop.example.com",
        "javascript:alert(1)",
        "https://user:pw@shop.example.com",
        "https://shop.example.com/?redirect=evil.example",
        "https://shop.example.com/#x",
        "https://shop_example<script>.com",
        "https://shop.example.com:99999",
    ],
)
def test_bad_store_urls_are_refused(raw):
    with pytest.raises(ValidationError):
        normalize_store_url(raw)


def test_shop_name_is_the_host_with_its_port():
    assert shop_name_for("https://shop.example.com") == "shop.example.com"
    assert shop_name_for("http://127.0.0.1:8080/wp") == "127.0.0.1:8080"


def test_signed_nonce_round_trip_and_forgeries():
    nonce = new_nonce()
    user_id = sign_nonce(nonce, "app-secret")
    assert unsign_nonce(user_id, "app-secret") == nonce
    assert unsign_nonce(user_id, "other-secret") is None
    assert unsign_nonce(nonce, "app-secret") is None
    value, signature = user_id.rsplit(".", 1)
    # Flip the first signature character: the last one carries padding bits, so changing it
    # may leave the decoded signature the same.
    tampered = signature.replace(signature[0], "A" if signature[0] != "A" else "B", 1)
    assert unsign_nonce(f"{value}.{tampered}", "app-secret") is None
    assert unsign_nonce(123, "app-secret") is None
    assert unsign_nonce("", "app-secret") is None


def test_authorize_url_carries_every_parameter():
    url = authorize_url(
        "https://shop.example.com/wp",
        user_id="n.sig",
        return_url="https://app.example/",
        callback_url="https://app.example/woocommerce/callback",
    )
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == (
        "https://shop.example.com/wp/wc-auth/v1/authorize"
    )
    assert {k: v[0] for k, v in parse_qs(parts.query).items()} == {
        "app_name": "Copydesk",
        "scope": "read_write",
        "user_id": "n.sig",
        "return_url": "https://app.example/",
        "callback_url": "https://app.example/woocommerce/callback",
    }
