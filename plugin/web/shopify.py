"""Shopify's routes: the OAuth install (``/shopify/install``, ``/shopify/callback``) and webhooks.

Views only verify, call a service and answer; the webhook view makes no call to Shopify or the
model, so it answers well inside Shopify's 5 seconds.
"""

from __future__ import annotations

import logging
import time

from flask import Blueprint, current_app, jsonify, redirect, request

from adapters.shopify.oauth import authorize_url, shop_origin
from adapters.shopify.shop_domain import normalize_shop_domain
from adapters.shopify.signatures import verify_query_hmac, verify_webhook_hmac
from plugin.domain import Platform
from plugin.errors import Unauthorized, ValidationError
from plugin.platforms.shopify.install import begin_install, complete_install, consume_state
from plugin.services.webhooks import record_webhook, require_json
from plugin.storage.db import db
from plugin.web.auth import log_in
from plugin.web.metrics import note_delivery

log = logging.getLogger(__name__)

bp = Blueprint("shopify", __name__)

#: How old an install or callback link may be (Shopify's ``timestamp``), in seconds.
MAX_LINK_AGE = 24 * 3600


def _verified_shop() -> str:
    """The ``shop`` of a request Shopify signed; 401 for a bad HMAC, 400 for a bad shop."""
    secret = str(current_app.config.get("SHOPIFY_API_SECRET") or "")
    if not verify_query_hmac(request.args.items(multi=True), secret):
        raise Unauthorized("the request's hmac does not match")
    shop = normalize_shop_domain(request.args.get("shop"))
    if shop is None:
        raise ValidationError("shop must be a *.myshopify.com hostname")
    try:
        age = time.time() - int(request.args.get("timestamp", ""))
    except ValueError as exc:
        raise ValidationError("missing timestamp") from exc
    if age > MAX_LINK_AGE:
        raise Unauthorized("the link has expired; open the app from Shopify again")
    return shop


def _callback_url() -> str:
    return str(current_app.config["PUBLIC_URL"]).rstrip("/") + "/shopify/callback"


@bp.get("/shopify/install")
def install():  # type: ignore[no-untyped-def]
    shop = _verified_shop()
    state = begin_install(db.session, shop)
    db.session.commit()
    config = current_app.config
    return redirect(
        authorize_url(
            shop_origin(shop, config),
            api_key=str(config["SHOPIFY_API_KEY"]),
            scopes=str(config["SHOPIFY_SCOPES"]),
            redirect_uri=_callback_url(),
            state=state,
        )
    )


@bp.get("/shopify/callback")
def callback():  # type: ignore[no-untyped-def]
    shop_name = _verified_shop()
    consume_state(db.session, shop_name, request.args.get("state", ""))
    db.session.commit()  # the state is spent even if the exchange fails
    code = request.args.get("code", "")
    if not code:
        raise ValidationError("missing code")
    shop = complete_install(db.session, shop_name, code, current_app.config)
    log_in(shop)
    return redirect("/")


@bp.post("/webhooks/shopify")
def webhook():  # type: ignore[no-untyped-def]
    body = request.get_data(cache=False)
    secret = str(current_app.config.get("SHOPIFY_API_SECRET") or "")
    if not verify_webhook_hmac(body, request.headers.get("X-Shopify-Hmac-Sha256"), secret):
        log.warning("shopify webhook with a bad signature refused")
        return jsonify({"error": {"code": "unauthorized", "message": "bad signature"}}), 401
    require_json(body)
    topic = request.headers.get("X-Shopify-Topic", "")
    shop_name = normalize_shop_domain(request.headers.get("X-Shopify-Shop-Domain"))
    event_id = request.headers.get("X-Shopify-Event-Id") or request.headers.get(
        "X-Shopify-Webhook-Id"
    )
    if not topic or not event_id or shop_name is None:
        raise ValidationError("missing X-Shopify-Topic, -Shop-Domain or -Event-Id")
    recorded = record_webhook(
        platform=Platform.SHOPIFY,
        shop_name=shop_name,
        event_id=event_id,
        topic=topic,
        body=body,
    )
    note_delivery(topic, "recorded" if recorded else "duplicate")
    return jsonify({"status": "queued" if recorded else "duplicate"}), 200
