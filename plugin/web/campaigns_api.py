"""``/api/campaigns``: a brief in, one draft per channel and audience out, decisions, and the
approved copy as JSON or CSV. Views parse, call the campaigns service, and answer."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, jsonify, request
from marshmallow import Schema, fields, validate, validates_schema
from marshmallow import ValidationError as SchemaError

from plugin.campaign import Channel, Goal
from plugin.services import campaign_create, campaign_export, campaign_review, campaign_views
from plugin.services.queries import Page
from plugin.storage.db import db
from plugin.web.api import json_body, parse
from plugin.web.auth import api_actor, api_shop

bp = Blueprint("campaigns_api", __name__, url_prefix="/api/campaigns")


class CampaignInSchema(Schema):
    products = fields.List(fields.String(validate=validate.Length(min=1, max=255)), load_default=[])
    listing_ids = fields.List(fields.Integer(validate=validate.Range(min=1)), load_default=[])
    collection = fields.String(load_default="", validate=validate.Length(max=255))
    goal = fields.String(load_default="launch", validate=validate.OneOf([str(g) for g in Goal]))
    offer = fields.String(
        load_default="", validate=validate.Length(max=campaign_create.OFFER_MAX_CHARS)
    )
    channels = fields.List(
        fields.String(validate=validate.OneOf([str(c) for c in Channel])),
        required=True,
        validate=validate.Length(min=1),
    )
    audiences = fields.List(fields.String(validate=validate.Length(max=60)), load_default=[])
    audience = fields.String(validate=validate.Length(max=60))
    tone = fields.String(load_default="", validate=validate.Length(max=50))
    name = fields.String(load_default="", validate=validate.Length(max=255))

    @validates_schema
    def products_or_collection(self, data: dict[str, Any], **_: Any) -> None:
        named = bool(data.get("products") or data.get("listing_ids"))
        if named == bool(data.get("collection", "").strip()):
            raise SchemaError("name the products (products or listing_ids) or a collection")


class CampaignQuerySchema(Schema):
    page = fields.Integer(load_default=1, validate=validate.Range(min=1))
    per_page = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200))


class CampaignApproveSchema(Schema):
    content = fields.Dict()
    override_reason = fields.String(validate=validate.Length(max=2000))


class CampaignRejectSchema(Schema):
    reason = fields.String(load_default="", validate=validate.Length(max=2000))


class CampaignRegenerateSchema(Schema):
    reason = fields.String(load_default="", validate=validate.Length(max=2000))


class ExportSchema(Schema):
    format = fields.String(load_default="json", validate=validate.OneOf(["json", "csv"]))


@bp.post("")
def create():  # type: ignore[no-untyped-def]
    shop = api_shop()
    body = parse(CampaignInSchema(), json_body())
    audiences = list(body["audiences"]) + ([body["audience"]] if body.get("audience") else [])
    campaign, job_id = campaign_create.create_campaign(
        db.session,
        shop,
        goal=body["goal"],
        channels=body["channels"],
        product_ids=body["products"],
        listing_ids=body["listing_ids"],
        collection=body["collection"],
        offer=body["offer"],
        audiences=audiences,
        tone=body["tone"],
        name=body["name"],
    )
    db.session.commit()
    return jsonify({**campaign_views.campaign_view(campaign, drafts=False), "job_id": job_id}), 202


@bp.get("")
def list_all():  # type: ignore[no-untyped-def]
    shop = api_shop()
    args = parse(CampaignQuerySchema(), request.args.to_dict())
    items, total = campaign_views.list_campaigns(
        db.session, shop, Page(args["page"], args["per_page"])
    )
    return jsonify(
        {"items": [campaign_views.campaign_view(c, drafts=False) for c in items], "total": total}
    )


@bp.get("/<int:campaign_id>")
def get_one(campaign_id: int):  # type: ignore[no-untyped-def]
    campaign = campaign_views.get_campaign(db.session, api_shop(), campaign_id)
    return jsonify(campaign_views.campaign_view(campaign))


@bp.get("/<int:campaign_id>/export")
def export(campaign_id: int):  # type: ignore[no-untyped-def]
    """The approved copy, one row per asset; nothing is sent anywhere by Copydesk."""
    args = parse(ExportSchema(), request.args.to_dict())
    campaign = campaign_views.get_campaign(db.session, api_shop(), campaign_id)
    if args["format"] == "csv":
        return Response(
            campaign_export.export_csv(campaign),
            mimetype="text/csv",
            headers={"Content-Disposition": f"attachment; filename=campaign-{campaign.id}.csv"},
        )
    rows = campaign_export.export_rows(campaign)
    return jsonify({"campaign_id": campaign.id, "items": rows, "total": len(rows)})


@bp.post("/drafts/<int:draft_id>/approve")
def approve(draft_id: int):  # type: ignore[no-untyped-def]
    shop = api_shop()
    body = parse(CampaignApproveSchema(), json_body())
    draft = campaign_views.get_campaign_draft(db.session, shop, draft_id)
    campaign_review.approve_campaign_draft(
        db.session,
        draft,
        api_actor(shop.name),
        content=body.get("content"),
        override_reason=body.get("override_reason"),
    )
    db.session.commit()
    return jsonify(campaign_views.draft_view(draft))


@bp.post("/drafts/<int:draft_id>/reject")
def reject(draft_id: int):  # type: ignore[no-untyped-def]
    shop = api_shop()
    body = parse(CampaignRejectSchema(), json_body())
    draft = campaign_views.get_campaign_draft(db.session, shop, draft_id)
    campaign_review.reject_campaign_draft(db.session, draft, api_actor(shop.name), body["reason"])
    db.session.commit()
    return jsonify(campaign_views.draft_view(draft))


@bp.post("/drafts/<int:draft_id>/regenerate")
def regenerate(draft_id: int):  # type: ignore[no-untyped-def]
    """Another version of a pending or rejected draft, written by the worker; it replaces
    this one (whose text stays in the audit log) when it is ready."""
    shop = api_shop()
    body = parse(CampaignRegenerateSchema(), json_body())
    draft = campaign_views.get_campaign_draft(db.session, shop, draft_id)
    job_id = campaign_review.regenerate_campaign_draft(
        db.session, draft, api_actor(shop.name), body["reason"]
    )
    db.session.commit()
    return jsonify({"job_id": job_id, "draft_id": draft.id, "campaign_id": draft.campaign_id}), 202
