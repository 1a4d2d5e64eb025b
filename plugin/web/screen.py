"""The merchant approval screen: server-rendered pages that work without JavaScript.

This module holds the blueprint, logging in and out, the queue and the history; the draft page,
the decisions and the settings live in ``screen_draft``, ``screen_actions`` and
``screen_settings``, which add their routes to the same blueprint.
"""

from __future__ import annotations

import math
from typing import Any

from flask import (
    Blueprint,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from werkzeug.wrappers import Response

from plugin.domain import copy_kinds_for
from plugin.errors import Unauthorized
from plugin.guardrails import sanitize_html
from plugin.services import bulk, queries
from plugin.storage.db import db
from plugin.web.auth import log_in, safe_next, screen_shop, shop_from_token
from plugin.web.embedded import content_security_policy
from plugin.web.screen_copy import render_copy
from plugin.web.screen_forms import KIND_LABELS, KIND_TITLES, SORTS, STATUSES, VERDICTS, QueueView

bp = Blueprint(
    "screen",
    __name__,
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


@bp.get("/login")
def login() -> str:
    return render_template("login.html", next=request.args.get("next", ""))


@bp.post("/login")
def login_post() -> Response | tuple[str, int]:
    token = request.form.get("token", "").strip()
    try:
        shop = shop_from_token(token)
    except Unauthorized:
        flash(
            "That token is not valid. Run `copydesk shop token --shop NAME` for a new one.", "error"
        )
        return render_template("login.html", next=request.form.get("next", "")), 401
    log_in(shop)
    return redirect(safe_next(request.form.get("next", "")))


@bp.post("/logout")
def logout() -> Response:
    session.clear()
    return redirect(url_for("screen.login"))


@bp.get("/")
def queue() -> str:
    shop = screen_shop()
    view = QueueView.from_args(request.args)
    items, total = queries.list_drafts(db.session, shop, view.filter, view.page_query)
    pages = max(1, math.ceil(total / view.per_page))
    passing = len(queries.all_draft_ids(db.session, shop, bulk.passing_filter(view.filter)))
    return render_template(
        "queue.html",
        shop=shop,
        view=view,
        drafts=items,
        total=total,
        pages=pages,
        counts=queries.draft_counts(db.session, shop),
        passing=passing,
        product_types=queries.product_types(db.session, shop),
        statuses=STATUSES,
        kinds=copy_kinds_for(shop.platform),
        verdicts=VERDICTS,
        sorts=SORTS,
    )


@bp.get("/listings/<int:listing_id>/history")
def history(listing_id: int) -> str:
    shop = screen_shop()
    record = queries.get_listing(db.session, shop, listing_id)
    entries = queries.history(db.session, shop, listing_id)
    kinds = {d.id: d.kind for d in record.drafts}
    drafts = sorted(
        (d for d in record.drafts if d.question_id is None),
        key=lambda d: (d.kind, -d.revision),
    )
    listing = record.to_listing()
    versions = [
        (
            entry,
            render_copy(
                entry.text or "", kinds.get(entry.draft_id or 0, "description"), sanitize_html
            ),
        )
        for entry in entries
    ]
    store_texts = [
        (str(kind), render_copy(listing.text_for(kind), kind, sanitize_html))
        for kind in copy_kinds_for(shop.platform)
    ]
    return render_template(
        "history.html",
        shop=shop,
        record=record,
        drafts=drafts,
        versions=versions,
        store_texts=[(k, r) for k, r in store_texts if not r.empty],
    )


from plugin.web import screen_actions, screen_draft, screen_settings  # noqa: E402,F401
