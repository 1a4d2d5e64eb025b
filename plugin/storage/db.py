"""The database extension: one engine per app, one session per app context."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from flask import Flask, current_app, g
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import InvalidatePoolError
from sqlalchemy.orm import Session, sessionmaker

EXTENSION = "copydesk.db"


@dataclass
class DatabaseState:
    engine: Engine
    sessions: sessionmaker[Session]


#: A pooled connection idle for longer than this is pinged before it is handed out.
IDLE_PING_SECONDS = 1.0


def make_engine(url: str) -> Engine:
    """An engine tuned for the backend: SQLite gets WAL and a busy timeout so the worker thread and
    requests can share the file; a database server gets its idle connections pinged."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "savepoint", _sqlite_begin_before_savepoint)
        return engine
    engine = create_engine(url)
    _ping_when_idle(engine)
    return engine


def _ping_when_idle(engine: Engine) -> None:
    """SQLAlchemy's ``pool_pre_ping``, for connections that sat idle in the pool only.

    A connection the server dropped (a restart, a failover, an idle timeout on the way) is
    found and replaced before use, as with ``pool_pre_ping``; one that went back to the pool
    a moment ago is handed out without the extra round trip, which under load is a good part
    of a webhook's time. Should the server go away within that moment, the statement fails,
    SQLAlchemy discards every pooled connection from before, and the next use reconnects."""
    pool = engine.pool

    @event.listens_for(pool, "checkin")
    def _idle_from(_dbapi_connection: Any, record: Any) -> None:
        record.info[_IDLE_SINCE] = time.monotonic()

    @event.listens_for(pool, "checkout")
    def _ping(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get(_IDLE_SINCE)
        if since is None or time.monotonic() - since < IDLE_PING_SECONDS:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as exc:
            raise InvalidatePoolError(f"the database dropped an idle connection: {exc}") from exc


_IDLE_SINCE = "copydesk.idle_since"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _sqlite_begin_before_savepoint(conn: Any, _name: str) -> None:
    """pysqlite opens a transaction only before a write, so a SAVEPOINT as the transaction's first
    statement would start one of its own, and releasing it would commit at once: a job enqueued
    (``begin_nested``) in a transaction that then rolls back would stay. Begin it first."""
    dbapi_connection = conn.connection.dbapi_connection
    if not dbapi_connection.in_transaction:
        dbapi_connection.execute("BEGIN")


class Database:
    """``db.session`` is the current app context's session; it is closed when the context ends."""

    def init_app(self, app: Flask) -> None:
        engine = make_engine(app.config["DATABASE_URL"])
        app.extensions[EXTENSION] = DatabaseState(
            engine=engine, sessions=sessionmaker(engine, expire_on_commit=False)
        )
        app.teardown_appcontext(self._close_session)

    @staticmethod
    def state(app: Flask | None = None) -> DatabaseState:
        return (app or current_app).extensions[EXTENSION]

    @property
    def engine(self) -> Engine:
        return self.state().engine

    @property
    def session(self) -> Session:
        if "copydesk_session" not in g:
            g.copydesk_session = self.state().sessions()
        return g.copydesk_session

    @staticmethod
    def _close_session(_exc: BaseException | None) -> None:
        session = g.pop("copydesk_session", None)
        if session is not None:
            session.close()


db = Database()
