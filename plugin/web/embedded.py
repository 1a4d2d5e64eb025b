"""The screen inside the Shopify admin: App Bridge, a session token on every request, no cookie.

The admin opens the app in an iframe with ``?embedded=1&shop=…&host=…`` (and usually
``id_token``). Browsers that block third-party cookies drop our cookie there, so nothing embedded
rests on it: each page load carries a fresh session token in ``?id_token=`` and each fetch in
``Authorization: Bearer`` (``static/embedded.js`` asks App Bridge's ``shopify.idToken()`` for
one every time). A page opened without a usable token (none, or one that expired, as on a
reload) answers with a small page that asks App Bridge for a token and loads itself again.

A flashed message cannot ride a cookie either: after a form, the redirect carries it in a
signed, short-lived ``flash`` parameter (``TokenSessionInterface``).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from flask import Flask, Response, current_app, render_template, request
from flask.sessions import SecureCookieSession, SecureCookieSessionInterface
from itsdangerous import BadSignature, URLSafeTimedSerializer

from adapters.shopify.shop_domain import normalize_shop_domain
from plugin.errors import CopydeskError, Unauthorized
from plugin.platforms.shopify.verifier import EXPIRED
from plugin.web.auth import ID_TOKEN_PARAM, SESSION_SHOP, embedded_shop

APP_BRIDGE_URL = "https://cdn.shopify.com/shopifycloud/app-bridge.js"
ADMIN_ORIGIN = "https://admin.shopify.com"
FLASH_PARAM = "flash"
FLASH_MAX_AGE = 120
# ``host`` is the admin's base64url-encoded address; anything else is dropped.
_HOST_RE = re.compile(r"^[A-Za-z0-9_=-]{1,512}$")


def embedded_request() -> bool:
    """Whether the admin opened this request: marked ``embedded=1``, or carrying a session
    token (in the address, or one that proved a shop in the header)."""
    return (
        request.args.get("embedded") == "1"
        or bool(request.args.get(ID_TOKEN_PARAM))
        or request.environ.get(SESSION_SHOP) is not None
    )


def _proven_shop_name() -> str | None:
    try:
        shop = embedded_shop()
    except CopydeskError:  # a token that failed, or an install by token exchange that did
        return None
    return shop.name if shop is not None and shop.platform == "shopify" else None


def framing_shop() -> str | None:
    """The ``*.myshopify.com`` shop whose admin may frame this response, if any: the one a
    session token proves, else (for the page that fetches a token) the ``shop`` parameter."""
    if not embedded_request():
        return None
    return _proven_shop_name() or normalize_shop_domain(request.args.get("shop"))


def app_bridge_url() -> str:
    """Shopify's CDN in production; tests point ``SHOPIFY_APP_BRIDGE_URL`` at a stand-in."""
    return str(current_app.config.get("SHOPIFY_APP_BRIDGE_URL") or APP_BRIDGE_URL)


def admin_origin() -> str:
    return str(current_app.config.get("SHOPIFY_ADMIN_ORIGIN") or ADMIN_ORIGIN)


def embedding() -> dict[str, str] | None:
    """What an embedded page needs: App Bridge's script and our API key (its ``shopify-api-key``
    meta), and the shop and host our links keep; None for the standalone screen."""
    shop = framing_shop()
    if shop is None:
        return None
    host = request.args.get("host", "")
    return {
        "api_key": str(current_app.config.get("SHOPIFY_API_KEY") or ""),
        "script": app_bridge_url(),
        "shop": shop,
        "host": host if _HOST_RE.match(host) else "",
    }


def content_security_policy() -> str:
    """Draft HTML is sanitised before it is shown; this policy is the second wall: even markup
    that slipped through could run no script, load no plugin and post no form elsewhere. Only
    the shop's own admin may frame an embedded page; nobody may frame the standalone screen."""
    shop = framing_shop()
    scripts = "'self'"
    ancestors = "'none'"
    if shop is not None:
        scripts += f" {app_bridge_url()}"
        ancestors = f"https://{shop} {admin_origin()}"
    return (
        f"default-src 'self'; script-src {scripts}; style-src 'self'; "
        "img-src 'self' data: https:; object-src 'none'; base-uri 'none'; form-action 'self'; "
        f"frame-ancestors {ancestors}"
    )


def token_bounce() -> tuple[str, int]:
    """The page that asks App Bridge for a session token and loads the address again with it."""
    return render_template("embedded_bounce.html"), 200


def needs_token_bounce(exc: Unauthorized) -> bool:
    """A page (not an API call) opened from the admin with no token, or one that expired."""
    if request.method not in ("GET", "HEAD") or request.path.startswith("/api/"):
        return False
    if framing_shop() is None:
        return False
    return exc.code == EXPIRED or not request.args.get(ID_TOKEN_PARAM)


def _flash_serializer(app: Flask) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(str(app.secret_key), salt="copydesk.embedded-flash")


def _token_request(args: Any, authorization: str) -> bool:
    """Whether a request is the embedded screen's, judged before any check (no cookie then)."""
    return (
        args.get("embedded") == "1"
        or bool(args.get(ID_TOKEN_PARAM))
        or (authorization.startswith("Bearer eyJ") and authorization.count(".") == 2)
    )


class TokenSessionInterface(SecureCookieSessionInterface):
    """The cookie session, except for the embedded screen's requests: those get an empty
    session never saved to a cookie, holding only messages flashed across a redirect."""

    def open_session(self, app: Flask, request: Any) -> SecureCookieSession | None:
        if not _token_request(request.args, request.headers.get("Authorization", "")):
            return super().open_session(app, request)
        session = self.session_class()
        session.token_only = True  # type: ignore[attr-defined]
        carried = request.args.get(FLASH_PARAM)
        if carried:
            try:
                session["_flashes"] = [
                    tuple(item)
                    for item in _flash_serializer(app).loads(carried, max_age=FLASH_MAX_AGE)
                ]
            except (BadSignature, TypeError, ValueError):
                pass
        return session

    def save_session(self, app: Flask, session: Any, response: Response) -> None:
        if not getattr(session, "token_only", False):
            super().save_session(app, session, response)
            return
        flashes = session.get("_flashes")
        location = response.headers.get("Location")
        if flashes and location and 300 <= response.status_code < 400:
            response.headers["Location"] = _with_param(
                location, FLASH_PARAM, _flash_serializer(app).dumps([list(f) for f in flashes])
            )


def _with_param(url: str, name: str, value: str) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != name]
    return urlunsplit(parts._replace(query=urlencode([*query, (name, value)])))


def init_app(app: Flask) -> None:
    app.session_interface = TokenSessionInterface()

    @app.context_processor
    def embedded_globals() -> dict[str, Any]:
        return {"embedding": embedding()}
