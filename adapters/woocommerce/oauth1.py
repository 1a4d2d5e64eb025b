"""OAuth 1.0a "one-legged" request signing, which WooCommerce requires over plain HTTP.

There is no token: only the consumer key and secret. The OAuth parameters travel in the query
string, and the signing key is ``consumer_secret + "&"``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from collections.abc import Mapping
from urllib.parse import quote


def _encode(value: str) -> str:
    """RFC 3986 percent-encoding (``rawurlencode`` in PHP)."""
    return quote(value, safe="~")


def signature_base_string(method: str, url: str, params: Mapping[str, str]) -> str:
    """``METHOD&enc(url)&enc(sorted k=v pairs joined by &)``; ``url`` carries no query string."""
    pairs = sorted((_encode(k), _encode(v)) for k, v in params.items())
    normalized = "&".join(f"{k}={v}" for k, v in pairs)
    return "&".join([method.upper(), _encode(url), _encode(normalized)])


def oauth1_signature(method: str, url: str, params: Mapping[str, str], consumer_secret: str) -> str:
    base = signature_base_string(method, url, params)
    key = f"{consumer_secret}&".encode()
    return base64.b64encode(hmac.new(key, base.encode(), hashlib.sha1).digest()).decode("ascii")


def oauth1_params(
    method: str,
    url: str,
    params: Mapping[str, str],
    consumer_key: str,
    consumer_secret: str,
    *,
    timestamp: int | None = None,
    nonce: str | None = None,
) -> dict[str, str]:
    """``params`` plus the ``oauth_*`` parameters and their signature, for the query string."""
    signed = {str(k): str(v) for k, v in params.items()}
    signed.update(
        {
            "oauth_consumer_key": consumer_key,
            "oauth_timestamp": str(timestamp if timestamp is not None else int(time.time())),
            "oauth_nonce": nonce or secrets.token_hex(16),
            "oauth_signature_method": "HMAC-SHA1",
        }
    )
    signed["oauth_signature"] = oauth1_signature(method, url, signed, consumer_secret)
    return signed
