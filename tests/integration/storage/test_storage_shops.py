"""Shops, credentials at rest, tokens and webhook deduplication, on every supported database."""

from __future__ import annotations

import logging

import pytest
from flask import Flask
from sqlalchemy import select, text

from plugin.domain import Platform
from plugin.errors import Unauthorized
from plugin.services.shops import (
    connect_shop,
    connection_for,
    issue_api_token,
    shop_for_token,
    uninstall_shop,
)
from plugin.services.webhooks import record_webhook
from plugin.storage.db import db
from plugin.storage.models import JobRecord, WebhookEvent


def test_credentials_are_encrypted_at_rest(db_app: Flask, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with db_app.app_context():
        shop = connect_shop(
            db.session,
            platform=Platform.SHOPIFY,
            name="acme.myshopify.com",
            url="https://acme.myshopify.com",
            credentials={"access_token": "shpat_supersecret"},
            webhook_secret="whsec_verysecret",
        )
        db.session.commit()
        raw = db.session.execute(text("SELECT credentials, webhook_secret FROM shops")).one()
        assert "shpat_supersecret" not in raw[0]
        assert "whsec_verysecret" not in raw[1]
        assert connection_for(shop).credentials == {"access_token": "shpat_supersecret"}
    assert "shpat_supersecret" not in caplog.text


def test_api_tokens_are_hashed_and_die_with_uninstall(db_app: Flask) -> None:
    with db_app.app_context():
        shop = connect_shop(
            db.session, platform=Platform.CATALOG, name="demo", url="/tmp/x.csv", credentials={}
        )
        token = issue_api_token(db.session, shop)
        db.session.commit()
        stored = db.session.execute(text("SELECT token_hash FROM api_tokens")).scalar_one()
        assert token not in stored
        assert shop_for_token(db.session, token).id == shop.id
        uninstall_shop(db.session, shop)
        db.session.commit()
        with pytest.raises(Unauthorized):
            shop_for_token(db.session, token)


def test_the_same_delivery_is_recorded_once_and_queued_once(db_app: Flask) -> None:
    with db_app.app_context():
        shop = connect_shop(
            db.session, platform=Platform.SHOPIFY, name="a.myshopify.com", url="", credentials={}
        )
        db.session.commit()
        delivery = {
            "platform": Platform.SHOPIFY,
            "event_id": "e-1",
            "topic": "products/update",
            "body": b"{}",
        }
        first = record_webhook(shop_name="a.myshopify.com", **delivery)  # type: ignore[arg-type]
        again = record_webhook(shop_name="a.myshopify.com", **delivery)  # type: ignore[arg-type]
        stranger = record_webhook(
            shop_name="unknown.myshopify.com",
            **{**delivery, "event_id": "e-2"},  # type: ignore[arg-type]
        )
        assert (first, again, stranger) == (True, False, True)
        events = db.session.scalars(select(WebhookEvent).order_by(WebhookEvent.id)).all()
        assert [(e.event_id, e.shop_id, e.status) for e in events] == [
            ("e-1", shop.id, "received"),
            ("e-2", None, "received"),
        ]
        jobs = db.session.scalars(
            select(JobRecord).where(JobRecord.name == "process_webhook").order_by(JobRecord.id)
        ).all()
        assert [(j.payload, j.status, j.queue, j.idempotency_key) for j in jobs] == [
            ({"event_id": events[0].id, "shop_id": shop.id}, "queued", "io", "webhook:shopify:e-1"),
            ({"event_id": events[1].id, "shop_id": None}, "queued", "io", "webhook:shopify:e-2"),
        ]


def test_the_periodic_reconcile_sweeps_install_nonces_that_expired(db_app: Flask) -> None:
    """Every visit to an install or connect URL leaves a nonce; without a sweep they pile up."""
    from datetime import UTC, datetime, timedelta

    from plugin.jobs.worker import Worker
    from plugin.platforms.shopify.install import begin_install
    from plugin.platforms.woocommerce.install import begin_connect
    from plugin.storage.models import AuthNonce
    from tests.conftest import enqueue

    with db_app.app_context():
        stale = begin_install(db.session, "old-shop.myshopify.com")
        begin_connect(db.session, "http://old.example", db_app.config)
        for nonce in db.session.scalars(select(AuthNonce)):
            nonce.created_at = datetime.now(UTC) - timedelta(days=2)
        fresh = begin_install(db.session, "new-shop.myshopify.com")
        db.session.commit()
    enqueue(db_app, "reconcile_all", {}, queue="io")
    Worker(db_app).run_until_idle()
    with db_app.app_context():
        left = db.session.scalars(select(AuthNonce.nonce)).all()
        assert left == [fresh] and stale not in left
