"""Grouping prompts into batches: longest first, within a size and a padded-token budget."""

from __future__ import annotations

from collections.abc import Sequence


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
