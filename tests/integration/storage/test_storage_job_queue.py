"""The built-in queue: idempotency, retries with backoff, attempt limits, and crash recovery."""

from __future__ import annotations

import logging
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from flask import Flask

from plugin.errors import StoreError, ValidationError
from plugin.jobs.worker import Worker, start_workers, stop_workers
from plugin.services.queue import job_queue
from plugin.storage.db import db
from plugin.storage.models import JobRecord
from tests.conftest import enqueue, job, make_app
from tests.fakes.jobs import job_handler

CALLS: list[dict] = []


def run_id() -> str:
    """Each test run counts its own calls (the handler registry is process-wide)."""
    return uuid.uuid4().hex


@job_handler("test.flaky")
def flaky(payload: dict) -> None:
    CALLS.append(payload)
    if len([c for c in CALLS if c["run"] == payload["run"]]) < payload["fail_times"] + 1:
        raise StoreError("store timed out", retryable=True)


@job_handler("test.slow")
def slow(payload: dict) -> None:
    CALLS.append(payload)
    time.sleep(payload["seconds"])


@job_handler("test.invalid")
def invalid(payload: dict) -> None:
    raise ValidationError("this payload can never work")


def test_idempotency_key_gives_one_job(db_app: Flask) -> None:
    run = run_id()
    first = enqueue(db_app, "test.flaky", {"run": run, "fail_times": 0}, idempotency_key="k1")
    second = enqueue(db_app, "test.flaky", {"run": run, "fail_times": 0}, idempotency_key="k1")
    assert first == second


def test_retryable_failure_is_retried_with_backoff_then_succeeds(db_app: Flask) -> None:
    run = run_id()
    db_app.config["JOB_BACKOFF_SECONDS"] = 30
    job_id = enqueue(db_app, "test.flaky", {"run": run, "fail_times": 1})
    worker = Worker(db_app)
    assert worker.run_once()
    after_failure = job(db_app, job_id)
    assert after_failure.status == "queued"
    assert after_failure.attempts == 1
    assert after_failure.run_at > datetime.now(UTC) + timedelta(seconds=20)
    assert not worker.run_once(), "a backed-off job must wait for its time"
    with db_app.app_context():
        db.session.get(JobRecord, job_id).run_at = datetime.now(UTC)  # type: ignore[union-attr]
        db.session.commit()
    assert worker.run_once()
    assert job(db_app, job_id).status == "done"


def test_attempts_are_capped(db_app: Flask) -> None:
    run = run_id()
    db_app.config["JOB_BACKOFF_SECONDS"] = 0
    job_id = enqueue(db_app, "test.flaky", {"run": run, "fail_times": 99})
    Worker(db_app).run_until_idle()
    final = job(db_app, job_id)
    assert final.status == "failed"
    assert final.attempts == db_app.config["JOB_MAX_ATTEMPTS"]
    assert "store timed out" in (final.last_error or "")


def test_a_final_error_is_not_retried(db_app: Flask) -> None:
    job_id = enqueue(db_app, "test.invalid", {})
    Worker(db_app).run_until_idle()
    final = job(db_app, job_id)
    assert (final.status, final.attempts) == ("failed", 1)


def test_a_job_whose_worker_died_is_picked_up_again(db_app: Flask) -> None:
    run = run_id()
    job_id = enqueue(db_app, "test.flaky", {"run": run, "fail_times": 0})
    dead = Worker(db_app)
    claimed = dead.claim()
    assert claimed is not None and claimed.id == job_id
    other = Worker(db_app)
    assert other.claim() is None, "a claimed job is invisible while its lock holds"
    with db_app.app_context():
        db.session.get(JobRecord, job_id).locked_until = datetime.now(UTC) - timedelta(seconds=1)  # type: ignore[union-attr]
        db.session.commit()
    assert other.run_once()
    final = job(db_app, job_id)
    assert final.status == "done"
    assert final.attempts == 2


def test_a_job_enqueued_in_a_rolled_back_transaction_is_gone(db_app: Flask) -> None:
    run = run_id()
    with db_app.app_context():
        job_queue().enqueue("test.flaky", {"run": run, "fail_times": 0})
        db.session.rollback()
    assert Worker(db_app).run_until_idle() == 0
    assert [c for c in CALLS if c["run"] == run] == []


