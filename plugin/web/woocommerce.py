"""WooCommerce's routes: the wc-auth key flow (``/woocommerce/connect``, ``/woocommerce/callback``,
``/woocommerce/return``) and product webhooks (``/webhooks/woocommerce/<shop_id>``).

Views only verify, call a service and answer. The callback answers 200 as soon as the keys are
stored (WooCommerce deletes the key on anything else); webhook registration and the backfill run
as jobs.
"""

from __future__ import annotations

import logging

from flask import Blueprint, current_app, jsonify, redirect, request
from flask import session as browser_session

from adapters.woocommerce.deliveries import (
    SIGNATURE_HEADER,
    TOPIC_HEADER,
    event_id_for,
    ping_webhook_id,
)
from adapters.woocommerce.signatures import verify_webhook_signature
from plugin.domain import Platform
from plugin.errors import NotFound, Unauthorized, ValidationError
from plugin.platforms.woocommerce.install import begin_connect, complete_connect, connected_shop
from plugin.services.webhooks import delivery_shop, record_webhook, require_json
from plugin.storage.db import db
from plugin.web.auth import log_in
from plugin.web.metrics import note_delivery

log = logging.getLogger(__name__)

bp = Blueprint("woocommerce", __name__)

PENDING_KEY = "woocommerce_pending"


@bp.get("/woocommerce/connect")
def connect():  # type: ignore[no-untyped-def]
    store_url = request.args.get("store_url", "")
    if not store_url:
        raise ValidationError("store_url is required")
    pending = begin_connect(db.session, store_url, current_app.config)
    db.session.commit()
    # The same browser coming back to /woocommerce/return is logged in to its new shop.
    browser_session[PENDING_KEY] = pending.nonce
    return redirect(pending.authorize_url)


@bp.get("/woocommerce/return")
def returned():  # type: ignore[no-untyped-def]
    nonce = browser_session.pop(PENDING_KEY, None)
    shop = None
    if nonce and request.args.get("success") == "1":
        shop = connected_shop(db.session, str(nonce))
    if shop is None:
        raise Unauthorized("the store was not connected; start again from /woocommerce/connect")
    log_in(shop)
    return redirect("/")


@bp.post("/woocommerce/callback")
def callback():  # type: ignore[no-untyped-def]
    payload = request.get_json(force=True, silent=True)
    shop = complete_connect(db.session, payload, current_app.config)
    db.session.commit()
    log.info("WooCommerce store %s connected", shop.name)
    return jsonify({"status": "ok"}), 200


@bp.post("/webhooks/woocommerce/<int:shop_id>")
def webhook(shop_id: int):  # type: ignore[no-untyped-def]
    body = request.get_data(cache=False)
    if ping_webhook_id(request.headers, body) is not None:
        note_delivery("-", "ping")
        return jsonify({"status": "ok"}), 200
    shop = delivery_shop(shop_id)
    if shop is None or shop.platform != str(Platform.WOOCOMMERCE):
        raise NotFound("no such WooCommerce shop")
    secret = shop.webhook_secret
    if not secret or not verify_webhook_signature(
        body, secret, request.headers.get(SIGNATURE_HEADER)
    ):
        raise Unauthorized("the webhook signature does not match")
    require_json(body)
    topic = request.headers.get(TOPIC_HEADER, "")
    if not topic:
        raise ValidationError("missing X-WC-Webhook-Topic")
    if not shop.active:
        note_delivery(topic, "ignored")
        return jsonify({"status": "ignored"}), 200
    recorded = record_webhook(
        platform=Platform.WOOCOMMERCE,
        shop_id=shop.id,
        event_id=event_id_for(request.headers, body, topic),
        topic=topic,
        body=body,
    )
    note_delivery(topic, "recorded" if recorded else "duplicate")
    return jsonify({"status": "ok"}), 200
