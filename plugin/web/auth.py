"""Who is calling: API bearer tokens, the screen's session, and CSRF protection for its forms."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable

from flask import Flask, abort, current_app, request, session

from plugin.errors import Unauthorized
from plugin.services.shops import shop_for_token
from plugin.storage.db import db
from plugin.storage.models import Shop

TokenVerifier = Callable[[str], Shop | None]
VERIFIERS = "copydesk.token_verifiers"
SIGNED_PREFIXES = ("/webhooks/", "/shopify/", "/woocommerce/callback")


def register_token_verifier(app: Flask, verifier: TokenVerifier) -> None:
    """Another way to prove a shop (e.g. a Shopify session token); returns None if not its kind."""
    app.extensions.setdefault(VERIFIERS, []).append(verifier)


def shop_from_token(token: str) -> Shop:
    for verifier in current_app.extensions.get(VERIFIERS, []):
        shop = verifier(token)
        if shop is not None:
            if not shop.active:
                raise Unauthorized("this shop has uninstalled Copydesk")
            return shop
    return shop_for_token(db.session, token)


def api_shop() -> Shop:
    """The shop behind the request's ``Authorization: Bearer`` token (or the screen's session)."""
    header = request.headers.get("Authorization", "")
    if header.startswith("Bearer "):
        return shop_from_token(header[len("Bearer ") :].strip())
    if "shop_id" in session:
        return screen_shop()
    raise Unauthorized("send Authorization: Bearer <token> (see `copydesk shop token`)")


def actor_for_screen(shop_name: str) -> str:
    return f"screen:{shop_name}"


def api_actor(shop_name: str) -> str:
    """Who the audit log names for an API call: set by how the caller logged in (token or the
    screen's session), never by anything the caller says about itself."""
    if request.headers.get("Authorization", "").startswith("Bearer "):
        return f"api:{shop_name}"
    return actor_for_screen(shop_name)


def screen_shop() -> Shop:
    shop_id = session.get("shop_id")
    shop = db.session.get(Shop, shop_id) if shop_id is not None else None
    if shop is None or not shop.active:
        session.clear()
        raise Unauthorized("please log in")
    return shop


def log_in(shop: Shop) -> None:
    session.clear()
    session["shop_id"] = shop.id
    session["csrf"] = secrets.token_urlsafe(32)
    session.permanent = True


def csrf_token() -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def check_csrf() -> None:
    """Cookie-authenticated state changes must carry the session's CSRF token.

    Bearer-token calls and signed platform callbacks carry no cookie authority: they are exempt.
    """
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    if request.path.startswith(SIGNED_PREFIXES):
        return
    if request.headers.get("Authorization", "").startswith("Bearer "):
        return
    sent = request.form.get("csrf_token") or request.headers.get("X-CSRF-Token", "")
    expected = session.get("csrf", "")
    if not expected or not hmac.compare_digest(sent, expected):
        abort(400, description="missing or wrong CSRF token; reload the page and try again")
