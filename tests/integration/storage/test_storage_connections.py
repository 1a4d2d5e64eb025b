"""Pooled connections to a database server: one the server dropped while idle is replaced."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from plugin.storage.db import IDLE_PING_SECONDS, Database
from tests.conftest import make_app, postgres_schema, postgres_url


@pytest.mark.postgres
def test_a_connection_dropped_while_idle_is_replaced_before_use(tmp_path: Path) -> None:
    with postgres_schema() as url:
        app = make_app(tmp_path, DATABASE_URL=url)
        engine = Database.state(app).engine
        with engine.connect() as conn:
            dropped = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
        admin = create_engine(postgres_url())
        with admin.begin() as conn:  # a restart, a failover or an idle timeout on the way
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": dropped})
        admin.dispose()
        time.sleep(IDLE_PING_SECONDS + 0.2)

        answer = app.test_client().get("/healthz")

        assert answer.status_code == 200, answer.get_json()
        assert answer.get_json()["database"] == "ok"
        with engine.connect() as conn:
            assert conn.execute(text("SELECT pg_backend_pid()")).scalar_one() != dropped
        engine.dispose()
