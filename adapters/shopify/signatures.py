"""Shopify's HMAC signatures: hex over the OAuth query string, hex over an app proxy's query
(``signature``), base64 over a webhook's raw body.

Every comparison is constant time (``hmac.compare_digest``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterable
from urllib.parse import urlencode


def _message_for_query(params: Iterable[tuple[str, str]]) -> str:
    """The string Shopify signs: every parameter but ``hmac`` (and the legacy ``signature``),
    sorted by key, joined as ``k=v`` with ``&``."""
    kept = sorted((k, v) for k, v in params if k not in ("hmac", "signature"))
    return "&".join(f"{k}={v}" for k, v in kept)


def sign_query(params: Iterable[tuple[str, str]], secret: str) -> str:
    """The hex HMAC-SHA256 that Shopify puts in ``hmac`` for these query parameters."""
    message = _message_for_query(params)
    return hmac.new(secret.encode(), message.encode(), hashlib.sha256).hexdigest()


def verify_query_hmac(params: Iterable[tuple[str, str]], secret: str) -> bool:
    """Whether an OAuth redirect's query (install or callback) carries a valid ``hmac``."""
    pairs = list(params)
    given = [v for k, v in pairs if k == "hmac"]
    if len(given) != 1 or not secret:
        return False
    expected = sign_query(pairs, secret)
    return hmac.compare_digest(expected.encode(), given[0].lower().encode())


def signed_query(params: dict[str, str], secret: str) -> str:
    """A query string with its ``hmac`` added, the way Shopify builds its redirects."""
    pairs = list(params.items())
    return urlencode([*pairs, ("hmac", sign_query(pairs, secret))])


def _message_for_proxy(params: Iterable[tuple[str, str]]) -> str:
    """What Shopify signs for an app proxy: every parameter but ``signature``, a repeated one's
    values joined by commas in the order sent, as ``k=v`` sorted by key, with no separator."""
    grouped: dict[str, list[str]] = {}
    for key, value in params:
        if key != "signature":
            grouped.setdefault(key, []).append(value)
    return "".join(f"{key}={','.join(values)}" for key, values in sorted(grouped.items()))


def sign_proxy_query(params: Iterable[tuple[str, str]], secret: str) -> str:
    """The hex HMAC-SHA256 that Shopify's app proxy puts in ``signature``."""
    message = _message_for_proxy(params)
    return hmac.new(secret.encode(), message.encode(), hashlib.sha256).hexdigest()


def verify_proxy_signature(params: Iterable[tuple[str, str]], secret: str) -> bool:
    """Whether an app proxy request's query carries a valid ``signature``."""
    pairs = list(params)
    given = [v for k, v in pairs if k == "signature"]
    if len(given) != 1 or not secret:
        return False
    expected = sign_proxy_query(pairs, secret)
    return hmac.compare_digest(expected.encode(), given[0].lower().encode())


def sign_webhook(body: bytes, secret: str) -> str:
    """The base64 HMAC-SHA256 of a webhook's raw body (``X-Shopify-Hmac-Sha256``)."""
    digest = hmac.new(secret.encode(), body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def verify_webhook_hmac(body: bytes, header: str | None, secret: str) -> bool:
    """Whether ``X-Shopify-Hmac-Sha256`` matches the raw body."""
    if not header or not secret:
        return False
    return hmac.compare_digest(sign_webhook(body, secret).encode(), header.strip().encode())
