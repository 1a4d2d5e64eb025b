"""The HTTP engine against a local server speaking the OpenAI wire format: real HTTP, no mocks."""

import time

import pytest

from plugin.domain import (
    DraftKind,
    GenerationRequest,
    Listing,
    ShopVoice,
    faq_from_text,
    seo_from_text,
)
from plugin.errors import GenerationError
from plugin.generation import REFUSAL, EngineSettings, build_engine
from plugin.generation.openai_engine import OpenAIEngine
from tests.integration.generation.fake_model_server import Fault, ModelServer

HOODIE = Listing(
    external_id="46", title="Hoodie with Logo", attributes={"Color": ["Blue"]}, price="45"
)


def engine_for(server: ModelServer, **config: object) -> OpenAIEngine:
    settings = EngineSettings.from_mapping(
        {"ENGINE": "openai", "OPENAI_BASE_URL": server.url, **config}
    )
    engine = OpenAIEngine(settings, backoff_seconds=0.01)
    return engine


def requests_for(*kinds: DraftKind) -> list[GenerationRequest]:
    return [GenerationRequest(listing=HOODIE, kind=k, question="Is it soft?") for k in kinds]


def test_build_engine_picks_the_http_engine_and_it_loads_no_model(
    model_server: ModelServer,
) -> None:
    settings = EngineSettings.from_mapping(
        {"ENGINE": "openai", "OPENAI_BASE_URL": model_server.url + "/v1"}
    )
    engine = build_engine(settings)
    assert isinstance(engine, OpenAIEngine)
    assert engine.api_root == model_server.url + "/v1"


def test_a_base_model_server_is_used_through_completions_after_refusing_chat(
    model_server: ModelServer,
) -> None:
    model_server.chat = False
    engine = engine_for(model_server)
    results = engine.generate(requests_for(*DraftKind))
    description, short, seo, faq, reply = (r.text for r in results)
    assert description.startswith("<p>Meet the <strong>Hoodie with Logo</strong>")
    assert short == "<p>The Hoodie with Logo in blue. A hoodie.</p>"
    assert "Facts" not in description and "###" not in description
    assert seo_from_text(seo).title == "Hoodie with Logo | Hoodies"
    assert len(faq_from_text(faq)) == 3
    assert reply == REFUSAL
    paths = [r.path for r in model_server.requests]
    assert paths[:3] == ["/v1/models", "/v1/chat/completions", "/v1/completions"]
    assert paths.count("/v1/chat/completions") == 1  # learnt once, not asked again
    completion = model_server.requests[-1].body
    assert completion["model"] == "tiny-gemma"
    assert completion["temperature"] == 0
    assert completion["prompt"].endswith("Answer:") or "Facts:" in completion["prompt"]
    assert len(completion["stop"]) <= 4
    assert results[0].model_id == "tiny-gemma"
    assert results[0].tokens_in > 100 and results[0].tokens_out > 3


def test_a_server_said_to_serve_a_base_model_writes_planned_descriptions(
    model_server: ModelServer,
) -> None:
    engine = engine_for(model_server, OPENAI_CHAT="false")
    [result] = engine.generate(requests_for(DraftKind.DESCRIPTION))
    assert result.text.startswith("<p>") and "<strong>Hoodie with Logo</strong>" in result.text
    assert "a blue hoodie with a logo." in result.text
    assert "Meet the" not in result.text and "45" not in result.text
    assert result.text.endswith("<ul><li>Color: Blue</li></ul>")
    prompts = [r.body["prompt"] for r in model_server.requests if r.path == "/v1/completions"]
    # Each opener of the hook is asked more than once: greedy, then sampled.
    assert len(prompts) > len(set(prompts)) >= 3
    assert result.prompt_version == "planned-v1"


def test_a_chat_server_gets_messages_and_a_seed_when_sampling(model_server: ModelServer) -> None:
    engine = engine_for(model_server, OPENAI_CHAT="true", OPENAI_MODEL="served-model")
    request = GenerationRequest(listing=HOODIE, kind=DraftKind.DESCRIPTION, seed=42)
    result = engine.generate([request])[0]
    assert "<ul>" not in result.text  # chat models write their own HTML
    body = model_server.requests[-1].body
    assert model_server.requests[-1].path == "/v1/chat/completions"
    assert body["model"] == "served-model"
    assert body["seed"] == 42 and body["temperature"] > 0
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert "Hoodie with Logo" in body["messages"][1]["content"]


