"""Loads every module that defines job handlers, and sets up the periodic jobs."""

from __future__ import annotations

from flask import Flask

from plugin.jobs.queue import EXTENSION


def init_app(app: Flask) -> None:
    from plugin.questions import delivery  # noqa: F401 - registers handlers
    from plugin.services import (  # noqa: F401 - registers handlers
        generate,
        publish,
        questions,  # noqa: F401 - registers handlers
        sync,
        webhooks,
    )

    queue = app.extensions[EXTENSION]
    interval = app.config["RECONCILE_INTERVAL_SECONDS"]
    if interval:
        queue.schedule("reconcile_all", interval)
