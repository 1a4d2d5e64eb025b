"""Job handlers that tests define, registered on every app ``tests.conftest.make_app`` builds."""

from __future__ import annotations

from collections.abc import Callable

from plugin.ports import JobHandler

TEST_JOBS: dict[str, JobHandler] = {}


def job_handler(name: str) -> Callable[[JobHandler], JobHandler]:
    def register(fn: JobHandler) -> JobHandler:
        TEST_JOBS[name] = fn
        return fn

    return register
