"""Job handlers by name. A handler takes the job's payload and runs inside an app context."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Handler = Callable[[dict[str, Any]], None]

_HANDLERS: dict[str, Handler] = {}


def job_handler(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        _HANDLERS[name] = fn
        return fn

    return register


def handler_for(name: str) -> Handler:
    try:
        return _HANDLERS[name]
    except KeyError:
        raise LookupError(f"no job handler named {name!r}") from None
