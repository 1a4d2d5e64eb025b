"""``QUEUE=celery``: jobs reach a real Celery worker through Redis, the database keeps the truth."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import func, select

from plugin.errors import StoreError
from plugin.jobs.celery_queue import TASK, sweep
from plugin.jobs.worker import Worker
from plugin.platforms.catalog import import_catalog
from plugin.services.queue import job_queue
from plugin.storage.db import db
from plugin.storage.models import Draft, JobRecord, ListingRecord, WebhookEvent
from tests.conftest import enqueue, job
from tests.fakes.jobs import job_handler
from tests.fakes.shopify.deliveries import build_delivery
from tests.integration.celery_queue.conftest import celery_app, celery_worker, wait_until
from tests.integration.pipeline.conftest import SAMPLE

CALLS: list[tuple[str, float]] = []  # (run, when) for every handler call, across tests
LOCK = threading.Lock()


def calls(run: str) -> list[float]:
    with LOCK:
        return [when for r, when in CALLS if r == run]


@job_handler("test.celery.record")
def record(payload: dict) -> None:
    with LOCK:
        CALLS.append((payload["run"], time.monotonic()))
    time.sleep(payload.get("seconds", 0))


@job_handler("test.celery.timeout")
def timeout(payload: dict) -> None:
    with LOCK:
        CALLS.append((payload["run"], time.monotonic()))
    raise StoreError("store timed out", retryable=True)


def finished(app: Flask, job_id: int) -> bool:
    return job(app, job_id).status in ("done", "failed")


def waiting_messages(app: Flask, broker: dict[str, Any], queue: str) -> int:
    """Messages waiting in the broker's Redis list for ``queue``."""
    import redis

    client = redis.Redis.from_url(broker["BROKER_URL"])
    try:
        return int(client.llen(f"{broker['prefix']}{queue}"))
    finally:
        client.close()


def test_a_queued_job_runs_through_celery(app: Flask) -> None:
    run = uuid.uuid4().hex
    with celery_worker(app):
        job_id = enqueue(app, "test.celery.record", {"run": run}, queue="io")
        wait_until(lambda: finished(app, job_id), "the job to run")
    final = job(app, job_id)
    assert (final.status, final.attempts, final.last_error) == ("done", 1, None)
    assert len(calls(run)) == 1


def test_a_webhook_is_handed_to_a_worker_as_soon_as_it_is_recorded(
    tmp_path: Path, broker: dict[str, Any]
) -> None:
    app = celery_app(tmp_path, broker, SHOPIFY_API_SECRET="hook-secret")
    delivery = build_delivery(
        "products/update", "nobody.myshopify.com", {"id": 1}, secret="hook-secret"
    )
    with celery_worker(app):
        assert delivery.send(app.test_client()).get_json() == {"status": "queued"}
        wait_until(lambda: bool(processed_events(app)), "a worker to process the delivery")
    assert processed_events(app) == [{"ignored": "no such shop"}]


def processed_events(app: Flask) -> list[Any]:
    with app.app_context():
        return [
            e.result for e in db.session.scalars(select(WebhookEvent)) if e.status == "processed"
        ]


def test_a_job_is_published_only_when_its_transaction_commits(
    app: Flask, broker: dict[str, Any]
) -> None:
    kept, dropped = uuid.uuid4().hex, uuid.uuid4().hex
    with app.app_context():
        job_queue().enqueue("test.celery.record", {"run": dropped})
        assert waiting_messages(app, broker, "default") == 0, "nothing is sent before a commit"
        db.session.rollback()
        kept_id = job_queue().enqueue("test.celery.record", {"run": kept})
        db.session.commit()
    assert waiting_messages(app, broker, "default") == 1, "only the committed job is sent"
    with celery_worker(app):
        wait_until(lambda: finished(app, kept_id), "the committed job to run")
    assert job(app, kept_id).status == "done"
    assert len(calls(kept)) == 1
    assert calls(dropped) == [], "a rolled-back job never runs"
    with app.app_context():
        assert db.session.scalar(select(func.count(JobRecord.id))) == 1


def test_the_same_idempotency_key_makes_one_job(app: Flask) -> None:
    run = uuid.uuid4().hex
    key = f"test:{run}"
    first = enqueue(app, "test.celery.record", {"run": run}, idempotency_key=key)
    second = enqueue(app, "test.celery.record", {"run": run}, idempotency_key=key)
    assert first == second
    with celery_worker(app):
        wait_until(lambda: finished(app, first), "the job to run")
        time.sleep(0.5)  # a second message, had one been sent, would run by now
    assert len(calls(run)) == 1


