"""Who is calling the fake store: WooCommerce's ``WC_REST_Authentication`` rules.

Over HTTPS: ``consumer_key``/``consumer_secret`` query parameters first, then Basic auth. Over
plain HTTP Basic auth is never looked at; only OAuth 1.0a one-legged signatures count, checked the
way WooCommerce does it (sorted, RFC 3986 encoded pairs, key ``secret + "&"``, 15-minute window,
nonces single-use).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from dataclasses import dataclass, field
from urllib.parse import quote


@dataclass
class ApiKey:
    key_id: int
    consumer_key: str
    consumer_secret: str
    permissions: str = "read_write"
    nonces: set[str] = field(default_factory=set)


class AuthError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _rfc3986(value: str) -> str:
    return quote(value, safe="").replace("%7E", "~")


def oauth_signature(method: str, base_url: str, params: dict[str, str], secret: str) -> str:
    """WooCommerce's ``check_oauth_signature``, step by step."""
    normalized = [(_rfc3986(k), _rfc3986(v)) for k, v in sorted(params.items())]
    query_string = "%26".join(_rfc3986(f"{k}={v}") for k, v in normalized)
    string_to_sign = f"{method.upper()}&{_rfc3986(base_url)}&{query_string}"
    digest = hmac.new(f"{secret}&".encode(), string_to_sign.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def authenticate(
    keys: dict[str, ApiKey],
    *,
    https: bool,
    method: str,
    base_url: str,
    query: dict[str, str],
    basic: tuple[str, str] | None,
) -> ApiKey | None:
    """The key that authenticated the request, None when no credentials came, AuthError if bad."""
    if https:
        key, secret = query.get("consumer_key"), query.get("consumer_secret")
        if not (key and secret) and basic:
            key, secret = basic
        if key and secret:
            found = keys.get(key)
            if found is None:
                return None
            if not hmac.compare_digest(found.consumer_secret, secret):
                raise AuthError(
                    "woocommerce_rest_authentication_error", "Consumer secret is invalid."
                )
            return found
    if not any(k.startswith("oauth_") for k in query):
        return None
    missing = [
        name
        for name in (
            "oauth_consumer_key",
            "oauth_timestamp",
            "oauth_nonce",
            "oauth_signature",
            "oauth_signature_method",
        )
        if not query.get(name)
    ]
    if missing:
        raise AuthError(
            "woocommerce_rest_authentication_missing_parameter",
            f"Missing OAuth parameter {', '.join(missing)}",
        )
    found = keys.get(query["oauth_consumer_key"])
    if found is None:
        raise AuthError("woocommerce_rest_authentication_error", "Consumer key is invalid.")
    params = {k: v for k, v in query.items() if k != "oauth_signature"}
    if query["oauth_signature_method"] != "HMAC-SHA1":
        raise AuthError(
            "woocommerce_rest_authentication_error",
            "Invalid signature - signature method is invalid.",
        )
    expected = oauth_signature(method, base_url, params, found.consumer_secret)
    if not hmac.compare_digest(expected, query["oauth_signature"].replace(" ", "+")):
        raise AuthError(
            "woocommerce_rest_authentication_error",
            "Invalid signature - provided signature does not match.",
        )
    timestamp = int(query["oauth_timestamp"]) if query["oauth_timestamp"].isdigit() else 0
    if abs(time.time() - timestamp) > 15 * 60:
        raise AuthError("woocommerce_rest_authentication_error", "Invalid timestamp.")
    if query["oauth_nonce"] in found.nonces:
        raise AuthError(
            "woocommerce_rest_authentication_error",
            "Invalid nonce - nonce has already been used.",
        )
    found.nonces.add(query["oauth_nonce"])
    return found


def permission_error(key: ApiKey, method: str) -> AuthError | None:
    if method in ("GET", "HEAD") and key.permissions not in ("read", "read_write"):
        return AuthError(
            "woocommerce_rest_authentication_error",
            "The API key provided does not have read permissions.",
        )
    if method in ("POST", "PUT", "PATCH", "DELETE") and key.permissions not in (
        "write",
        "read_write",
    ):
        return AuthError(
            "woocommerce_rest_authentication_error",
            "The API key provided does not have write permissions.",
        )
    return None
