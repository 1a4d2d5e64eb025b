"""Webhook signatures: WooCommerce signs the raw body with base64(HMAC-SHA256(secret, body))."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import string

_SECRET_ALPHABET = string.ascii_letters + string.digits


def sign_webhook_body(body: bytes, secret: str) -> str:
    """The ``X-WC-Webhook-Signature`` value WooCommerce sends for ``body``."""
    digest = hmac.new(secret.encode(), body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def verify_webhook_signature(body: bytes, secret: str, signature: str | None) -> bool:
    """Whether ``signature`` is the store's signature of exactly these bytes.

    The comparison is constant time. Never verify a re-serialised body: PHP escapes ``/`` and
    non-ASCII characters, so any round trip through a JSON parser changes the bytes.
    """
    if not signature or not secret:
        return False
    expected = sign_webhook_body(body, secret)
    given = signature.strip().encode("ascii", "replace")
    return hmac.compare_digest(expected.encode("ascii"), given)


def generate_webhook_secret(length: int = 48) -> str:
    """A long random alphanumeric secret.

    Alphanumeric because WooCommerce runs the stored secret through ``wp_specialchars_decode``
    before signing, which would silently change secrets containing ``&`` entities.
    """
    return "".join(secrets.choice(_SECRET_ALPHABET) for _ in range(length))
