"""What a reply draft is: where its words come from (``Basis``), the engine's wording of it
(``Wording``, ``WordReply``) and the composed reply with its facts and findings; the prompt
versions and limits the answering modules share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from plugin.domain import Finding, GenerationRequest, Verdict
from plugin.domain import verdict_of as worst
from plugin.guardrails import GuardrailPolicy
from plugin.questions.retrieval import ScoredPassage

RANK_K = 6
MODEL_FACTS = 4
FIXED_VERSION = "questions-fixed-v1"
QUOTE_VERSION = "questions-quote-v1"
STRUCTURE_VERSION = "questions-structure-v1"
# The model words replies in English only: the grounding check compares English words, and the
# 270M model's other languages are not reliable. Other languages get the structured frame.
MODEL_LANGUAGES = frozenset({"en"})
# Tries the engine gets to word one reply. A blocked or ungrounded wording is replaced by the
# quoted facts anyway, so repairing it buys little: on holdout_v2 the repair loop's retries were
# most of the 57 s p95 (three generations under load), for a handful of model-worded answers.
MODEL_TRIES = 1


class Basis(StrEnum):
    """Where a reply's words come from."""

    MODEL = "model"  # the engine's wording, checked word by word against the facts
    QUOTE = "quote"  # the facts themselves, quoted
    STRUCTURE = "structure"  # a structured fact (option, price, kind …) in a fixed frame
    REFUSAL = "refusal"  # a fixed polite reply; the merchant answers


@dataclass(frozen=True)
class Wording:
    """The engine's wording of one reply as the repair loop left it."""

    text: str
    blocked: bool
    model_id: str
    prompt_version: str


# Words one reply: (request, guardrail policy, tries) -> the wording. The service passes one
# backed by the engine and the repair loop; without one, answers the model would word are quoted.
WordReply = Callable[[GenerationRequest, GuardrailPolicy, int], Wording]


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
    language: str = "en"
    intent: str = ""
    # A structured reply's sentences: frames filled with the listing's values by code, so they
    # count as support when the guardrails check the reply in its language ("30 jours").
    frame_sentences: tuple[str, ...] = ()

    @property
    def verdict(self) -> Verdict:
        return worst(self.findings)

    @property
    def fact_texts(self) -> tuple[str, ...]:
        return tuple(item.passage.text for item in self.facts)
