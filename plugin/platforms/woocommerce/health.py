"""The scheduled safety net: switch our webhooks back on, then poll for what they missed.

WooCommerce disables a webhook after more than five failed deliveries in a row and never sends
what it failed to deliver, so every check ends with a ``modified_after`` reconcile.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import current_app
from sqlalchemy import select

from adapters.woocommerce.webhook_admin import check_webhooks
from plugin.domain import Platform
from plugin.platforms.woocommerce.install import (
    delivery_url_for,
    ensure_webhook_secret,
    woocommerce_store,
)
from plugin.ports import JobHandler
from plugin.services.queue import job_queue
from plugin.services.sync import reconcile_shop
from plugin.storage.db import db
from plugin.storage.models import Shop

log = logging.getLogger(__name__)


def webhook_health_job(payload: dict[str, Any]) -> None:
    session = db.session
    shop = session.get(Shop, payload["shop_id"])
    if shop is None or not shop.active or shop.platform != str(Platform.WOOCOMMERCE):
        return
    secret = ensure_webhook_secret(session, shop)
    health = check_webhooks(
        woocommerce_store(shop).client, delivery_url_for(shop, current_app.config), secret
    )
    changed = reconcile_shop(session, shop, full=False)
    session.commit()
    log.info(
        "WooCommerce health for %s: reactivated %s, created %s, %d listings changed",
        shop.name,
        health.reactivated,
        health.created,
        changed,
    )


def webhook_health_all_job(payload: dict[str, Any]) -> None:
    """Queue a health check for every connected WooCommerce store."""
    shops = db.session.scalars(
        select(Shop).where(
            Shop.platform == str(Platform.WOOCOMMERCE), Shop.uninstalled_at.is_(None)
        )
    )
    for shop in shops:
        job_queue().enqueue("woocommerce_webhook_health", {"shop_id": shop.id}, queue="io")
    db.session.commit()


#: This module's job handlers, by job name (registered by ``create_app``).
JOBS: dict[str, JobHandler] = {
    "woocommerce_webhook_health": webhook_health_job,
    "woocommerce_health_all": webhook_health_all_job,
}
