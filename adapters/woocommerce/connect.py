"""The wc-auth key flow: which store URLs we accept, and the authorize URL we send merchants to.

WooCommerce's ``/wc-auth/v1/authorize`` asks the merchant to approve an API key, POSTs the key as
JSON to our ``callback_url`` together with the ``user_id`` we gave it, and then sends the merchant
to ``return_url``. ``user_id`` is our signed nonce for the pending connection: the callback is only
believed when the signature holds and the nonce is still unused.
"""

from __future__ import annotations

import secrets
from urllib.parse import urlencode, urlsplit, urlunsplit

from itsdangerous import BadSignature, Signer

from plugin.errors import ValidationError

APP_NAME = "Copydesk"
SCOPE = "read_write"
_SALT = "copydesk.woocommerce.connect"
# What the pending connection's row (auth_nonces.shop_name) holds.
MAX_URL_LENGTH = 255


def normalize_store_url(raw: str) -> str:
    """The store's base URL (scheme, host, port, WordPress path), or ValidationError.

    Query strings, fragments and credentials are refused rather than dropped, so a typo never
    sends the merchant's approval to a different site than the one they named.
    """
    text = (raw or "").strip()
    if "://" not in text:
        text = f"https://{text}"
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise ValidationError(f"not a store URL: {raw!r}") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError(f"not a store URL: {raw!r}")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise ValidationError("the store URL must not carry credentials, a query or a fragment")
    host = parts.hostname.lower()
    if not all(c.isalnum() or c in ".-" for c in host) or host.startswith((".", "-")):
        raise ValidationError(f"not a store host: {parts.hostname!r}")
    netloc = f"{host}:{port}" if port else host
    path = parts.path.rstrip("/")
    for suffix in ("/wp-json", "/wp-admin"):
        if path.endswith(suffix):
            path = path[: -len(suffix)]
    url = urlunsplit((parts.scheme, netloc, path, "", ""))
    if len(url) > MAX_URL_LENGTH:
        raise ValidationError(f"the store URL is longer than {MAX_URL_LENGTH} characters")
    return url


def shop_name_for(store_url: str) -> str:
    """A WooCommerce shop's NAME: its host, with the port when there is one."""
    return urlsplit(store_url).netloc


def new_nonce() -> str:
    return secrets.token_urlsafe(24)


def sign_nonce(nonce: str, secret_key: str) -> str:
    """The ``user_id`` we hand to wc-auth: the nonce and its signature, URL-safe."""
    return Signer(secret_key, salt=_SALT).sign(nonce).decode("ascii")


def unsign_nonce(user_id: object, secret_key: str) -> str | None:
    """The nonce inside a ``user_id`` that wc-auth posted back, or None if it is forged."""
    if not isinstance(user_id, str) or not user_id:
        return None
    try:
        return Signer(secret_key, salt=_SALT).unsign(user_id).decode("ascii")
    except BadSignature:
        return None


def authorize_url(
    store_url: str, *, user_id: str, return_url: str, callback_url: str, app_name: str = APP_NAME
) -> str:
    query = urlencode(
        {
            "app_name": app_name,
            "scope": SCOPE,
            "user_id": user_id,
            "return_url": return_url,
            "callback_url": callback_url,
        }
    )
    return f"{store_url}/wc-auth/v1/authorize?{query}"
