"""Generation: listing facts in, validated product copy out, from a local model or a model server.

Importing this package is cheap: torch and transformers load only when a local engine is built.
"""

from __future__ import annotations

from plugin.errors import ValidationError
from plugin.generation.engine import Completion, PartialGenerationError, PromptedEngine
from plugin.generation.facts import build_facts
from plugin.generation.model_store import prepare_model
from plugin.generation.output import (
    MalformedOutput,
    is_refusal,
    parse_description,
    parse_faq,
    parse_output,
    parse_reply,
    parse_seo,
)
from plugin.generation.prompts import PROMPT_VERSIONS, Prompt, build_prompt
from plugin.generation.prompts.reply import REFUSAL
from plugin.generation.settings import EngineSettings
from plugin.ports import GenerationEngine


def build_engine(settings: EngineSettings) -> GenerationEngine:
    """The configured engine. The local model loads on its first ``generate`` call."""
    if settings.engine == "openai":
        from plugin.generation.openai_engine import OpenAIEngine

        return OpenAIEngine(settings)
    if settings.engine == "transformers":
        from plugin.generation.transformers_engine import TransformersEngine

        return TransformersEngine(settings)
    if settings.engine == "llamacpp":
        from plugin.generation.llamacpp_engine import LlamaCppEngine

        return LlamaCppEngine(settings)
    raise ValidationError(f"unknown engine {settings.engine!r}")


__all__ = [
    "PROMPT_VERSIONS",
    "REFUSAL",
    "Completion",
    "EngineSettings",
    "MalformedOutput",
    "PartialGenerationError",
    "Prompt",
    "PromptedEngine",
    "build_engine",
    "build_facts",
    "build_prompt",
    "is_refusal",
    "parse_description",
    "parse_faq",
    "parse_output",
    "parse_reply",
    "parse_seo",
    "prepare_model",
]
