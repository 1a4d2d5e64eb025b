"""The worker: claims due jobs, runs their handlers, retries failures with exponential backoff.

A claimed job is invisible to other workers until ``locked_until``; a worker that dies
mid-job leaves it to be claimed again once that passes, so a crash never loses work.
The built-in loop (``run_forever``) and the Celery task (``plugin.jobs.celery_queue``) both
claim and run jobs through this class, so retries and attempt limits are decided in one place.
"""

from __future__ import annotations

import itertools
import logging
import os
import random
import socket
import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from flask import Flask
from sqlalchemy import CursorResult, and_, case, or_, select, update

from plugin import metrics
from plugin.errors import CopydeskError, GenerationError, StoreError
from plugin.jobs.lease import LeaseKeeper
from plugin.jobs.outage import DatabaseOutage
from plugin.jobs.queue import EXTENSION, DatabaseJobQueue
from plugin.jobs.registry import handler_for
from plugin.storage.db import Database
from plugin.storage.models import JobRecord

log = logging.getLogger(__name__)
_WORKER_NUMBERS = itertools.count(1)
# Jobs a person waits on (a shopper's reply): claimed before any other due job.
FIRST_JOBS = ("answer_question",)


def _retryable(exc: BaseException) -> bool:
    """Store and model hiccups are retried when they say so; other known errors are final;
    an unexpected crash is retried, since it may be a passing fault."""
    if isinstance(exc, StoreError | GenerationError):
        return exc.retryable
    return not isinstance(exc, CopydeskError)


