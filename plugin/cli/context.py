"""Running CLI code inside an app context, with our errors turned into clean messages."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import click
from flask import Flask

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

    return wrapper  # type: ignore[return-value]
