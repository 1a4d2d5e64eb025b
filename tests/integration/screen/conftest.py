"""Screen fixtures: catalogue shops from WooCommerce's sample CSV, and a logged-in client."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from plugin.platforms.catalog import import_catalog
from plugin.services.shops import get_shop, issue_api_token
from plugin.storage.models import Draft, Shop
from tests.fakes.engine import FakeEngine

SAMPLE = Path(__file__).parents[2] / "fixtures" / "woocommerce" / "sample_products.csv"
# The sample's hoodie weighs 1.5 lbs. This draft says 5 lbs in its only sentence, so the
# guardrails block it and cutting the sentence would leave nothing: it stays blocked.
WRONG_WEIGHT = (
    "<p>The Hoodie is a cosy, warm pullover for cool evenings in the park, and at just 5 lbs "
    "it is light enough to take anywhere you go.</p>"
)
HOODIE = "woo-hoodie"


def import_shop(app: Flask, name: str) -> Shop:
    from plugin.jobs.worker import Worker
    from plugin.storage.db import db

    with app.app_context():
        import_catalog(db.session, name, SAMPLE.read_bytes())
        db.session.commit()
    Worker(app).run_until_idle()
    with app.app_context():
        shop = get_shop(db.session, "catalog", name)
        assert shop is not None
        db.session.expunge(shop)
        return shop


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine(scripted={HOODIE: [WRONG_WEIGHT] * 3})


@pytest.fixture
def shop_a(app: Flask) -> Shop:
    return import_shop(app, "shop-a")


@pytest.fixture
def shop_b(app: Flask) -> Shop:
    return import_shop(app, "shop-b")


def csrf_of(client: FlaskClient) -> str:
    client.get("/login")
    with client.session_transaction() as sess:
        return str(sess["csrf"])


def log_in(app: Flask, client: FlaskClient, shop: Shop) -> str:
    """Log the client in with a fresh shop token; returns the session's CSRF token."""
    from plugin.storage.db import db

    with app.app_context():
        token = issue_api_token(db.session, db.session.get(Shop, shop.id))
        db.session.commit()
    response = client.post("/login", data={"token": token, "csrf_token": csrf_of(client)})
    assert response.status_code == 302
    with client.session_transaction() as sess:
        return str(sess["csrf"])


@pytest.fixture
def csrf(app: Flask, client: FlaskClient, shop_a: Shop) -> str:
    return log_in(app, client, shop_a)


@pytest.fixture
def drafts_of(app: Flask) -> Callable[..., list[Draft]]:
    """The drafts of a shop as stored now, optionally only one listing's (by external id)."""
    from plugin.storage.db import db
    from plugin.storage.models import ListingRecord

    def find(shop: Shop, external_id: str | None = None, **where: str) -> list[Draft]:
        with app.app_context():
            session: Session = db.session
            query = select(Draft).join(ListingRecord).where(Draft.shop_id == shop.id)
            if external_id:
                query = query.where(ListingRecord.external_id == external_id)
            for column, value in where.items():
                query = query.where(getattr(Draft, column) == value)
            found = list(session.scalars(query.order_by(Draft.id)))
            for draft in found:
                assert draft.listing is not None  # loaded now, readable after the session ends
            return found

    return find


@pytest.fixture
def generate(app: Flask, run_jobs: Callable[[], int]) -> Callable[..., None]:
    """Queue new drafts for one listing (by external id) and run the queue."""
    from plugin.domain import DraftKind
    from plugin.services.sync import get_listing, queue_generation
    from plugin.storage.db import db

    def run(shop: Shop, external_id: str, kind: str, tone: str = "") -> None:
        with app.app_context():
            record = get_listing(db.session, db.session.get(Shop, shop.id), external_id)
            assert record is not None
            queue_generation(record, [DraftKind(kind)], tone=tone)
            db.session.commit()
        run_jobs()

    return run


def set_content(
    app: Flask, draft_id: int, content: str, findings: list[dict] | None = None
) -> None:
    """Store a draft's text as if it had arrived that way (bypassing the pipeline's cleaning)."""
    from plugin.storage.db import db

    with app.app_context():
        draft = db.session.get(Draft, draft_id)
        assert draft is not None
        draft.content = content
        if findings is not None:
            draft.findings = findings
            draft.verdict = "block" if any(f["severity"] == "block" for f in findings) else "pass"
        db.session.commit()
