"""``POST /api/questions`` and ``GET /api/questions/<id>``: a shopper's question in, and the reply
out once the merchant approved it. Views parse, call the questions service, and answer."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, jsonify, request
from marshmallow import Schema, fields, validate, validates_schema
from marshmallow import ValidationError as SchemaError

from plugin.questions.intake import CUSTOMER_REF_MAX_CHARS, RAW_MAX_CHARS
from plugin.services import questions
from plugin.services.queries import Page
from plugin.storage.db import db
from plugin.storage.models import Question
from plugin.web.api import json_body, parse
from plugin.web.auth import api_shop

bp = Blueprint("questions_api", __name__, url_prefix="/api/questions")


class QuestionInSchema(Schema):
    question = fields.String(required=True, validate=validate.Length(min=1, max=RAW_MAX_CHARS))
    listing_id = fields.Integer(validate=validate.Range(min=1))
    product_id = fields.String(validate=validate.Length(min=1, max=255))
    sku = fields.String(validate=validate.Length(min=1, max=255))
    customer_ref = fields.String(
        load_default="", validate=validate.Length(max=CUSTOMER_REF_MAX_CHARS * 4)
    )
    channel = fields.String(load_default="api", validate=validate.Length(max=50))

    @validates_schema
    def one_product(self, data: dict[str, Any], **_: Any) -> None:
        named = [k for k in ("listing_id", "product_id", "sku") if data.get(k) not in (None, "")]
        if len(named) != 1:
            raise SchemaError("name the product by exactly one of listing_id, product_id or sku")


class QuestionQuerySchema(Schema):
    status = fields.String(validate=validate.OneOf(questions.STATUSES))
    needs_merchant = fields.Boolean()
    page = fields.Integer(load_default=1, validate=validate.Range(min=1))
    per_page = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200))


def question_json(row: Question) -> dict[str, Any]:
    draft = questions.reply_draft(db.session, row)
    return {
        "id": row.id,
        "listing_id": row.listing_id,
        "question": row.question,
        "customer_ref": row.customer_ref,
        "channel": row.channel,
        "status": row.status,
        "created_at": row.created_at.isoformat(),
        "reply": questions.reply_view(row, draft),
    }


@bp.post("")
def ask():  # type: ignore[no-untyped-def]
    shop = api_shop()
    body = parse(QuestionInSchema(), json_body())
    record = questions.resolve_listing(
        db.session,
        shop,
        listing_id=body.get("listing_id"),
        product_id=body.get("product_id"),
        sku=body.get("sku"),
    )
    row = questions.submit_question(
        db.session,
        shop,
        record,
        body["question"],
        customer_ref=body["customer_ref"],
        channel=body["channel"],
    )
    db.session.commit()
    return jsonify({"id": row.id, "listing_id": row.listing_id, "status": row.status}), 202


@bp.get("")
def list_all():  # type: ignore[no-untyped-def]
    shop = api_shop()
    args = parse(QuestionQuerySchema(), request.args.to_dict())
    page = Page(args.pop("page"), args.pop("per_page"))
    items, total = questions.list_questions(db.session, shop, page=page, **args)
    return jsonify({"items": [question_json(q) for q in items], "total": total})


@bp.get("/<int:question_id>")
def get_one(question_id: int):  # type: ignore[no-untyped-def]
    row = questions.get_question(db.session, api_shop(), question_id)
    return jsonify(question_json(row))
