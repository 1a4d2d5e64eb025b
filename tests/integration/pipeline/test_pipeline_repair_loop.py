"""The repair loop: how many tries a blocked draft gets, and what is stored when none passes."""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask
from sqlalchemy import select
from sqlalchemy.orm import Session

from plugin.storage.models import Draft, ListingRecord, Shop
from tests.fakes.engine import FakeEngine

HOODIE = "woo-hoodie-with-logo"  # the listing says 2 lbs and Blue
# One sentence, and it claims a weight the listing does not give: cutting it leaves nothing.
WRONG = "<p>The Hoodie with Logo weighs 5 kg and is made of silk.</p>"
# The same wrong claim in one sentence among others that hold up on their own.
MIXED = (
    "<p>The Hoodie with Logo comes in Blue and keeps you warm on cool evenings.</p>"
    "<p>It weighs 5 kg.</p>"
    "<p>Pull it on over a T-shirt and head out for a walk in the park.</p>"
)


def hoodie_draft(session: Session) -> Draft:
    session.expire_all()
    found = session.scalar(
        select(Draft)
        .join(ListingRecord)
        .where(ListingRecord.external_id == HOODIE, Draft.status == "pending")
    )
    assert found is not None
    return found


def hoodie_tries(engine: FakeEngine) -> int:
    return sum(r.listing.external_id == HOODIE for r in engine.requests)


def test_a_draft_that_stays_blocked_gets_repair_tries_and_no_more(
    app: Flask,
    session: Session,
    sample_shop: Shop,
    engine: FakeEngine,
    run_jobs: Callable[[], int],
) -> None:
    tries = app.config["REPAIR_TRIES"]
    engine.scripted[HOODIE] = [WRONG] * (tries + 3)
    run_jobs()
    assert hoodie_tries(engine) == tries
    retries = [r for r in engine.requests if r.listing.external_id == HOODIE][1:]
    assert all(r.feedback for r in retries)
    assert len({r.seed for r in retries}) == len(retries), "each retry samples with a new seed"


def test_when_enough_remains_the_blocking_sentence_is_cut(
    app: Flask,
    session: Session,
    sample_shop: Shop,
    engine: FakeEngine,
    run_jobs: Callable[[], int],
) -> None:
    engine.scripted[HOODIE] = [MIXED] * app.config["REPAIR_TRIES"]
    run_jobs()
    draft = hoodie_draft(session)
    assert "5 kg" not in draft.content
    assert "comes in Blue" in draft.content and "walk in the park" in draft.content
    assert draft.verdict != "block"
    assert not any(f["severity"] == "block" for f in draft.findings)


def test_when_too_little_would_remain_the_draft_is_stored_blocked(
    app: Flask,
    session: Session,
    sample_shop: Shop,
    engine: FakeEngine,
    run_jobs: Callable[[], int],
) -> None:
    engine.scripted[HOODIE] = [WRONG] * app.config["REPAIR_TRIES"]
    run_jobs()
    draft = hoodie_draft(session)
    assert draft.content == WRONG, "the last try is kept whole for the merchant to fix"
    assert draft.verdict == "block"
    blocking = [f for f in draft.findings if f["severity"] == "block"]
    assert any(WRONG[f["start"] : f["end"]] == "5 kg" for f in blocking)
