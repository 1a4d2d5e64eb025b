"""Asking for another version samples with a fresh seed; automatic generation stays greedy."""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from plugin.domain import DraftKind
from plugin.services import questions
from plugin.storage.models import Draft, ListingRecord, Shop
from tests.fakes.engine import FakeEngine
from tests.integration.questions.conftest import add_shop
from tests.integration.screen.conftest import log_in

HOODIE = "woo-hoodie-with-logo"


def pending_draft(session: Session, external_id: str) -> Draft:
    session.expire_all()
    found = session.scalar(
        select(Draft)
        .join(ListingRecord)
        .where(ListingRecord.external_id == external_id, Draft.status == "pending")
    )
    assert found is not None
    return found


def test_regenerate_on_the_screen_samples_with_a_new_seed_each_time(
    app: Flask,
    client: FlaskClient,
    session: Session,
    sample_shop: Shop,
    engine: FakeEngine,
    run_jobs: Callable[[], int],
) -> None:
    run_jobs()
    automatic = [r for r in engine.requests if r.kind is DraftKind.DESCRIPTION]
    assert len(automatic) >= 15
    assert all(r.seed is None for r in automatic), "automatic generation decodes greedily"

    csrf = log_in(app, client, sample_shop)
    for _ in range(2):
        draft_id = pending_draft(session, HOODIE).id
        response = client.post(f"/drafts/{draft_id}/regenerate", data={"csrf_token": csrf})
        assert response.status_code == 302
        run_jobs()

    hoodie = [r.seed for r in engine.requests if r.listing.external_id == HOODIE]
    assert len(hoodie) == 3
    first, *regenerated = hoodie
    assert first is None
    assert all(seed is not None for seed in regenerated)
    assert regenerated[0] != regenerated[1], "each regeneration gets its own seed"
    assert pending_draft(session, HOODIE).revision == 3


def test_regenerating_a_reply_samples_with_a_new_seed_each_time(
    app: Flask, session: Session, engine: FakeEngine, run_jobs: Callable[[], int]
) -> None:
    app.config["REPLY_WORDING"] = "model"  # the model words replies (quoting is the default)
    shop = add_shop(session, "questions-shop")
    # A question the shop's policies answer is worded by the model (one about the listing's
    # options would be answered from structure, with no model call to sample).
    engine.scripted["woo-hoodie"] = ["You can return unworn items within 30 days."] * 3
    record = questions.resolve_listing(session, shop, sku="woo-hoodie")
    asked = questions.submit_question(
        session, shop, record, "How many days do I have to return this hoodie?"
    )
    session.commit()
    run_jobs()
    for _ in range(2):
        session.expire_all()  # the worker changed the question in its own session
        questions.regenerate_reply(session, questions.get_question(session, shop, asked.id))
        session.commit()
        run_jobs()

    seeds = [r.seed for r in engine.requests if r.kind is DraftKind.REPLY]
    assert len(seeds) == 3
    assert seeds[0] is None, "the first reply is worded greedily"
    assert None not in seeds[1:] and seeds[1] != seeds[2]
