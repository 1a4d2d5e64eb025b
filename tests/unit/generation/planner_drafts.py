"""Drafts the content planner writes with no model, for the kinds' tests: every ending the
model would write fails (a title-case heading), so the planner's own sentences stand."""

import re
from collections.abc import Sequence

from plugin.domain import DraftKind, GenerationRequest, Listing, faq_from_text
from plugin.engine import sentence_passes
from plugin.generation.compose import Candidate, Slot, compose


def _no_model(slots: Sequence[Slot], seeds: Sequence[int | None]) -> list[Candidate]:
    return [Candidate(text=" A Heading For Nothing.", logprob=-9.0, tokens=5) for _ in slots]


def draft(listing: Listing, kind: DraftKind) -> str:
    return compose([GenerationRequest(listing=listing, kind=kind)], _no_model, sentence_passes)[0]


def faq(listing: Listing) -> dict[str, str]:
    return {i.question: i.answer for i in faq_from_text(draft(listing, DraftKind.FAQ))}


def text_of(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html).strip()
