"""The decoding loop of the local engine.

``model.generate()`` keeps every row of a batch running until the last one ends, and draws
all rows' samples from one global generator. This loop drops a row from the batch (and its
key/value cache) as soon as it hits a stop, so short answers stop costing compute, and gives each
row its own seeded generator, so a draft depends on its own seed and not on its batch-mates.
It runs the model without its output layer and scores each step through an ``OutputHead``,
which multiplies only the kept vocabulary's rows (``output_head``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import torch

from plugin.generation.output_head import OutputHead

# Most likely tokens searched for the nucleus before the whole vocabulary is sorted.
NUCLEUS_SHORTLIST = 64


@dataclass(frozen=True)
class Sampling:
    """``seed`` None: greedy. Otherwise temperature and nucleus (top-p) sampling."""

    seed: int | None
    temperature: float = 0.8
    top_p: float = 0.95


def sample_token(logits: torch.Tensor, sampling: Sampling, generator: torch.Generator) -> int:
    """One column drawn from a row's logits (on the CPU, where its generator lives).

    The draw is one uniform number placed on the nucleus's own cumulative weights, so it
    depends on the nucleus alone: the tokens outside it (how many, what weight) do not move
    it, and the kept vocabulary draws what the whole one does whenever the nucleus is the same.
    The nucleus is looked for among the most likely few dozen tokens first, which is exact
    whenever they reach ``top_p``; only a flat distribution sorts the whole vocabulary.
    """
    scaled = logits.float() / sampling.temperature
    log_norm = torch.logsumexp(scaled, dim=-1)
    top, order = scaled.topk(min(NUCLEUS_SHORTLIST, scaled.shape[-1]))
    ranked = (top - log_norm).exp()
    if float(ranked.sum()) < sampling.top_p:
        top, order = torch.sort(scaled, descending=True)
        ranked = (top - log_norm).exp()
    # The smallest set of tokens whose mass reaches top_p (always at least the best one).
    size = int((torch.cumsum(ranked, dim=-1) - ranked <= sampling.top_p).sum())
    nucleus = order[:size]
    # Weights relative to the best token: the same whatever the softmax's normaliser was.
    weights = (scaled[nucleus] - scaled[nucleus[0]]).exp_().cumsum_(dim=-1)
    point = float(torch.rand((), generator=generator, dtype=torch.float64)) * float(weights[-1])
    choice = min(int(torch.searchsorted(weights, torch.tensor([point]), right=True)), size - 1)
    return int(nucleus[choice])


def decode(
    body: Any,
    head: OutputHead,
    input_ids: torch.Tensor,
    attention_mask: torch.Tensor,
    *,
    cache: Any = None,
    max_new_tokens: int,
    end_ids: set[int],
    stop_strings: Sequence[str],
    detokenize: Any,
    sampling: Sequence[Sampling],
) -> tuple[list[list[int]], list[float]]:
    """New token ids per row, and each row's summed log-probability of the tokens it kept
    (under the model's plain distribution over the head's tokens, so sampled and greedy rows
    score alike). A row ends at an end id (not kept), when its text contains a stop string
    (the completing token kept, like ``generate``), or after ``max_new_tokens``.

    ``body`` is the model without its output layer (its hidden states), ``head`` the output
    layer (``output_head``). ``cache`` may already hold the first columns of ``input_ids`` (a
    shared prefix). Position ids come from the attention mask, so padding anywhere in a row
    shifts no real token.
    """
    device = input_ids.device
    rows = input_ids.shape[0]
    generators = [
        torch.Generator(device="cpu").manual_seed(s.seed) if s.seed is not None else None
        for s in sampling
    ]
    generated: list[list[int]] = [[] for _ in range(rows)]
    logprobs = [0.0] * rows
    active = list(range(rows))
    positions = (attention_mask.cumsum(-1) - 1).clamp(min=0)
    cached = cache.get_seq_length() if cache is not None else 0
    step_ids = input_ids[:, cached:]
    step_positions = positions[:, cached:]
    mask = attention_mask
    last_position = positions[:, -1]
    for _ in range(max_new_tokens):
        output = body(
            input_ids=step_ids,
            attention_mask=mask,
            position_ids=step_positions,
            cache=cache,
            use_cache=True,
        )
        cache = output["cache"]
        logits = head(output["last_hidden_state"][:, -1, :]).float()
        # Greedy picks for the whole batch in one op on the device; only sampled rows move.
        peak, best = logits.max(dim=-1)
        best_ids = head.ids(best).tolist()
        best_columns = best.tolist()
        shifted = (logits - peak.unsqueeze(-1)).exp_().sum(dim=-1)
        log_norm = (peak + shifted.log_()).tolist()
        keep: list[int] = []
        tokens: list[int] = []
        for row, original in enumerate(active):
            generator = generators[original]
            if generator is None:
                column, token = best_columns[row], best_ids[row]
            else:
                column = sample_token(logits[row].cpu(), sampling[original], generator)
                token = int(head.ids(torch.tensor(column, device=device)))
            if token in end_ids:
                continue
            generated[original].append(token)
            logprobs[original] += float(logits[row, column]) - log_norm[row]
            if len(generated[original]) >= max_new_tokens:
                continue
            if stop_strings and any(s in detokenize(generated[original]) for s in stop_strings):
                continue
            keep.append(row)
            tokens.append(token)
        if not keep:
            break
        if len(keep) < len(active):
            index = torch.tensor(keep, device=device)
            cache.batch_select_indices(index)
            mask = mask[index]
            last_position = last_position[index]
            active = [active[k] for k in keep]
        mask = torch.cat([mask, mask.new_ones((len(active), 1))], dim=-1)
        last_position = last_position + 1
        step_positions = last_position.unsqueeze(-1)
        step_ids = torch.tensor(tokens, device=device).unsqueeze(-1)
    return generated, logprobs
