"""What both engines share: prompts in, parsed and validated copy out, unusable output retried.

An engine only has to say how it turns prompts into raw completions (``complete``); building
the prompts, parsing, validation and the retry policy live here, once.
"""

from __future__ import annotations

import time
from abc import abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from plugin.domain import DraftKind, GenerationRequest, GenerationResult, Listing
from plugin.errors import GenerationError
from plugin.generation.compose import (
    Candidate,
    Complete,
    SentenceCheck,
    Slot,
    compose,
    plain_draft,
    write_plans,
)
from plugin.generation.in_language import IN_LANGUAGE_VERSION
from plugin.generation.in_language_kinds import in_language
from plugin.generation.output import MalformedOutput, parse_output
from plugin.generation.plan import Plan
from plugin.generation.prompts import Prompt, build_prompt
from plugin.generation.prompts.description import with_plan
from plugin.generation.render import Written
from plugin.generation.shop_check import ShopCheck, in_shop_language
from plugin.language_id import base_code
from plugin.ports import GenerationEngine

# Kinds a completion model writes through the content planner (English copy), or from the
# listing's facts in the shop's language (``in_language``, every other language). Replies stay
# prompted.
PLANNED_KINDS = (DraftKind.DESCRIPTION, DraftKind.SHORT_DESCRIPTION, DraftKind.SEO, DraftKind.FAQ)
PLANNED_VERSION = "planned-v1"

_RETRY_SEED_STEP = 7919


@dataclass(frozen=True)
class Completion:
    """A model's raw continuation of one prompt, with its token counts and the summed
    log-probability of its tokens (0 where the engine cannot tell)."""

    text: str
    tokens_in: int
    tokens_out: int
    chat: bool = False
    # Floating-point noise differs with the batch a row ran in; equal texts are equal.
    logprob: float = field(default=0.0, compare=False)


class PartialGenerationError(GenerationError):
    """Some requests kept producing unusable output. ``results`` holds the good ones (None
    where a request failed) and ``failures`` the reason per failed request index."""

    def __init__(self, results: list[GenerationResult | None], failures: dict[int, str]) -> None:
        reasons = "; ".join(f"#{i}: {why}" for i, why in sorted(failures.items()))
        super().__init__(f"{len(failures)} of {len(results)} requests failed: {reasons}")
        self.results = results
        self.failures = failures


def _in_english(request: GenerationRequest) -> bool:
    """The planner writes English; a completion model writes other languages' copy from the
    listing's facts in their own words (``in_language``), a chat model from its prompts."""
    return base_code(request.voice.language) == "en"


def attempt_seed(seed: int | None, attempt: int) -> int | None:
    """The first try honours the request (None: greedy); each retry samples with a new seed,
    since greedy decoding would only repeat the same unusable text."""
    if attempt == 0:
        return seed
    return ((seed or 0) + attempt * _RETRY_SEED_STEP) % (2**31)


