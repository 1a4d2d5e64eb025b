"""How far long work has got, told to whoever is watching (a CLI command on a terminal).

Services call :func:`expect` and :func:`advance` as they go; they do nothing unless a caller
wrapped the work in :func:`reporting_to`, so jobs and requests pay one lookup per batch.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Protocol


class Progress(Protocol):
    def expect(self, count: int) -> None:
        """``count`` more units of work are known to be coming."""

    def advance(self, count: int) -> None:
        """``count`` units are done."""


_watcher: ContextVar[Progress | None] = ContextVar("copydesk_progress", default=None)


def expect(count: int) -> None:
    watcher = _watcher.get()
    if watcher is not None:
        watcher.expect(count)


def advance(count: int) -> None:
    watcher = _watcher.get()
    if watcher is not None:
        watcher.advance(count)


@contextmanager
def reporting_to(watcher: Progress) -> Iterator[None]:
    token = _watcher.set(watcher)
    try:
        yield
    finally:
        _watcher.reset(token)
