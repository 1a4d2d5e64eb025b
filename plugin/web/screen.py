"""The merchant approval screen (server-rendered, works without JavaScript)."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, session, url_for

from plugin.errors import CopydeskError, Unauthorized
from plugin.services import queries, review
from plugin.storage.db import db
from plugin.web.auth import log_in, screen_shop, shop_from_token

bp = Blueprint("screen", __name__)


@bp.get("/login")
def login():  # type: ignore[no-untyped-def]
    return render_template("login.html", next=request.args.get("next", ""))


@bp.post("/login")
def login_post():  # type: ignore[no-untyped-def]
    token = request.form.get("token", "").strip()
    try:
        shop = shop_from_token(token)
    except Unauthorized:
        flash("That token is not valid. Run `copydesk shop token --shop NAME` for a new one.", "error")
        return render_template("login.html", next=request.form.get("next", "")), 401
    log_in(shop)
    target = request.form.get("next", "")
    return redirect(target if target.startswith("/") and not target.startswith("//") else "/")


@bp.post("/logout")
def logout():  # type: ignore[no-untyped-def]
    session.clear()
    return redirect(url_for("screen.login"))


@bp.get("/")
def queue():  # type: ignore[no-untyped-def]
    shop = screen_shop()
    status = request.args.get("status", "pending")
    f = queries.DraftFilter(status=status or None)
    items, total = queries.list_drafts(db.session, shop, f, queries.Page(1, 100))
    counts = queries.draft_counts(db.session, shop)
    return render_template("queue.html", shop=shop, drafts=items, total=total, counts=counts, status=status)


@bp.get("/drafts/<int:draft_id>")
def draft(draft_id: int):  # type: ignore[no-untyped-def]
    shop = screen_shop()
    item = queries.get_draft(db.session, shop, draft_id)
    return render_template("draft.html", shop=shop, draft=item, listing=item.listing.to_listing())


@bp.post("/drafts/<int:draft_id>/<action>")
def decide(draft_id: int, action: str):  # type: ignore[no-untyped-def]
    shop = screen_shop()
    item = queries.get_draft(db.session, shop, draft_id)
    actor = f"screen:{shop.name}"
    try:
        if action == "approve":
            review.approve_draft(
                db.session,
                item,
                actor,
                content=request.form.get("content") or None,
                override_reason=request.form.get("override_reason") or None,
            )
            flash("Approved: publishing to the store.", "ok")
        elif action == "reject":
            review.reject_draft(db.session, item, actor, request.form.get("reason", ""))
            flash("Rejected.", "ok")
        elif action == "edit":
            review.edit_draft(db.session, item, request.form.get("content", ""), actor)
            flash(f"Saved. Guardrails say: {item.verdict}.", "ok")
        elif action == "revert":
            review.request_revert(db.session, item, actor)
            flash("Reverting to the previous store text.", "ok")
        else:
            return redirect(url_for("screen.draft", draft_id=draft_id))
        db.session.commit()
    except CopydeskError as exc:
        db.session.rollback()
        flash(exc.message, "error")
    return redirect(url_for("screen.draft", draft_id=draft_id))
