"""The built-in queue: jobs are rows in the database, so they survive restarts and crashes."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from flask import Flask
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from plugin.ports import JobQueue
from plugin.storage.db import db
from plugin.storage.models import JobRecord

EXTENSION = "copydesk.queue"
# Every job is put on one of these; a worker (`copydesk worker --queue`) takes some or all.
QUEUES = ("generate", "io", "default")


@dataclass(frozen=True)
class Schedule:
    """A job the worker enqueues every ``every_seconds``; one per time slot across all workers."""

    name: str
    every_seconds: float
    payload: dict[str, Any] = field(default_factory=dict)

    def slot_key(self, now: datetime) -> str:
        slot = int(now.timestamp() // self.every_seconds)
        digest = hashlib.sha256(json.dumps(self.payload, sort_keys=True).encode()).hexdigest()[:12]
        return f"schedule:{self.name}:{digest}:{slot}"


class DatabaseJobQueue(JobQueue):
    """Enqueues into the caller's session, so a job is committed with the change that caused it.

    The ``jobs`` table is the source of truth for every backend: ``copydesk worker`` polls it
    (``QUEUE=thread``), or :class:`plugin.jobs.celery_queue.CeleryJobQueue` also hands each job
    to Celery once the row is committed (``QUEUE=celery``).
    """

    def __init__(self, max_attempts: int) -> None:
        self.max_attempts = max_attempts
        self.schedules: list[Schedule] = []

    def init_app(self, app: Flask) -> None:
        app.extensions[EXTENSION] = self

    def enqueue(
        self,
        name: str,
        payload: dict[str, Any],
        *,
        idempotency_key: str | None = None,
        queue: str = "default",
        delay_seconds: float = 0,
    ) -> int:
        session = db.session
        if idempotency_key:
            existing = session.scalar(
                select(JobRecord.id).where(JobRecord.idempotency_key == idempotency_key)
            )
            if existing is not None:
                return existing
        job = JobRecord(
            name=name,
            queue=queue,
            payload=payload,
            idempotency_key=idempotency_key,
            max_attempts=self.max_attempts,
            run_at=datetime.now(UTC) + timedelta(seconds=delay_seconds),
        )
        try:
            with session.begin_nested():
                session.add(job)
        except IntegrityError:
            # Another process enqueued the same key between our check and our insert.
            found = session.scalar(
                select(JobRecord.id).where(JobRecord.idempotency_key == idempotency_key)
            )
            assert found is not None
            return found
        self.announce(session, job)
        return job.id

    def announce(self, session: Session, job: JobRecord) -> None:
        """``job`` is (again) waiting in ``session`` to run at ``job.run_at``. The built-in queue
        has nothing to do: its workers poll the table. A broker backend publishes it once
        ``session`` commits."""

    def new_row(
        self, name: str, *, idempotency_key: str, queue: str, now: datetime
    ) -> dict[str, Any]:
        """The columns of a job row written without the ORM (the webhook hot path, see
        :mod:`plugin.storage.webhook_inbox`), payload aside; due at ``now``. Once the row has
        committed, call :meth:`committed`."""
        return {
            "name": name,
            "queue": queue,
            "max_attempts": self.max_attempts,
            "run_at": now,
            "idempotency_key": idempotency_key,
            **self.lease(now),
        }

    def lease(self, run_at: datetime) -> dict[str, Any]:
        """``locked_until`` and ``locked_by`` of a job that has just been queued: none here."""
        return {"locked_until": None, "locked_by": None}

    def committed(self, job_id: int, queue: str, run_at: datetime) -> None:
        """A row from :meth:`new_row` has committed: what :meth:`announce` does after a commit."""

    def schedule(
        self, name: str, every_seconds: float, payload: dict[str, Any] | None = None
    ) -> None:
        self.schedules.append(Schedule(name, every_seconds, payload or {}))