def test_a_failing_job_is_retried_with_backoff_then_gives_up(app: Flask) -> None:
    run = uuid.uuid4().hex
    with celery_worker(app):
        job_id = enqueue(app, "test.celery.timeout", {"run": run}, queue="io")
        wait_until(lambda: finished(app, job_id), "the job to give up")
    final = job(app, job_id)
    assert (final.status, final.attempts) == ("failed", 3)
    assert final.last_error == "StoreError: store timed out"
    tries = calls(run)
    assert len(tries) == 3
    # JOB_BACKOFF_SECONDS=0.2 doubling, ±20 %: at least 0.16 s, then 0.32 s between tries.
    assert tries[1] - tries[0] >= 0.15
    assert tries[2] - tries[1] >= 0.3


def test_a_job_whose_worker_died_is_published_again_by_the_sweep(
    tmp_path: Path, broker: dict[str, Any]
) -> None:
    app = celery_app(tmp_path, broker, JOB_VISIBILITY_TIMEOUT=1)
    run = uuid.uuid4().hex
    job_id = enqueue(app, "test.celery.record", {"run": run}, queue="generate")
    dead = Worker(app).claim()  # a worker takes the job and dies before finishing it
    assert dead is not None and dead.id == job_id
    with celery_worker(app):
        # The job's own message arrives while the dead worker's lock holds: nothing runs.
        wait_until(lambda: waiting_messages(app, broker, "generate") == 0, "the delivery")
        assert job(app, job_id).status == "running"
        wait_until(lambda: sweep(app) == 1, "the lock to expire and the sweep to take the job")
        wait_until(lambda: finished(app, job_id), "the swept job to run")
    final = job(app, job_id)
    assert (final.status, final.attempts) == ("done", 2)
    assert len(calls(run)) == 1


def test_a_job_slower_than_the_visibility_timeout_is_not_swept_while_it_runs(
    tmp_path: Path, broker: dict[str, Any]
) -> None:
    app = celery_app(tmp_path, broker, JOB_VISIBILITY_TIMEOUT=2)
    run = uuid.uuid4().hex
    with celery_worker(app):
        job_id = enqueue(app, "test.celery.record", {"run": run, "seconds": 5})
        wait_until(lambda: job(app, job_id).status == "running", "the job to start")
        while job(app, job_id).status == "running":
            assert sweep(app) == 0, "a running job with a live worker was swept"
            time.sleep(0.2)
        wait_until(lambda: finished(app, job_id), "the job to finish")
    final = job(app, job_id)
    assert (final.status, final.attempts) == ("done", 1)
    assert len(calls(run)) == 1


def test_two_deliveries_of_one_message_run_the_job_once(app: Flask) -> None:
    run = uuid.uuid4().hex
    job_id = enqueue(app, "test.celery.record", {"run": run, "seconds": 0.5})
    with app.app_context():
        celery = job_queue().celery  # type: ignore[attr-defined]
    for _ in range(2):  # the broker delivering the same message again
        celery.send_task(TASK, args=[job_id], queue="default")
    with celery_worker(app, concurrency=3):
        wait_until(lambda: finished(app, job_id), "the job to run")
        time.sleep(1.0)  # let the other deliveries reach the worker and be refused
    assert len(calls(run)) == 1
    assert job(app, job_id).attempts == 1


