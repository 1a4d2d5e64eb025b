"""Accepting App Bridge session tokens as API bearer tokens (embedded app)."""

from __future__ import annotations

from flask import current_app

from adapters.shopify.session_token import InvalidSessionToken, verify_session_token
from plugin.domain import Platform
from plugin.errors import Unauthorized
from plugin.services.shops import get_shop
from plugin.storage.db import db
from plugin.storage.models import Shop


def looks_like_jwt(token: str) -> bool:
    return token.count(".") == 2 and token.startswith("eyJ")


def verify_bearer_session_token(token: str) -> Shop | None:
    """The shop a session token speaks for; None when the token is not a JWT at all."""
    if not looks_like_jwt(token):
        return None
    try:
        claims = verify_session_token(
            token,
            api_key=str(current_app.config.get("SHOPIFY_API_KEY") or ""),
            api_secret=str(current_app.config.get("SHOPIFY_API_SECRET") or ""),
        )
    except InvalidSessionToken as exc:
        raise Unauthorized(f"invalid Shopify session token: {exc}") from exc
    shop = get_shop(db.session, Platform.SHOPIFY, claims.shop)
    if shop is None:
        raise Unauthorized("this shop has not installed Copydesk")
    return shop
