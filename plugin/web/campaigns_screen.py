"""The approval screen's Campaigns pages: the brief form, each campaign's drafts side by side
per audience (an email preview, a social card, ad assets, a collection intro, every field with
its length against its limit), the merchant's decisions, history and the CSV hand-off."""

from __future__ import annotations

import re

from flask import Blueprint, Response, flash, redirect, render_template, request, url_for
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response as WerkzeugResponse

from plugin.campaign import FIELDS, Channel, Goal, asset_from_text
from plugin.errors import CopydeskError, ValidationError
from plugin.services import (
    campaign_create,
    campaign_export,
    campaign_products,
    campaign_review,
    campaign_views,
)
from plugin.services.queries import Page
from plugin.storage.db import db
from plugin.web.auth import actor_for_screen, screen_shop

bp = Blueprint("campaigns_screen", __name__, url_prefix="/campaigns")

CHANNEL_TITLES = {
    "email": "Email",
    "social": "Social post",
    "ads": "Search ads",
    "collection_intro": "Collection intro",
}
LISTED_PRODUCTS = 500
_LIST_FIELDS = ("headlines", "descriptions")


def content_from_form(channel: Channel, form: MultiDict[str, str]) -> dict[str, object]:
    """A channel's content from the edit form: one headline or description a line, hashtags
    separated by spaces or commas."""
    content: dict[str, object] = {}
    for name in FIELDS[channel]:
        raw = form.get(name, "")
        if name in _LIST_FIELDS:
            content[name] = [line.strip() for line in raw.splitlines() if line.strip()]
        elif name == "hashtags":
            content[name] = [t for t in re.split(r"[\s,]+", raw) if t.strip("#")]
        else:
            content[name] = raw
    return content


@bp.get("")
def index() -> str:
    shop = screen_shop()
    number = max(request.args.get("page", 1, type=int) or 1, 1)
    items, total = campaign_views.list_campaigns(db.session, shop, Page(number, 50))
    products = campaign_products.shop_products(db.session, shop, LISTED_PRODUCTS)
    return render_template(
        "campaigns/index.html",
        shop=shop,
        items=items,
        total=total,
        products=products,
        goals=[str(g) for g in Goal],
        channels=CHANNEL_TITLES,
        audiences=campaign_products.shop_audiences(shop),
    )


@bp.post("")
def create() -> WerkzeugResponse:
    shop = screen_shop()
    form = request.form
    try:
        listing_ids = [int(i) for i in form.getlist("listing_ids") if i.isdigit()]
        campaign, _ = campaign_create.create_campaign(
            db.session,
            shop,
            goal=form.get("goal", "launch"),
            channels=form.getlist("channels"),
            listing_ids=listing_ids,
            collection=form.get("collection", ""),
            offer=form.get("offer", ""),
            audiences=form.getlist("audiences"),
            tone=form.get("tone", ""),
            name=form.get("name", ""),
        )
        db.session.commit()
    except CopydeskError as exc:
        db.session.rollback()
        flash(exc.message, "error")
        return redirect(url_for("campaigns_screen.index"))
    flash("The campaign's drafts are being written.", "ok")
    return redirect(url_for("campaigns_screen.view", campaign_id=campaign.id))


@bp.get("/<int:campaign_id>")
def view(campaign_id: int) -> str:
    shop = screen_shop()
    campaign = campaign_views.get_campaign(db.session, shop, campaign_id)
    drafts = [campaign_views.draft_view(d) for d in campaign_views.current_drafts(campaign)]
    by_channel: dict[str, list[dict]] = {}
    for draft in drafts:
        by_channel.setdefault(draft["channel"], []).append(draft)
    products = campaign_products.campaign_records(db.session, campaign)
    return render_template(
        "campaigns/campaign.html",
        shop=shop,
        campaign=campaign,
        by_channel=by_channel,
        channels=CHANNEL_TITLES,
        products=products,
        approved=sum(d["status"] == "approved" for d in drafts),
    )


@bp.post("/drafts/<int:draft_id>/<action>")
def decide(draft_id: int, action: str) -> WerkzeugResponse:
    shop = screen_shop()
    draft = campaign_views.get_campaign_draft(db.session, shop, draft_id)
    actor = actor_for_screen(shop.name)
    target = url_for("campaigns_screen.view", campaign_id=draft.campaign_id) + f"#d{draft.id}"
    try:
        if action == "approve":
            campaign_review.approve_campaign_draft(
                db.session,
                draft,
                actor,
                override_reason=request.form.get("override_reason") or None,
            )
            flash("Approved: it is in the campaign's export.", "ok")
        elif action == "edit":
            content = content_from_form(channel_of(draft.channel), request.form)
            campaign_review.edit_campaign_draft(db.session, draft, content, actor)
            flash(f"Saved. Guardrails say: {draft.verdict}.", "ok")
        elif action == "reject":
            campaign_review.reject_campaign_draft(
                db.session, draft, actor, request.form.get("reason", "")
            )
            flash("Rejected.", "ok")
        elif action == "regenerate":
            campaign_review.regenerate_campaign_draft(db.session, draft, actor)
            flash(
                f"Writing a new {CHANNEL_TITLES.get(draft.channel, draft.channel).lower()} draft"
                f"{f' for {draft.audience}' if draft.audience else ''}. It replaces this one "
                "when it is ready; this one's text stays in its history.",
                "ok",
            )
        else:
            return redirect(target)
        db.session.commit()
    except CopydeskError as exc:
        db.session.rollback()
        flash(exc.message, "error")
    return redirect(target)


def channel_of(value: str) -> Channel:
    try:
        return Channel(value)
    except ValueError as exc:
        raise ValidationError(f"unknown channel {value!r}") from exc


@bp.get("/drafts/<int:draft_id>/history")
def history(draft_id: int) -> str:
    shop = screen_shop()
    draft = campaign_views.get_campaign_draft(db.session, shop, draft_id)
    entries = [
        (entry, version, asset_from_text(entry.text) if entry.text else {})
        for entry, version in campaign_views.history(db.session, draft)
    ]
    return render_template(
        "campaigns/history.html",
        shop=shop,
        draft=draft,
        entries=entries,
        channels=CHANNEL_TITLES,
    )


@bp.get("/<int:campaign_id>/export.csv")
def export_csv(campaign_id: int) -> Response:
    campaign = campaign_views.get_campaign(db.session, screen_shop(), campaign_id)
    return Response(
        campaign_export.export_csv(campaign),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename=campaign-{campaign.id}.csv"},
    )
