"""One reply draft for one question: screen it, retrieve the facts, decide, let the engine word
the answer, and keep the wording only when it is grounded; otherwise quote the facts, or say
politely that the details don't cover it and hand the question to the merchant."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import StrEnum

from plugin.domain import DraftKind, Finding, GenerationRequest, Listing, ShopVoice, Verdict
from plugin.domain import verdict_of as worst
from plugin.generation import is_refusal
from plugin.guardrails import GuardrailPolicy, check
from plugin.questions.decision import decide
from plugin.questions.embedding import Embedder
from plugin.questions.grounding import grounding_problems, uses_support
from plugin.questions.intents import closest_intent
from plugin.questions.passages import Passage
from plugin.questions.replies import NO_ANSWER, fixed_reply, quoted_reply
from plugin.questions.retrieval import ScoredPassage, rank
from plugin.questions.screening import screen

RANK_K = 6
MODEL_FACTS = 4
FIXED_VERSION = "questions-fixed-v1"
QUOTE_VERSION = "questions-quote-v1"


class Basis(StrEnum):
    """Where a reply's words come from."""

    MODEL = "model"  # the engine's wording, checked word by word against the facts
    QUOTE = "quote"  # the facts themselves, quoted
    REFUSAL = "refusal"  # a fixed polite reply; the merchant answers


@dataclass
class ComposedReply:
    text: str
    basis: Basis
    needs_merchant: bool
    flag: str = ""
    facts: list[ScoredPassage] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    model_id: str = ""
    prompt_version: str = FIXED_VERSION
    discarded: str = ""

    @property
    def verdict(self) -> Verdict:
        return worst(self.findings)

    @property
    def fact_texts(self) -> tuple[str, ...]:
        return tuple(item.passage.text for item in self.facts)


def compose_reply(
    question: str,
    listing: Listing,
    passages: list[Passage],
    *,
    embedder: Embedder,
    voice: ShopVoice,
    policy: GuardrailPolicy,
    max_tries: int,
    seed: int | None = None,
) -> ComposedReply:
    """The reply draft for ``question`` about ``listing``; ``passages``: every fact it may use.

    ``seed`` None words the reply greedily; a regeneration passes one so that the engine samples."""
    flag = screen(question) or closest_intent(question, embedder)
    if flag is not None:
        reply = ComposedReply(fixed_reply(flag, voice.language), Basis.REFUSAL, True, str(flag))
        return _checked(reply, listing, policy)
    ranked = rank(question, passages, embedder, RANK_K)
    decision = decide(ranked, question, listing.title)
    if not decision.answerable:
        reply = ComposedReply(
            fixed_reply(NO_ANSWER, voice.language), Basis.REFUSAL, True, facts=ranked
        )
        return _checked(reply, listing, policy)
    facts = _model_facts(listing, ranked)
    request = GenerationRequest(
        listing=listing,
        kind=DraftKind.REPLY,
        voice=voice,
        question=question,
        facts=facts,
        seed=seed,
    )
    from plugin.services.generate import run_pipeline

    attempt = run_pipeline([request], policy, max_tries)[0]
    assert attempt.result is not None
    worded = attempt.text.strip()
    usable = (
        worded
        and not is_refusal(worded)
        and attempt.verdict is not Verdict.BLOCK
        and not grounding_problems(worded, facts, question, listing.title)
        and uses_support(
            worded, [item.passage.text for item in decision.support], question, listing.title
        )
    )
    if usable:
        reply = ComposedReply(
            worded,
            Basis.MODEL,
            False,
            facts=ranked,
            model_id=attempt.result.model_id,
            prompt_version=attempt.result.prompt_version,
        )
    else:
        support = [item.passage.text for item in decision.support]
        reply = ComposedReply(
            quoted_reply(support, voice.language),
            Basis.QUOTE,
            False,
            facts=ranked,
            model_id=attempt.result.model_id,
            prompt_version=QUOTE_VERSION,
            discarded=worded,
        )
    return _checked(reply, listing, policy)


def _model_facts(listing: Listing, ranked: list[ScoredPassage]) -> tuple[str, ...]:
    """The product's name first (so the reply can name it), then the closest facts."""
    texts = [f"Product: {listing.title.strip()}"]
    for item in ranked[:MODEL_FACTS]:
        if item.passage.text not in texts:
            texts.append(item.passage.text)
    return tuple(texts)


def _checked(reply: ComposedReply, listing: Listing, policy: GuardrailPolicy) -> ComposedReply:
    """The guardrails over the final text, with the retrieved facts counted as support."""
    extra = policy.extra_facts + reply.fact_texts
    reply.findings = check(
        listing, reply.text, DraftKind.REPLY, dataclasses.replace(policy, extra_facts=extra)
    )
    return reply
