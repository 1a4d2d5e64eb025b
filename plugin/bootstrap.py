"""What ``create_app`` wires into every app once its extensions stand: nothing registers itself
on import, so what an app can do is listed here.

- the job queue, handed to the services as the ``JobQueue`` port;
- the job handlers of every module that defines some (its ``JOBS``), and the periodic jobs;
- each platform's store factory, webhook processor and routes, and the session-token verifier
  of Shopify's embedded app;
- the web's own blueprints.
"""

from __future__ import annotations

from flask import Flask

from adapters.catalog import build_catalog_store
from adapters.shopify.store import build_shopify_store
from adapters.woocommerce.factory import build_woocommerce_store
from plugin.config import periodic_seconds
from plugin.domain import Platform
from plugin.jobs.queue import DatabaseJobQueue
from plugin.jobs.registry import register_jobs
from plugin.platforms.shopify import bulk_sync
from plugin.platforms.shopify import install as shopify_install
from plugin.platforms.shopify.verifier import verify_bearer_session_token
from plugin.platforms.shopify.webhook_processor import process_shopify_event
from plugin.platforms.woocommerce import health
from plugin.platforms.woocommerce import install as woocommerce_install
from plugin.platforms.woocommerce.webhook_processor import process_woocommerce_event
from plugin.services import (
    campaign_writing,
    generate,
    publish,
    questions,
    reply_delivery,
    sync,
    webhooks,
)
from plugin.services.queue import use_job_queue
from plugin.services.stores import register_store
from plugin.web import register_blueprints, shopify, shopify_proxy, woocommerce
from plugin.web.auth import register_token_verifier

#: Seconds between full reconciles unless FULL_RECONCILE_INTERVAL_SECONDS is set; 0 is off.
DEFAULT_FULL_RECONCILE_SECONDS = 24 * 60 * 60
#: Seconds between checks of our Shopify webhook subscriptions unless
#: SHOPIFY_WEBHOOK_CHECK_SECONDS is set; 0 is off.
DEFAULT_WEBHOOK_CHECK_SECONDS = 6 * 3600

JOBS = (
    reply_delivery.JOBS,
    campaign_writing.JOBS,
    generate.JOBS,
    publish.JOBS,
    questions.JOBS,
    sync.JOBS,
    webhooks.JOBS,
    shopify_install.JOBS,
    bulk_sync.JOBS,
    woocommerce_install.JOBS,
    health.JOBS,
)


def wire(app: Flask, queue: DatabaseJobQueue) -> None:
    use_job_queue(app, queue)
    for jobs in JOBS:
        register_jobs(app, jobs)
    register_blueprints(app)
    _register_platforms(app)
    _schedule(app, queue)


def _register_platforms(app: Flask) -> None:
    register_store(Platform.CATALOG, build_catalog_store, app)
    register_store(Platform.SHOPIFY, build_shopify_store, app)
    sync.register_full_sync(Platform.SHOPIFY, bulk_sync.start_full_sync, app)
    webhooks.register_webhook_processor(Platform.SHOPIFY, process_shopify_event, app)
    register_token_verifier(app, verify_bearer_session_token)
    app.register_blueprint(shopify.bp)
    app.register_blueprint(shopify_proxy.bp)
    register_store(Platform.WOOCOMMERCE, build_woocommerce_store, app)
    webhooks.register_webhook_processor(Platform.WOOCOMMERCE, process_woocommerce_event, app)
    app.register_blueprint(woocommerce.bp)


def _schedule(app: Flask, queue: DatabaseJobQueue) -> None:
    """The periodic jobs, each every so many seconds as the settings say (0 turns it off)."""
    config = app.config
    if config["RECONCILE_INTERVAL_SECONDS"]:
        queue.schedule("reconcile_all", config["RECONCILE_INTERVAL_SECONDS"])
    # Incremental pulls never see a product deleted for good (Shopify's updated_at query, and
    # WooCommerce without the trash): a full pull now and then marks those listings deleted.
    full = periodic_seconds(
        config, "FULL_RECONCILE_INTERVAL_SECONDS", DEFAULT_FULL_RECONCILE_SECONDS
    )
    if full:
        queue.schedule("reconcile_all", full, {"full": True})
    # Shopify drops subscriptions that keep failing: put back what is gone.
    shopify_check = periodic_seconds(
        config, "SHOPIFY_WEBHOOK_CHECK_SECONDS", DEFAULT_WEBHOOK_CHECK_SECONDS
    )
    if shopify_check:
        queue.schedule("shopify_webhooks_all", shopify_check)
    # Every connected WooCommerce store's webhooks are checked as often as stores are
    # reconciled, unless WOOCOMMERCE_HEALTH_INTERVAL_SECONDS says otherwise.
    woocommerce_check = periodic_seconds(
        config, "WOOCOMMERCE_HEALTH_INTERVAL_SECONDS", config["RECONCILE_INTERVAL_SECONDS"]
    )
    if woocommerce_check:
        queue.schedule("woocommerce_health_all", woocommerce_check)
