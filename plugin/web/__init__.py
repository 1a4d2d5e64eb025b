"""HTTP entry points: blueprints, and the mapping of our errors to JSON or pages."""

from __future__ import annotations

import logging

from flask import Flask, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from plugin.errors import CopydeskError
from plugin.web.auth import check_csrf, csrf_token

log = logging.getLogger(__name__)


# Machine callers: the API, the platforms' webhooks and install callbacks (Shopify and WooCommerce
# show nothing of our answer but its status, and an installing merchant has no session yet).
JSON_PREFIXES = (
    "/api/",
    "/webhooks/",
    "/healthz",
    "/metrics",
    "/shopify/",
    "/woocommerce/callback",
)


def wants_json() -> bool:
    return request.path.startswith(JSON_PREFIXES) or (
        request.accept_mimetypes.best == "application/json"
    )


def _error_response(code: str, message: str, status: int):  # type: ignore[no-untyped-def]
    if wants_json():
        return jsonify({"error": {"code": code, "message": message}}), status
    return render_template("error.html", code=code, message=message, status=status), status


def register_blueprints(app: Flask) -> None:
    from plugin.web import (
        api,
        campaigns_api,
        campaigns_screen,
        embedded,
        health,
        limits,
        metrics,
        questions_api,
        questions_screen,
        screen,
    )

    metrics.init_app(app)  # its clock starts before any check
    limits.init_app(app)  # an oversized body is a 413 before any check
    for blueprint in (
        health.bp,
        api.bp,
        screen.bp,
        questions_api.bp,
        questions_screen.bp,
        campaigns_api.bp,
        campaigns_screen.bp,
    ):
        app.register_blueprint(blueprint)
    embedded.init_app(app)
    app.before_request(check_csrf)
    app.jinja_env.globals["csrf_token"] = csrf_token

    @app.errorhandler(CopydeskError)
    def copydesk_error(exc: CopydeskError):  # type: ignore[no-untyped-def]
        from plugin.storage.db import db

        db.session.rollback()
        if exc.status == 401 and not wants_json():
            from flask import redirect, url_for

            from plugin.errors import Unauthorized

            if isinstance(exc, Unauthorized) and embedded.needs_token_bounce(exc):
                return embedded.token_bounce()
            if not embedded.embedded_request():
                return redirect(url_for("screen.login", next=request.path))
        return _error_response(exc.code, exc.message, exc.status)

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):  # type: ignore[no-untyped-def]
        code = (exc.name or "error").lower().replace(" ", "_")
        return _error_response(code, exc.description or exc.name, exc.code or 500)

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):  # type: ignore[no-untyped-def]
        log.exception("unhandled error on %s %s", request.method, request.path)
        return _error_response("internal", "something went wrong on our side", 500)
