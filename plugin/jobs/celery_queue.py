"""Celery on Redis behind the JobQueue port (``COPYDESK_QUEUE=celery``).

The ``jobs`` table stays the source of truth: idempotency keys, attempts, backoff, last errors
and ``/healthz``'s counts are the built-in queue's. Celery only carries wake-up calls:

- ``enqueue`` writes the row in the caller's session as the built-in queue does and, once that
  session commits, publishes the task ``copydesk.run_job(job_id)`` to the job's Celery queue
  (``generate``, ``io`` or ``default``). A rolled-back job is never published. A job due later
  is published with a countdown.
- The task claims the row with the built-in worker's compare-and-set (so a second delivery of
  the same message runs nothing) and runs it through the same ``Worker.run_job``; a retryable
  failure puts the row back with its backoff and publishes it again with that countdown.
- A published row carries a lease: ``locked_by="broker"`` and ``locked_until`` = its run time
  plus ``JOB_VISIBILITY_TIMEOUT``. The sweep (every ``JOB_SWEEP_INTERVAL_SECONDS`` in each
  ``copydesk worker``) publishes again every due job without a live lease: one whose publish
  failed (the broker was down at commit: the lease is cleared), one whose message was lost,
  and one whose worker died mid-run (a running row whose lock expired, put back to queued).
- The same thread enqueues the periodic jobs (``enqueue_schedules``: one per time slot, by
  idempotency key, however many workers run it).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from celery import Celery
from flask import Flask
from kombu.utils.url import maybe_sanitize_url
from sqlalchemy import CursorResult, and_, event, or_, select, update
from sqlalchemy.orm import Session, SessionTransaction

from plugin.jobs.outage import DatabaseOutage
from plugin.jobs.queue import EXTENSION, QUEUES, DatabaseJobQueue
from plugin.jobs.worker import Worker
from plugin.storage.db import Database
from plugin.storage.models import JobRecord

log = logging.getLogger(__name__)

TASK = "copydesk.run_job"
BROKER = "broker"  # JobRecord.locked_by of a queued job whose message the broker holds
_PENDING = "copydesk.celery.publish"


def make_celery(app: Flask) -> Celery:
    """The Celery app for ``app``: broker settings and the one task, which runs a job row."""
    celery = Celery("copydesk", broker=app.config["BROKER_URL"], set_as_current=False)
    celery.conf.update(
        task_default_queue="default",
        task_ignore_result=True,
        # A message is acknowledged after its job ran, so a worker killed mid-job leaves it to
        # be delivered again (the claim decides whether it still needs running).
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        worker_hijack_root_logger=False,
        broker_connection_retry_on_startup=True,
        broker_connection_timeout=5,
        broker_transport_options={
            "socket_connect_timeout": 5,
            "socket_timeout": 10,
            **app.config["BROKER_TRANSPORT_OPTIONS"],
        },
        # Publishing happens right after a commit, often in a web request: fail fast and let
        # the sweep publish the job later rather than hold the request.
        task_publish_retry_policy={
            "max_retries": 2,
            "interval_start": 0,
            "interval_step": 0.5,
            "interval_max": 1,
        },
    )

    @celery.task(
        name=TASK, shared=False, acks_late=True, reject_on_worker_lost=True, ignore_result=True
    )
    def run_job(job_id: int) -> None:
        run_published_job(app, job_id)

    return celery


class CeleryJobQueue(DatabaseJobQueue):
    """The database queue whose jobs are also handed to Celery workers through the broker."""

    def __init__(self, max_attempts: int) -> None:
        super().__init__(max_attempts)
        self.app: Flask | None = None
        self.celery: Celery | None = None

    def init_app(self, app: Flask) -> None:
        super().init_app(app)
        self.app = app
        self.celery = make_celery(app)

    @property
    def lease_time(self) -> timedelta:
        assert self.app is not None
        return timedelta(seconds=self.app.config["JOB_VISIBILITY_TIMEOUT"])

    def lease(self, run_at: datetime) -> dict[str, Any]:
        """The broker holds the job's message: the sweep leaves it alone until this runs out."""
        return {"locked_until": run_at + self.lease_time, "locked_by": BROKER}

    def committed(self, job_id: int, queue: str, run_at: datetime) -> None:
        self.publish(job_id, queue, run_at)

    def announce(self, session: Session, job: JobRecord) -> None:
        for key, value in self.lease(job.run_at).items():
            setattr(job, key, value)
        pending: dict[int, tuple[CeleryJobQueue, str, datetime]] = session.info.setdefault(
            _PENDING, {}
        )
        pending[job.id] = (self, job.queue, job.run_at)
        if not event.contains(session, "after_commit", _after_commit):
            event.listen(session, "after_commit", _after_commit)
            event.listen(session, "after_transaction_end", _after_transaction_end)

    def publish(self, job_id: int, queue: str, run_at: datetime) -> bool:
        """Send the job's message; on failure log why and clear its lease for the sweep."""
        assert self.celery is not None and self.app is not None
        countdown = max(0.0, (run_at - datetime.now(UTC)).total_seconds())
        try:
            self.celery.send_task(
                TASK, args=[job_id], queue=queue, countdown=countdown or None, retry=True
            )
            return True
        except Exception as exc:  # noqa: BLE001 - any broker failure: the row stays queued
            log.error(
                "could not publish job #%s to the Celery broker at %s (%s: %s); it stays queued "
                "in the database and a worker's sweep will publish it when the broker is back",
                job_id,
                maybe_sanitize_url(self.app.config["BROKER_URL"]),
                type(exc).__name__,
                exc,
            )
        try:
            with Database.state(self.app).engine.begin() as conn:
                conn.execute(
                    update(JobRecord)
                    .where(JobRecord.id == job_id, JobRecord.locked_by == BROKER)
                    .values(locked_until=None, locked_by=None)
                )
        except Exception:  # noqa: BLE001 - the lease then simply runs out before the sweep
            log.exception("could not clear the lease of unpublished job #%s", job_id)
        return False


