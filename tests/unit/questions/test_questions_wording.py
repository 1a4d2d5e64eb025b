"""The engine's wording of a reply, without an app: the repair loop takes the engine, and
``compose_reply`` takes the wording, so both run here with the fake engine."""

from __future__ import annotations

from functools import partial

from plugin.domain import DraftKind, GenerationRequest, Listing, ShopVoice
from plugin.guardrails import GuardrailPolicy
from plugin.questions.answering import Basis, compose_reply
from plugin.questions.passages import collect_passages
from plugin.services.generate import run_pipeline
from plugin.services.questions import word_with
from tests.fakes.engine import FakeEngine

QUESTION = "Does the hoodie have a pocket?"


def ask(listing: Listing, embedder, engine: FakeEngine | None) -> object:
    return compose_reply(
        QUESTION,
        listing,
        collect_passages(listing, listing.faq, {}),
        embedder=embedder,
        voice=ShopVoice(),
        policy=GuardrailPolicy(),
        max_tries=3,
        word=partial(word_with, engine) if engine is not None else None,
    )


def test_the_repair_loop_retries_a_blocked_draft_with_the_engine_it_is_given(
    hoodie: Listing,
) -> None:
    wrong = "<p>The Hoodie weighs 5 kg and is made of silk, a soft hoodie for cool evenings.</p>"
    engine = FakeEngine({hoodie.external_id: [wrong] * 5})
    request = GenerationRequest(listing=hoodie, kind=DraftKind.DESCRIPTION, voice=ShopVoice())
    [attempt] = run_pipeline(engine, [request], GuardrailPolicy(), 3)
    assert attempt.tries == 3 and len(engine.requests) == 3
    retries = engine.requests[1:]
    assert all(r.feedback for r in retries) and len({r.seed for r in retries}) == 2


def test_a_grounded_wording_is_kept(hoodie: Listing, embedder) -> None:
    engine = FakeEngine({hoodie.external_id: ["Yes, it has a roomy front pocket."]})
    reply = ask(hoodie, embedder, engine)
    assert reply.basis is Basis.MODEL
    assert reply.text == "Yes, it has a roomy front pocket."
    assert engine.requests[0].question == QUESTION


def test_an_invented_wording_is_replaced_by_the_facts_quoted(hoodie: Listing, embedder) -> None:
    engine = FakeEngine({hoodie.external_id: ["Yes, it has two zipped pockets made of silk."]})
    reply = ask(hoodie, embedder, engine)
    assert reply.basis is Basis.QUOTE and "roomy front pocket" in reply.text
    assert "silk" not in reply.text
    assert len(engine.requests) == 1, "a reply's wording gets one try (MODEL_TRIES)"


def test_without_an_engine_the_facts_are_quoted(hoodie: Listing, embedder) -> None:
    reply = ask(hoodie, embedder, None)
    assert reply.basis is Basis.QUOTE and "roomy front pocket" in reply.text
