"""Shoppers' questions from the storefront, through Shopify's app proxy.

The theme block (``extensions/copydesk-questions``) calls ``/apps/copydesk/questions`` on the
shop's own domain; Shopify forwards it here with ``shop``, ``logged_in_customer_id``,
``path_prefix``, ``timestamp`` and a ``signature`` over them all. Nothing in a request is
believed before that signature checks out, and the customer is only ever the signed
``logged_in_customer_id`` (blank when nobody is logged in):

- ``GET  /shopify/proxy/questions?product_id=N``: the product's approved FAQ (anyone);
- ``POST /shopify/proxy/questions``: a logged-in customer's question (JSON or a form:
  ``product_id``, ``question``), answered 202 with its id; rate-limited per customer and per shop;
- ``GET  /shopify/proxy/questions/<id>``: that customer's question, and its reply once the
  merchant approved it.
"""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from flask import Blueprint, current_app, jsonify, request

from adapters.shopify.shop_domain import normalize_shop_domain
from adapters.shopify.signatures import verify_proxy_signature
from plugin.domain import Platform
from plugin.errors import CopydeskError, NotFound, Unauthorized, ValidationError
from plugin.questions.intake import RAW_MAX_CHARS
from plugin.services import questions
from plugin.services.faq import faq_items
from plugin.services.shops import get_shop
from plugin.storage.db import db
from plugin.storage.models import ListingRecord, Shop

bp = Blueprint("shopify_proxy", __name__, url_prefix="/shopify/proxy")

CHANNEL = "storefront"
#: How old a forwarded request may be (its signed ``timestamp``), in seconds.
MAX_AGE = 300
WINDOW = timedelta(hours=1)
_DIGITS = re.compile(r"^[0-9]{1,20}$")


class TooManyQuestions(CopydeskError):
    code = "rate_limited"
    status = 429


def _proxied_shop() -> Shop:
    """The shop Shopify forwarded this request for; 401 unless the signature checks out."""
    secret = str(current_app.config.get("SHOPIFY_API_SECRET") or "")
    if not verify_proxy_signature(request.args.items(multi=True), secret):
        raise Unauthorized("the app proxy signature does not match")
    try:
        age = time.time() - int(request.args.get("timestamp", ""))
    except ValueError as exc:
        raise Unauthorized("the app proxy request has no timestamp") from exc
    if abs(age) > MAX_AGE:
        raise Unauthorized("the app proxy request is too old")
    name = normalize_shop_domain(request.args.get("shop"))
    shop = get_shop(db.session, Platform.SHOPIFY, name) if name else None
    if shop is None or not shop.active:
        raise NotFound("this shop does not use Copydesk")
    return shop


def _customer_ref() -> str | None:
    """``shopify-customer:<id>`` for the logged-in customer the proxy signed; None if nobody."""
    customer = request.args.get("logged_in_customer_id", "")
    return f"shopify-customer:{customer}" if _DIGITS.match(customer) else None


def _listing(shop: Shop, product_id: Any) -> ListingRecord:
    raw = str(product_id or "").strip()
    if not _DIGITS.match(raw):
        raise ValidationError("product_id is the product's number")
    return questions.resolve_listing(
        db.session, shop, product_id=f"gid://shopify/Product/{int(raw)}"
    )


def _check_limits(shop: Shop, customer_ref: str) -> None:
    since = datetime.now(UTC) - WINDOW
    config = current_app.config
    per_customer = int(config["PROXY_QUESTIONS_PER_CUSTOMER_HOUR"])
    per_shop = int(config["PROXY_QUESTIONS_PER_SHOP_HOUR"])
    mine = questions.questions_since(
        db.session, shop, since, channel=CHANNEL, customer_ref=customer_ref
    )
    if mine >= per_customer:
        raise TooManyQuestions("you have asked a lot of questions; please try again later")
    if questions.questions_since(db.session, shop, since, channel=CHANNEL) >= per_shop:
        raise TooManyQuestions("this shop has had many questions; please try again later")


@bp.get("/questions")
def faq():  # type: ignore[no-untyped-def]
    shop = _proxied_shop()
    record = _listing(shop, request.args.get("product_id"))
    items = [{"question": i.question, "answer": i.answer} for i in faq_items(db.session, record)]
    return jsonify({"product_id": request.args.get("product_id"), "faq": items})


@bp.post("/questions")
def ask():  # type: ignore[no-untyped-def]
    shop = _proxied_shop()
    customer_ref = _customer_ref()
    if customer_ref is None:
        raise Unauthorized("log in to the shop to ask a question", code="login_required")
    body = request.get_json(silent=True)
    fields = body if isinstance(body, dict) else request.form
    text = str(fields.get("question") or "").strip()
    if not text or len(text) > RAW_MAX_CHARS:
        raise ValidationError(f"write a question of at most {RAW_MAX_CHARS} characters")
    record = _listing(shop, fields.get("product_id"))
    _check_limits(shop, customer_ref)
    row = questions.submit_question(
        db.session, shop, record, text, customer_ref=customer_ref, channel=CHANNEL
    )
    db.session.commit()
    return jsonify({"id": row.id, "status": row.status}), 202


@bp.get("/questions/<int:question_id>")
def status(question_id: int):  # type: ignore[no-untyped-def]
    shop = _proxied_shop()
    customer_ref = _customer_ref()
    row = questions.get_question(db.session, shop, question_id)
    if customer_ref is None or row.customer_ref != customer_ref:
        raise NotFound(f"no question {question_id}")
    reply = questions.reply_view(row, questions.reply_draft(db.session, row))
    return jsonify(
        {
            "id": row.id,
            "question": row.question,
            "status": row.status,
            "reply": reply["content"],
        }
    )


@bp.after_request
def retry_after(response):  # type: ignore[no-untyped-def]
    if response.status_code == 429:
        response.headers["Retry-After"] = str(int(WINDOW.total_seconds() // 6))
    return response
