"""``QUEUE=celery`` against a real Redis and a real Celery worker running in a thread.

Redis is at ``COPYDESK_TEST_REDIS_URL`` (default ``redis://127.0.0.1:6379/0``). Without it these
tests skip with the reason, and fail instead where ``COPYDESK_TEST_REQUIRE_REDIS`` is set (CI).
Every test gets its own key prefix in that Redis (``BROKER_TRANSPORT_OPTIONS``'s
``global_keyprefix``), and its keys are deleted afterwards.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from flask import Flask

from tests.conftest import make_app
from tests.fakes.engine import FakeEngine

DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"
WAIT_SECONDS = 60.0  # generous: a busy two-core machine runs the whole suite next to us


def redis_url() -> str:
    url = os.environ.get("COPYDESK_TEST_REDIS_URL", DEFAULT_REDIS_URL)
    import redis

    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=2)
        client.ping()
        client.close()
    except Exception as exc:  # noqa: BLE001 - any failure to connect means skip, with why
        reason = f"Redis at {url} is unreachable (COPYDESK_TEST_REDIS_URL): {exc}"
        if os.environ.get("COPYDESK_TEST_REQUIRE_REDIS"):
            pytest.fail(reason)
        pytest.skip(reason)
    return url


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[dict[str, Any]]:
    """Config for a Celery app on the test Redis under a prefix of its own, removed afterwards."""
    import redis

    url = redis_url()
    prefix = f"copydesk-test-{uuid.uuid4().hex[:12]}:"
    yield {
        "QUEUE": "celery",
        "BROKER_URL": url,
        "BROKER_TRANSPORT_OPTIONS": {"global_keyprefix": prefix},
        "prefix": prefix,
    }
    client = redis.Redis.from_url(url)
    keys = list(client.scan_iter(match=f"{prefix}*"))
    if keys:
        client.delete(*keys)
    client.close()


def celery_app(tmp_path: Path, broker: dict[str, Any], **overrides: object) -> Flask:
    config = {k: v for k, v in broker.items() if k != "prefix"}
    return make_app(tmp_path, **{**config, **overrides})


@pytest.fixture
def app(tmp_path: Path, broker: dict[str, Any], engine: FakeEngine) -> Iterator[Flask]:
    app = celery_app(tmp_path, broker, JOB_BACKOFF_SECONDS=0.2, JOB_MAX_ATTEMPTS=3)
    app.extensions["copydesk.engine"].use(engine)
    yield app
    from plugin.storage.db import Database

    Database.state(app).engine.dispose()


@contextmanager
def celery_worker(app: Flask, concurrency: int = 2) -> Iterator[None]:
    """A real Celery worker for ``app``'s queues, in a thread of this process."""
    from celery.contrib.testing.worker import start_worker

    from plugin.jobs.celery_queue import QUEUES
    from plugin.services.queue import job_queue

    with app.app_context():
        celery = job_queue().celery  # type: ignore[attr-defined]
    with start_worker(
        celery,
        pool="threads",
        concurrency=concurrency,
        perform_ping_check=False,
        shutdown_timeout=30,
        queues=list(QUEUES),
    ):
        yield


def wait_until(check: Callable[[], bool], what: str, timeout: float = WAIT_SECONDS) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.05)
