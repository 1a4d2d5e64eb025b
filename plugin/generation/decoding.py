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


class Cohort:
    """Rows decoded together, one step at a time: the engine runs one to its end, or its
    scheduler (``scheduler``) steps several, starting new ones between steps.

    ``body`` is the model without its output layer (its hidden states), ``head`` the output
    layer (``output_head``). ``cache`` may already hold the first columns of ``input_ids`` (a
    shared prefix). Position ids come from the attention mask, so padding anywhere in a row
    shifts no real token. A row ends at an end id (not kept), when its text contains a stop
    string (the completing token kept, like ``generate``), or after ``max_new_tokens``.
    """

    def __init__(
        self,
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
    ) -> None:
        self._body, self._head, self._cache = body, head, cache
        self._device = input_ids.device
        self._max_new_tokens = max_new_tokens
        self._end_ids, self._stop_strings, self._detokenize = end_ids, stop_strings, detokenize
        self._sampling = sampling
        rows = input_ids.shape[0]
        self._generators = [
            torch.Generator(device="cpu").manual_seed(s.seed) if s.seed is not None else None
            for s in sampling
        ]
        # New token ids per row, and each row's summed log-probability of the tokens it kept
        # (under the model's plain distribution over the head's tokens, so sampled and greedy
        # rows score alike).
        self.generated: list[list[int]] = [[] for _ in range(rows)]
        self.logprobs = [0.0] * rows
        # The rows still decoding, by their index in the cohort.
        self.active = list(range(rows)) if max_new_tokens > 0 else []
        positions = (attention_mask.cumsum(-1) - 1).clamp(min=0)
        cached = cache.get_seq_length() if cache is not None else 0
        self._step_ids = input_ids[:, cached:]
        self._step_positions = positions[:, cached:]
        self._mask = attention_mask
        self._last_position = positions[:, -1]

    def step(self) -> list[int]:
        """One decoding step for every active row; returns the rows that ended in it."""
        output = self._body(
            input_ids=self._step_ids,
            attention_mask=self._mask,
            position_ids=self._step_positions,
            cache=self._cache,
            use_cache=True,
        )
        self._cache = output["cache"]
        head = self._head
        logits = head(output["last_hidden_state"][:, -1, :]).float()
        # Greedy picks for the whole batch in one op on the device; only sampled rows move.
        peak, best = logits.max(dim=-1)
        best_ids = head.ids(best).tolist()
        best_columns = best.tolist()
        shifted = (logits - peak.unsqueeze(-1)).exp_().sum(dim=-1)
        log_norm = (peak + shifted.log_()).tolist()
        keep: list[int] = []
        tokens: list[int] = []
        ended: list[int] = []
        for row, original in enumerate(self.active):
            generator = self._generators[original]
            if generator is None:
                column, token = best_columns[row], best_ids[row]
            else:
                column = sample_token(logits[row].cpu(), self._sampling[original], generator)
                token = int(head.ids(torch.tensor(column, device=self._device)))
            if token not in self._end_ids:
                self.generated[original].append(token)
                self.logprobs[original] += float(logits[row, column]) - log_norm[row]
                if not self._finished(self.generated[original]):
                    keep.append(row)
                    tokens.append(token)
                    continue
            ended.append(original)
        if not keep:
            self.active = []
            return ended
        if len(keep) < len(self.active):
            index = torch.tensor(keep, device=self._device)
            self._cache.batch_select_indices(index)
            self._mask = self._mask[index]
            self._last_position = self._last_position[index]
            self.active = [self.active[k] for k in keep]
        self._mask = torch.cat([self._mask, self._mask.new_ones((len(self.active), 1))], dim=-1)
        self._last_position = self._last_position + 1
        self._step_positions = self._last_position.unsqueeze(-1)
        self._step_ids = torch.tensor(tokens, device=self._device).unsqueeze(-1)
        return ended

    def _finished(self, generated: list[int]) -> bool:
        if len(generated) >= self._max_new_tokens:
            return True
        text = self._detokenize(generated) if self._stop_strings else ""
        return any(s in text for s in self._stop_strings)
