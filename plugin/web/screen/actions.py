"""The merchant's decisions from the screen: each parses a form, calls a service, and redirects."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from plugin.domain import DraftKind
from plugin.errors import CopydeskError, ValidationError
from plugin.services import bulk, queries, review
from plugin.services.sync import queue_generation
from plugin.storage.db import db
from plugin.storage.models import Draft, Shop
from plugin.web.auth import actor_for_screen, screen_shop
from plugin.web.screen.blueprint import bp
from plugin.web.screen.draft import draft_context, faq_pairs
from plugin.web.screen.forms import QueueView, content_from_form


def _back_to(draft_id: int, view: QueueView, anchor: str = "") -> Response:
    return redirect(url_for("screen.draft", draft_id=draft_id, **view.args()) + anchor)


@bp.post("/drafts/<int:draft_id>/approve")
def approve(draft_id: int) -> Response:
    shop = screen_shop()
    item = queries.get_draft(db.session, shop, draft_id)
    view = QueueView.from_args(request.args)
    try:
        review.approve_draft(
            db.session,
            item,
            actor_for_screen(shop.name),
            override_reason=request.form.get("override_reason", "").strip() or None,
        )
        db.session.commit()
        flash("Approved. Publishing to the store…", "ok")
    except CopydeskError as exc:
        db.session.rollback()
        flash(exc.message, "error")
    return _back_to(draft_id, view)


@bp.post("/drafts/<int:draft_id>/reject")
def reject(draft_id: int) -> Response:
    shop = screen_shop()
    item = queries.get_draft(db.session, shop, draft_id)
    view = QueueView.from_args(request.args)
    try:
        review.reject_draft(
            db.session, item, actor_for_screen(shop.name), request.form.get("reason", "").strip()
        )
        db.session.commit()
    except CopydeskError as exc:
        db.session.rollback()
        flash(exc.message, "error")
        return _back_to(draft_id, view)
    flash(f"Rejected the {item.kind} draft for {item.listing.title}.", "ok")
    remaining = queries.all_draft_ids(db.session, shop, view.filter)
    if remaining:
        return _back_to(remaining[0], view)
    return redirect(url_for("screen.queue", **view.args()))


@bp.post("/drafts/<int:draft_id>/edit")
def edit(draft_id: int) -> Response | tuple[str, int]:
    shop = screen_shop()
    item = queries.get_draft(db.session, shop, draft_id)
    view = QueueView.from_args(request.args)
    try:
        content = content_from_form(item.kind, request.form)
        review.edit_draft(db.session, item, content, actor_for_screen(shop.name))
        db.session.commit()
    except CopydeskError as exc:
        db.session.rollback()
        return _edit_again(shop, item, view, exc)
    verdict = {
        "pass": "it passes",
        "warn": "it passes with warnings",
        "block": "it is still blocked",
    }
    flash(f"Saved and checked again: {verdict.get(item.verdict, item.verdict)}.", "ok")
    return _back_to(draft_id, view, "#findings")


def _edit_again(shop: Shop, item: Draft, view: QueueView, exc: CopydeskError) -> tuple[str, int]:
    """Show the edit form again with what the merchant typed, so no work is lost."""
    context = draft_context(shop, item, view)
    kind = DraftKind(item.kind)
    if kind is DraftKind.FAQ:
        context["faq_pairs"] = [
            {"question": q, "answer": a}
            for q, a in zip(
                request.form.getlist("question"), request.form.getlist("answer"), strict=False
            )
        ] or faq_pairs(item.content)
    elif kind is DraftKind.SEO:
        context["seo"] = {
            "title": request.form.get("seo_title", ""),
            "description": request.form.get("seo_description", ""),
        }
    else:
        context["edit_content"] = request.form.get("content", "")
    context["edit_open"] = True
    context["edit_error"] = exc.message
    return render_template("draft.html", **context), exc.status


@bp.post("/drafts/<int:draft_id>/regenerate")
def regenerate(draft_id: int) -> Response:
    shop = screen_shop()
    item = queries.get_draft(db.session, shop, draft_id)
    view = QueueView.from_args(request.args)
    tone = request.form.get("tone", "").strip()
    if len(tone) > 50:
        flash("A tone is a word or two (at most 50 characters).", "error")
        return _back_to(draft_id, view)
    queue_generation(item.listing, [DraftKind(item.kind)], tone=tone, regenerate=True)
    db.session.commit()
    flash(
        f"Writing a new {item.kind} draft{f' in a {tone} tone' if tone else ''}. "
        "It replaces this one in the queue when it is ready.",
        "ok",
    )
    return _back_to(draft_id, view)


@bp.post("/drafts/<int:draft_id>/revert")
def revert(draft_id: int) -> Response:
    shop = screen_shop()
    item = queries.get_draft(db.session, shop, draft_id)
    try:
        review.request_revert(db.session, item, actor_for_screen(shop.name))
        db.session.commit()
        flash("Putting the previous store text back…", "ok")
    except CopydeskError as exc:
        db.session.rollback()
        flash(exc.message, "error")
    return _back_to(draft_id, QueueView.from_args(request.args))


@bp.post("/drafts/<int:draft_id>/resolve")
def resolve(draft_id: int) -> Response:
    shop = screen_shop()
    item = queries.get_draft(db.session, shop, draft_id)
    choice = request.form.get("choice", "")
    try:
        review.resolve_conflict(
            db.session,
            item,
            choice,
            actor_for_screen(shop.name),
            override_reason=request.form.get("override_reason"),
        )
        db.session.commit()
        flash(
            "Kept the store's text." if choice == "store" else "Publishing the draft over it…", "ok"
        )
    except CopydeskError as exc:
        db.session.rollback()
        flash(exc.message, "error")
    return _back_to(draft_id, QueueView.from_args(request.args))


@bp.get("/bulk-approve")
def bulk_confirm() -> str:
    shop = screen_shop()
    view = QueueView.from_args(request.args)
    drafts = bulk.passing_drafts(db.session, shop, view.filter)
    return render_template("bulk_confirm.html", shop=shop, view=view, drafts=drafts)


@bp.post("/bulk-approve")
def bulk_approve() -> Response:
    shop = screen_shop()
    view = QueueView.from_args(request.args)
    try:
        expected = int(request.form.get("expected", ""))
    except ValueError as exc:
        raise ValidationError("the confirmed count is missing; confirm again") from exc
    try:
        result = bulk.approve_passing(
            db.session, shop, view.filter, actor_for_screen(shop.name), expected=expected
        )
        db.session.commit()
    except CopydeskError as exc:
        db.session.rollback()
        flash(exc.message, "error")
        return redirect(url_for("screen.bulk_confirm", **view.args()))
    message = f"Approved {len(result.approved)} drafts; publishing them to the store."
    if result.skipped:
        message += f" {len(result.skipped)} could not be approved."
    flash(message, "ok")
    return redirect(url_for("screen.queue", **view.args(page=1)))
