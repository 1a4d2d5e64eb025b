"""Grouping prompts into batches: by kind, then longest first within a size and a padded-token
budget. Both local engines batch this way; each only says how it tokenizes and runs a batch
(the transformers engine's scheduler runs the batches it plans here, ``scheduler``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from plugin.generation.engine import Completion
from plugin.generation.prompts import Prompt

# A batch's rows (token ids), the prompt whose stop strings, budget and adapter they share,
# and their seeds, in; their completions, in order, out.
RunBatch = Callable[[list[list[int]], Prompt, list[int | None]], list[Completion]]


def plan_batches(
    prompt_lengths: Sequence[int],
    max_new_tokens: int,
    max_batch_size: int,
    max_batch_tokens: int,
) -> list[list[int]]:
    """Indices of ``prompt_lengths`` grouped into batches.

    Sorting by length keeps similar prompts together, so left padding wastes little; a batch
    grows while ``rows × (longest prompt + max_new_tokens)`` (the padded tokens it will hold at
    the end) stays within ``max_batch_tokens``. A single over-budget prompt still gets a batch.
    """
    order = sorted(range(len(prompt_lengths)), key=lambda i: prompt_lengths[i], reverse=True)
    batches: list[list[int]] = []
    current: list[int] = []
    longest = 0
    for index in order:
        width = max(longest, prompt_lengths[index]) + max_new_tokens
        if current and (
            len(current) >= max_batch_size or (len(current) + 1) * width > max_batch_tokens
        ):
            batches.append(current)
            current, longest = [], 0
        current.append(index)
        longest = max(longest, prompt_lengths[index])
    if current:
        batches.append(current)
    return batches


def group_prompts(prompts: Sequence[Prompt]) -> list[list[int]]:
    """Indices of the prompts that may share a batch: a batch shares its stop strings, token
    limit and adapter, so only prompts that agree on those (the same kind) go together; greedy
    and seeded rows mix freely."""
    groups: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, prompt in enumerate(prompts):
        groups[(prompt.stop, prompt.max_new_tokens, prompt.adapter)].append(i)
    return list(groups.values())


def complete_in_batches(
    prompts: Sequence[Prompt],
    seeds: Sequence[int | None],
    *,
    encode: Callable[[list[Prompt]], list[list[int]]],
    run: RunBatch,
    max_batch_size: int,
    max_batch_tokens: int,
) -> list[Completion]:
    """Every prompt's completion, in order, batch after batch (``group_prompts``)."""
    out: list[Completion | None] = [None] * len(prompts)
    for indices in group_prompts(prompts):
        rows = encode([prompts[i] for i in indices])
        head = prompts[indices[0]]
        for batch in plan_batches(
            [len(r) for r in rows], head.max_new_tokens, max_batch_size, max_batch_tokens
        ):
            completions = run([rows[b] for b in batch], head, [seeds[indices[b]] for b in batch])
            for b, completion in zip(batch, completions, strict=True):
                out[indices[b]] = completion
    return [c for c in out if c is not None]
