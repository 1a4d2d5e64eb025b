"""The generation engine as an app extension: built on first use, once per process."""

from __future__ import annotations

import threading

from flask import Flask, current_app

from plugin.generation import EngineSettings, build_engine
from plugin.ports import GenerationEngine

EXTENSION = "copydesk.engine"


class EngineHolder:
    """Holds the settings; the model loads lazily, so a worker doing only I/O never loads it."""

    def __init__(self, settings: EngineSettings) -> None:
        self.settings = settings
        self._engine: GenerationEngine | None = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._engine is not None

    def get(self) -> GenerationEngine:
        with self._lock:
            if self._engine is None:
                self._engine = build_engine(self.settings)
            return self._engine

    def use(self, engine: GenerationEngine) -> None:
        """Put a ready engine in place (tests, or a process that already loaded one)."""
        with self._lock:
            self._engine = engine


def init_app(app: Flask) -> None:
    app.extensions[EXTENSION] = EngineHolder(EngineSettings.from_mapping(app.config))


def engine_holder() -> EngineHolder:
    return current_app.extensions[EXTENSION]
