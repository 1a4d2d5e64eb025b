"""The JSON API: drafts, decisions, listings. Views parse, call a service, and answer."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, jsonify, request
from marshmallow import Schema
from marshmallow import ValidationError as SchemaError

from plugin.domain import DraftKind
from plugin.errors import ValidationError
from plugin.services import queries, review
from plugin.services.shops import require_copy_kinds
from plugin.services.sync import queue_generation
from plugin.storage.db import db
from plugin.web.auth import api_actor, api_shop
from plugin.web.schemas import (
    ApproveSchema,
    DraftQuerySchema,
    DraftSchema,
    GenerateSchema,
    ListingQuerySchema,
    ListingSchema,
    RejectSchema,
)

bp = Blueprint("api", __name__, url_prefix="/api")


def parse(schema: Schema, data: Any) -> dict[str, Any]:
    try:
        return schema.load(data or {})
    except SchemaError as exc:
        raise ValidationError(f"invalid request: {exc.messages}") from exc


def json_body() -> dict[str, Any]:
    if not request.data:
        return {}
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise ValidationError("the body must be a JSON object")
    return data


@bp.get("/drafts")
def list_drafts():  # type: ignore[no-untyped-def]
    shop = api_shop()
    args = parse(DraftQuerySchema(), request.args.to_dict())
    page = queries.Page(args.pop("page"), args.pop("per_page"))
    items, total = queries.list_drafts(db.session, shop, queries.DraftFilter(**args), page)
    return jsonify({"items": DraftSchema(many=True).dump(items), "total": total})


@bp.get("/drafts/<int:draft_id>")
def get_draft(draft_id: int):  # type: ignore[no-untyped-def]
    draft = queries.get_draft(db.session, api_shop(), draft_id)
    return jsonify(DraftSchema().dump(draft))


@bp.post("/drafts/<int:draft_id>/approve")
def approve(draft_id: int):  # type: ignore[no-untyped-def]
    shop = api_shop()
    body = parse(ApproveSchema(), json_body())
    draft = queries.get_draft(db.session, shop, draft_id)
    review.approve_draft(
        db.session,
        draft,
        api_actor(shop.name),
        content=body.get("content"),
        override_reason=body.get("override_reason"),
    )
    db.session.commit()
    return jsonify(DraftSchema().dump(draft)), 202


@bp.post("/drafts/<int:draft_id>/reject")
def reject(draft_id: int):  # type: ignore[no-untyped-def]
    shop = api_shop()
    body = parse(RejectSchema(), json_body())
    draft = queries.get_draft(db.session, shop, draft_id)
    review.reject_draft(db.session, draft, api_actor(shop.name), body["reason"])
    db.session.commit()
    return jsonify(DraftSchema().dump(draft))


@bp.post("/drafts/<int:draft_id>/revert")
def revert(draft_id: int):  # type: ignore[no-untyped-def]
    shop = api_shop()
    draft = queries.get_draft(db.session, shop, draft_id)
    review.request_revert(db.session, draft, api_actor(shop.name))
    db.session.commit()
    return jsonify(DraftSchema().dump(draft)), 202


@bp.get("/listings")
def list_listings():  # type: ignore[no-untyped-def]
    shop = api_shop()
    args = parse(ListingQuerySchema(), request.args.to_dict())
    page = queries.Page(args.pop("page"), args.pop("per_page"))
    items, total = queries.list_listings(db.session, shop, page=page, **args)
    return jsonify({"items": ListingSchema(many=True).dump(items), "total": total})


@bp.get("/listings/<int:listing_id>")
def get_listing(listing_id: int):  # type: ignore[no-untyped-def]
    record = queries.get_listing(db.session, api_shop(), listing_id)
    return jsonify(ListingSchema().dump(record))


@bp.post("/listings/<int:listing_id>/generate")
def generate(listing_id: int):  # type: ignore[no-untyped-def]
    shop = api_shop()
    body = parse(GenerateSchema(), json_body())
    record = queries.get_listing(db.session, shop, listing_id)
    kinds = [DraftKind(k) for k in body["kinds"]]
    require_copy_kinds(shop, kinds)
    job_id = queue_generation(record, kinds, tone=body["tone"])
    db.session.commit()
    return jsonify({"job_id": job_id, "listing_id": record.id, "kinds": body["kinds"]}), 202
