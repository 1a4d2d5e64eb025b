"""The migrations build exactly the schema the models describe, on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask import Flask
from sqlalchemy import create_engine, inspect

from plugin.storage.migrate import alembic_config
from plugin.storage.models import Base
from tests.conftest import postgres_schema


def assert_models_match(url: str) -> None:
    command.upgrade(alembic_config(url), "head")
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(context, Base.metadata)
            assert diff == [], f"models and migrations disagree: {diff}"
            tables = set(inspect(conn).get_table_names())
        assert {
            "shops",
            "listings",
            "drafts",
            "questions",
            "webhook_events",
            "jobs",
            "audit_log",
        } <= tables
    finally:
        engine.dispose()


def test_sqlite_migrations_match_models(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert_models_match(f"sqlite:///{tmp_path / 'm.sqlite'}")


@pytest.mark.postgres
def test_postgres_migrations_match_models() -> None:
    with postgres_schema() as url:
        assert_models_match(url)


def test_downgrade_to_base_and_back(tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'd.sqlite'}"
    config = alembic_config(url)
    command.upgrade(config, "head")
    command.downgrade(config, "base")
    engine = create_engine(url)
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
    engine.dispose()
    command.upgrade(config, "head")


def test_healthz_is_a_503_while_the_database_is_behind_the_code(db_app: Flask) -> None:
    """New code deployed before `copydesk db upgrade` fails every page: /healthz must not call
    that server healthy, and says what to run."""
    from plugin.storage.db import Database
    from plugin.storage.migrate import downgrade, head, upgrade

    downgrade(db_app, "0002")
    Database.state(db_app).engine.dispose()
    answer = db_app.test_client().get("/healthz")
    assert answer.status_code == 503
    body = answer.get_json()
    assert body["status"] == "degraded"
    assert body["database"] == (
        f"behind: at 0002, this code needs {head()}: run `copydesk db upgrade`"
    )
    upgrade(db_app)
    answer = db_app.test_client().get("/healthz")
    assert answer.status_code == 200 and answer.get_json()["database"] == "ok"
