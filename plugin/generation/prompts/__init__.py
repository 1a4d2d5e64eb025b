"""Versioned prompts, one module per kind of copy. The version is stored on every draft."""

from __future__ import annotations

from plugin.domain import DraftKind, GenerationRequest
from plugin.generation.facts import build_facts
from plugin.generation.prompts import description, faq, reply, seo, short_description
from plugin.generation.prompts.common import Prompt

_BUILDERS = {
    DraftKind.DESCRIPTION: description,
    DraftKind.SHORT_DESCRIPTION: short_description,
    DraftKind.SEO: seo,
    DraftKind.FAQ: faq,
    DraftKind.REPLY: reply,
}

PROMPT_VERSIONS: dict[DraftKind, str] = {kind: m.VERSION for kind, m in _BUILDERS.items()}


def build_prompt(request: GenerationRequest) -> Prompt:
    """The prompt for one request. A reply is answered from the facts it brings (retrieved for
    the question); other kinds use the listing's facts plus any the request adds (an FAQ gets the
    merchant's approved answers to customer questions)."""
    if request.kind is DraftKind.REPLY and request.facts:
        facts = list(request.facts)
    else:
        facts = build_facts(request.listing) + list(request.facts)
    return _BUILDERS[request.kind].build(request, facts)


__all__ = ["PROMPT_VERSIONS", "Prompt", "build_prompt"]
