"""The install flow's bookkeeping: OAuth ``state`` nonces, connecting the shop, first sync.

Two ways in: the authorization-code grant of a non-embedded install (``/shopify/install``), and,
with Shopify's managed install, token exchange of the session token of the first embedded request
from a shop we hold no token for.

Called by the ``/shopify/*`` views and the session-token verifier.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from adapters.shopify.oauth import exchange_code, exchange_session_token, shop_origin
from adapters.shopify.store import ShopifyStore
from plugin.domain import Platform
from plugin.errors import StoreError, Unauthorized
from plugin.ports import JobHandler
from plugin.services.queue import job_queue
from plugin.services.shops import connect_shop
from plugin.services.store_language import set_language_from_store
from plugin.services.stores import adapter_for
from plugin.storage.db import db
from plugin.storage.models import AuthNonce, Shop

log = logging.getLogger(__name__)

STATE_TTL = timedelta(minutes=15)
WEBHOOK_PATH = "/webhooks/shopify"


def begin_install(session: Session, shop: str) -> str:
    """A fresh one-time ``state`` bound to this shop."""
    state = secrets.token_urlsafe(32)
    session.add(AuthNonce(platform=str(Platform.SHOPIFY), nonce=state, shop_name=shop))
    session.flush()
    return state


def consume_state(session: Session, shop: str, state: str) -> None:
    """Accept ``state`` once, only for the shop it was issued to, and only while fresh."""
    nonce = session.scalar(
        select(AuthNonce).where(
            AuthNonce.platform == str(Platform.SHOPIFY), AuthNonce.nonce == state
        )
    )
    if nonce is None or nonce.used_at is not None or nonce.shop_name != shop:
        raise Unauthorized("unknown or already used OAuth state")
    if datetime.now(UTC) - nonce.created_at > STATE_TTL:
        raise Unauthorized("the install took too long; please start again")
    nonce.used_at = datetime.now(UTC)
    session.flush()


def complete_install(
    session: Session, shop_name: str, code: str, config: Mapping[str, Any]
) -> Shop:
    """Trade the code for tokens, store the shop, subscribe webhooks and queue the backfill."""
    credentials = exchange_code(
        shop_origin(shop_name, config),
        api_key=str(config["SHOPIFY_API_KEY"]),
        api_secret=str(config["SHOPIFY_API_SECRET"]),
        code=code,
    )
    return _connect(session, shop_name, credentials, config)


def install_by_token_exchange(
    session: Session, shop_name: str, session_token: str, config: Mapping[str, Any]
) -> Shop:
    """Managed install: Shopify installed the app with the scopes of ``shopify.app.toml``; trade
    the (already verified) session token for an expiring offline token and connect the shop."""
    credentials = exchange_session_token(
        shop_origin(shop_name, config),
        api_key=str(config["SHOPIFY_API_KEY"]),
        api_secret=str(config["SHOPIFY_API_SECRET"]),
        session_token=session_token,
    )
    log.info("installed %s by token exchange", shop_name)
    return _connect(session, shop_name, credentials, config)


def _connect(
    session: Session, shop_name: str, credentials: dict[str, str], config: Mapping[str, Any]
) -> Shop:
    shop = connect_shop(
        session,
        platform=Platform.SHOPIFY,
        name=shop_name,
        url=f"https://{shop_name}",
        credentials=credentials,
    )
    session.commit()  # the adapter may rotate and save credentials from here on
    try:
        register_webhooks(shop, config)
    except StoreError as exc:
        log.warning("webhook subscription for %s failed (%s); retrying in a job", shop_name, exc)
        job_queue().enqueue("shopify_register_webhooks", {"shop_id": shop.id}, queue="io")
    # Before the backfill queues any draft: copy is written in the shop's primary language.
    set_language_from_store(session, shop)
    job_queue().enqueue("reconcile_shop", {"shop_id": shop.id, "full": True}, queue="io")
    session.commit()
    return shop


def callback_url(config: Mapping[str, Any]) -> str:
    return str(config["PUBLIC_URL"]).rstrip("/") + WEBHOOK_PATH


def register_webhooks(shop: Shop, config: Mapping[str, Any]) -> list[str]:
    adapter = adapter_for(shop)
    assert isinstance(adapter, ShopifyStore)
    created = adapter.register_webhooks(callback_url(config))
    log.info("subscribed %s to %s", shop.name, ", ".join(created) or "nothing new")
    return created


def register_webhooks_job(payload: dict) -> None:
    from flask import current_app

    shop = db.session.get(Shop, payload["shop_id"])
    if shop is None or not shop.active:
        return
    register_webhooks(shop, current_app.config)


def register_webhooks_all_job(payload: dict) -> None:
    """The periodic check: Shopify drops subscriptions that keep failing; put back what is gone."""
    shops = db.session.scalars(
        select(Shop).where(Shop.platform == str(Platform.SHOPIFY), Shop.uninstalled_at.is_(None))
    )
    for shop in shops:
        job_queue().enqueue("shopify_register_webhooks", {"shop_id": shop.id}, queue="io")
    db.session.commit()


#: This module's job handlers, by job name (registered by ``create_app``).
JOBS: dict[str, JobHandler] = {
    "shopify_register_webhooks": register_webhooks_job,
    "shopify_webhooks_all": register_webhooks_all_job,
}
