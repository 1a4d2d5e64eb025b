"""Loads every module that defines job handlers, and sets up the periodic jobs."""

from __future__ import annotations

from flask import Flask

from plugin.jobs.queue import EXTENSION


def init_app(app: Flask) -> None:
    from plugin.services import generate, publish, sync, webhooks  # noqa: F401 - registers handlers

    queue = app.extensions[EXTENSION]
    interval = app.config["RECONCILE_INTERVAL_SECONDS"]
    if interval:
        queue.schedule("reconcile_all", interval)
