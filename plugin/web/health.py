"""``GET /healthz``: is the database reachable, how deep is the queue, is the model loaded."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify

from plugin.engine import engine_holder
from plugin.services.queries import job_counts
from plugin.storage.db import db
from plugin.storage.migrate import behind

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():  # type: ignore[no-untyped-def]
    try:
        lag = behind(db.session.connection())
        counts = {} if lag else job_counts(db.session)
        # A schema behind the code fails every page: not a server to send requests to.
        database = f"behind: {lag}" if lag else "ok"
    except Exception as exc:  # noqa: BLE001 - health reports, it does not raise
        database = f"error: {type(exc).__name__}"
        counts = {}
    holder = engine_holder()
    body = {
        "status": "ok" if database == "ok" else "degraded",
        "database": database,
        "queue": {"backend": current_app.config["QUEUE"], "jobs": counts},
        "model": {
            "engine": holder.settings.engine,
            "loaded": holder.loaded,
        },
    }
    return jsonify(body), 200 if database == "ok" else 503
