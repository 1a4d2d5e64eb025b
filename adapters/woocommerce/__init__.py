"""WooCommerce: the wc-auth key flow, signed webhooks and the REST API v3.

``register(app)`` wires it into the app: the store factory, the webhook processor, the job
handlers (webhook registration and the scheduled webhook health check with its reconcile) and the
``/woocommerce`` and ``/webhooks/woocommerce`` routes.
"""

from __future__ import annotations

from flask import Flask


def register(app: Flask) -> None:
    from adapters.woocommerce import health, install  # noqa: F401 - register their job handlers
    from adapters.woocommerce.factory import build_woocommerce_store
    from adapters.woocommerce.webhook_processor import process_woocommerce_event
    from plugin.config import periodic_seconds
    from plugin.domain import Platform
    from plugin.jobs.queue import EXTENSION
    from plugin.services.stores import register_store
    from plugin.services.webhooks import register_webhook_processor
    from plugin.web.woocommerce import bp

    register_store(Platform.WOOCOMMERCE, build_woocommerce_store, app)
    register_webhook_processor(Platform.WOOCOMMERCE, process_woocommerce_event, app)
    app.register_blueprint(bp)
    # Every connected store's webhooks are checked as often as stores are reconciled, unless
    # WOOCOMMERCE_HEALTH_INTERVAL_SECONDS says otherwise; 0 turns the check off.
    reconcile = app.config["RECONCILE_INTERVAL_SECONDS"]
    interval = periodic_seconds(app.config, "WOOCOMMERCE_HEALTH_INTERVAL_SECONDS", reconcile)
    if interval:
        app.extensions[EXTENSION].schedule("woocommerce_health_all", interval)