def test_an_unreachable_broker_loses_no_job(
    tmp_path: Path, broker: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    down = celery_app(tmp_path, broker, BROKER_URL="redis://127.0.0.1:1/0")
    run = uuid.uuid4().hex
    with caplog.at_level(logging.ERROR, logger="plugin.jobs.celery_queue"):
        job_id = enqueue(down, "test.celery.record", {"run": run}, queue="io")
    assert "could not publish job" in caplog.text
    assert "sweep will publish it" in caplog.text
    stranded = job(down, job_id)
    assert (stranded.status, stranded.locked_until) == ("queued", None)
    up = celery_app(tmp_path, broker)  # the same database, with the broker back
    with celery_worker(up):
        assert sweep(up) == 1
        wait_until(lambda: finished(up, job_id), "the swept job to run")
    assert job(up, job_id).status == "done"
    assert len(calls(run)) == 1


def test_catalogue_import_to_drafts_through_celery(app: Flask) -> None:
    with app.app_context():
        import_catalog(db.session, "sample", SAMPLE.read_bytes())
        db.session.commit()
        queued = db.session.scalar(
            select(func.count(JobRecord.id)).where(JobRecord.name == "generate")
        )
    assert queued, "the import queues generate jobs"

    def all_done() -> bool:
        with app.app_context():
            statuses = db.session.scalars(select(JobRecord.status)).all()
        return all(s in ("done", "failed") for s in statuses)

    with celery_worker(app):
        wait_until(all_done, "the generate jobs")
    with app.app_context():
        assert set(db.session.scalars(select(JobRecord.status))) == {"done"}
        listings = db.session.scalars(select(ListingRecord.id)).all()
        pending = db.session.scalars(select(Draft).where(Draft.status == "pending")).all()
    assert len(listings) >= 15
    assert {d.listing_id for d in pending} == set(listings)
    assert all(d.kind == "description" and d.content for d in pending)


def test_copydesk_worker_runs_the_schedules_and_queued_jobs(
    tmp_path: Path, broker: dict[str, Any]
) -> None:
    """``copydesk worker`` as an operator starts it: its own process, its queues, the sweep."""
    app = celery_app(tmp_path, broker)  # migrates the database the worker process will use
    job_id = enqueue(app, "reconcile_all", {}, queue="io")
    root = Path(__file__).parents[3]
    env = {
        **os.environ,
        "PYTHONPATH": str(root),
        "COPYDESK_INSTANCE_PATH": str(tmp_path / "instance"),
        "COPYDESK_DATABASE_URL": app.config["DATABASE_URL"],
        "COPYDESK_ENCRYPTION_KEY": app.config["ENCRYPTION_KEY"],
        "COPYDESK_QUEUE": "celery",
        "COPYDESK_BROKER_URL": broker["BROKER_URL"],
        "COPYDESK_BROKER_TRANSPORT_OPTIONS": json.dumps(broker["BROKER_TRANSPORT_OPTIONS"]),
        "COPYDESK_RECONCILE_INTERVAL_SECONDS": "3600",
        "COPYDESK_FULL_RECONCILE_INTERVAL_SECONDS": "0",
    }
    command = "from plugin.cli import main; main()"
    worker = subprocess.Popen(
        [sys.executable, "-c", command, "worker", "--queue", "io", "--queue", "default"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:

        def scheduled_done() -> bool:
            with app.app_context():
                rows = db.session.scalars(
                    select(JobRecord).where(JobRecord.name == "reconcile_all")
                ).all()
            return len(rows) == 2 and all(r.status == "done" for r in rows)

        wait_until(scheduled_done, "the queued job and the scheduled reconcile to run")
    finally:
        worker.send_signal(signal.SIGTERM)
        output, _ = worker.communicate(timeout=60)
    assert job(app, job_id).status == "done"
    assert "copydesk.run_job" in output
    assert "generate" not in output.split("[queues]")[1].split("[tasks]")[0]


def test_the_sweep_logs_a_database_outage_once_not_a_traceback_each_round(
    tmp_path: Path, broker: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    """A ``copydesk worker`` whose database goes away keeps sweeping, says so once, and says
    once more when the database is back."""
    from plugin.jobs.celery_queue import Maintenance
    from plugin.storage.db import Database

    data = tmp_path / "data"
    data.mkdir()
    app = celery_app(
        tmp_path,
        broker,
        DATABASE_URL=f"sqlite:///{data / 'copydesk.sqlite'}",
        JOB_SWEEP_INTERVAL_SECONDS=0.5,
    )
    data.rename(tmp_path / "away")
    Database.state(app).engine.dispose()
    caplog.set_level(logging.INFO, logger="plugin.jobs")
    maintenance = Maintenance(app)
    thread = maintenance.start_thread()
    try:
        time.sleep(2.5)  # four rounds or more
        (tmp_path / "away").rename(data)
        time.sleep(1.5)  # a round or more with the database back
    finally:
        maintenance.stop_event.set()
        thread.join(10)
    records = [r for r in caplog.records if r.name.startswith("plugin.jobs")]
    assert [r for r in records if r.exc_info] == []
    outage = [r.getMessage() for r in records if r.levelno == logging.WARNING]
    assert len(outage) == 2, outage
    assert outage[0].startswith("job sweep: cannot use the database")
    assert outage[1] == "job sweep: the database answers again"
