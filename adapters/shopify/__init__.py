"""Shopify: OAuth install, webhooks and the Admin GraphQL API (version ``documents.API_VERSION``).

``register(app)`` wires it into the app: the store factory, bulk operations for full syncs of
large catalogues, the webhook processor, the App Bridge session-token verifier, the ``/shopify``,
``/shopify/proxy`` (storefront questions) and ``/webhooks/shopify`` routes, and the periodic
check that our webhook subscriptions still exist.
"""

from __future__ import annotations

from flask import Flask

#: Seconds between subscription checks unless SHOPIFY_WEBHOOK_CHECK_SECONDS is set; 0 is off.
DEFAULT_WEBHOOK_CHECK_SECONDS = 6 * 3600


def register(app: Flask) -> None:
    from adapters.shopify import install  # noqa: F401 - registers its job handler
    from adapters.shopify.bulk_sync import start_full_sync
    from adapters.shopify.store import build_shopify_store
    from adapters.shopify.verifier import verify_bearer_session_token
    from adapters.shopify.webhook_processor import process_shopify_event
    from plugin.config import periodic_seconds
    from plugin.domain import Platform
    from plugin.jobs.queue import EXTENSION
    from plugin.services.stores import register_store
    from plugin.services.sync import register_full_sync
    from plugin.services.webhooks import register_webhook_processor
    from plugin.web.auth import register_token_verifier
    from plugin.web.shopify import bp
    from plugin.web.shopify_proxy import bp as proxy_bp

    register_store(Platform.SHOPIFY, build_shopify_store, app)
    register_full_sync(Platform.SHOPIFY, start_full_sync, app)
    register_webhook_processor(Platform.SHOPIFY, process_shopify_event, app)
    register_token_verifier(app, verify_bearer_session_token)
    app.register_blueprint(bp)
    app.register_blueprint(proxy_bp)
    interval = periodic_seconds(
        app.config, "SHOPIFY_WEBHOOK_CHECK_SECONDS", DEFAULT_WEBHOOK_CHECK_SECONDS
    )
    if interval:
        app.extensions[EXTENSION].schedule("shopify_webhooks_all", interval)