def test_the_api_key_is_sent_as_a_bearer_token(model_server: ModelServer) -> None:
    engine = engine_for(model_server, OPENAI_API_KEY="sk-test", OPENAI_CHAT="false")
    engine.generate(requests_for(DraftKind.SEO))
    assert all(r.headers.get("Authorization") == "Bearer sk-test" for r in model_server.requests)


def test_429_and_5xx_are_retried_honouring_retry_after(model_server: ModelServer) -> None:
    model_server.faults = [Fault(429, headers={"Retry-After": "0.2"}), Fault(503)]
    engine = engine_for(model_server, OPENAI_CHAT="false")
    started = time.perf_counter()
    result = engine.generate(requests_for(DraftKind.REPLY))[0]
    assert time.perf_counter() - started >= 0.2
    assert result.text == REFUSAL
    assert [r.path for r in model_server.requests].count("/v1/completions") == 3


def test_a_stalled_server_times_out_and_is_retried(model_server: ModelServer) -> None:
    # The retry must be answered within the timeout, so leave a busy machine a full second for
    # it; the stalled first answer comes well after that.
    model_server.faults = [Fault(200, delay=3.0)]
    engine = engine_for(model_server, OPENAI_CHAT="false", OPENAI_TIMEOUT="1.0")
    result = engine.generate(requests_for(DraftKind.DESCRIPTION))[0]
    assert result.text.startswith("<p>")


def test_a_client_error_is_not_retried(model_server: ModelServer) -> None:
    model_server.faults = [Fault(401)]
    engine = engine_for(model_server, OPENAI_CHAT="false")
    with pytest.raises(GenerationError, match="401") as caught:
        engine.generate(requests_for(DraftKind.REPLY))
    assert not caught.value.retryable
    assert [r.path for r in model_server.requests].count("/v1/completions") == 1


def test_a_server_that_keeps_failing_gives_a_retryable_error(model_server: ModelServer) -> None:
    model_server.faults = [Fault(500)] * 10
    engine = engine_for(model_server, OPENAI_CHAT="false")
    with pytest.raises(GenerationError) as caught:
        engine.generate(requests_for(DraftKind.REPLY))
    assert caught.value.retryable
    assert [r.path for r in model_server.requests].count("/v1/completions") == engine.attempts


def test_concurrency_is_limited_and_results_keep_their_order(model_server: ModelServer) -> None:
    model_server.delay = 0.1
    engine = engine_for(model_server, OPENAI_CHAT="false", OPENAI_CONCURRENCY="3")
    listings = [Listing(external_id=str(i), title=f"Hoodie {i}") for i in range(9)]
    requests = [GenerationRequest(listing=item, kind=DraftKind.REPLY) for item in listings]
    started = time.perf_counter()
    results = engine.generate(requests)
    elapsed = time.perf_counter() - started
    assert model_server.max_in_flight == 3
    assert elapsed < 9 * 0.1  # in parallel, not one by one
    assert [r.text for r in results] == [f"It is the Hoodie {i}." for i in range(9)]


def test_a_chat_model_gets_the_content_plan_to_rewrite_in_english_only(
    model_server: ModelServer,
) -> None:
    engine = engine_for(model_server, OPENAI_CHAT="true")
    bottle = Listing(
        external_id="b1",
        title="Steel Bottle",
        attributes={"Dishwasher safe": ["Yes"], "Capacity": ["750 ml"]},
        price="25",
    )
    result = engine.generate([GenerationRequest(listing=bottle, kind=DraftKind.DESCRIPTION)])[0]
    user = model_server.requests[-1].body["messages"][1]["content"]
    # The planner's plain draft, every claim the listing's, with its known reason.
    assert "A plain draft made from these facts" in user
    assert "dishwasher safe, so" in user and "750 ml" in user
    assert result.prompt_version == "description-v3-plan"
    # The plan is English: a shop writing German keeps the single prompt.
    german = GenerationRequest(
        listing=bottle, kind=DraftKind.DESCRIPTION, voice=ShopVoice(language="de")
    )
    engine.generate([german])
    assert "A plain draft" not in model_server.requests[-1].body["messages"][1]["content"]
