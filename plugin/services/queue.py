"""The job queue the services put background work on: the ``JobQueue`` port, handed to them by
``create_app`` (whichever backend ``QUEUE`` chose)."""

from __future__ import annotations

from flask import Flask, current_app

from plugin.ports import JobQueue

EXTENSION = "copydesk.services.job_queue"


def use_job_queue(app: Flask, queue: JobQueue) -> None:
    app.extensions[EXTENSION] = queue


def job_queue() -> JobQueue:
    return current_app.extensions[EXTENSION]
