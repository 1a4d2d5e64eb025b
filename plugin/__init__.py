"""Copydesk: product copy from a self-hosted model, checked by guardrails, approved by people."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flask import Flask

# Flask is imported inside create_app so that ``import plugin.guardrails`` (or any other pure
# subpackage) does not load the web stack: importing a subpackage runs this file first.


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """The one composition root: the server, the worker, the CLI and the tests all start here."""
    from flask import Flask
    from markupsafe import Markup

    from plugin import engine
    from plugin.config import load_config
    from plugin.guardrails import sanitize_html
    from plugin.jobs import handlers
    from plugin.jobs.queue import DatabaseJobQueue
    from plugin.storage.crypto import crypto
    from plugin.storage.db import db
    from plugin.web import register_blueprints

    overrides = dict(test_config or {})
    instance = overrides.pop("INSTANCE_PATH", None) or os.environ.get("COPYDESK_INSTANCE_PATH")
    app = Flask(__name__, instance_path=instance, instance_relative_config=True)
    app.config.from_mapping(load_config(Path(app.instance_path), overrides))
    db.init_app(app)
    crypto.init_app(app)
    if app.config["QUEUE"] == "celery":
        from plugin.jobs.celery_queue import CeleryJobQueue

        CeleryJobQueue(max_attempts=app.config["JOB_MAX_ATTEMPTS"]).init_app(app)
    else:
        DatabaseJobQueue(max_attempts=app.config["JOB_MAX_ATTEMPTS"]).init_app(app)
    engine.init_app(app)
    handlers.init_app(app)
    register_blueprints(app)
    app.jinja_env.filters["safe_html"] = lambda html: Markup(sanitize_html(html or ""))
    _register_adapters(app)
    return app


def _register_adapters(app: Flask) -> None:
    from adapters import shopify, woocommerce
    from plugin.services import catalog

    catalog.register(app)
    shopify.register(app)
    woocommerce.register(app)
