"""What every prompt shares: the ``Prompt`` it becomes, and the voice, facts and feedback slots."""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugin.domain import DraftKind, GenerationRequest, ShopVoice

# Ends a few-shot example; a base model that goes on past its answer writes it next.
EXAMPLE_END = "###"


@dataclass(frozen=True)
class Prompt:
    """One request made ready for a model: a completion text for base models, messages for chat
    models, where to stop and how many tokens it may take."""

    kind: DraftKind
    version: str
    completion: str
    messages: tuple[dict[str, str], ...]
    stop: tuple[str, ...]
    max_new_tokens: int
    # Appended to the parsed output of the completion (few-shot) path, never to a chat reply.
    completion_suffix: str = ""
    # Written with the copy-clause adapter when one is loaded (the planner's clause prompts).
    adapter: bool = False


def fact_block(facts: list[str] | tuple[str, ...]) -> str:
    return "\n".join(f"- {one_line(f)}" for f in facts)


def one_line(text: str, limit: int = 600) -> str:
    """Text squeezed onto one line, so it can never start a new section of the prompt."""
    flat = re.sub(r"\s+", " ", text).strip()
    return flat if len(flat) <= limit else flat[:limit].rsplit(" ", 1)[0] + " …"


def guidance_lines(
    voice: ShopVoice, feedback: tuple[str, ...], *, with_tone: bool = True
) -> list[str]:
    """The shop's voice and the guardrails' complaints about the last try, as short lines."""
    lines = [f"Tone: {one_line(voice.tone, 40) or 'friendly'}"] if with_tone else []
    if voice.language and voice.language.lower() not in ("en", "english"):
        lines.append(f"Language: {one_line(voice.language, 20)}")
    if voice.brand_voice:
        lines.append(f"Brand voice: {one_line(voice.brand_voice, 300)}")
    if voice.banned_words:
        lines.append(f"Never use: {', '.join(one_line(w, 40) for w in voice.banned_words)}")
    for item in feedback:
        lines.append(f"Fix: {one_line(item, 300)}")
    return lines


def chat_system(task: str, output_rules: str) -> str:
    return (
        "You write product copy for an online shop. "
        f"{task} Use only the facts you are given: never invent materials, sizes, numbers, "
        "certifications, origins or claims. Follow the shop's tone and never use its banned "
        f"words. {output_rules} Reply with the copy only, no preamble."
    )


def chat_user(request: GenerationRequest, facts: list[str] | tuple[str, ...]) -> str:
    guidance = "\n".join(guidance_lines(request.voice, request.feedback))
    return f"Facts:\n{fact_block(facts)}\n\n{guidance}"


def facts_prompt(
    request: GenerationRequest,
    facts: list[str],
    *,
    examples: str,
    cue: str,
    task: str,
    output_rules: str,
    version: str,
    stop: tuple[str, ...],
    max_new_tokens: int,
    completion_suffix: str = "",
) -> Prompt:
    """The shape the copy kinds share: few-shot examples, this listing's facts and guidance, then
    the cue to answer (base models); the task and the facts as messages (chat models)."""
    guidance = "\n".join(guidance_lines(request.voice, request.feedback))
    return Prompt(
        kind=request.kind,
        version=version,
        completion=f"{examples}Facts:\n{fact_block(facts)}\n{guidance}\n{cue}",
        messages=(
            {"role": "system", "content": chat_system(task, output_rules)},
            {"role": "user", "content": chat_user(request, facts)},
        ),
        stop=stop,
        max_new_tokens=max_new_tokens,
        completion_suffix=completion_suffix,
    )
