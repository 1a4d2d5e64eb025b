"""A generation engine for tests that don't measure the model: it writes copy from the facts.

It subclasses the real port (no mocking); tests that need the real model use it instead.
A scripted text the real parser rejects stands for output that stayed unusable through the
engine's retries: the call raises PartialGenerationError with the other results, as the real
engines do.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from plugin.domain import DraftKind, GenerationRequest, GenerationResult
from plugin.generation import MalformedOutput, PartialGenerationError, parse_output
from plugin.ports import GenerationEngine


class FakeEngine(GenerationEngine):
    model_id = "fake-engine"

    def __init__(self, scripted: dict[str, list[str]] | None = None) -> None:
        self.scripted = {k: list(v) for k, v in (scripted or {}).items()}
        self.requests: list[GenerationRequest] = []

    def generate(self, requests: Sequence[GenerationRequest]) -> list[GenerationResult]:
        self.requests.extend(requests)
        results: list[GenerationResult | None] = []
        failures: dict[int, str] = {}
        for index, request in enumerate(requests):
            try:
                results.append(self._one(request))
            except MalformedOutput as exc:
                results.append(None)
                failures[index] = str(exc)
        if failures:
            raise PartialGenerationError(results, failures)
        return [r for r in results if r is not None]

    def _one(self, request: GenerationRequest) -> GenerationResult:
        queue = self.scripted.get(request.listing.external_id)
        if queue:
            text = queue.pop(0)
            parse_output(request.kind, text)
        else:
            text = self._write(request)
        return GenerationResult(
            text=text,
            tokens_in=10,
            tokens_out=len(text.split()),
            seconds=0.0,
            model_id=self.model_id,
            prompt_version="fake-1",
        )

    @staticmethod
    def _write(request: GenerationRequest) -> str:
        listing = request.listing
        if request.kind is DraftKind.SEO:
            return json.dumps(
                {"title": listing.title[:70], "description": f"Shop the {listing.title}."[:160]}
            )
        if request.kind is DraftKind.FAQ:
            return json.dumps(
                [
                    {
                        "question": f"What is the {listing.title}?",
                        "answer": f"It is the {listing.title}.",
                    },
                    {
                        "question": "Who sells it?",
                        "answer": f"It is sold by {listing.vendor or 'us'}.",
                    },
                    {"question": "What is it called?", "answer": f"{listing.title}."},
                ]
            )
        if request.kind is DraftKind.SHORT_DESCRIPTION:
            return f"<p>The {listing.title}, ready when you are.</p>"
        if request.kind is DraftKind.REPLY:
            return (
                "Thank you for your question. The product listing does not say, so we will check."
            )
        return (
            f"<p>Meet the {listing.title}, a dependable pick for everyday use.</p>"
            f"<p>The {listing.title} is ready when you are.</p>"
        )
