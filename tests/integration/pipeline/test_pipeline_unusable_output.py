"""A listing whose output the model keeps spoiling costs only its own draft, visibly."""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from plugin.domain import DraftKind
from plugin.services import questions
from plugin.storage.models import Draft, JobRecord, ListingRecord, Question, Shop
from tests.fakes.engine import FakeEngine
from tests.integration.questions.conftest import add_shop
from tests.integration.screen.conftest import log_in

HOODIE = "woo-hoodie-with-logo"
# Too short to be a description: the parser rejects it, as it would the real model's.
UNUSABLE = "Hoodie."
WRONG = "<p>The Hoodie with Logo weighs 5 kg and is made of silk.</p>"


def pending_by_listing(session: Session) -> dict[str, Draft]:
    session.expire_all()
    rows = session.execute(
        select(ListingRecord.external_id, Draft)
        .join(Draft, Draft.listing_id == ListingRecord.id)
        .where(Draft.status == "pending", Draft.kind == "description")
    )
    return {external_id: draft for external_id, draft in rows}


def test_the_other_listings_in_the_job_get_their_drafts_and_the_bad_one_says_why(
    app: Flask,
    client: FlaskClient,
    session: Session,
    sample_shop: Shop,
    engine: FakeEngine,
    run_jobs: Callable[[], int],
) -> None:
    engine.scripted[HOODIE] = [UNUSABLE]
    run_jobs()

    jobs = session.scalars(select(JobRecord).where(JobRecord.name == "generate")).all()
    assert jobs and all(job.status == "done" for job in jobs)
    listings = session.scalars(select(ListingRecord.external_id)).all()
    drafts = pending_by_listing(session)
    assert set(drafts) == set(listings), "every listing in the batch has a draft"
    assert all(d.content and d.verdict != "block" for key, d in drafts.items() if key != HOODIE)

    failed = drafts[HOODIE]
    assert (failed.content, failed.verdict) == ("", "block")
    (finding,) = failed.findings
    assert finding["rule"] == "quality.format"
    assert "could not be used (the description is too short)" in finding["message"]
    hoodie_tries = [r for r in engine.requests if r.listing.external_id == HOODIE]
    assert len(hoodie_tries) == 1, "the engine already retried; no repair loop on nothing"

    log_in(app, client, sample_shop)
    page = client.get(f"/drafts/{failed.id}").get_data(as_text=True)
    assert "The draft is empty." in page
    assert "could not be used" in page
    assert "Regenerate" in page
    # Not even an override publishes an empty text over the store's.
    with client.session_transaction() as sess:
        csrf = str(sess["csrf"])
    refused = client.post(
        f"/api/drafts/{failed.id}/approve",
        json={"override_reason": "ship it"},
        headers={"X-CSRF-Token": csrf},
    )
    assert refused.status_code == 409 and refused.get_json()["error"]["code"] == "empty_draft"
    session.expire_all()
    assert session.get(Draft, failed.id).status == "pending"


def test_a_repair_try_that_comes_back_unusable_keeps_the_previous_try(
    session: Session, sample_shop: Shop, engine: FakeEngine, run_jobs: Callable[[], int]
) -> None:
    engine.scripted[HOODIE] = [WRONG, UNUSABLE]
    run_jobs()
    hoodie_tries = [r for r in engine.requests if r.listing.external_id == HOODIE]
    assert len(hoodie_tries) == 2
    draft = pending_by_listing(session)[HOODIE]
    assert draft.content == WRONG
    assert draft.verdict == "block"
    assert {f["rule"] for f in draft.findings} >= {"accuracy.number"}


def test_a_reply_the_model_keeps_spoiling_falls_back_to_quoting_the_facts(
    app: Flask, session: Session, engine: FakeEngine, run_jobs: Callable[[], int]
) -> None:
    app.config["REPLY_WORDING"] = "model"  # the model words replies (quoting is the default)
    shop = add_shop(session, "questions-shop")
    engine.scripted["woo-hoodie"] = [""]
    record = questions.resolve_listing(session, shop, sku="woo-hoodie")
    asked = questions.submit_question(
        session, shop, record, "How many days do I have to return this hoodie?"
    )
    session.commit()
    run_jobs()

    session.expire_all()
    question = session.get(Question, asked.id)
    assert question is not None
    assert [r.kind for r in engine.requests] == [DraftKind.REPLY]
    assert (question.status, question.basis, question.error) == ("drafted", "quote", None)
    draft = questions.reply_draft(session, question)
    assert draft is not None and "within 30 days" in draft.content