def _after_commit(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint: publish when the real transaction commits
    pending = session.info.pop(_PENDING, None) or {}
    for job_id, (queue, name, run_at) in pending.items():
        queue.publish(job_id, name, run_at)


def _after_transaction_end(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:
        session.info.pop(_PENDING, None)  # rolled back or closed: those jobs never existed


def run_published_job(app: Flask, job_id: int) -> None:
    """The task's body: run the job if this delivery is the one that claims it."""
    worker = Worker(app)
    job = worker.claim(job_id)
    if job is not None:
        worker.run_job(job)
        return
    # Done, failed, or running elsewhere: nothing to do. Queued for later (a message that beat
    # the row's clock): publish it again for its time rather than leave it to the sweep.
    with Database.state(app).sessions() as session:
        row = session.get(JobRecord, job_id)
        if row is not None and row.status == "queued" and row.run_at > datetime.now(UTC):
            _queue(app).publish(row.id, row.queue, row.run_at)


def _queue(app: Flask) -> CeleryJobQueue:
    queue = app.extensions[EXTENSION]
    assert isinstance(queue, CeleryJobQueue)
    return queue


def sweep(app: Flask, limit: int = 500) -> int:
    """Publish again every due job without a live lease; returns how many were published.

    That is a queued job whose publish failed or whose message was lost, and a running job
    whose worker died (its lock expired), which goes back to queued first. Safe to run in every
    worker at once: a compare-and-set takes each job, and a duplicate message runs nothing.
    """
    queue = _queue(app)
    now = datetime.now(UTC)
    unleased = and_(
        or_(
            and_(JobRecord.status == "queued", JobRecord.run_at <= now),
            and_(JobRecord.status == "running", JobRecord.locked_until < now),
        ),
        or_(JobRecord.locked_until.is_(None), JobRecord.locked_until < now),
    )
    taken: list[tuple[int, str]] = []
    with Database.state(app).sessions() as session:
        rows = session.execute(
            select(JobRecord.id, JobRecord.queue)
            .where(unleased)
            .order_by(JobRecord.run_at, JobRecord.id)
            .limit(limit)
        ).all()
        for job_id, name in rows:
            result: CursorResult[Any] = session.execute(  # type: ignore[assignment]
                update(JobRecord)
                .where(JobRecord.id == job_id, unleased)
                .values(status="queued", locked_until=now + queue.lease_time, locked_by=BROKER)
                .execution_options(synchronize_session=False)
            )
            if result.rowcount == 1:
                taken.append((job_id, name))
        session.commit()
    for job_id, name in taken:
        log.info("sweep: publishing job #%s to %s again", job_id, name)
        queue.publish(job_id, name, now)
    return len(taken)


class Maintenance:
    """The thread in each Celery ``copydesk worker``: periodic jobs, then the sweep."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self.interval = float(app.config["JOB_SWEEP_INTERVAL_SECONDS"])
        self.stop_event = threading.Event()

    def run_once(self) -> None:
        Worker(self.app).enqueue_schedules()
        sweep(self.app)

    def run_forever(self) -> None:
        outage = DatabaseOutage(log, "job sweep")
        while not self.stop_event.is_set():
            try:
                self.run_once()
                outage.answered()
            except Exception as exc:  # noqa: BLE001 - the thread must outlive a database hiccup
                if not outage.failed(exc):
                    log.exception("job sweep failed")
            self.stop_event.wait(self.interval)

    def start_thread(self) -> threading.Thread:
        thread = threading.Thread(target=self.run_forever, name="copydesk-sweep", daemon=True)
        thread.start()
        return thread


def default_concurrency(queues: Sequence[str]) -> int:
    """Two jobs at once where the model runs (their rows share the engine's one decoding loop,
    so a shopper's reply need not wait for a bulk job); a few for I/O."""
    return 2 if "generate" in queues else 4


def run_worker(app: Flask, queues: Sequence[str], concurrency: int | None = None) -> None:
    """``copydesk worker`` with ``QUEUE=celery``: a Celery worker on ``queues``, until stopped."""
    celery = _queue(app).celery
    assert celery is not None
    queues = list(queues) or list(QUEUES)
    Maintenance(app).start_thread()
    worker = celery.Worker(
        queues=queues,
        concurrency=concurrency or default_concurrency(queues),
        pool="threads",
        loglevel="INFO",
        hostname=f"copydesk-{'-'.join(queues)}-{os.getpid()}@{socket.gethostname()}",
    )
    worker.start()
