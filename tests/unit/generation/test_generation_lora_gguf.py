"""The copy-clause adapter converted once into llama.cpp's LoRA GGUF format."""

from pathlib import Path

import numpy as np
import pytest
from gguf import GGUFReader
from safetensors import safe_open

from plugin.errors import GenerationError
from plugin.generation.lora_gguf import gguf_name, lora_gguf
from plugin.generation.model_store import EMBEDDED_ADAPTER


def test_peft_names_become_the_models_gguf_tensor_names() -> None:
    key = "base_model.model.model.layers.3.self_attn.q_proj.lora_A.weight"
    assert gguf_name(key) == "blk.3.attn_q.weight.lora_a"
    key = "base_model.model.model.layers.17.mlp.down_proj.lora_B.weight"
    assert gguf_name(key) == "blk.17.ffn_down.weight.lora_b"
    with pytest.raises(GenerationError, match="no llama.cpp counterpart"):
        gguf_name("base_model.model.model.layers.0.self_attn.rotary.lora_A.weight")


def test_the_shipped_adapter_converts_once_with_its_scale_and_every_tensor(
    tmp_path: Path,
) -> None:
    converted = lora_gguf(EMBEDDED_ADAPTER, "gemma3", tmp_path)
    reader = GGUFReader(str(converted))
    fields = {name: field.contents() for name, field in reader.fields.items()}
    assert fields["general.type"] == "adapter" and fields["adapter.type"] == "lora"
    assert fields["general.architecture"] == "gemma3"
    assert fields["adapter.lora.alpha"] == 16.0  # llama.cpp scales by alpha / rank, as PEFT
    tensors = {t.name: t for t in reader.tensors}
    with safe_open(str(EMBEDDED_ADAPTER / "adapter_model.safetensors"), "np") as source:
        assert len(tensors) == len(list(source.keys()))
        key = "base_model.model.model.layers.0.mlp.down_proj.lora_A.weight"
        original = source.get_tensor(key)
    ours = tensors["blk.0.ffn_down.weight.lora_a"]
    # llama.cpp reads (rank, inputs) rows as PEFT stores them: ne = [inputs, rank].
    assert [int(n) for n in ours.shape] == [original.shape[1], original.shape[0]]
    assert np.array_equal(np.asarray(ours.data).reshape(original.shape), original)

    written = converted.stat().st_mtime_ns
    assert lora_gguf(EMBEDDED_ADAPTER, "gemma3", tmp_path) == converted
    assert converted.stat().st_mtime_ns == written  # not converted again
    assert [p.name for p in converted.parent.iterdir()] == [converted.name]  # no scratch left


def test_an_architecture_whose_rows_llama_cpp_reorders_is_refused(tmp_path: Path) -> None:
    with pytest.raises(GenerationError, match="ADAPTER=off"):
        lora_gguf(EMBEDDED_ADAPTER, "llama", tmp_path)
