"""The embedded model's output layer cut to the kept vocabulary writes what the whole
vocabulary writes, greedily, on copy that stays inside the kept set; and sampling still works.

Loads the real model three times (the whole vocabulary in float32, the engine as configured by
default, and the kept vocabulary in float32 for sampling), sharing ``make run``'s model cache.
"""

import math

import pytest
import torch

from plugin.domain import DraftKind, GenerationRequest, Listing
from plugin.generation import EngineSettings, build_engine
from plugin.generation.transformers_engine import TransformersEngine
from tests.engines import REPO

pytestmark = pytest.mark.model

LISTINGS = [
    Listing(
        external_id="1",
        title="Hoodie with Logo",
        categories=["Clothing > Hoodies"],
        attributes={"Color": ["Blue"]},
    ),
    Listing(
        external_id="2",
        title="Wollmütze Größe M",
        categories=["Mützen"],
        attributes={"Material": ["Schurwolle"]},
    ),
    # A name in another script: the batch's prompt tokens are scored too, so it can be copied.
    Listing(external_id="3", title="Matcha Bowl 抹茶碗", attributes={"Material": ["Stoneware"]}),
    Listing(external_id="4", title="Insulated Steel Bottle 750 ml", tags=["bottle"]),
]


def engine(**config: str) -> TransformersEngine:
    cache = str(REPO / "instance" / "models")
    # The cut's exactness is float32's: a bfloat16 model's logits are its own (see the
    # precision test below).
    settings = {
        "MODEL_CACHE_DIR": cache,
        "DEVICE": "cpu",
        "MAX_NEW_TOKENS": "24",
        "MODEL_PRECISION": "float32",
        **config,
    }
    built = build_engine(EngineSettings.from_mapping(settings))
    assert isinstance(built, TransformersEngine)
    return built


@pytest.fixture(scope="module")
def engines() -> tuple[TransformersEngine, TransformersEngine]:
    return engine(LANGUAGES="all", OUTPUT_PRECISION="float32"), engine()


def test_greedy_copy_is_the_whole_vocabularys_on_text_inside_the_kept_set(
    engines: tuple[TransformersEngine, TransformersEngine],
) -> None:
    whole, kept = engines
    requests = [
        GenerationRequest(listing=item, kind=kind, question="Is it warm?")
        for item in LISTINGS
        for kind in (DraftKind.DESCRIPTION, DraftKind.SEO, DraftKind.REPLY)
    ]
    prompts = [whole.prompt_for(r) for r in requests]
    full = whole.complete(prompts, [None] * len(prompts))
    cut = kept.complete(prompts, [None] * len(prompts))
    assert kept.output_head.columns < 0.7 * whole.output_head.columns
    # The texts stay inside the kept set (with each prompt's own tokens), and are the same.
    assert any("抹茶" in c.text for c in full)
    assert [c.text for c in cut] == [c.text for c in full]
    assert [c.tokens_out for c in cut] == [c.tokens_out for c in full]


def test_sampling_draws_from_the_kept_set_repeatably(
    engines: tuple[TransformersEngine, TransformersEngine],
) -> None:
    _, kept = engines
    prompt = kept.prompt_for(GenerationRequest(listing=LISTINGS[0], kind=DraftKind.DESCRIPTION))
    first = kept.complete([prompt, prompt], [11, 12])
    assert first == kept.complete([prompt, prompt], [11, 12])
    assert first[0] != first[1]
    for completion in first:
        assert completion.tokens_out > 0 and completion.text.strip()
        assert -math.inf < completion.logprob < 0


def test_a_seeded_draft_is_the_whole_vocabularys_when_the_nucleus_is_inside_the_kept_set(
    engines: tuple[TransformersEngine, TransformersEngine],
) -> None:
    """A draw depends on the nucleus alone, so cutting the vocabulary's tail moves no sample
    (in float32 both: bfloat16 products only approximate the logits past the best few)."""
    whole, _ = engines
    kept = engine(OUTPUT_PRECISION="float32")
    requests = [
        GenerationRequest(listing=LISTINGS[i], kind=kind, question="Is it warm?")
        for i in (0, 3)
        for kind in (DraftKind.DESCRIPTION, DraftKind.REPLY)
    ]
    prompts = [whole.prompt_for(r) for r in requests] * 2
    seeds = list(range(101, 101 + len(prompts)))
    full = whole.complete(prompts, seeds)
    cut = kept.complete(prompts, seeds)
    assert kept.output_head.precision == "float32"
    assert kept.output_head.columns < 0.7 * whole.output_head.columns
    assert len({c.text for c in full}) > len(requests)  # the seeds drew different drafts
    assert [c.text for c in cut] == [c.text for c in full]


def test_the_model_runs_in_the_precision_asked_for_and_writes_the_same_kind_of_copy(
    engines: tuple[TransformersEngine, TransformersEngine],
) -> None:
    _, single = engines
    half = engine(MODEL_PRECISION="bfloat16")
    assert next(single.model.parameters()).dtype == torch.float32
    assert next(half.model.parameters()).dtype == torch.bfloat16
    requests = [GenerationRequest(listing=item, kind=DraftKind.SEO) for item in LISTINGS]
    prompts = [single.prompt_for(r) for r in requests]
    full = single.complete(prompts, [None] * len(prompts))
    halved = half.complete(prompts, [None] * len(prompts))
    assert all(c.text.strip() and c.tokens_out > 0 for c in halved)
    # Greedy texts may part where two tokens' logits are within bfloat16's rounding; most
    # listings keep float32's text.
    assert sum(a.text == b.text for a, b in zip(full, halved, strict=True)) >= len(LISTINGS) // 2
