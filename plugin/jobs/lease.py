"""A running job's lease, renewed while its handler runs.

A claim makes a job invisible until ``locked_until`` (``JOB_VISIBILITY_TIMEOUT`` ahead), so a
worker that dies leaves it to be claimed again. A job that simply takes longer (a large
generation, a slow store) must not be: while the handler runs, a thread pushes ``locked_until``
forward every third of the timeout, on its own connection. Only a worker that stopped renewing
(killed, frozen, cut off from the database for a whole timeout) loses the job.
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Any

from flask import Flask
from sqlalchemy import CursorResult, update

from plugin.storage.db import Database
from plugin.storage.models import JobRecord

log = logging.getLogger(__name__)


class LeaseKeeper:
    """``with LeaseKeeper(app, job_id, owner): run()``: renew ``owner``'s lock on the job."""

    def __init__(self, app: Flask, job_id: int, owner: str) -> None:
        self.app = app
        self.job_id = job_id
        self.owner = owner
        self.timeout = timedelta(seconds=float(app.config["JOB_VISIBILITY_TIMEOUT"]))
        self.stop = threading.Event()
        self.thread = threading.Thread(
            target=self._run, name=f"copydesk-lease-{job_id}", daemon=True
        )

    def __enter__(self) -> LeaseKeeper:
        self.thread.start()
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.stop.set()
        self.thread.join()

    def _run(self) -> None:
        interval = self.timeout.total_seconds() / 3
        while not self.stop.wait(interval):
            try:
                if not self.renew():
                    log.warning(
                        "job #%s is no longer leased to %s; its run goes on, but another "
                        "worker may have taken the job over",
                        self.job_id,
                        self.owner,
                    )
                    return
            except Exception:  # noqa: BLE001 - try again next time; the lease still holds
                log.exception("could not renew the lease of job #%s", self.job_id)

    def renew(self) -> bool:
        """Push the lock forward; False when the job is no longer this owner's."""
        with Database.state(self.app).engine.begin() as conn:
            result: CursorResult[Any] = conn.execute(  # type: ignore[assignment]
                update(JobRecord)
                .where(
                    JobRecord.id == self.job_id,
                    JobRecord.status == "running",
                    JobRecord.locked_by == self.owner,
                )
                .values(locked_until=datetime.now(UTC) + self.timeout)
            )
        return result.rowcount == 1
