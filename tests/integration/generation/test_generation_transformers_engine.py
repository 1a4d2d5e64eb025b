"""The local engine on a tiny random model: batching, padding, stops, sampling, chat templates."""

import logging
from dataclasses import replace
from pathlib import Path

import pytest

from plugin.domain import DraftKind, GenerationRequest, Listing
from plugin.errors import GenerationError
from plugin.generation import EngineSettings, Prompt, build_engine
from plugin.generation.transformers_engine import PREFILL_GROUP, TransformersEngine

TITLES = ["Cap", "Hoodie with Logo", "Long Sleeve Tee", "Beanie with Logo and a rather long name"]


def engine_for(model_dir: Path, **config: object) -> TransformersEngine:
    # Batching is held to exactly what one row gets alone: float32's sums (a bfloat16 model's
    # depend on the padding around a row).
    settings = EngineSettings.from_mapping(
        {"MODEL": str(model_dir), "DEVICE": "cpu", "MODEL_PRECISION": "float32", **config}
    )
    engine = build_engine(settings)
    assert isinstance(engine, TransformersEngine)
    return engine


def prompts(
    engine: TransformersEngine, kind: DraftKind = DraftKind.DESCRIPTION, count: int = 4
) -> list[Prompt]:
    """Prompts as ``generate`` makes them (with the engine's token limit), of varied lengths."""
    listings = [
        Listing(external_id=str(i), title=t, tags=["tag"] * i) for i, t in enumerate(TITLES)
    ]
    return [
        engine.prompt_for(GenerationRequest(listing=item, kind=kind, question="Warm?"))
        for item in listings[:count]
    ]


def test_the_model_loads_on_first_use_and_only_once(tiny_model_dir: Path) -> None:
    engine = engine_for(tiny_model_dir)
    assert not engine.loaded
    engine.complete(prompts(engine, count=1), [None])
    model = engine._model
    engine.complete(prompts(engine, count=1), [None])
    assert engine.loaded and engine._model is model
    assert engine.model_id == str(tiny_model_dir)
    assert not engine.uses_chat_template


