"""A PEFT LoRA adapter as llama.cpp's LoRA GGUF file, converted once and cached beside the model.

llama.cpp loads LoRA adapters only as GGUF files (``general.type = adapter``), with one
``<tensor>.lora_a`` / ``.lora_b`` pair per adapted weight named as in the model's GGUF file.
PEFT stores ``lora_A`` as (rank, inputs) and ``lora_B`` as (outputs, rank), which is exactly the
layout llama.cpp reads, so the conversion only renames tensors: it takes well under a second,
and the file is cached under the model cache, keyed by the adapter's contents, so a retrained
adapter is converted again and an unchanged one never is.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import tempfile
from pathlib import Path

from plugin.errors import GenerationError

# Hugging Face module names of the Gemma 3 decoder layer, and their llama.cpp tensor names.
# Architectures whose GGUF conversion reorders the query and key rows (Llama's rotary
# permutation) would need their LoRA rows reordered too, so only these are converted.
_MODULES = {
    "self_attn.q_proj": "attn_q",
    "self_attn.k_proj": "attn_k",
    "self_attn.v_proj": "attn_v",
    "self_attn.o_proj": "attn_output",
    "mlp.gate_proj": "ffn_gate",
    "mlp.up_proj": "ffn_up",
    "mlp.down_proj": "ffn_down",
}
ARCHITECTURES = ("gemma3",)
_KEY = re.compile(r"(?:.*\.)?layers\.(\d+)\.(.+)\.lora_([AB])\.weight$")


def _digest(adapter: Path) -> str:
    hashed = hashlib.sha256()
    for name in ("adapter_config.json", "adapter_model.safetensors"):
        hashed.update((adapter / name).read_bytes())
    return hashed.hexdigest()[:16]


def gguf_name(key: str) -> str:
    """The llama.cpp tensor name of one PEFT LoRA tensor
    (``base_model.model.model.layers.3.self_attn.q_proj.lora_A.weight`` →
    ``blk.3.attn_q.weight.lora_a``)."""
    match = _KEY.match(key)
    if not match or match.group(2) not in _MODULES:
        raise GenerationError(f"the adapter's tensor {key} has no llama.cpp counterpart")
    layer, module, side = match.groups()
    return f"blk.{layer}.{_MODULES[module]}.weight.lora_{side.lower()}"


def _write(adapter: Path, architecture: str, target: Path) -> None:
    from gguf import GGUFWriter
    from safetensors import safe_open

    config = json.loads((adapter / "adapter_config.json").read_text(encoding="utf-8"))
    if config.get("use_dora") or config.get("rank_pattern") or config.get("alpha_pattern"):
        raise GenerationError(f"adapter {adapter}: only plain LoRA converts to llama.cpp")
    rank, alpha = int(config["r"]), float(config["lora_alpha"])
    # llama.cpp scales by alpha / rank; rank-stabilised LoRA scales by alpha / sqrt(rank).
    if config.get("use_rslora"):
        alpha *= math.sqrt(rank)
    writer = GGUFWriter(str(target), architecture)
    writer.add_type("adapter")
    writer.add_string("adapter.type", "lora")
    writer.add_float32("adapter.lora.alpha", alpha)
    with safe_open(str(adapter / "adapter_model.safetensors"), "np") as tensors:
        for key in sorted(tensors.keys()):
            writer.add_tensor(gguf_name(key), tensors.get_tensor(key).astype("float32"))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


def lora_gguf(adapter: Path, architecture: str, cache_dir: Path) -> Path:
    """The adapter's llama.cpp GGUF file, converting it the first time. Written to a temporary
    file and renamed into place, so a crash mid-way never leaves a file later loads would trust."""
    if architecture not in ARCHITECTURES:
        raise GenerationError(
            f"the adapter {adapter} cannot be converted for a {architecture} model "
            f"(only {', '.join(ARCHITECTURES)}); set ADAPTER=off"
        )
    target = Path(cache_dir) / "lora" / f"{adapter.name}-{_digest(adapter)}.gguf"
    if target.is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, scratch = tempfile.mkstemp(prefix=f".{target.stem}-", dir=target.parent)
    os.close(handle)
    try:
        _write(adapter, architecture, Path(scratch))
        os.chmod(scratch, 0o644)
        os.replace(scratch, target)
    finally:
        if os.path.exists(scratch):
            os.unlink(scratch)
    return target
