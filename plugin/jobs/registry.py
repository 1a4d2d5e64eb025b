"""Job handlers by name, registered on each app by ``create_app`` (``plugin.bootstrap``)."""

from __future__ import annotations

from collections.abc import Mapping

from flask import Flask

from plugin.ports import JobHandler

EXTENSION = "copydesk.job_handlers"


def register_jobs(app: Flask, handlers: Mapping[str, JobHandler]) -> None:
    """Let ``app``'s workers run these handlers, by job name."""
    table: dict[str, JobHandler] = app.extensions.setdefault(EXTENSION, {})
    twice = sorted(set(table) & set(handlers))
    if twice:
        raise ValueError(f"job handlers named twice: {', '.join(twice)}")
    table.update(handlers)


def handler_for(app: Flask, name: str) -> JobHandler:
    try:
        return app.extensions.get(EXTENSION, {})[name]
    except KeyError:
        raise LookupError(f"no job handler named {name!r}") from None
