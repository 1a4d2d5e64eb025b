"""The JSON shapes of the HTTP API (marshmallow stays at this edge)."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from plugin.domain import DraftKind

KINDS = [str(k) for k in DraftKind]
STATUSES = [
    "pending",
    "approved",
    "published",
    "rejected",
    "superseded",
    "conflict",
    "failed",
    "reverted",
]


class FindingSchema(Schema):
    rule = fields.String()
    category = fields.String()
    severity = fields.String()
    start = fields.Integer()
    end = fields.Integer()
    message = fields.String()
    suggestion = fields.String()
    fact = fields.String()


class DraftSchema(Schema):
    id = fields.Integer()
    listing_id = fields.Integer()
    kind = fields.String()
    revision = fields.Integer()
    status = fields.String()
    verdict = fields.String()
    content = fields.String()
    findings = fields.List(fields.Nested(FindingSchema))
    base_text = fields.String()
    previous_text = fields.String(allow_none=True)
    model_id = fields.String()
    prompt_version = fields.String()
    tone = fields.String()
    error = fields.String(allow_none=True)
    reason = fields.String(allow_none=True)
    decided_by = fields.String(allow_none=True)
    decided_at = fields.DateTime(allow_none=True)
    created_at = fields.DateTime()
    updated_at = fields.DateTime()


class ListingSchema(Schema):
    id = fields.Integer()
    external_id = fields.String()
    title = fields.String()
    sku = fields.String()
    product_type = fields.String()
    deleted = fields.Boolean()
    content_hash = fields.String()
    data = fields.Dict(data_key="listing")
    updated_at = fields.DateTime()


class DraftQuerySchema(Schema):
    status = fields.String(validate=validate.OneOf(STATUSES))
    kind = fields.String(validate=validate.OneOf(KINDS))
    verdict = fields.String(validate=validate.OneOf(["pass", "warn", "block"]))
    product_type = fields.String()
    q = fields.String()
    sort = fields.String(
        load_default="newest", validate=validate.OneOf(["newest", "oldest", "title", "verdict"])
    )
    page = fields.Integer(load_default=1, validate=validate.Range(min=1))
    per_page = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200))


class ListingQuerySchema(Schema):
    sku = fields.String()
    external_id = fields.String()
    q = fields.String()
    page = fields.Integer(load_default=1, validate=validate.Range(min=1))
    per_page = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200))


class ApproveSchema(Schema):
    content = fields.String(validate=validate.Length(max=100_000))
    override_reason = fields.String(validate=validate.Length(max=2000))


class RejectSchema(Schema):
    reason = fields.String(load_default="", validate=validate.Length(max=2000))


class GenerateSchema(Schema):
    kinds = fields.List(
        fields.String(validate=validate.OneOf([k for k in KINDS if k != "reply"])),
        load_default=["description"],
        validate=validate.Length(min=1),
    )
    tone = fields.String(load_default="", validate=validate.Length(max=50))
