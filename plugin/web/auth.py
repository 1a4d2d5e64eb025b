"""Who is calling: API bearer tokens, session tokens of the embedded screen, the standalone
screen's cookie session, and CSRF protection for its forms."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from urllib.parse import urlsplit, urlunsplit

from flask import Flask, abort, current_app, request, session

from plugin.errors import Unauthorized
from plugin.services.shops import shop_for_token
from plugin.storage.db import db
from plugin.storage.models import Shop

TokenVerifier = Callable[[str], Shop | None]
VERIFIERS = "copydesk.token_verifiers"
SIGNED_PREFIXES = ("/webhooks/", "/shopify/", "/woocommerce/callback")
API_PREFIX = "/api/"
TOKEN_SHOP = "copydesk.token_shop"
SESSION_SHOP = "copydesk.session_token_shop"
#: The query parameter the Shopify admin (and our embedded pages) put a session token in.
ID_TOKEN_PARAM = "id_token"


def register_token_verifier(app: Flask, verifier: TokenVerifier) -> None:
    """A session token (e.g. Shopify's App Bridge token): a verifier returns the shop it proves,
    None when the token is not its kind, and raises Unauthorized for one of its kind that fails."""
    app.extensions.setdefault(VERIFIERS, []).append(verifier)


def session_token_shop(token: str) -> Shop | None:
    """The shop a session token proves; None when no registered verifier takes it as its kind."""
    for verifier in current_app.extensions.get(VERIFIERS, []):
        shop = verifier(token)
        if shop is not None:
            if not shop.active:
                raise Unauthorized("this shop has uninstalled Copydesk")
            return shop
    return None


def shop_from_token(token: str) -> Shop:
    shop = session_token_shop(token)
    if shop is not None:
        request.environ[SESSION_SHOP] = shop
        return shop
    return shop_for_token(db.session, token)


def embedded_shop() -> Shop | None:
    """The shop a session token proves for this request, None without one: the token comes in
    ``Authorization: Bearer`` (every fetch of the embedded screen), or, for a page the admin
    opens (GET), in ``?id_token=``. An API token proves nothing here: the screen acts on a
    session token or on its cookie. Unauthorized for a session token that fails."""
    if SESSION_SHOP not in request.environ:
        token = _bearer()
        if not token and request.method in ("GET", "HEAD"):
            token = request.args.get(ID_TOKEN_PARAM, "").strip()
        request.environ[SESSION_SHOP] = session_token_shop(token) if token else None
    shop: Shop | None = request.environ[SESSION_SHOP]
    return shop


def _bearer() -> str | None:
    header = request.headers.get("Authorization", "")
    return header[len("Bearer ") :].strip() if header.startswith("Bearer ") else None


def token_shop() -> Shop | None:
    """The shop the request's bearer token proves (checked once a request), None without one;
    Unauthorized for a token that proves nothing."""
    token = _bearer()
    if token is None:
        return None
    # Kept on the request itself: ``g`` lives as long as the app context, which a test (or a
    # CLI command) may hold across several requests.
    if TOKEN_SHOP not in request.environ:
        request.environ[TOKEN_SHOP] = shop_from_token(token)
    shop: Shop = request.environ[TOKEN_SHOP]
    return shop


def api_shop() -> Shop:
    """The shop behind the request's ``Authorization: Bearer`` token (or the screen's session)."""
    shop = token_shop()
    if shop is not None:
        return shop
    if "shop_id" in session:
        return screen_shop()
    raise Unauthorized("send Authorization: Bearer <token> (see `copydesk shop token`)")


def actor_for_screen(shop_name: str) -> str:
    return f"screen:{shop_name}"


def api_actor(shop_name: str) -> str:
    """Who the audit log names for an API call: set by how the caller logged in (token or the
    screen's session, or the embedded screen's session token), never by anything the caller says
    about itself."""
    if request.environ.get(SESSION_SHOP) is not None:
        return actor_for_screen(shop_name)
    if request.environ.get(TOKEN_SHOP) is not None:
        return f"api:{shop_name}"
    return actor_for_screen(shop_name)


def screen_shop() -> Shop:
    """The screen's shop: a session token's inside the Shopify admin, else the cookie's."""
    embedded = embedded_shop()
    if embedded is not None:
        return embedded
    if request.args.get("embedded") == "1":
        # Opened from the admin without a token: never fall back to a cookie there.
        raise Unauthorized("open Copydesk from the Shopify admin")
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
    """The cookie session's CSRF token; none for a request that carries a session token (it
    sets no cookie, and a page showing why its token failed needs none)."""
    try:
        if embedded_shop() is not None:
            return ""
    except Unauthorized:
        return ""
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def check_csrf() -> None:
    """Cookie-authenticated state changes must carry the session's CSRF token.

    Signed platform callbacks carry no cookie authority: exempt. So is an API call whose bearer
    token proves a shop, since the API then acts for that token and never for the cookie; a
    bearer token that proves nothing is a 401 there. On the screen only a session token in the
    ``Authorization`` header (the embedded screen's) counts, and the screen then acts for it and
    never for the cookie; any other header changes nothing: the screen acts on the cookie.
    """
    if request.method in ("GET", "HEAD", "OPTIONS") or request.path.startswith(SIGNED_PREFIXES):
        return
    if request.path.startswith(API_PREFIX) and _bearer() is not None:
        token_shop()
        return
    if _bearer() and embedded_shop() is not None:
        return
    sent = request.form.get("csrf_token") or request.headers.get("X-CSRF-Token", "")
    expected = session.get("csrf", "")
    # Bytes: compare_digest refuses str with non-ASCII characters, and a forged token may have them.
    if not expected or not hmac.compare_digest(sent.encode(), str(expected).encode()):
        abort(400, description="missing or wrong CSRF token; reload the page and try again")


def safe_next(target: str) -> str:
    """Where ``/login?next=`` may send the merchant: a path on our own origin, else ``/``.

    Browsers drop tabs and newlines inside URLs and read a backslash as a slash, so a slash, a
    tab and a host, or a slash, a backslash and a host, would leave the site: anything with a
    control character or a backslash is refused, and what is left must parse as a path with
    neither scheme nor host.
    """
    if not target or any(ch == "\\" or ord(ch) < 32 or ord(ch) == 127 for ch in target):
        return "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path.startswith("/") or target.startswith("//"):
        return "/"
    return urlunsplit(("", "", parts.path, parts.query, ""))
