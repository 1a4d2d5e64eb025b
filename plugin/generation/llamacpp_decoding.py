"""The llama.cpp engine's decoding loop: one llama.cpp context per batch, one sequence per row.

llama-cpp-python has no batched completion call, so this drives llama.cpp's own batch API, as
llama.cpp's ``batched`` example does (and ``bench/llamacpp_peer.py`` measured):

- the prompts are laid out as a tree of their shared beginnings, and each node of the tree is
  computed once, in one key/value cell that belongs to every row passing through it (a token
  may carry several sequence ids in a unified cache): the few-shot prefix every prompt shares,
  and identical prompts (several candidate endings of one sentence), cost one prefill;
- then one ``llama_decode`` per step for every row still running, each row greedy or sampled
  with its own seeded generator, so a draft depends on its seed and not on its batch-mates;
- a row ends at an end-of-generation token (not kept), when its text contains a stop string
  (the completing token kept, as the transformers engine does) or at the token budget, and
  its cells are released at once.

Only numpy and the ``llama_cpp`` module the engine passes in are used: no torch.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

# Candidates looked at before sorting the whole vocabulary for a nucleus (top-p) draw.
_NUCLEUS_SHORTLIST = 64


@dataclass(frozen=True)
class RowSampling:
    """``seed`` None: greedy. Otherwise temperature and nucleus (top-p) sampling."""

    seed: int | None
    temperature: float
    top_p: float


def sample_token(
    logits: np.ndarray, temperature: float, top_p: float, rng: np.random.Generator
) -> int:
    """One token drawn from the smallest set of most likely tokens whose probability reaches
    ``top_p`` (always at least the best one), at ``temperature``. The set is looked for among
    the few dozen most likely tokens first, which is exact whenever they reach ``top_p``; only
    a flat distribution sorts the whole vocabulary."""
    scaled = logits.astype(np.float64) / temperature
    probs = np.exp(scaled - scaled.max())
    probs /= probs.sum()
    shortlist = min(_NUCLEUS_SHORTLIST, probs.size)
    order = np.argpartition(-probs, shortlist - 1)[:shortlist]
    order = order[np.argsort(-probs[order], kind="stable")]
    if probs[order].sum() < top_p:
        order = np.argsort(-probs, kind="stable")
    ranked = probs[order]
    # Keep a token while the mass before it is still short of top_p.
    kept = ranked[(np.cumsum(ranked) - ranked) <= top_p]
    draw = rng.random() * kept.sum()
    pick = min(int(np.searchsorted(np.cumsum(kept), draw, side="right")), kept.size - 1)
    return int(order[pick])


@dataclass
class _Node:
    """One prompt token at one position, shared by every row whose prompt begins the same way."""

    token: int
    position: int
    rows: list[int]
    # Whether some row's prompt ends here, so its next token comes from this node's logits.
    last: bool


def prompt_tree(rows: Sequence[Sequence[int]]) -> list[_Node]:
    """The rows' prompt tokens as a tree of shared beginnings, position by position (so every
    node comes after its parent): rows share a node as long as their prompts agree so far."""
    nodes: list[_Node] = []
    at = [-1] * len(rows)  # each row's node at the previous position
    for position in range(max(len(r) for r in rows)):
        here: dict[tuple[int, int], int] = {}
        for row, ids in enumerate(rows):
            if position >= len(ids):
                continue
            key = (at[row], ids[position])
            if key not in here:
                here[key] = len(nodes)
                nodes.append(_Node(ids[position], position, [], False))
            node = nodes[here[key]]
            node.rows.append(row)
            node.last = node.last or position == len(ids) - 1
            at[row] = here[key]
    return nodes


class BatchContext:
    """A llama.cpp context sized for one batch, with the adapter set (or none), freed on close."""

    def __init__(
        self,
        llama_cpp: Any,
        model: Any,
        *,
        cells: int,
        rows: int,
        n_batch: int,
        threads: int,
        adapter: Any = None,
    ) -> None:
        self.lib = llama_cpp
        params = llama_cpp.llama_context_default_params()
        params.n_ctx = cells
        params.n_batch = params.n_ubatch = n_batch
        params.n_seq_max = rows
        # One cell may belong to several sequences (a shared prompt beginning) only in a
        # unified cache.
        params.kv_unified = True
        params.n_threads = params.n_threads_batch = threads
        self.ctx = llama_cpp.llama_init_from_model(model, params)
        if not self.ctx:
            raise RuntimeError(f"llama.cpp could not create a context of {cells} cells")
        self.batch = llama_cpp.llama_batch_init(n_batch, 0, rows)
        self.memory = llama_cpp.llama_get_memory(self.ctx)
        self.n_batch = n_batch
        self.n_vocab = llama_cpp.llama_vocab_n_tokens(llama_cpp.llama_model_get_vocab(model))
        if adapter is not None:
            adapters = (llama_cpp.llama_adapter_lora_p_ctypes * 1)(adapter)
            scales = (ctypes.c_float * 1)(1.0)
            if llama_cpp.llama_set_adapters_lora(self.ctx, adapters, 1, scales) != 0:
                self.close()
                raise RuntimeError("llama.cpp could not apply the LoRA adapter")

    def decode(self, tokens: Sequence[tuple[int, int, Sequence[int], bool]]) -> np.ndarray:
        """One ``llama_decode`` of (token, position, sequence ids, wants logits), at most
        ``n_batch`` of them; the logits of those that want them, in order, as one array (a view
        into llama.cpp's buffer, valid until the next call)."""
        batch = self.batch
        batch.n_tokens = len(tokens)
        outputs = 0
        for i, (token, position, seqs, logits) in enumerate(tokens):
            batch.token[i], batch.pos[i] = token, position
            batch.n_seq_id[i] = len(seqs)
            for k, seq in enumerate(seqs):
                batch.seq_id[i][k] = seq
            batch.logits[i] = logits
            outputs += logits
        if self.lib.llama_decode(self.ctx, batch) != 0:
            raise RuntimeError("llama_decode failed")
        if not outputs:
            return np.empty((0, 0), dtype=np.float32)
        pointer = self.lib.llama_get_logits(self.ctx)
        return np.ctypeslib.as_array(pointer, shape=(outputs, self.n_vocab))

    def release(self, seq: int) -> None:
        """Free a finished row's cells (those it shares stay with the other rows)."""
        self.lib.llama_memory_seq_rm(self.memory, seq, -1, -1)

    def close(self) -> None:
        if self.batch is not None:
            self.lib.llama_batch_free(self.batch)
            self.batch = None
        if self.ctx:
            self.lib.llama_free(self.ctx)
            self.ctx = None


def decode_rows(
    open_context: Callable[[int], BatchContext],
    rows: Sequence[Sequence[int]],
    *,
    max_new_tokens: int,
    is_end: Callable[[int], bool],
    stop_strings: Sequence[str],
    piece: Callable[[int], bytes],
    sampling: Sequence[RowSampling],
) -> tuple[list[list[int]], list[float]]:
    """New token ids per row, and each row's summed log-probability of the tokens it kept
    (under the model's plain distribution, so sampled and greedy rows score alike).
    ``open_context(cells)`` gives a context with room for that many cells, closed here;
    ``is_end(token)`` says whether a token ends generation; ``piece(token)`` is its bytes."""
    nodes = prompt_tree(rows)
    context = open_context(len(nodes) + len(rows) * max_new_tokens)
    try:
        return _decode(context, nodes, rows, max_new_tokens, is_end, stop_strings, piece, sampling)
    finally:
        context.close()


def _decode(
    context: BatchContext,
    nodes: list[_Node],
    rows: Sequence[Sequence[int]],
    max_new_tokens: int,
    is_end: Callable[[int], bool],
    stop_strings: Sequence[str],
    piece: Callable[[int], bytes],
    sampling: Sequence[RowSampling],
) -> tuple[list[list[int]], list[float]]:
    generators = [np.random.default_rng(s.seed) if s.seed is not None else None for s in sampling]
    generated: list[list[int]] = [[] for _ in rows]
    texts = [b"" for _ in rows]
    logprobs = [0.0] * len(rows)
    running: list[int] = []

    def take(chosen: Sequence[int], logits: np.ndarray) -> None:
        """Each chosen row's next token from its row of ``logits``."""
        best = logits.argmax(axis=-1)
        peak = logits.max(axis=-1, keepdims=True)
        norm = (np.log(np.exp(logits - peak).sum(axis=-1)) + peak[:, 0]).tolist()
        for n, row in enumerate(chosen):
            generator = generators[row]
            if generator is None:
                token = int(best[n])
            else:
                rule = sampling[row]
                token = sample_token(logits[n], rule.temperature, rule.top_p, generator)
            done = is_end(token)
            if not done:
                generated[row].append(token)
                logprobs[row] += float(logits[n, token]) - norm[n]
                texts[row] += piece(token)
                text = texts[row].decode("utf-8", errors="ignore")
                done = len(generated[row]) >= max_new_tokens or any(s in text for s in stop_strings)
            if done:
                context.release(row)
            else:
                running.append(row)

    for start in range(0, len(nodes), context.n_batch):
        chunk = nodes[start : start + context.n_batch]
        logits = context.decode([(n.token, n.position, n.rows, n.last) for n in chunk])
        # A node where several prompts end gives each of those rows its first token.
        ending = [
            (row, k)
            for k, node in enumerate(n for n in chunk if n.last)
            for row in node.rows
            if len(rows[row]) == node.position + 1
        ]
        if ending:
            take([row for row, _ in ending], logits[[k for _, k in ending]])
    while running:
        step, running = running, []
        logits = context.decode(
            [
                (generated[row][-1], len(rows[row]) + len(generated[row]) - 1, (row,), True)
                for row in step
            ]
        )
        take(step, logits)
    return generated, logprobs
