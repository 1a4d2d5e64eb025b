"""The screen's own pages: logging in and out, the queue and a listing's history."""

from __future__ import annotations

import math

from flask import flash, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response

from plugin.domain import copy_kinds_for
from plugin.errors import Unauthorized
from plugin.guardrails import sanitize_html
from plugin.services import bulk, queries
from plugin.storage.db import db
from plugin.web.auth import log_in, safe_next, screen_shop, shop_from_token
from plugin.web.screen.blueprint import bp
from plugin.web.screen.forms import SORTS, STATUSES, VERDICTS, QueueView
from plugin.web.screen.render import render_copy


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
