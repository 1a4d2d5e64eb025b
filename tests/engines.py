"""The local engines the real-model tests run against: the transformers engine always, the
llama.cpp engine when llama-cpp-python (the optional ``llamacpp`` extra) is installed."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from plugin.generation import EngineSettings, build_engine
from plugin.generation.engine import PromptedEngine

REPO = Path(__file__).resolve().parents[1]

needs_llama_cpp = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None,
    reason="llama-cpp-python is not installed (pip install -e '.[llamacpp]' builds it)",
)
LOCAL_ENGINES = ["transformers", pytest.param("llamacpp", marks=needs_llama_cpp)]


def real_engine(name: str) -> PromptedEngine:
    """The embedded model through engine ``name``, on the CPU, sharing ``make run``'s model
    cache (``COPYDESK_TEST_MODEL_CACHE`` or ``<repo>/instance/models``)."""
    cache = os.environ.get("COPYDESK_TEST_MODEL_CACHE") or str(REPO / "instance" / "models")
    settings = {"ENGINE": name, "MODEL_CACHE_DIR": cache, "DEVICE": "cpu"}
    engine = build_engine(EngineSettings.from_mapping(settings))
    assert isinstance(engine, PromptedEngine)
    return engine
