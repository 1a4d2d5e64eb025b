"""Loads every module that defines job handlers, and sets up the periodic jobs."""

from __future__ import annotations

from flask import Flask

from plugin.config import periodic_seconds
from plugin.jobs.queue import EXTENSION

DEFAULT_FULL_RECONCILE_SECONDS = 24 * 60 * 60


def init_app(app: Flask) -> None:
    from plugin.services import (  # noqa: F401 - registers handlers
        campaigns,
        generate,
        publish,
        questions,  # noqa: F401 - registers handlers
        reply_delivery,
        sync,
        webhooks,
    )

    queue = app.extensions[EXTENSION]
    interval = app.config["RECONCILE_INTERVAL_SECONDS"]
    if interval:
        queue.schedule("reconcile_all", interval)
    # Incremental pulls never see a product deleted for good (Shopify's updated_at query, and
    # WooCommerce without the trash): a full pull now and then marks those listings deleted.
    full = periodic_seconds(
        app.config, "FULL_RECONCILE_INTERVAL_SECONDS", DEFAULT_FULL_RECONCILE_SECONDS
    )
    if full:
        queue.schedule("reconcile_all", full, {"full": True})