def test_a_job_running_past_the_visibility_timeout_is_not_claimed_again(db_app: Flask) -> None:
    # Short, but with room for a renewal to come late on a busy machine (one is due every third
    # of the timeout: two may be missed before the lease runs out). At 3 s a CI machine shared
    # with other jobs (load 10) once starved the renewing thread past the lease.
    db_app.config["JOB_VISIBILITY_TIMEOUT"] = 5
    run = run_id()
    job_id = enqueue(db_app, "test.slow", {"run": run, "seconds": 12})
    worker = Worker(db_app)
    claimed = worker.claim()  # here, not in the thread: the other worker must not get there first
    assert claimed is not None and claimed.id == job_id
    first = threading.Thread(target=worker.run_job, args=(claimed,))
    first.start()
    other = Worker(db_app)
    while first.is_alive():  # two and a half timeouts: the lease must be renewed meanwhile
        assert other.claim() is None, "claimed a second time while the first run goes on"
        time.sleep(0.1)
    first.join()
    final = job(db_app, job_id)
    assert (final.status, final.attempts, final.locked_until) == ("done", 1, None)
    assert len([c for c in CALLS if c["run"] == run]) == 1


def test_a_worker_that_lost_its_job_does_not_record_over_the_one_that_has_it(
    db_app: Flask,
) -> None:
    job_id = enqueue(db_app, "test.invalid", {})
    late = Worker(db_app)
    claimed = late.claim()
    assert claimed is not None
    with db_app.app_context():  # it could not renew its lease for a whole timeout
        db.session.get(JobRecord, job_id).locked_until = datetime.now(UTC) - timedelta(seconds=1)  # type: ignore[union-attr]
        db.session.commit()
    current = Worker(db_app)
    assert current.claim() is not None
    late.run_job(claimed)
    after = job(db_app, job_id)
    assert (after.status, after.locked_by) == ("running", current.name)


MET: dict[str, threading.Event] = {}


@job_handler("test.meet")
def meet(payload: dict) -> None:
    """Says it started, then waits for the other job of its run to start too."""
    MET.setdefault(f"{payload['run']}:{payload['me']}", threading.Event()).set()
    other = MET.setdefault(f"{payload['run']}:{payload['other']}", threading.Event())
    CALLS.append({**payload, "met": other.wait(30)})


def test_a_shoppers_reply_is_claimed_before_older_jobs(db_app: Flask) -> None:
    run = run_id()
    enqueue(db_app, "test.flaky", {"run": run, "fail_times": 0})
    reply = enqueue(db_app, "answer_question", {"question_id": 0, "shop_id": 0})
    claimed = Worker(db_app).claim()
    assert claimed is not None and claimed.id == reply


def test_a_worker_process_runs_worker_jobs_jobs_at_once(db_app: Flask) -> None:
    """A long job (a bulk description job) does not hold the next one (a reply) back."""
    run = run_id()
    assert db_app.config["WORKER_JOBS"] == 2
    enqueue(db_app, "test.meet", {"run": run, "me": "bulk", "other": "reply"})
    enqueue(db_app, "test.meet", {"run": run, "me": "reply", "other": "bulk"})
    workers = start_workers(db_app)
    try:
        while len([c for c in CALLS if c["run"] == run]) < 2:
            time.sleep(0.05)
    finally:
        stop_workers(workers, timeout=10)
    assert [c["met"] for c in CALLS if c["run"] == run] == [True, True]


def test_a_database_outage_is_one_log_line_each_way_not_a_traceback_a_poll(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The worker outlives its database going away and coming back, and the operator's log
    says so twice instead of repeating a traceback at every poll."""
    from plugin.storage.db import Database

    data = tmp_path / "data"
    data.mkdir()
    app = make_app(tmp_path, DATABASE_URL=f"sqlite:///{data / 'copydesk.sqlite'}")
    data.rename(tmp_path / "away")  # the database's disk is gone
    Database.state(app).engine.dispose()
    caplog.set_level(logging.INFO, logger="plugin.jobs")
    worker = Worker(app)
    worker.thread = worker.start_thread()
    try:
        time.sleep(3.5)  # three polls or more
        (tmp_path / "away").rename(data)
        run = run_id()
        job_id = enqueue(app, "test.flaky", {"run": run, "fail_times": 0})
        deadline = time.monotonic() + 10
        while job(app, job_id).status != "done" and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        stop_workers([worker], timeout=10)
    assert job(app, job_id).status == "done"
    records = [r for r in caplog.records if r.name.startswith("plugin.jobs")]
    assert [r for r in records if r.exc_info] == []
    outage = [r.getMessage() for r in records if r.levelno == logging.WARNING]
    assert len(outage) == 2, outage
    assert "cannot use the database (unable to open database file)" in outage[0]
    assert "the database answers again" in outage[1]
