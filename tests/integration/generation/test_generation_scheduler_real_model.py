"""Continuous batching with the embedded model: a shopper's reply asked while a batch of
descriptions decodes starts at the next step, ends before that batch, and reads as it does
alone (greedy). Tiny token budgets; the test asserts the order, never a time."""

import threading
from dataclasses import replace

import pytest

from plugin.domain import DraftKind, GenerationRequest, Listing
from plugin.generation import EngineSettings, Prompt, build_engine
from plugin.generation.engine import Completion
from plugin.generation.transformers_engine import TransformersEngine
from tests.engines import REPO

pytestmark = pytest.mark.model

TITLES = ["Hoodie with Logo", "Wool Beanie", "Insulated Steel Bottle 750 ml", "Linen Shirt"]


def test_a_reply_overtakes_a_decoding_batch_and_reads_as_it_does_alone() -> None:
    cache = str(REPO / "instance" / "models")
    engine = build_engine(EngineSettings.from_mapping({"MODEL_CACHE_DIR": cache, "DEVICE": "cpu"}))
    assert isinstance(engine, TransformersEngine)
    listings = [Listing(external_id=str(i), title=t) for i, t in enumerate(TITLES)]
    bulk = [
        replace(
            engine.prompt_for(GenerationRequest(listing=item, kind=DraftKind.DESCRIPTION)),
            stop=(),
            max_new_tokens=24,
        )
        for item in listings * 2
    ]
    reply = [
        replace(
            engine.prompt_for(
                GenerationRequest(listing=listings[0], kind=DraftKind.REPLY, question="Is it warm?")
            ),
            max_new_tokens=6,
        )
    ]
    engine.load()
    assert engine.scheduler is not None
    finished: list[str] = []
    outputs: dict[str, list[Completion]] = {}

    def ask(name: str, prompts: list[Prompt]) -> None:
        outputs[name] = engine.complete(prompts, [None] * len(prompts))
        finished.append(name)

    bulk_thread = threading.Thread(target=ask, args=("bulk", bulk))
    bulk_thread.start()
    while engine.scheduler.turns < 2:  # the batch is decoding
        threading.Event().wait(0.05)
    ask("reply", reply)
    bulk_thread.join()
    assert finished == ["reply", "bulk"]
    assert outputs["reply"] == engine.complete(reply, [None])
