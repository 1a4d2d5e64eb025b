"""The generation engine as an app extension: built on first use, once per process."""

from __future__ import annotations

import html
import threading

from flask import Flask, current_app

from plugin.domain import DraftKind, Listing, Verdict
from plugin.generation import EngineSettings, PromptedEngine, build_engine
from plugin.guardrails import GuardrailPolicy, check
from plugin.language_id import base_code
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
                engine = build_engine(self.settings)
                if isinstance(engine, PromptedEngine):
                    engine.sentence_check = sentence_passes
                self._engine = engine
            return self._engine

    def use(self, engine: GenerationEngine) -> None:
        """Put a ready engine in place (tests, or a process that already loaded one)."""
        with self._lock:
            self._engine = engine


def sentence_passes(listing: Listing, sentence: str, language: str = "en") -> bool:
    """Whether one candidate sentence may go into a draft. Stricter than a draft's verdict:
    an accuracy warning (a material or colour the listing never mentions) rules a candidate
    out too, since another candidate can do without it; length judges the whole draft.
    ``language``: the shop's copy language, as the shop's own policy reads it (a Greek or
    Japanese sentence is not "largely in another script" for a shop writing Greek or Japanese)."""
    policy = GuardrailPolicy(language=base_code(language))
    text = f"<p>{html.escape(sentence, quote=False)}</p>"
    findings = check(listing, text, DraftKind.DESCRIPTION, policy)
    return not any(
        (f.severity is Verdict.BLOCK and f.rule != "quality.length")
        or (f.severity is Verdict.WARN and f.rule.startswith("accuracy."))
        for f in findings
    )


def init_app(app: Flask) -> None:
    app.extensions[EXTENSION] = EngineHolder(EngineSettings.from_mapping(app.config))


def engine_holder() -> EngineHolder:
    return current_app.extensions[EXTENSION]