class PromptedEngine(GenerationEngine):
    """A generation engine that works by completing our versioned prompts."""

    def __init__(
        self,
        model_id: str,
        retries: int,
        max_new_tokens: int | None = None,
        planned: bool = True,
    ) -> None:
        self.model_id = model_id
        self.retries = retries
        self.max_new_tokens = max_new_tokens
        # PLANNED_COPY: off writes every kind from one prompt, as before the planner.
        self.planned = planned
        # Whether a finished sentence may be kept in a language (the guardrails, set by the app):
        # English for the planned English copy, the shop's for copy in its language.
        self.sentence_check: ShopCheck | None = None

    @abstractmethod
    def complete(self, prompts: Sequence[Prompt], seeds: Sequence[int | None]) -> list[Completion]:
        """One raw completion per prompt, in order; ``seed`` None means greedy decoding."""

    def prompt_for(self, request: GenerationRequest) -> Prompt:
        prompt = build_prompt(request)
        if request.kind is DraftKind.DESCRIPTION and self.planned and _in_english(request):
            # A chat model writes the description from the plan (a completion model finishes
            # the plan's sentences instead: ``_generate_planned``).
            prompt = with_plan(prompt, plain_draft(request))
        if self.max_new_tokens:
            prompt = replace(prompt, max_new_tokens=self.max_new_tokens)
        return prompt

    def plans_copy(self) -> bool:
        """Whether descriptions are planned and finished clause by clause (a completion model)
        rather than written whole from one prompt (a chat model, which follows a task)."""
        return False

    @property
    def tuned(self) -> bool:
        """Whether the copy-clause adapter is loaded, so the short tuned prompts apply."""
        return False

    @property
    def weaves(self) -> bool:
        """Whether the loaded adapter was taught to weave a plain draft into prose (``weave``)."""
        return False

    def generate(self, requests: Sequence[GenerationRequest]) -> list[GenerationResult]:
        """Parsed, validated copy per request. A result's ``seconds`` is the wall time of the
        batches that produced it (shared with its batch-mates), retries included; its token
        counts are those of the try that succeeded. Raises PartialGenerationError when some
        requests still fail after the retries, GenerationError when the model itself fails."""
        planned = [i for i, r in enumerate(requests) if self._is_planned(r)]
        if not planned:
            return self._generate_prompted(requests)
        results: list[GenerationResult | None] = [None] * len(requests)
        written = self._generate_planned([requests[i] for i in planned])
        for i, result in zip(planned, written, strict=True):
            results[i] = result
        rest = [i for i in range(len(requests)) if results[i] is None]
        done: list[GenerationResult | None] = []
        failures: dict[int, str] = {}
        try:
            done = list(self._generate_prompted([requests[i] for i in rest])) if rest else []
        except PartialGenerationError as exc:
            done = exc.results
            failures = {rest[k]: why for k, why in exc.failures.items()}
        for i, prompted in zip(rest, done, strict=True):
            results[i] = prompted
        if failures:
            raise PartialGenerationError(results, failures)
        return [r for r in results if r is not None]

    def writes_in_language(self) -> bool:
        """Whether copy in a language other than English is written from the listing's facts
        (``in_language``) rather than from the single prompts. The embedded model's few-shot
        prompts leaked their English examples; a served model keeps its prompts."""
        return True

    def _is_planned(self, request: GenerationRequest) -> bool:
        return (
            self.planned
            and request.kind in PLANNED_KINDS
            and (_in_english(request) or self.writes_in_language())
            and self.plans_copy()
        )

    def write_plans(
        self,
        plans: Sequence[Plan],
        listings: Sequence[Listing],
        seeds: Sequence[int | None],
        *,
        check: SentenceCheck | None = None,
        contexts: Sequence[str] | None = None,
        angle_words: frozenset[str] = frozenset(),
        banned_words: Sequence[str] = (),
    ) -> list[Written]:
        """Plans made elsewhere (campaign copy) finished the way descriptions are: best of n,
        each candidate verified, ``check`` (else ``sentence_check``) on every sentence."""
        return write_plans(
            plans,
            listings,
            seeds,
            self._slot_completer([0, 0]),
            check or in_shop_language(self.sentence_check, "en"),
            tuned=self.tuned,
            banned_words=[banned_words] * len(plans),
            contexts=contexts,
            angle_words=angle_words,
        )

    def _slot_completer(self, spent: list[int]) -> Complete:
        """The composer's ``complete``: one prompt per slot, token counts added to ``spent``."""

        def complete(slots: Sequence[Slot], seeds: Sequence[int | None]) -> list[Candidate]:
            # One prompt per slot, each asked as many times as the slot wants candidates.
            prompts = [
                Prompt(
                    kind=DraftKind.DESCRIPTION,
                    version=PLANNED_VERSION,
                    completion=slot.prompt,
                    messages=(),
                    stop=slot.stop,
                    max_new_tokens=slot.max_new_tokens,
                    adapter=True,
                )
                for slot in slots
            ]
            completions = self.complete(prompts, seeds)
            spent[0] += sum(c.tokens_in for c in completions)
            spent[1] += sum(c.tokens_out for c in completions)
            return [Candidate(c.text, c.logprob, c.tokens_out) for c in completions]

        return complete

    def _generate_planned(self, requests: Sequence[GenerationRequest]) -> list[GenerationResult]:
        """English copy from the content planner, finished by the model, best of n; other
        languages' from the listing's facts in the shop's language, with no model (the few-shot
        prompts wrote English examples, repeats and invented specs into them)."""
        english = [i for i, r in enumerate(requests) if _in_english(r)]
        if len(english) == len(requests):
            return self._generate_english(requests)
        results: list[GenerationResult | None] = [None] * len(requests)
        if english:
            written = self._generate_english([requests[i] for i in english])
            for i, result in zip(english, written, strict=True):
                results[i] = result
        for i, request in enumerate(requests):
            if results[i] is None:
                started = time.perf_counter()
                text = in_language(request, self.sentence_check)
                results[i] = GenerationResult(
                    text=text,
                    tokens_in=0,
                    tokens_out=0,
                    seconds=time.perf_counter() - started,
                    model_id=self.model_id,
                    prompt_version=IN_LANGUAGE_VERSION,
                )
        return [r for r in results if r is not None]

    def _generate_english(self, requests: Sequence[GenerationRequest]) -> list[GenerationResult]:
        """Descriptions from the content planner, finished by the model, best of n."""
        started = time.perf_counter()
        spent = [0, 0]
        texts = compose(
            requests,
            self._slot_completer(spent),
            in_shop_language(self.sentence_check, "en"),
            tuned=self.tuned,
            woven=self.weaves,
        )
        elapsed = time.perf_counter() - started
        share = len(requests) or 1
        return [
            GenerationResult(
                text=text,
                tokens_in=spent[0] // share,
                tokens_out=spent[1] // share,
                seconds=elapsed,
                model_id=self.model_id,
                prompt_version=PLANNED_VERSION,
            )
            for text in texts
        ]

    def _generate_prompted(self, requests: Sequence[GenerationRequest]) -> list[GenerationResult]:
        prompts = [self.prompt_for(r) for r in requests]
        results: list[GenerationResult | None] = [None] * len(requests)
        seconds = [0.0] * len(requests)
        failures: dict[int, str] = {}
        pending = list(range(len(requests)))
        for attempt in range(self.retries + 1):
            if not pending:
                break
            started = time.perf_counter()
            completions = self.complete(
                [prompts[i] for i in pending],
                [attempt_seed(requests[i].seed, attempt) for i in pending],
            )
            elapsed = time.perf_counter() - started
            retry = []
            for index, completion in zip(pending, completions, strict=True):
                seconds[index] += elapsed
                prompt = prompts[index]
                try:
                    text = parse_output(prompt.kind, completion.text, prompt.stop)
                    if prompt.completion_suffix and not completion.chat:
                        text = f"{text}\n{prompt.completion_suffix}"
                except MalformedOutput as exc:
                    failures[index] = str(exc)
                    retry.append(index)
                    continue
                failures.pop(index, None)
                results[index] = GenerationResult(
                    text=text,
                    tokens_in=completion.tokens_in,
                    tokens_out=completion.tokens_out,
                    seconds=seconds[index],
                    model_id=self.model_id,
                    prompt_version=prompt.version,
                )
            pending = retry
        if failures:
            raise PartialGenerationError(results, failures)
        return [r for r in results if r is not None]
