"""The llama.cpp engine on the shipped GGUF file: the transformers engine's contract (batching,
stops, seeds, token counts, the adapter on clause prompts only) through llama.cpp.

llama-cpp-python is the optional ``llamacpp`` extra (pip builds it from source, about 13 minutes
on two cores), so these tests skip without it; the errors a user meets without it do not.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

from plugin.domain import DraftKind, GenerationRequest, Listing
from plugin.errors import GenerationError
from plugin.generation import EngineSettings, Prompt, build_engine
from plugin.generation.llamacpp_engine import LlamaCppEngine, repack_is_safe
from tests.engines import needs_llama_cpp

TITLES = ["Cap", "Hoodie with Logo", "Long Sleeve Tee", "Beanie with Logo and a rather long name"]


def engine_for(tmp_path: Path, **config: object) -> LlamaCppEngine:
    settings = EngineSettings.from_mapping(
        {"ENGINE": "llamacpp", "MODEL_CACHE_DIR": str(tmp_path), **config}
    )
    engine = build_engine(settings)
    assert isinstance(engine, LlamaCppEngine)
    return engine


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> LlamaCppEngine:
    """The embedded model with the copy-clause adapter, short completions."""
    return engine_for(tmp_path_factory.mktemp("llamacpp"), MAX_NEW_TOKENS="12")


def prompts(
    engine: LlamaCppEngine, kind: DraftKind = DraftKind.DESCRIPTION, count: int = 4
) -> list[Prompt]:
    listings = [
        Listing(external_id=str(i), title=t, tags=["tag"] * i) for i, t in enumerate(TITLES)
    ]
    return [
        engine.prompt_for(GenerationRequest(listing=item, kind=kind, question="Warm?"))
        for item in listings[:count]
    ]


def test_without_llama_cpp_python_the_error_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "llama_cpp", None)  # as if it were not installed
    engine = engine_for(tmp_path)
    with pytest.raises(GenerationError, match=r"copydesk\[llamacpp\]"):
        engine.complete(prompts(engine, count=1), [None])


def test_a_model_that_is_not_a_gguf_file_is_a_clear_error(tmp_path: Path) -> None:
    engine = engine_for(tmp_path, MODEL=str(tmp_path))
    with pytest.raises(GenerationError, match="loads a .gguf file"):
        engine.load()


def test_builds_with_amx_kernels_keep_the_weights_in_plain_buffers() -> None:
    """llama.cpp's AMX matrix product crashes the process on some machines (llama.cpp#20824)."""

    def build(features: str) -> SimpleNamespace:
        return SimpleNamespace(llama_print_system_info=lambda: features.encode())

    assert not repack_is_safe(build("AVX512 = 1 | AMX_INT8 = 1 | REPACK = 1 |"))
    assert repack_is_safe(build("AVX2 = 1 | AVX512 = 1 | REPACK = 1 |"))


@needs_llama_cpp
@pytest.mark.model
def test_the_model_loads_on_first_use_and_only_once(engine: LlamaCppEngine) -> None:
    engine.complete(prompts(engine, count=1), [None])
    model = engine._model
    engine.complete(prompts(engine, count=1), [None])
    assert engine.loaded and engine._model is model
    assert engine.model_id == "gemma-3-270m-q4_k_m"
    assert not engine.uses_chat_template and engine.plans_copy() and engine.tuned
    # The adapter was converted to llama.cpp's LoRA GGUF once, into the model cache.
    assert len(list(engine.settings.model_cache_dir.glob("lora/copy-clauses-*.gguf"))) == 1


@needs_llama_cpp
@pytest.mark.model
def test_batched_generation_matches_one_at_a_time(engine: LlamaCppEngine, tmp_path: Path) -> None:
    batch = prompts(engine)
    assert len({len(p.completion) for p in batch}) == len(batch)
    together = engine.complete(batch, [None] * 4)
    alone = engine_for(tmp_path, MAX_NEW_TOKENS="12", MAX_BATCH_SIZE="1")
    one_by_one = alone.complete(batch, [None] * 4)
    assert [c.text for c in together] == [c.text for c in one_by_one]
    assert [c.tokens_out for c in together] == [c.tokens_out for c in one_by_one]


@needs_llama_cpp
@pytest.mark.model
def test_token_counts_are_the_prompt_and_the_new_tokens(engine: LlamaCppEngine) -> None:
    batch = prompts(engine, count=2)
    results = engine.complete(batch, [None, None])
    for prompt, result in zip(batch, results, strict=True):
        assert result.tokens_in == len(engine.tokenize(prompt.completion))
        assert 0 < result.tokens_out <= 12
        assert prompt.completion[-40:] not in result.text  # the prompt is never echoed
        assert result.logprob < 0


