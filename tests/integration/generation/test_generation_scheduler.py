"""Continuous batching on a tiny random model: a reply starts while a bulk batch decodes and
ends first, and rows started mid-batch write what they write alone."""

import logging
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from plugin.domain import DraftKind, GenerationRequest, Listing
from plugin.generation import EngineSettings, Prompt, build_engine
from plugin.generation.engine import Completion
from plugin.generation.transformers_engine import TransformersEngine

TITLES = ["Cap", "Hoodie with Logo", "Long Sleeve Tee", "Beanie with Logo", "Scarf", "Mug"]


def engine_for(model_dir: Path, **config: object) -> TransformersEngine:
    # Batching is held to exactly what one row gets alone: float32's sums (a bfloat16 model's
    # depend on the padding around a row).
    settings = EngineSettings.from_mapping(
        {"MODEL": str(model_dir), "DEVICE": "cpu", "MODEL_PRECISION": "float32", **config}
    )
    engine = build_engine(settings)
    assert isinstance(engine, TransformersEngine)
    return engine


def prompts(engine: TransformersEngine, kind: DraftKind, count: int) -> list[Prompt]:
    listings = [
        Listing(external_id=str(i), title=t, tags=["tag"] * i) for i, t in enumerate(TITLES)
    ]
    return [
        engine.prompt_for(GenerationRequest(listing=item, kind=kind, question="Warm?"))
        for item in listings[:count]
    ]


def long_copy(engine: TransformersEngine, count: int) -> list[Prompt]:
    """Description prompts that decode for hundreds of steps (the random model runs on)."""
    return [
        replace(p, stop=(), max_new_tokens=600)
        for p in prompts(engine, DraftKind.DESCRIPTION, count)
    ]


def in_thread(
    engine: TransformersEngine, batch: list[Prompt], name: str, finished: list[str]
) -> tuple[threading.Thread, list[Completion]]:
    out: list[Completion] = []

    def run() -> None:
        out.extend(engine.complete(batch, [None] * len(batch)))
        finished.append(name)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, out


def test_a_reply_asked_while_a_batch_decodes_starts_at_once_and_ends_first(
    tiny_model_dir: Path,
) -> None:
    engine = engine_for(tiny_model_dir)
    engine.load()
    bulk = long_copy(engine, 4)
    reply = prompts(engine, DraftKind.REPLY, 1)
    finished: list[str] = []
    bulk_thread, bulk_out = in_thread(engine, bulk, "bulk", finished)
    scheduler = engine.scheduler
    assert scheduler is not None
    while scheduler.turns < 3:  # the bulk batch is decoding
        threading.Event().wait(0.01)
    reply_thread, reply_out = in_thread(engine, reply, "reply", finished)
    reply_thread.join()
    bulk_thread.join()
    assert finished == ["reply", "bulk"]
    assert min(c.tokens_out for c in bulk_out) > reply_out[0].tokens_out
    # The reply reads as it does alone (greedy), and so does the batch it overtook.
    assert reply_out == engine.complete(reply, [None])
    alone = engine_for(tiny_model_dir, CONTINUOUS_BATCHING="false")
    assert bulk_out == alone.complete(bulk, [None] * len(bulk))


def test_rows_started_as_others_end_write_what_they_write_alone(
    tiny_model_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Six prompts in batches of four: the last two start, from the same call or another
    caller's, as soon as rows of the first batch end, and read as they do one at a time."""
    engine = engine_for(tiny_model_dir, MAX_BATCH_SIZE="4", MAX_NEW_TOKENS="24")
    first = prompts(engine, DraftKind.DESCRIPTION, 6)
    second = [replace(p, max_new_tokens=24) for p in prompts(engine, DraftKind.SEO, 3)]
    caplog.set_level(logging.DEBUG, logger="plugin.generation.scheduler")
    finished: list[str] = []
    threads = [
        in_thread(engine, first, "first", finished),
        in_thread(engine, second, "second", finished),
    ]
    for thread, _ in threads:
        thread.join()
    alone = engine_for(
        tiny_model_dir, MAX_BATCH_SIZE="1", MAX_NEW_TOKENS="24", CONTINUOUS_BATCHING="false"
    )
    for batch, (_, out) in zip((first, second), threads, strict=True):
        assert [c.text for c in out] == [c.text for c in alone.complete(batch, [None] * len(batch))]
    assert sorted(finished) == ["first", "second"]
    beside = [r.args[2] for r in caplog.records if r.getMessage().startswith("starting")]
    assert any(0 < n < 4 for n in beside)  # type: ignore[operator]  # rows started mid-batch


def test_calls_without_continuous_batching_take_turns(tiny_model_dir: Path) -> None:
    engine = engine_for(tiny_model_dir, CONTINUOUS_BATCHING="false")
    assert engine.scheduler is None
    batch = prompts(engine, DraftKind.REPLY, 2)
    assert engine.complete(batch, [None, None]) == engine_for(tiny_model_dir).complete(
        batch, [None, None]
    )
