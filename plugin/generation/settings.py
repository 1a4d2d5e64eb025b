"""Engine settings read from the app's config mapping (env ``COPYDESK_X`` becomes key ``X``)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from plugin.errors import ValidationError
from plugin.generation.vocabulary import DEFAULT_LANGUAGES, parse_languages

ENGINES = ("transformers", "openai", "llamacpp")
DEVICES = ("auto", "cpu", "cuda")
OUTPUT_PRECISIONS = ("auto", "float32", "bfloat16")
MODEL_PRECISIONS = ("auto", "float32", "bfloat16")
DEFAULT_CACHE_DIR = Path.home() / ".cache" / "copydesk" / "models"


def _text(config: Mapping[str, Any], key: str, default: str = "") -> str:
    value = config.get(key)
    return default if value is None or str(value).strip() == "" else str(value).strip()


def _int(config: Mapping[str, Any], key: str, default: int, minimum: int = 0) -> int:
    raw = _text(config, key)
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise ValidationError(f"{key} must be a whole number, not {raw!r}") from exc
    if value < minimum:
        raise ValidationError(f"{key} must be at least {minimum}")
    return value


def _float(config: Mapping[str, Any], key: str, default: float) -> float:
    raw = _text(config, key)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError as exc:
        raise ValidationError(f"{key} must be a number, not {raw!r}") from exc
    if value <= 0:
        raise ValidationError(f"{key} must be positive")
    return value


def _tristate(config: Mapping[str, Any], key: str) -> bool | None:
    """``true``/``false``, or None for "work it out" (``auto`` or unset)."""
    value = config.get(key)
    if isinstance(value, bool) or value is None:
        return value
    raw = str(value).strip().lower()
    if raw in ("", "auto"):
        return None
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise ValidationError(f"{key} must be true, false or auto, not {value!r}")


def _choice(config: Mapping[str, Any], key: str, choices: tuple[str, ...]) -> str:
    value = _text(config, key, choices[0]).lower()
    if value not in choices:
        raise ValidationError(f"{key} must be one of {', '.join(choices)}, not {value!r}")
    return value


@dataclass(frozen=True)
class EngineSettings:
    """Everything an engine needs; ``model=None`` means the embedded Gemma 3 270M."""

    engine: str = "transformers"
    model: str | None = None
    device: str = "auto"
    model_cache_dir: Path = DEFAULT_CACHE_DIR
    max_batch_size: int = 32
    max_batch_tokens: int = 16384
    max_new_tokens: int | None = None
    openai_base_url: str = ""
    openai_api_key: str = ""
    openai_model: str = ""
    openai_chat: bool | None = None
    openai_concurrency: int = 8
    openai_timeout: float = 60.0
    generation_retries: int = 2
    adapter: str = "auto"
    planned_copy: bool = True
    # The languages whose tokens the local engine's output layer keeps; None: every token.
    languages: tuple[str, ...] | None = DEFAULT_LANGUAGES
    output_precision: str = "auto"
    # The transformers engine's weights and activations: ``auto`` is bfloat16 on a GPU and
    # float32 on a CPU.
    model_precision: str = "auto"
    # The transformers engine's one decoding loop per process (``scheduler``); off: calls take
    # turns, batch after batch, as before.
    continuous_batching: bool = True
    # Threads a local engine computes with on the CPU; 0: every CPU this process may use.
    cpu_threads: int = 0

    def __repr__(self) -> str:
        # The API key must never reach a log line through a repr.
        key = "***" if self.openai_api_key else ""
        fields = {**self.__dict__, "openai_api_key": key}
        return "EngineSettings(" + ", ".join(f"{k}={v!r}" for k, v in fields.items()) + ")"

    @classmethod
    def from_mapping(cls, config: Mapping[str, Any]) -> EngineSettings:
        """Read the ``ENGINE``, ``MODEL``, ``DEVICE``, ... keys of a Flask-style config."""
        cache_dir = _text(config, "MODEL_CACHE_DIR")
        new_tokens = _int(config, "MAX_NEW_TOKENS", 0, minimum=0)
        return cls(
            engine=_choice(config, "ENGINE", ENGINES),
            model=_text(config, "MODEL") or None,
            device=_choice(config, "DEVICE", DEVICES),
            model_cache_dir=Path(cache_dir) if cache_dir else DEFAULT_CACHE_DIR,
            max_batch_size=_int(config, "MAX_BATCH_SIZE", cls.max_batch_size, minimum=1),
            max_batch_tokens=_int(config, "MAX_BATCH_TOKENS", cls.max_batch_tokens, minimum=1),
            max_new_tokens=new_tokens or None,
            openai_base_url=_text(config, "OPENAI_BASE_URL").rstrip("/"),
            openai_api_key=_text(config, "OPENAI_API_KEY"),
            openai_model=_text(config, "OPENAI_MODEL"),
            openai_chat=_tristate(config, "OPENAI_CHAT"),
            openai_concurrency=_int(config, "OPENAI_CONCURRENCY", 8, minimum=1),
            openai_timeout=_float(config, "OPENAI_TIMEOUT", 60.0),
            generation_retries=_int(config, "GENERATION_RETRIES", 2, minimum=0),
            adapter=_text(config, "ADAPTER", "auto"),
            planned_copy=_tristate(config, "PLANNED_COPY") is not False,
            languages=parse_languages(config.get("LANGUAGES")),
            output_precision=_choice(config, "OUTPUT_PRECISION", OUTPUT_PRECISIONS),
            model_precision=_choice(config, "MODEL_PRECISION", MODEL_PRECISIONS),
            continuous_batching=_tristate(config, "CONTINUOUS_BATCHING") is not False,
            cpu_threads=_int(config, "CPU_THREADS", 0, minimum=0),
        )


def cpu_threads(settings: EngineSettings) -> int:
    """``CPU_THREADS``, or the CPUs this process may run on (llama.cpp's own default is half
    of them). Several worker processes on one machine should split the CPUs between them:
    threads that wait on each other's cores ran a training step six times slower than one."""
    if settings.cpu_threads:
        return settings.cpu_threads
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
