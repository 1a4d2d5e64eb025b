"""Accepting App Bridge session tokens as bearer tokens (embedded app).

A valid token from a shop we hold no Shopify token for (first open after a managed install, or a
reinstall) is traded for one by token exchange before the request goes on.
"""

from __future__ import annotations

from flask import current_app

from adapters.shopify.session_token import (
    ExpiredSessionToken,
    InvalidSessionToken,
    verify_session_token,
)
from plugin.domain import Platform
from plugin.errors import Unauthorized
from plugin.platforms.shopify.install import install_by_token_exchange
from plugin.services.shops import get_shop
from plugin.storage.db import db
from plugin.storage.models import Shop

#: ``Unauthorized.code`` of a genuine token past its expiry: ask App Bridge for a fresh one.
EXPIRED = "session_token_expired"


def looks_like_jwt(token: str) -> bool:
    return token.count(".") == 2 and token.startswith("eyJ")


def verify_bearer_session_token(token: str) -> Shop | None:
    """The shop a session token speaks for; None when the token is not a JWT at all."""
    if not looks_like_jwt(token):
        return None
    config = current_app.config
    try:
        claims = verify_session_token(
            token,
            api_key=str(config.get("SHOPIFY_API_KEY") or ""),
            api_secret=str(config.get("SHOPIFY_API_SECRET") or ""),
        )
    except ExpiredSessionToken as exc:
        raise Unauthorized(f"invalid Shopify session token: {exc}", code=EXPIRED) from exc
    except InvalidSessionToken as exc:
        raise Unauthorized(f"invalid Shopify session token: {exc}") from exc
    shop = get_shop(db.session, Platform.SHOPIFY, claims.shop)
    if shop is None or not shop.active or not shop.credentials:
        shop = install_by_token_exchange(db.session, claims.shop, token, config)
    return shop
