"""The approval screen's questions inbox: the shop's questions, each reply draft with its findings
and the facts it was built from, and the merchant's decisions on it."""

from __future__ import annotations

import math
from typing import Any
from urllib.parse import urlsplit

from flask import Blueprint, flash, redirect, render_template, request, url_for
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response

from plugin.errors import CopydeskError, ValidationError
from plugin.questions.intake import strip_html
from plugin.questions.language import validate_reply_languages
from plugin.questions.passages import MAX_POLICY_CHARS, POLICY_LABELS
from plugin.services import questions
from plugin.services.queries import Page
from plugin.services.reply_delivery import deliveries_for, delivery_secret, webhook_url
from plugin.services.shops import settings_for, update_settings
from plugin.shop_settings import ShopSettings
from plugin.storage.db import db
from plugin.storage.models import ListingRecord
from plugin.web.auth import actor_for_screen, screen_shop

bp = Blueprint("questions_screen", __name__, url_prefix="/questions")

TABS = (
    ("drafted", "Waiting"),
    ("needs_merchant", "Needs you"),
    ("answered", "Answered"),
    ("rejected", "Rejected"),
    ("pending", "Being drafted"),
    ("", "All"),
)
PER_PAGE = 50


@bp.get("")
def inbox() -> str:
    shop = screen_shop()
    tab = request.args.get("tab", "drafted")
    if tab not in dict(TABS):
        tab = "drafted"
    number = max(request.args.get("page", 1, type=int) or 1, 1)
    needs = True if tab == "needs_merchant" else None
    status = "drafted" if tab == "needs_merchant" else (tab or None)
    items, total = questions.list_questions(
        db.session, shop, status=status, needs_merchant=needs, page=Page(number, PER_PAGE)
    )
    listings = {
        r.id: r
        for r in db.session.query(ListingRecord).filter(
            ListingRecord.id.in_({q.listing_id for q in items})
        )
    }
    needing, _ = questions.list_questions(
        db.session, shop, status="drafted", needs_merchant=True, page=Page(1, 1)
    )
    return render_template(
        "questions/inbox.html",
        shop=shop,
        tabs=TABS,
        tab=tab,
        items=items,
        total=total,
        listings=listings,
        counts=questions.question_counts(db.session, shop),
        page=number,
        pages=max(math.ceil(total / PER_PAGE), 1),
        any_needing=bool(needing),
    )


@bp.get("/<int:question_id>")
def view(question_id: int) -> str:
    shop = screen_shop()
    row = questions.get_question(db.session, shop, question_id)
    draft = questions.reply_draft(db.session, row)
    record = db.session.get(ListingRecord, row.listing_id)
    unsupported = questions.problems_in(draft.content, row) if draft is not None else []
    return render_template(
        "questions/question.html",
        shop=shop,
        question=row,
        draft=draft,
        record=record,
        unsupported=unsupported,
        deliveries=deliveries_for(db.session, row),
        webhook_url=webhook_url(shop),
    )


@bp.post("/<int:question_id>/<action>")
def decide(question_id: int, action: str) -> Response:
    shop = screen_shop()
    row = questions.get_question(db.session, shop, question_id)
    actor = actor_for_screen(shop.name)
    target = url_for("questions_screen.view", question_id=question_id)
    try:
        if action == "approve":
            questions.approve_reply(
                db.session,
                row,
                actor,
                content=request.form.get("content") or None,
                override_reason=request.form.get("override_reason") or None,
            )
            flash("Approved: the reply is ready for the shopper.", "ok")
        elif action == "edit":
            draft = questions.edit_reply(db.session, row, request.form.get("content", ""), actor)
            flash(f"Saved. Guardrails say: {draft.verdict}.", "ok")
        elif action == "reject":
            questions.reject_reply(db.session, row, actor, request.form.get("reason", ""))
            flash("Rejected.", "ok")
        elif action == "regenerate":
            questions.regenerate_reply(db.session, row)
            flash("A new reply draft is being written.", "ok")
        elif action == "faq":
            faq = questions.add_to_faq(db.session, row, actor)
            flash("Added to the product's FAQ draft: approve it there to publish.", "ok")
            target = url_for("screen.draft", draft_id=faq.id)
        else:
            return redirect(target)
        db.session.commit()
    except CopydeskError as exc:
        db.session.rollback()
        flash(exc.message, "error")
        target = url_for("questions_screen.view", question_id=question_id)
    return redirect(target)


@bp.get("/settings")
def settings() -> tuple[str, int]:
    """The texts replies may quote (shipping, returns, care) and where approved replies go."""
    return _settings_page(_settings_form(settings_for(screen_shop())))


@bp.post("/settings")
def save_settings() -> Response | tuple[str, int]:
    shop = screen_shop()
    try:
        update_settings(db.session, shop, _settings_from_form(request.form))
        db.session.commit()
    except CopydeskError as exc:
        db.session.rollback()
        return _settings_page(request.form, exc, exc.status)
    flash("Saved. New reply drafts use these policies.", "ok")
    return redirect(url_for("questions_screen.settings"))


def _settings_page(
    form: MultiDict[str, str], error: CopydeskError | None = None, status: int = 200
) -> tuple[str, int]:
    """The page with ``form``'s fields filled in (saved settings on a visit, the merchant's
    input when refused), a refusal's message beside its field, and the signing secret."""
    shop = screen_shop()
    secret = delivery_secret(db.session, shop)
    db.session.commit()
    page = render_template(
        "questions/settings.html", shop=shop, form=form, secret=secret, error=error
    )
    return page, status


def _settings_form(settings: ShopSettings) -> MultiDict[str, str]:
    """The answer settings form filled in with saved settings, as _settings_from_form reads it."""
    languages = settings.reply_languages
    return MultiDict(
        [
            *((f"policy_{key}", settings.policies.get(key, "")) for key in POLICY_LABELS),
            ("outgoing_webhook_url", settings.outgoing_webhook_url),
            (
                "reply_languages",
                (languages or "any") if isinstance(languages, str) else ", ".join(languages),
            ),
        ]
    )


def _settings_from_form(form: MultiDict[str, str]) -> dict[str, Any]:
    """The changes the answer settings form asks for; a malformed URL or language is refused."""
    url = form.get("outgoing_webhook_url", "").strip()
    parts = urlsplit(url)
    if url and (parts.scheme not in ("http", "https") or not parts.netloc or len(url) > 1000):
        raise ValidationError(
            "the reply webhook must be an http:// or https:// URL", field="outgoing_webhook_url"
        )
    try:
        languages = validate_reply_languages(form.get("reply_languages", "any").strip())
    except ValueError as exc:
        raise ValidationError(str(exc), field="reply_languages") from exc
    policies = {
        key: strip_html(form.get(f"policy_{key}", ""))[:MAX_POLICY_CHARS] for key in POLICY_LABELS
    }
    return {"policies": policies, "outgoing_webhook_url": url, "reply_languages": languages}
