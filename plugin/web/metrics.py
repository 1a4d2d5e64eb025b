"""``GET /metrics`` behind ``METRICS_TOKEN``, and the count and timing of every webhook answer."""

from __future__ import annotations

import hmac
import time

from flask import Blueprint, Flask, Response, current_app, request
from werkzeug.exceptions import NotFound

from plugin import metrics
from plugin.errors import Unauthorized
from plugin.storage.db import db

bp = Blueprint("metrics", __name__)

STARTED = "copydesk.request_started"
DELIVERY = "copydesk.webhook_delivery"
WEBHOOK_PLATFORMS = {"/webhooks/shopify": "shopify", "/webhooks/woocommerce/": "woocommerce"}
#: What a webhook answer says when the view noted nothing (the delivery was refused).
OUTCOME_BY_STATUS = {
    400: "invalid",
    401: "bad_signature",
    404: "unknown_shop",
    413: "too_large",
}


def note_delivery(topic: str, outcome: str) -> None:
    """Called by a webhook view once the delivery is verified: its topic and what became of it
    (``recorded``, ``duplicate``, ``ignored``, ``ping``)."""
    request.environ[DELIVERY] = (topic, outcome)


@bp.get("/metrics")
def scrape() -> Response:
    expected = current_app.config.get("METRICS_TOKEN")
    if not expected:
        raise NotFound()
    header = request.headers.get("Authorization", "")
    sent = header.removeprefix("Bearer ").strip() if header.startswith("Bearer ") else ""
    # Bytes: compare_digest refuses str with non-ASCII characters, and a caller may send them.
    if not hmac.compare_digest(sent.encode(), str(expected).encode()):
        raise Unauthorized("send Authorization: Bearer <COPYDESK_METRICS_TOKEN>")
    body = metrics.exposition(db.session)
    return Response(body, mimetype="text/plain; version=0.0.4; charset=utf-8")


def _start_clock() -> None:
    request.environ.setdefault(STARTED, time.perf_counter())


def _count_webhook(response: Response) -> Response:
    platform = next(
        (name for prefix, name in WEBHOOK_PLATFORMS.items() if request.path.startswith(prefix)),
        None,
    )
    if platform is None or request.method != "POST":
        return response
    topic, outcome = request.environ.get(DELIVERY) or ("-", _refused(response.status_code))
    seconds = time.perf_counter() - request.environ.get(STARTED, time.perf_counter())
    metrics.webhook_answered(platform, topic, outcome, seconds)
    return response


def _refused(status: int) -> str:
    if status >= 500:
        return "error"
    return OUTCOME_BY_STATUS.get(status, str(status))


def init_app(app: Flask) -> None:
    """Before every other hook, so the clock also runs for a body refused as too large."""
    app.before_request(_start_clock)
    app.after_request(_count_webhook)
    app.register_blueprint(bp)
