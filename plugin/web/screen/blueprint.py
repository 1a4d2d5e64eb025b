"""The screen's blueprint, with what every page of the app gets from it: security headers and
the globals its templates use. The route modules add their routes to it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Blueprint, current_app
from werkzeug.wrappers import Response

from plugin.web.embedded import content_security_policy
from plugin.web.screen.forms import KIND_LABELS, KIND_TITLES

bp = Blueprint(
    "screen",
    __name__,
    # The templates and static files of every page sit beside the web package's modules.
    root_path=str(Path(__file__).resolve().parent.parent),
    template_folder="templates",
    static_folder="static",
    static_url_path="/assets",
)


@bp.after_app_request
def security_headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", content_security_policy())
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    return response


@bp.app_context_processor
def screen_globals() -> dict[str, Any]:
    return {
        "questions_url": _questions_url(),
        "kind_labels": KIND_LABELS,
        "kind_titles": KIND_TITLES,
    }


def _questions_url() -> str | None:
    """The questions inbox, once a blueprint named ``questions*`` provides a page for it."""
    pages = [
        rule.rule
        for rule in current_app.url_map.iter_rules()
        if rule.endpoint.startswith("questions")
        and not rule.arguments
        and "GET" in (rule.methods or ())
        and not rule.rule.startswith("/api/")
    ]
    return min(pages, key=len) if pages else None