class Worker:
    def __init__(self, app: Flask, queues: tuple[str, ...] | None = None) -> None:
        self.app = app
        self.queues = queues
        # Who holds a claimed job's lock: unique to this worker, across hosts and processes.
        self.name = f"{socket.gethostname()}:{os.getpid()}:{next(_WORKER_NUMBERS)}"
        self.stop_event = threading.Event()
        self.thread: threading.Thread | None = None

    @property
    def _queue(self) -> DatabaseJobQueue:
        return self.app.extensions[EXTENSION]

    def _due(self, now: datetime):  # type: ignore[no-untyped-def]
        condition = or_(
            and_(JobRecord.status == "queued", JobRecord.run_at <= now),
            and_(JobRecord.status == "running", JobRecord.locked_until < now),
        )
        if self.queues:
            condition = and_(condition, JobRecord.queue.in_(self.queues))
        return condition

    def claim(self, job_id: int | None = None) -> JobRecord | None:
        """Take the oldest due job, a shopper's reply (``FIRST_JOBS``) before any other (or
        job ``job_id`` if it is due); a compare-and-set update makes sure one worker gets it."""
        state = Database.state(self.app)
        timeout = timedelta(seconds=self.app.config["JOB_VISIBILITY_TIMEOUT"])
        with state.sessions() as session:
            now = datetime.now(UTC)
            query = select(JobRecord.id).where(self._due(now))
            if job_id is not None:
                query = query.where(JobRecord.id == job_id)
            first = case((JobRecord.name.in_(FIRST_JOBS), 0), else_=1)
            candidates = session.scalars(
                query.order_by(first, JobRecord.run_at, JobRecord.id).limit(5)
            ).all()
            for candidate in candidates:
                claimed: CursorResult[Any] = session.execute(  # type: ignore[assignment]
                    update(JobRecord)
                    .where(JobRecord.id == candidate, self._due(now))
                    .values(
                        status="running",
                        attempts=JobRecord.attempts + 1,
                        locked_until=now + timeout,
                        locked_by=self.name,
                    )
                    .execution_options(synchronize_session=False)
                )
                session.commit()
                if claimed.rowcount == 1:
                    return session.get(JobRecord, candidate, populate_existing=True)
        return None

    def run_job(self, job: JobRecord) -> None:
        """Run a job this worker claimed, keeping its lease while it runs, and record how it
        ended."""
        error: BaseException | None = None
        started = time.perf_counter()
        with self.app.app_context(), LeaseKeeper(self.app, job.id, self.name):
            try:
                handler_for(self.app, job.name)(dict(job.payload))
            except Exception as exc:  # noqa: BLE001 - every failure is recorded on the job
                error = exc
                log.warning("job %s #%s failed: %s", job.name, job.id, exc)
        seconds = time.perf_counter() - started
        status = self._finish(job, error)
        metrics.job_finished(job.name, "retry" if status == "queued" else status, seconds)

    def _finish(self, job: JobRecord, error: BaseException | None) -> str:
        """Record the run's outcome on the job; returns its new status ("taken over" when
        another worker has it now)."""
        state = Database.state(self.app)
        now = datetime.now(UTC)
        with state.sessions() as session:
            row = session.get(JobRecord, job.id, with_for_update=True)
            assert row is not None
            if row.status != "running" or row.locked_by != self.name:
                # The lease ran out (this worker could not renew it) and the job was taken
                # over: the worker that has it now records the outcome.
                log.warning("job %s #%s was taken over; not recording this run", job.name, job.id)
                return "taken over"
            row.locked_until = None
            row.locked_by = None
            if error is None:
                row.status = "done"
                row.finished_at = now
                row.last_error = None
            elif _retryable(error) and row.attempts < row.max_attempts:
                row.status = "queued"
                row.last_error = f"{type(error).__name__}: {error}"
                base = self.app.config["JOB_BACKOFF_SECONDS"] * 2 ** (row.attempts - 1)
                row.run_at = now + timedelta(seconds=base * random.uniform(0.8, 1.2))
                self._queue.announce(session, row)
            else:
                row.status = "failed"
                row.finished_at = now
                row.last_error = f"{type(error).__name__}: {error}"
            session.commit()
            return row.status

    def enqueue_schedules(self) -> None:
        if not self._queue.schedules:
            return
        with self.app.app_context():
            from plugin.storage.db import db

            now = datetime.now(UTC)
            for item in self._queue.schedules:
                self._queue.enqueue(item.name, item.payload, idempotency_key=item.slot_key(now))
            db.session.commit()

    def run_once(self) -> bool:
        """Run one due job; False when there was none."""
        job = self.claim()
        if job is None:
            return False
        self.run_job(job)
        return True

    def run_until_idle(self, max_jobs: int = 10_000) -> int:
        """Run due jobs until none is left (tests, ``--wait``); returns how many ran."""
        count = 0
        while count < max_jobs and self.run_once():
            count += 1
        return count

    def run_forever(self, poll_seconds: float = 1.0) -> None:
        log.info("worker %s started", self.name)
        outage = DatabaseOutage(log, f"worker {self.name}")
        while not self.stop_event.is_set():
            try:
                self.enqueue_schedules()
                ran = self.run_once()
                outage.answered()
                if not ran:
                    self.stop_event.wait(poll_seconds)
            except Exception as exc:  # noqa: BLE001 - the loop must outlive a database hiccup
                if not outage.failed(exc):
                    log.exception("worker loop error")
                self.stop_event.wait(poll_seconds)

    def start_thread(self) -> threading.Thread:
        thread = threading.Thread(target=self.run_forever, name="copydesk-worker", daemon=True)
        thread.start()
        return thread


def start_workers(app: Flask, queues: tuple[str, ...] | None = None) -> list[Worker]:
    """``WORKER_JOBS`` workers, each on a thread of its own, so a job (a shopper's reply) need
    not wait for another (a bulk description job) to end; stop them with ``stop_workers``."""
    workers = [Worker(app, queues) for _ in range(app.config["WORKER_JOBS"])]
    for worker in workers:
        worker.thread = worker.start_thread()
    return workers


def stop_workers(workers: list[Worker], timeout: float) -> None:
    """Ask every worker to stop, then wait up to ``timeout`` seconds in all for their jobs."""
    for worker in workers:
        worker.stop_event.set()
    deadline = time.monotonic() + timeout
    for worker in workers:
        if worker.thread is not None:
            worker.thread.join(max(0.0, deadline - time.monotonic()))
