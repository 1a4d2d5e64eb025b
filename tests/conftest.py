"""Shared fixtures: an app on a fresh migrated SQLite file, its client, and a job runner."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from cryptography.fernet import Fernet
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from tests.fakes.engine import FakeEngine

if TYPE_CHECKING:
    from plugin.storage.models import JobRecord

TEST_KEY = Fernet.generate_key().decode()


def make_app(tmp_path: Path, **overrides: object) -> Flask:
    from plugin import create_app
    from plugin.jobs.registry import register_jobs
    from plugin.storage.migrate import upgrade
    from tests.fakes.jobs import TEST_JOBS

    config = {
        "TESTING": True,
        "INSTANCE_PATH": str(tmp_path / "instance"),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'copydesk.sqlite'}",
        "SECRET_KEY": "test-secret",
        "ENCRYPTION_KEY": TEST_KEY,
        "RECONCILE_INTERVAL_SECONDS": 0,
        "JOB_BACKOFF_SECONDS": 0,
        "PUBLIC_URL": "http://copydesk.test",
        # The fake stores listen on 127.0.0.1.
        "ALLOW_PRIVATE_STORE_URLS": True,
        **overrides,
    }
    app = create_app(config)
    register_jobs(app, TEST_JOBS)
    upgrade(app)
    return app


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine()


@pytest.fixture
def app(tmp_path: Path, engine: FakeEngine) -> Iterator[Flask]:
    app = make_app(tmp_path)
    app.extensions["copydesk.engine"].use(engine)
    yield app
    from plugin.storage.db import Database

    Database.state(app).engine.dispose()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def session(app: Flask) -> Iterator[Session]:
    from plugin.storage.db import db

    with app.app_context():
        yield db.session


@pytest.fixture
def run_jobs(app: Flask):  # type: ignore[no-untyped-def]
    """Run every due job synchronously, as a worker would; returns how many ran."""
    from plugin.jobs.worker import Worker

    def run() -> int:
        return Worker(app).run_until_idle()

    return run


def postgres_url() -> str:
    """PostgreSQL for the storage tests; skipped with the reason when it is not there."""
    url = os.environ.get("COPYDESK_TEST_POSTGRES_URL")
    if not url:
        skip_or_fail("COPYDESK_TEST_POSTGRES_URL is not set (make test sets it)")
    from sqlalchemy import create_engine, text

    try:
        engine = create_engine(url)
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:  # noqa: BLE001 - any failure to connect means skip, with why
        skip_or_fail(f"PostgreSQL at COPYDESK_TEST_POSTGRES_URL is unreachable: {exc}")
    assert url is not None
    return url


def enqueue(app: Flask, name: str, payload: dict, **kw: object) -> int:
    """Enqueue a job and commit it, in the app's own context; returns its id."""
    from plugin.services.queue import job_queue
    from plugin.storage.db import db

    with app.app_context():
        job_id = job_queue().enqueue(name, payload, **kw)  # type: ignore[arg-type]
        db.session.commit()
        return job_id


def job(app: Flask, job_id: int) -> JobRecord:
    """The job's row as it is now."""
    from plugin.storage.db import db
    from plugin.storage.models import JobRecord

    with app.app_context():
        found = db.session.get(JobRecord, job_id)
        assert found is not None
        return found


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A database URL for a fresh schema of the test PostgreSQL, dropped afterwards."""
    from sqlalchemy import create_engine, text

    base = postgres_url()
    schema = f"t_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def skip_or_fail(reason: str) -> None:
    """Locally a missing PostgreSQL skips with the reason; in CI (``.ci/run``) it fails."""
    if os.environ.get("COPYDESK_TEST_REQUIRE_POSTGRES"):
        pytest.fail(reason)
    pytest.skip(reason)
