"""Storage tests run on SQLite and, when it is reachable, on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

from tests.conftest import make_app, postgres_schema


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_app(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Flask]:
    if request.param == "sqlite":
        app = make_app(tmp_path)
        yield app
        return
    with postgres_schema() as url:
        app = make_app(tmp_path, DATABASE_URL=url)
        yield app
        from plugin.storage.db import Database

        Database.state(app).engine.dispose()
