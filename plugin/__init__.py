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

    from plugin import bootstrap, engine
    from plugin.config import load_config
    from plugin.guardrails import sanitize_html
    from plugin.jobs.queue import DatabaseJobQueue
    from plugin.storage.crypto import crypto
    from plugin.storage.db import db

    overrides = dict(test_config or {})
    instance = overrides.pop("INSTANCE_PATH", None) or os.environ.get("COPYDESK_INSTANCE_PATH")
    app = Flask(__name__, instance_path=instance, instance_relative_config=True)
    app.config.from_mapping(load_config(Path(app.instance_path), overrides))
    db.init_app(app)
    crypto.init_app(app)
    queue = DatabaseJobQueue(max_attempts=app.config["JOB_MAX_ATTEMPTS"])
    if app.config["QUEUE"] == "celery":
        from plugin.jobs.celery_queue import CeleryJobQueue

        queue = CeleryJobQueue(max_attempts=app.config["JOB_MAX_ATTEMPTS"])
    queue.init_app(app)
    engine.init_app(app)
    app.jinja_env.filters["safe_html"] = lambda html: Markup(sanitize_html(html or ""))
    bootstrap.wire(app, queue)
    _trust_proxies(app)
    return app


def _trust_proxies(app: Flask) -> None:
    """Believe ``X-Forwarded-*`` from as many proxies as configured (``PROXY_FIX_*``), so the
    client address, scheme and host are the real ones behind a TLS-terminating proxy. All zero
    (the default), the headers are ignored: anyone could send them."""
    from werkzeug.middleware.proxy_fix import ProxyFix

    from plugin.config import PROXY_FIX_KEYS

    counts = {key.removeprefix("PROXY_FIX_").lower(): app.config[key] for key in PROXY_FIX_KEYS}
    if any(counts.values()):
        app.wsgi_app = ProxyFix(app.wsgi_app, **counts)  # type: ignore[method-assign]
