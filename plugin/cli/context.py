"""Running CLI code inside an app context, with our errors turned into clean messages."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from flask import Flask
from sqlalchemy.exc import OperationalError, ProgrammingError

from plugin.errors import CopydeskError

F = TypeVar("F", bound=Callable[..., Any])


def build_app() -> Flask:
    from plugin import create_app

    return create_app()


def with_app(fn: F) -> F:
    """Give the command an ``app`` argument and an active app context; map errors to exit 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            app = build_app()
            with app.app_context():
                return fn(app, *args, **kwargs)
        except CopydeskError as exc:
            raise click.ClickException(exc.message) from exc
        except (OperationalError, ProgrammingError) as exc:
            raise click.ClickException(database_problem(exc)) from exc

    return wrapper  # type: ignore[return-value]


def write_file(path: Path | str, text: str) -> None:
    """Write a command's output file; a folder that does not exist (or no permission, a full
    disk) is a one-line error naming the file, not a traceback."""
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"cannot write {path}: {exc.strerror or exc}") from exc


# What SQLite and PostgreSQL say of a table or column the models expect and the database lacks.
MISSING_SCHEMA = ("no such table", "no such column", "UndefinedTable", "UndefinedColumn")


def database_problem(exc: OperationalError | ProgrammingError) -> str:
    """One line for a database the command could not use: the schema is missing or behind
    (``db upgrade`` was never run), or the database cannot be reached or opened."""
    reason = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else type(exc).__name__
    if any(mark in f"{type(exc.orig).__name__}: {reason}" for mark in MISSING_SCHEMA):
        return (
            f"the database has no Copydesk tables yet, or older ones ({reason}): "
            "run `copydesk db upgrade` first"
        )
    return f"cannot use the database at COPYDESK_DATABASE_URL: {reason}"
