"""The words of an answered reply: a structured answer in the reply language's frame, or the
engine's wording of the closest facts, kept only when it is grounded in them."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from plugin.domain import DraftKind, GenerationRequest, Listing, ShopVoice
from plugin.generation import is_refusal
from plugin.guardrails import GuardrailPolicy
from plugin.questions.grounding import grounding_problems, uses_support
from plugin.questions.passages import Passage
from plugin.questions.reply_draft import (
    MODEL_FACTS,
    MODEL_TRIES,
    STRUCTURE_VERSION,
    Basis,
    ComposedReply,
    WordReply,
)
from plugin.questions.retrieval import ScoredPassage
from plugin.questions.slot_replies import sentence, slot_reply
from plugin.questions.slots import SlotAnswer


def _from_slot(
    slot: SlotAnswer,
    question: str,
    listing: Listing,
    voice: ShopVoice,
    policy: GuardrailPolicy,
    max_tries: int,
    seed: int | None,
    language: str,
) -> ComposedReply:
    """A structured answer: the slot's facts in the reply language's frame, quoted as the
    listing has them. The model is not asked to word it: on the in-sample dev set its wordings
    of slot facts passed the word check while wrong ("The grinder cost before the sale was
    $52.00." for a regular price of $59.00) and tripled the 95th-percentile reply time."""
    facts = [ScoredPassage(Passage("structure", line), 1.0, ()) for line in slot.lines]
    worded, model_id = "", ""
    return ComposedReply(
        slot_reply(slot, language),
        Basis.STRUCTURE,
        False,
        facts=facts,
        model_id=model_id,
        prompt_version=STRUCTURE_VERSION,
        discarded=worded,
        language=language,
        intent=slot.intent,
        frame_sentences=tuple(sentence(part, language) for part in slot.parts),
    )


def _worded(
    word: WordReply,
    question: str,
    listing: Listing,
    facts: tuple[str, ...],
    voice: ShopVoice,
    policy: GuardrailPolicy,
    max_tries: int,
    seed: int | None,
) -> tuple[str, str, str]:
    """The engine's wording of an answer from ``facts``: (text, model id, prompt version);
    an empty text when it refused or the guardrails block it."""
    request = GenerationRequest(
        listing=listing,
        kind=DraftKind.REPLY,
        voice=dataclasses.replace(voice, language="en"),
        question=question,
        facts=facts,
        seed=seed,
    )
    extra = dataclasses.replace(policy, language="en", extra_facts=policy.extra_facts + facts)
    wording = word(request, extra, min(max_tries, MODEL_TRIES))
    worded = wording.text.strip()
    if not worded or is_refusal(worded) or wording.blocked:
        worded = ""
    return worded, wording.model_id, wording.prompt_version


def _grounded(
    worded: str, facts: Sequence[str], support: Sequence[str], question: str, listing: Listing
) -> bool:
    return not grounding_problems(worded, facts, question, listing.title) and uses_support(
        worded, support, question, listing.title
    )


def _model_facts(listing: Listing, ranked: list[ScoredPassage]) -> tuple[str, ...]:
    """The product's name first (so the reply can name it), then the closest facts."""
    texts = [f"Product: {listing.title.strip()}"]
    for item in ranked[:MODEL_FACTS]:
        if item.passage.text not in texts:
            texts.append(item.passage.text)
    return tuple(texts)
