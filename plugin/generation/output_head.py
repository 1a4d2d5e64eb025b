"""The local engine's output layer: only the kept vocabulary's rows, in the cheapest precision
that still picks the same tokens.

The model's own output layer (for Gemma 3 the 262,144 × 640 embedding matrix) is the largest
matrix product of a batched decoding step on a CPU. The decoding loop asks this head instead:

- **Kept rows only** (``vocabulary``): a copy of the kept rows is multiplied each step and the
  chosen column mapped back to its token id. A batch's own prompt tokens are scored too, so a
  product name in another script can still be copied from the facts. Greedy decoding picks
  what the whole vocabulary picks whenever that token is in the kept set; sampling draws from
  the distribution renormalised over the kept set, and log-probabilities are over it too.
- **bfloat16 products** (``bfloat16``), on CPUs that do them natively (AVX512-BF16, AMX): the
  kept rows are multiplied in bfloat16, then each row's best ``RESCORED`` columns are scored
  again in float32 from the model's own weights. A bound on bfloat16's error says whether any
  other column could beat the best of them; a row where one could is scored in float32 in full.
  So greedy picks are float32's; the other columns' logits, which only sampling and the
  normaliser of the log-probabilities use, are off by at most that bound.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence

import torch
import torch.nn.functional as F

# Columns per row scored again in float32 after a bfloat16 product.
RESCORED = 32
# Rows converted at a time when the head is built, so no float32 copy of them all is made.
_CHUNK = 16384


def native_bfloat16() -> bool:
    """Whether this CPU multiplies bfloat16 natively, from torch's CPU capability query (the
    finer flags are private to torch: where they are missing, the answer is no)."""
    if torch.backends.cpu.get_cpu_capability() != "AVX512":
        return False
    flags = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")
    return any(callable(probe := getattr(torch.cpu, flag, None)) and probe() for flag in flags)


class OutputHead:
    """Logits over the kept columns; ``ids`` maps columns back to token ids."""

    @torch.no_grad()
    def __init__(
        self,
        weight: torch.Tensor,
        kept: Sequence[int] | None,
        *,
        bfloat16: bool = False,
        softcap: float | None = None,
    ) -> None:
        if bfloat16 and weight.dtype != torch.float32:
            raise ValueError(f"bfloat16 products correct a float32 model, not {weight.dtype}")
        self.weight = weight  # the model's own output matrix, shared, never copied whole
        self.softcap = softcap
        # What the products are computed in: bfloat16 (then corrected), or the model's dtype.
        self.precision = "bfloat16" if bfloat16 else str(weight.dtype).removeprefix("torch.")
        self._kept = None if kept is None else torch.tensor(kept, device=weight.device)
        self._extra: torch.Tensor | None = None
        if not bfloat16:
            self._rows = weight if self._kept is None else weight.index_select(0, self._kept)
            self._row_norm = 0.0
            return
        rows, norms = [], []
        for start in range(0, self.columns, _CHUNK):
            chunk = self._kept_rows(start, start + _CHUNK)
            norms.append(chunk.norm(dim=-1).max())
            rows.append(chunk.to(torch.bfloat16))
        self._rows = torch.cat(rows)
        self._row_norm = float(torch.stack(norms).max())

    @property
    def columns(self) -> int:
        return self.weight.shape[0] if self._kept is None else self._kept.shape[0]

    def _kept_rows(self, start: int, end: int) -> torch.Tensor:
        if self._kept is None:
            return self.weight[start:end]
        return self.weight.index_select(0, self._kept[start:end])

    def with_tokens(self, tokens: Iterable[int]) -> OutputHead:
        """This head, also scoring ``tokens`` (a batch's prompt tokens) where not kept."""
        if self._kept is None:
            return self
        wanted = torch.tensor(sorted(set(tokens)), dtype=torch.long, device=self.weight.device)
        missing = wanted[~torch.isin(wanted, self._kept)]
        if missing.numel() == 0:
            return self
        widened = copy.copy(self)
        widened._extra = missing
        return widened

    def _main_ids(self, columns: torch.Tensor) -> torch.Tensor:
        return columns if self._kept is None else self._kept[columns]

    def ids(self, columns: torch.Tensor) -> torch.Tensor:
        """The token ids of logit columns."""
        if self._kept is None:
            return columns
        every = self._kept if self._extra is None else torch.cat([self._kept, self._extra])
        return every[columns]

    def __call__(self, hidden: torch.Tensor) -> torch.Tensor:
        """Logits of the kept (and extra) columns for each row of ``hidden`` (rows × width)."""
        if self._rows.dtype == self.weight.dtype:
            logits = F.linear(hidden, self._rows)
        else:
            logits = self._rescored(hidden)
        if self._extra is not None:
            extra = F.linear(hidden, self.weight.index_select(0, self._extra))
            logits = torch.cat([logits, extra.to(logits.dtype)], dim=-1)
        if self.softcap is not None:
            logits = torch.tanh(logits / self.softcap) * self.softcap
        return logits

    def _rescored(self, hidden: torch.Tensor) -> torch.Tensor:
        logits = F.linear(hidden.to(torch.bfloat16), self._rows).float()
        # Rounding both factors and the result to 8 significant bits errs by at most 3 units
        # of 2^-8 of sum |x_i w_i| <= |x| |w| (float32 accumulation adds far less than the
        # fourth unit allowed here).
        bound = hidden.norm(dim=-1) * self._row_norm / 64
        top, columns = logits.topk(min(RESCORED, logits.shape[-1]), dim=-1)
        rows = self.weight.index_select(0, self._main_ids(columns).flatten())
        exact = torch.bmm(rows.view(*columns.shape, -1), hidden.unsqueeze(-1)).squeeze(-1)
        logits.scatter_(1, columns, exact)
        # No other column can beat the best rescored one unless its own logit, at most
        # ``bound`` above its approximation (itself at most the last rescored one's), could.
        unsure = (exact.max(dim=-1).values < top[:, -1] + bound).nonzero().flatten().tolist()
        for row in unsure:
            exact_row = F.linear(hidden[row], self.weight)
            logits[row] = exact_row if self._kept is None else exact_row[self._kept]
        return logits
