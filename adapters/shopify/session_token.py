"""App Bridge session tokens: HS256 JWTs signed with the app's API secret.

Implemented with ``hmac`` and ``base64`` because HS256 is all we need to accept; the header's
``alg`` must be exactly ``HS256`` so a token cannot pick a weaker algorithm (``none``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from adapters.shopify.shop_domain import normalize_shop_domain

#: Clock skew we tolerate between Shopify and us, in seconds.
LEEWAY_SECONDS = 10


class InvalidSessionToken(Exception):
    """The token is malformed, badly signed, expired, not yet valid or not for this app."""


class ExpiredSessionToken(InvalidSessionToken):
    """A genuine token past its ``exp``: the page asks App Bridge for a fresh one."""


@dataclass(frozen=True)
class SessionToken:
    shop: str
    user: str
    expires_at: int


def _b64url_decode(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def _b64url_encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def encode_session_token(claims: dict, secret: str) -> str:
    """Sign claims the way App Bridge does (used by tests and the fake Shopify)."""
    header = _b64url_encode(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    payload = _b64url_encode(json.dumps(claims).encode())
    signing_input = f"{header}.{payload}".encode()
    signature = hmac.new(secret.encode(), signing_input, hashlib.sha256).digest()
    return f"{header}.{payload}.{_b64url_encode(signature)}"


def verify_session_token(
    token: str, *, api_key: str, api_secret: str, now: float | None = None
) -> SessionToken:
    """Check signature, ``aud``, ``exp``, ``nbf``, ``iss`` and ``dest``; return the shop it speaks
    for."""
    if not api_key or not api_secret:
        raise InvalidSessionToken("the app has no Shopify API key or secret")
    parts = token.split(".")
    if len(parts) != 3:
        raise InvalidSessionToken("not a JWT")
    try:
        header = json.loads(_b64url_decode(parts[0]))
        claims = json.loads(_b64url_decode(parts[1]))
        signature = _b64url_decode(parts[2])
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidSessionToken("malformed JWT") from exc
    if not isinstance(header, dict) or header.get("alg") != "HS256":
        raise InvalidSessionToken("unsupported algorithm")
    expected = hmac.new(
        api_secret.encode(), f"{parts[0]}.{parts[1]}".encode(), hashlib.sha256
    ).digest()
    if not hmac.compare_digest(expected, signature):
        raise InvalidSessionToken("bad signature")
    if not isinstance(claims, dict):
        raise InvalidSessionToken("malformed claims")
    return _check_claims(claims, api_key=api_key, now=time.time() if now is None else now)


def _check_claims(claims: dict, *, api_key: str, now: float) -> SessionToken:
    aud = claims.get("aud")
    audiences = aud if isinstance(aud, list) else [aud]
    if api_key not in audiences:
        raise InvalidSessionToken("token is for another app")
    exp, nbf = claims.get("exp"), claims.get("nbf")
    if not isinstance(exp, int | float) or now > exp + LEEWAY_SECONDS:
        raise ExpiredSessionToken("token expired")
    if not isinstance(nbf, int | float) or now < nbf - LEEWAY_SECONDS:
        raise InvalidSessionToken("token not yet valid")
    dest = urlsplit(str(claims.get("dest", "")))
    shop = normalize_shop_domain(dest.hostname)
    if dest.scheme != "https" or shop is None:
        raise InvalidSessionToken("token has no valid shop")
    # ``iss`` is the shop's admin (https://{shop}/admin); a token without it is not Shopify's.
    iss = urlsplit(str(claims.get("iss", "")))
    if iss.scheme != "https" or iss.hostname != shop:
        raise InvalidSessionToken("issuer and destination disagree")
    return SessionToken(shop=shop, user=str(claims.get("sub", "")), expires_at=int(exp))
