"""Connecting a WooCommerce store: the wc-auth key flow, keys by hand, and webhook registration.

Called by the ``/woocommerce/*`` views and the ``copydesk shop add-woocommerce`` command.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import Session

from adapters.woocommerce.client import WooCommerceClient
from adapters.woocommerce.connect import (
    authorize_url,
    new_nonce,
    normalize_store_url,
    shop_name_for,
    sign_nonce,
    unsign_nonce,
)
from adapters.woocommerce.signatures import generate_webhook_secret
from adapters.woocommerce.store import WooCommerceStore
from adapters.woocommerce.webhook_admin import register_webhooks
from plugin.domain import Platform
from plugin.errors import StoreError, ValidationError
from plugin.outbound import allows_private, require_public_host
from plugin.ports import JobHandler
from plugin.services.queue import job_queue
from plugin.services.shops import connect_shop, get_shop, webhook_secret_for
from plugin.services.store_language import set_language_from_store
from plugin.services.stores import adapter_for
from plugin.storage.crypto import encrypt
from plugin.storage.db import db
from plugin.storage.models import AuthNonce, Shop

log = logging.getLogger(__name__)

# The merchant may need to log in to WordPress before approving: give them time.
NONCE_TTL = timedelta(hours=1)
CALLBACK_PATH = "/woocommerce/callback"
RETURN_PATH = "/woocommerce/return"


def delivery_url_for(shop: Shop, config: Mapping[str, Any]) -> str:
    return f"{str(config['PUBLIC_URL']).rstrip('/')}/webhooks/woocommerce/{shop.id}"


@dataclass(frozen=True)
class PendingConnection:
    authorize_url: str
    nonce: str


def begin_connect(session: Session, store_url: str, config: Mapping[str, Any]) -> PendingConnection:
    """Remember a pending connection; the merchant goes to the store's authorize URL next.

    The nonce row keeps the store URL in ``shop_name``: the callback names no store of its own.
    """
    url = normalize_store_url(store_url)
    require_allowed_store(url, config)
    nonce = new_nonce()
    session.add(AuthNonce(platform=str(Platform.WOOCOMMERCE), nonce=nonce, shop_name=url))
    session.flush()
    public = str(config["PUBLIC_URL"]).rstrip("/")
    target = authorize_url(
        url,
        user_id=sign_nonce(nonce, str(config["SECRET_KEY"])),
        return_url=f"{public}{RETURN_PATH}",
        callback_url=f"{public}{CALLBACK_PATH}",
    )
    return PendingConnection(target, nonce)


def require_allowed_store(store_url: str, config: Mapping[str, Any]) -> None:
    """ValidationError for a store on a non-public address, unless the settings allow those."""
    if not allows_private(config):
        parts = urlsplit(store_url)
        require_public_host(parts.hostname or "", parts.port)


def connected_shop(session: Session, nonce: str) -> Shop | None:
    """The shop a finished connection (callback received) created, for the returning merchant."""
    pending = session.scalar(
        select(AuthNonce).where(
            AuthNonce.platform == str(Platform.WOOCOMMERCE), AuthNonce.nonce == nonce
        )
    )
    if pending is None or pending.used_at is None:
        return None
    shop = get_shop(session, Platform.WOOCOMMERCE, shop_name_for(pending.shop_name))
    return shop if shop is not None and shop.active else None


def complete_connect(session: Session, payload: Any, config: Mapping[str, Any]) -> Shop:
    """Store the keys wc-auth posted for a pending connection; ValidationError leaves no trace."""
    if not isinstance(payload, dict):
        raise ValidationError("the callback body must be a JSON object")
    nonce = unsign_nonce(payload.get("user_id"), str(config["SECRET_KEY"]))
    pending = None
    if nonce is not None:
        pending = session.scalar(
            select(AuthNonce).where(
                AuthNonce.platform == str(Platform.WOOCOMMERCE), AuthNonce.nonce == nonce
            )
        )
    if pending is None or pending.used_at is not None:
        raise ValidationError("unknown or already used user_id")
    if datetime.now(UTC) - pending.created_at > NONCE_TTL:
        raise ValidationError("the connection took too long; please start again")
    key, secret = payload.get("consumer_key"), payload.get("consumer_secret")
    if not (isinstance(key, str) and key.startswith("ck_")) or not (
        isinstance(secret, str) and secret.startswith("cs_")
    ):
        raise ValidationError("the callback carries no consumer key and secret")
    if payload.get("key_permissions") != "read_write":
        raise ValidationError("Copydesk needs a read_write key to publish approved copy")
    pending.used_at = datetime.now(UTC)
    credentials = {"consumer_key": key, "consumer_secret": secret}
    if payload.get("key_id") is not None:
        credentials["key_id"] = str(payload["key_id"])
    return _connect(session, pending.shop_name, None, credentials)


def add_store_by_hand(
    session: Session, *, url: str, key: str, secret: str, name: str | None = None
) -> Shop:
    """``copydesk shop add-woocommerce``: keys made in WooCommerce > Settings > Advanced > REST API.

    The keys are tried against the store before anything is saved.
    """
    store_url = normalize_store_url(url)
    if not key or not secret:
        raise ValidationError("both --key and --secret are needed")
    require_allowed_store(store_url, current_app.config)
    client = WooCommerceClient(
        store_url, key, secret, allow_private=allows_private(current_app.config)
    )
    client.get("products", {"per_page": 1})
    return _connect(
        session,
        store_url,
        name,
        {"consumer_key": key, "consumer_secret": secret},
        language_from=WooCommerceStore(client),
    )


def _connect(
    session: Session,
    store_url: str,
    name: str | None,
    credentials: dict[str, str],
    *,
    language_from: WooCommerceStore | None = None,
) -> Shop:
    """Store the shop and queue its webhooks and backfill. The copy language is read from the
    store first: now through ``language_from``, or else by the backfill before its first draft
    (the wc-auth callback must answer at once, so it never calls the store itself)."""
    shop = connect_shop(
        session,
        platform=Platform.WOOCOMMERCE,
        name=name or shop_name_for(store_url),
        url=store_url,
        credentials=credentials,
    )
    if not shop.webhook_secret:
        shop.webhook_secret = encrypt(generate_webhook_secret())
    session.flush()
    queue = job_queue()
    queue.enqueue("woocommerce_register_webhooks", {"shop_id": shop.id}, queue="io")
    backfill: dict[str, Any] = {"shop_id": shop.id, "full": True}
    if language_from is not None:
        set_language_from_store(session, shop, language_from)
    else:
        backfill["store_language"] = True
    queue.enqueue("reconcile_shop", backfill, queue="io")
    return shop


def ensure_webhook_secret(session: Session, shop: Shop) -> str:
    """The shop's webhook secret, made (and committed) first if it has none yet."""
    secret = webhook_secret_for(shop)
    if not secret:
        secret = generate_webhook_secret()
        shop.webhook_secret = encrypt(secret)
        session.commit()
    return secret


def woocommerce_store(shop: Shop) -> WooCommerceStore:
    store = adapter_for(shop)
    if not isinstance(store, WooCommerceStore):
        raise StoreError(f"shop {shop.name} is not a WooCommerce store")
    return store


def register_webhooks_job(payload: dict[str, Any]) -> None:
    shop = db.session.get(Shop, payload["shop_id"])
    if shop is None or not shop.active or shop.platform != str(Platform.WOOCOMMERCE):
        return
    secret = ensure_webhook_secret(db.session, shop)
    url = delivery_url_for(shop, current_app.config)
    ids = register_webhooks(woocommerce_store(shop).client, url, secret)
    log.info("WooCommerce webhooks for %s: %s", shop.name, ids)


#: This module's job handlers, by job name (registered by ``create_app``).
JOBS: dict[str, JobHandler] = {
    "woocommerce_register_webhooks": register_webhooks_job,
}