def test_batched_generation_matches_one_at_a_time(
    tiny_model_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    engine = engine_for(tiny_model_dir, MAX_NEW_TOKENS="16")
    batch = prompts(engine)
    lengths = {len(p.completion) for p in batch}
    assert len(lengths) == len(batch)  # different lengths: left padding is exercised
    caplog.set_level(logging.DEBUG, logger="plugin.generation.transformers_engine")
    together = engine.complete(batch, [None] * 4)
    batch_logs = [r for r in caplog.records if "batch of" in r.getMessage()]
    assert [r.args[0] for r in batch_logs] == [4]  # type: ignore[index]
    assert batch_logs[0].args[2] > 100  # type: ignore[index]  # the few-shot part is shared
    alone = engine_for(tiny_model_dir, MAX_NEW_TOKENS="16", MAX_BATCH_SIZE="1")
    one_by_one = alone.complete(batch, [None] * 4)
    assert [c.text for c in together] == [c.text for c in one_by_one]
    assert [c.tokens_out for c in together] == [c.tokens_out for c in one_by_one]


@pytest.mark.parametrize("model", ["tiny_model_dir", "tiny_gemma_dir"])
def test_a_batch_larger_than_a_prefill_group_still_matches_one_at_a_time(
    model: str, request: pytest.FixtureRequest
) -> None:
    """Rows' own prompt parts are computed in groups of similar length and joined into one
    cache: with more rows than a group and widely varied lengths, every row still gets exactly
    what it gets alone, on a Llama and on a Gemma 3 with a sliding-window layer."""
    model_dir: Path = request.getfixturevalue(model)
    engine = engine_for(model_dir, MAX_NEW_TOKENS="12")
    listings = [
        Listing(external_id=str(i), title=f"Mug {i}", tags=["stoneware"] * (i * 3 % 17))
        for i in range(PREFILL_GROUP * 2 + 3)
    ]
    batch = [
        engine.prompt_for(GenerationRequest(listing=item, kind=DraftKind.DESCRIPTION))
        for item in listings
    ]
    assert len({len(p.completion) for p in batch}) > PREFILL_GROUP  # groups of varied widths
    together = engine.complete(batch, [None] * len(batch))
    alone = engine_for(model_dir, MAX_NEW_TOKENS="12", MAX_BATCH_SIZE="1")
    one_by_one = alone.complete(batch, [None] * len(batch))
    assert [c.text for c in together] == [c.text for c in one_by_one]


def test_the_token_budget_splits_batches_longest_first(
    tiny_model_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="plugin.generation.transformers_engine")
    engine = engine_for(tiny_model_dir, MAX_NEW_TOKENS="8", MAX_BATCH_TOKENS="700")
    engine.complete(prompts(engine), [None] * 4)
    sizes = [r.args[0] for r in caplog.records if "batch of" in r.getMessage()]  # type: ignore[index]
    assert sum(sizes) == 4 and len(sizes) > 1


def test_token_counts_are_the_prompt_and_the_new_tokens(tiny_model_dir: Path) -> None:
    engine = engine_for(tiny_model_dir, MAX_NEW_TOKENS="12")
    batch = prompts(engine, count=2)
    results = engine.complete(batch, [None, None])
    tokenizer = engine._tokenizer
    for prompt, result in zip(batch, results, strict=True):
        assert result.tokens_in == len(tokenizer(prompt.completion)["input_ids"])
        assert 0 < result.tokens_out <= 12
        assert prompt.completion[-40:] not in result.text  # the prompt is never echoed


def test_generation_stops_at_a_stop_string(tiny_model_dir: Path) -> None:
    engine = engine_for(tiny_model_dir, MAX_NEW_TOKENS="24")
    prompt = replace(prompts(engine, count=1)[0], stop=("@@never@@",))
    free = engine.complete([prompt], [None])[0]
    assert free.tokens_out == 24
    stop = free.text[len(free.text) // 2 :][:3]
    stopped = engine.complete([replace(prompt, stop=(stop,))], [None])[0]
    assert stopped.tokens_out < free.tokens_out
    assert free.text.startswith(stopped.text.split(stop)[0])


def test_a_seed_makes_sampling_repeatable_and_greedy_is_the_default(
    tiny_model_dir: Path,
) -> None:
    engine = engine_for(tiny_model_dir, MAX_NEW_TOKENS="16")
    batch = prompts(engine, count=2)
    assert engine.complete(batch, [None, None]) == engine.complete(batch, [None, None])
    first = engine.complete(batch, [7, 8])
    assert first == engine.complete(batch, [7, 8])
    assert first != engine.complete(batch, [9, 10])
    assert first != engine.complete(batch, [None, None])
    # A draft depends on its own seed, not on which requests share its batch.
    assert engine.complete(batch[1:], [8]) == first[1:]
    assert engine.complete(batch, [None, 8])[1] == first[1]


def test_a_model_with_a_chat_template_gets_it(tiny_chat_model_dir: Path) -> None:
    engine = engine_for(tiny_chat_model_dir, MAX_NEW_TOKENS="8")
    prompt = prompts(engine, kind=DraftKind.SEO, count=1)[0]
    result = engine.complete([prompt], [None])[0]
    assert engine.uses_chat_template and result.chat
    text = engine.prompt_text(prompt)
    assert text.startswith("<system>You write product copy")
    assert text.endswith("<assistant>")
    assert "###" not in text  # no few-shot examples for a chat model


def test_asking_for_cuda_without_one_is_a_clear_error(tiny_model_dir: Path) -> None:
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA")
    engine = engine_for(tiny_model_dir, DEVICE="cuda")
    with pytest.raises(GenerationError, match="cuda"):
        engine.complete(prompts(engine, count=1), [None])


def test_a_missing_model_is_a_generation_error(tmp_path: Path) -> None:
    engine = engine_for(tmp_path / "nothing-here")
    with pytest.raises(GenerationError, match="cannot load"):
        engine.complete(prompts(engine, count=1), [None])


def test_an_adapter_writes_the_planners_clauses_and_leaves_every_other_prompt_alone(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(0)
    base = AutoModelForCausalLM.from_pretrained(str(tiny_model_dir))
    lora = LoraConfig(r=4, target_modules=["q_proj", "v_proj"], init_lora_weights=False)
    get_peft_model(base, lora).save_pretrained(str(tmp_path / "adapter"))

    plain = engine_for(tiny_model_dir, MAX_NEW_TOKENS="12", ADAPTER="off")
    tuned = engine_for(tiny_model_dir, MAX_NEW_TOKENS="12", ADAPTER=str(tmp_path / "adapter"))
    reply = prompts(plain, kind=DraftKind.REPLY, count=2)
    clause = [replace(p, adapter=True) for p in reply]
    assert tuned.complete(reply, [None, None]) == plain.complete(reply, [None, None])
    assert tuned.tuned and not plain.tuned
    assert tuned.complete(clause, [None, None]) != plain.complete(clause, [None, None])
    # Only an adapter that says it was taught to weave rewrites descriptions whole.
    assert not tuned.weaves
    (tmp_path / "adapter" / "copydesk_tasks.json").write_text('["clauses", "weave"]')
    weaver = engine_for(tiny_model_dir, MAX_NEW_TOKENS="12", ADAPTER=str(tmp_path / "adapter"))
    weaver.load()
    assert weaver.weaves


def test_an_adapter_path_that_is_not_an_adapter_is_a_clear_error(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    engine = engine_for(tiny_model_dir, ADAPTER=str(tmp_path))
    with pytest.raises(GenerationError, match="not a PEFT adapter"):
        engine.load()


def test_cpu_threads_sets_the_thread_pool_the_model_computes_with(tiny_model_dir: Path) -> None:
    import torch

    before = torch.get_num_threads()
    try:
        engine = engine_for(tiny_model_dir, CPU_THREADS="1", MAX_NEW_TOKENS="4")
        engine.complete(prompts(engine, count=1), [None])
        assert torch.get_num_threads() == 1
    finally:
        torch.set_num_threads(before)