@needs_llama_cpp
@pytest.mark.model
def test_generation_stops_at_a_stop_string(engine: LlamaCppEngine) -> None:
    prompt = replace(prompts(engine, count=1)[0], stop=("@@never@@",), max_new_tokens=24)
    free = engine.complete([prompt], [None])[0]
    assert free.tokens_out == 24
    stop = free.text[len(free.text) // 2 :][:3]
    stopped = engine.complete([replace(prompt, stop=(stop,))], [None])[0]
    assert stopped.tokens_out < free.tokens_out
    assert stop in stopped.text  # the completing token is kept, as the parsers expect
    assert free.text.startswith(stopped.text.split(stop)[0])


@needs_llama_cpp
@pytest.mark.model
def test_a_seed_makes_sampling_repeatable_and_greedy_is_the_default(
    engine: LlamaCppEngine,
) -> None:
    batch = prompts(engine, count=2)
    assert engine.complete(batch, [None, None]) == engine.complete(batch, [None, None])
    first = engine.complete(batch, [7, 8])
    assert first == engine.complete(batch, [7, 8])
    assert first != engine.complete(batch, [9, 10])
    assert first != engine.complete(batch, [None, None])
    # A draft depends on its own seed, not on which requests share its batch.
    assert engine.complete(batch[1:], [8]) == first[1:]
    assert engine.complete(batch, [None, 8])[1] == first[1]


@needs_llama_cpp
@pytest.mark.model
def test_identical_prompts_are_prefilled_once_and_sampled_apart(engine: LlamaCppEngine) -> None:
    """The planner asks for several candidate endings of one sentence: one prompt, n seeds."""
    prompt = prompts(engine, count=1)[0]
    greedy, *sampled = engine.complete([prompt] * 4, [None, 1, 2, 3])
    assert greedy == engine.complete([prompt], [None])[0]
    assert sampled == [engine.complete([prompt], [seed])[0] for seed in (1, 2, 3)]
    assert len({c.text for c in sampled}) > 1


@needs_llama_cpp
@pytest.mark.model
def test_the_adapter_writes_the_planners_clauses_and_leaves_every_other_prompt_alone(
    engine: LlamaCppEngine, tmp_path: Path
) -> None:
    plain = engine_for(tmp_path, MAX_NEW_TOKENS="12", ADAPTER="off")
    reply = prompts(plain, kind=DraftKind.REPLY, count=2)
    clause = [replace(p, adapter=True) for p in reply]
    assert engine.tuned and not plain.tuned
    assert engine.complete(reply, [None, None]) == plain.complete(reply, [None, None])
    assert engine.complete(clause, [None, None]) != plain.complete(clause, [None, None])
    assert list(tmp_path.glob("lora/*.gguf")) == []  # ADAPTER=off converts nothing


@needs_llama_cpp
@pytest.mark.model
def test_asking_for_cuda_without_a_gpu_build_is_a_clear_error(tmp_path: Path) -> None:
    import llama_cpp

    if llama_cpp.llama_supports_gpu_offload():
        pytest.skip("this llama-cpp-python was built with GPU support")
    engine = engine_for(tmp_path, DEVICE="cuda")
    with pytest.raises(GenerationError, match="without GPU support"):
        engine.load()


def prepare(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """``copydesk model prepare`` with ENGINE=llamacpp, its model cache under ``tmp_path``."""
    from click.testing import CliRunner

    from plugin.cli import main

    monkeypatch.setenv("COPYDESK_INSTANCE_PATH", str(tmp_path / "instance"))
    monkeypatch.setenv("COPYDESK_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite'}")
    monkeypatch.setenv("COPYDESK_ENGINE", "llamacpp")
    monkeypatch.setenv("COPYDESK_MODEL_CACHE_DIR", str(tmp_path / "models"))
    return CliRunner().invoke(main, ["model", "prepare"], catch_exceptions=False)


def test_model_prepare_without_llama_cpp_python_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "llama_cpp", None)
    result = prepare(tmp_path, monkeypatch)
    assert result.exit_code == 1
    assert "pip install 'copydesk[llamacpp]'" in result.output


@needs_llama_cpp
@pytest.mark.model
def test_model_prepare_converts_the_adapter_and_names_the_gguf_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = prepare(tmp_path, monkeypatch)
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith(".gguf")
    assert len(list((tmp_path / "models" / "lora").glob("copy-clauses-*.gguf"))) == 1
    assert not (tmp_path / "models" / "gemma-3-270m-q4_k_m").exists()  # no safetensors copy
