"""Posting approved replies to the shop's outgoing webhook, signed like the platforms sign theirs.

Every delivery is a row with a status (pending, success, failed) and its attempts. A network error,
a timeout, 429 or a 5xx answer is retried through the job queue with exponential backoff, up to the
queue's attempt limit; any other 4xx answer is final (the receiver refused this payload).
The body is signed with a per-shop secret: ``X-Copydesk-Hmac-Sha256`` is the base64 HMAC-SHA256
of the raw body, as Shopify and WooCommerce sign their webhooks.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import secrets
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import requests
from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import Session

from plugin.errors import StoreError
from plugin.ports import JobHandler
from plugin.services.queue import job_queue
from plugin.services.shops import settings_for
from plugin.storage.crypto import decrypt, encrypt
from plugin.storage.db import db
from plugin.storage.models import Draft, ListingRecord, Question, ReplyDelivery, Shop

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Copydesk-Hmac-Sha256"
EVENT_HEADER = "X-Copydesk-Event"
DELIVERY_HEADER = "X-Copydesk-Delivery-Id"
SHOP_HEADER = "X-Copydesk-Shop"
EVENT = "question.answered"
TIMEOUT = (5.0, 15.0)
PENDING, SUCCESS, FAILED = "pending", "success", "failed"


def sign(body: bytes, secret: str) -> str:
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def verify(body: bytes, secret: str, signature: str) -> bool:
    """How a receiver checks a delivery (constant-time comparison)."""
    return hmac.compare_digest(sign(body, secret), signature or "")


def delivery_secret(session: Session, shop: Shop) -> str:
    """The shop's signing secret, made on first use and kept encrypted."""
    if not shop.outgoing_webhook_secret:
        shop.outgoing_webhook_secret = encrypt(secrets.token_urlsafe(32))
        session.flush()
    return decrypt(shop.outgoing_webhook_secret)


def webhook_url(shop: Shop) -> str:
    url = settings_for(shop).outgoing_webhook_url
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.netloc else ""


def queue_delivery(session: Session, question: Question, draft: Draft) -> ReplyDelivery | None:
    """A pending delivery and its job, when the shop has an outgoing webhook URL."""
    shop = session.get(Shop, question.shop_id)
    assert shop is not None
    url = webhook_url(shop)
    if not url:
        return None
    delivery = ReplyDelivery(shop_id=shop.id, question_id=question.id, url=url, status=PENDING)
    session.add(delivery)
    session.flush()
    job_queue().enqueue(
        "deliver_reply",
        {"delivery_id": delivery.id, "shop_id": shop.id},
        idempotency_key=f"deliver_reply:{delivery.id}",
        queue="io",
    )
    return delivery


def payload_for(session: Session, delivery: ReplyDelivery) -> dict[str, Any]:
    question = session.get(Question, delivery.question_id)
    assert question is not None
    record = session.get(ListingRecord, question.listing_id)
    draft = session.scalars(
        select(Draft)
        .where(Draft.question_id == question.id, Draft.status == "approved")
        .order_by(Draft.id.desc())
    ).first()
    return {
        "event": EVENT,
        "delivery_id": delivery.id,
        "question_id": question.id,
        "listing_id": question.listing_id,
        "product_id": record.external_id if record else None,
        "customer_ref": question.customer_ref,
        "channel": question.channel,
        "question": question.question,
        "reply": draft.content if draft else None,
        "needs_merchant": question.needs_merchant,
        "approved_at": draft.decided_at.isoformat() if draft and draft.decided_at else None,
    }


def attempt_delivery(session: Session, delivery: ReplyDelivery, max_attempts: int) -> None:
    """One try; raises a retryable ``StoreError`` when the queue should try again later."""
    shop = session.get(Shop, delivery.shop_id)
    assert shop is not None
    body = json.dumps(payload_for(session, delivery), sort_keys=True, ensure_ascii=False).encode()
    headers = {
        "Content-Type": "application/json",
        SIGNATURE_HEADER: sign(body, delivery_secret(session, shop)),
        EVENT_HEADER: EVENT,
        DELIVERY_HEADER: str(delivery.id),
        SHOP_HEADER: shop.name,
    }
    delivery.attempts += 1
    host = urlsplit(delivery.url).netloc
    try:
        response = requests.post(
            delivery.url, data=body, headers=headers, timeout=TIMEOUT, allow_redirects=False
        )
    except requests.RequestException as exc:
        _failed_try(delivery, None, f"{type(exc).__name__} posting to {host}", max_attempts)
        return
    if 200 <= response.status_code < 300:
        delivery.status = SUCCESS
        delivery.response_status = response.status_code
        delivery.last_error = None
        delivery.delivered_at = datetime.now(UTC)
        return
    message = f"{host} answered HTTP {response.status_code}"
    if response.status_code == 429 or response.status_code >= 500:
        _failed_try(delivery, response.status_code, message, max_attempts)
        return
    delivery.status = FAILED
    delivery.response_status = response.status_code
    delivery.last_error = f"{message}; not retried"


def _failed_try(
    delivery: ReplyDelivery, status: int | None, message: str, max_attempts: int
) -> None:
    delivery.response_status = status
    delivery.last_error = message
    if delivery.attempts >= max_attempts:
        delivery.status = FAILED
        return
    raise StoreError(message, retryable=True, status_code=status, code="delivery_failed")


def deliver_reply_job(payload: dict[str, Any]) -> None:
    session = db.session
    delivery = session.get(ReplyDelivery, payload["delivery_id"])
    if delivery is None or delivery.status != PENDING:
        return
    try:
        attempt_delivery(session, delivery, current_app.config["JOB_MAX_ATTEMPTS"])
    except StoreError:
        session.commit()  # keep the attempt count and the error; the queue retries with backoff
        log.info("reply delivery %s will be retried: %s", delivery.id, delivery.last_error)
        raise
    session.commit()


def deliveries_for(session: Session, question: Question) -> list[ReplyDelivery]:
    return list(
        session.scalars(
            select(ReplyDelivery)
            .where(ReplyDelivery.question_id == question.id)
            .order_by(ReplyDelivery.id)
        )
    )


#: This module's job handlers, by job name (registered by ``create_app``).
JOBS: dict[str, JobHandler] = {
    "deliver_reply": deliver_reply_job,
}
