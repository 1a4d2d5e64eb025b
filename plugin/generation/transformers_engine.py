"""The local engine: a Hugging Face causal LM, loaded once per process, batched generation.

Imports torch and transformers, so only ``build_engine`` imports this module, and the model itself
loads on the first ``complete`` call: a worker that only does I/O never pays for it.
"""

from __future__ import annotations

import copy
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from plugin.domain import DraftKind
from plugin.errors import GenerationError
from plugin.generation.batching import complete_in_batches, group_prompts, plan_batches
from plugin.generation.decoding import Cohort, Sampling
from plugin.generation.engine import Completion, PromptedEngine
from plugin.generation.model_store import (
    EMBEDDED_MODEL_ID,
    adapter_path,
    adapter_tasks,
    load_adapter,
    model_source,
)
from plugin.generation.output_head import OutputHead, native_bfloat16
from plugin.generation.prompts import Prompt
from plugin.generation.scheduler import Batch, Scheduler
from plugin.generation.settings import EngineSettings
from plugin.generation.vocabulary import kept_vocabulary

log = logging.getLogger(__name__)

TEMPERATURE = 0.8
TOP_P = 0.95
# Below this many shared tokens, computing the prefix once is not worth a separate forward pass.
MIN_SHARED_PREFIX = 16
# Rows whose own prompt part is computed together, shortest first, so little of it is padding.
PREFILL_GROUP = 8
# Shared prefixes whose key/value cache is kept between batches (the few-shot examples of each
# kind's prompt, with and without the adapter).
PREFIXES_KEPT = 8
# The scheduler's priorities: a shopper's reply starts before any copy (lower goes first).
PRIORITY = {DraftKind.REPLY: 0}
COPY_PRIORITY = 1


def priority_of(prompts: Sequence[Prompt]) -> int:
    return min(PRIORITY.get(p.kind, COPY_PRIORITY) for p in prompts)


def shared_prefix_length(rows: Sequence[Sequence[int]]) -> int:
    """Tokens at the start of every row (the few-shot examples), leaving each row one of its own."""
    shortest = min(len(r) for r in rows)
    length = 0
    while length < shortest - 1 and all(r[length] == rows[0][length] for r in rows):
        length += 1
    return length


def pad_middle(
    rows: Sequence[Sequence[int]], shared: int, pad_id: int
) -> tuple[torch.Tensor, torch.Tensor]:
    """Input ids and attention mask with each row's padding between the shared prefix and its
    own part: the prefix stays aligned so its cache can be shared, and generation, as always
    with decoder models, continues from the right edge. Position ids come from the mask, so the
    padding shifts no real token (with ``shared=0`` this is plain left padding)."""
    width = max(len(r) for r in rows)
    ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for n, row in enumerate(rows):
        own = len(row) - shared
        ids[n, :shared] = torch.tensor(row[:shared])
        mask[n, :shared] = 1
        ids[n, width - own :] = torch.tensor(row[shared:])
        mask[n, width - own :] = 1
    return ids, mask


def _widen(states: torch.Tensor, at: int, gap: int) -> torch.Tensor:
    """Cached keys or values with ``gap`` masked (zero) positions inserted at column ``at``."""
    if gap == 0:
        return states
    filler = states.new_zeros((*states.shape[:-2], gap, states.shape[-1]))
    return torch.cat([states[..., :at, :], filler, states[..., at:, :]], dim=-2)


def resolve_device(requested: str) -> torch.device:
    if requested == "cuda" and not torch.cuda.is_available():
        raise GenerationError("COPYDESK_DEVICE=cuda but no CUDA device is available")
    if requested == "auto":
        requested = "cuda" if torch.cuda.is_available() else "cpu"
    return torch.device(requested)


@dataclass(frozen=True)
class _Encoded:
    """One ``complete`` call's prompts as the scheduler's cohorts start from them."""

    prompts: Sequence[Prompt]
    rows: list[list[int]]
    seeds: Sequence[int | None]


class _Running:
    """A cohort of the engine's: the decoding loop's rows and how their completions read."""

    def __init__(
        self, engine: TransformersEngine, cohort: Cohort, rows: list[list[int]], plain: bool
    ) -> None:
        self._engine, self._cohort, self._prompt_rows, self._plain = engine, cohort, rows, plain

    @property
    def rows(self) -> int:
        return len(self._cohort.active)

    def step(self) -> list[tuple[int, Completion]]:
        try:
            with self._engine.adapter_off() if self._plain else nullcontext():
                ended = self._cohort.step()
        except RuntimeError as exc:
            raise GenerationError(f"generation failed: {exc}", retryable=True) from exc
        return [(row, self.completion(row)) for row in ended]

    def completion(self, row: int) -> Completion:
        new = self._cohort.generated[row]
        return Completion(
            text=self._engine.detokenize(new),
            tokens_in=len(self._prompt_rows[row]),
            tokens_out=len(new),
            chat=self._engine.uses_chat_template,
            logprob=self._cohort.logprobs[row],
        )


class TransformersEngine(PromptedEngine):
    """Batched local generation; chat models get their chat template, base models few-shot."""

    def __init__(self, settings: EngineSettings) -> None:
        super().__init__(
            model_id=settings.model or EMBEDDED_MODEL_ID,
            retries=settings.generation_retries,
            max_new_tokens=settings.max_new_tokens,
            planned=settings.planned_copy,
        )
        self.settings = settings
        self._lock = threading.Lock()
        self._model: Any = None
        self._body: Any = None
        self._head: OutputHead | None = None
        self._tokenizer: Any = None
        self.device: torch.device | None = None
        self.uses_chat_template = False
        self._adapter: Path | None = None
        # What the loaded adapter was taught (``copydesk_tasks.json``), read once with it.
        self._tasks: set[str] = set()
        self._prefixes: OrderedDict[tuple[bool, tuple[int, ...]], Any] = OrderedDict()
        # CONTINUOUS_BATCHING: every call's rows go through one decoding loop (``scheduler``).
        self._scheduler: Scheduler[Completion] | None = None
        if settings.continuous_batching:
            self._scheduler = Scheduler(
                self._start_cohort,
                max_rows=settings.max_batch_size,
                max_tokens=settings.max_batch_tokens,
                wrap=torch.inference_mode,
            )

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def plans_copy(self) -> bool:
        self.load()
        return not self.uses_chat_template

    @property
    def tuned(self) -> bool:
        return self._adapter is not None

    @property
    def weaves(self) -> bool:
        return "weave" in self._tasks

    @property
    def model(self) -> Any:
        """The loaded model (loading it if needed), for tools such as the benchmark."""
        self.load()
        return self._model

    @property
    def tokenizer(self) -> Any:
        self.load()
        return self._tokenizer

    @property
    def scheduler(self) -> Scheduler[Completion] | None:
        """The process's decoding loop (None without continuous batching)."""
        return self._scheduler

    @property
    def output_head(self) -> OutputHead:
        """The output layer decoding uses (its kept tokens and precision), for tools and tests."""
        self.load()
        assert self._head is not None
        return self._head

    def load(self) -> None:
        """Load the model and tokenizer once; later calls return at once."""
        with self._lock:
            if self._model is not None:
                return
            device = resolve_device(self.settings.device)
            if device.type == "cpu" and self.settings.cpu_threads:
                # One process, one engine: torch's thread pool is the process's. Unset, torch's
                # own default stands (OMP_NUM_THREADS, else every core).
                torch.set_num_threads(self.settings.cpu_threads)
            dtype = self._precision(device)
            source = model_source(self.settings)
            started = time.perf_counter()
            try:
                tokenizer = AutoTokenizer.from_pretrained(source)
                model: Any = AutoModelForCausalLM.from_pretrained(source, dtype=dtype)
            except (OSError, ValueError) as exc:
                raise GenerationError(f"cannot load model {self.model_id}: {exc}") from exc
            adapter = adapter_path(self.settings)
            if adapter is not None:
                model = load_adapter(model, adapter)
            model.to(device).eval()
            tokenizer.padding_side = "left"
            if tokenizer.pad_token_id is None:
                tokenizer.pad_token = tokenizer.eos_token
            self.uses_chat_template = bool(getattr(tokenizer, "chat_template", None))
            self._tokenizer, self._model, self.device = tokenizer, model, device
            self._adapter = adapter
            self._tasks = adapter_tasks(adapter)
            self._body = model.get_decoder()
            self._head = self._output_head()
            log.info(
                "loaded %s on %s (%s) in %.1fs, chat template: %s, output layer: %d of %d "
                "tokens in %s",
                self.model_id,
                device,
                dtype,
                time.perf_counter() - started,
                self.uses_chat_template,
                self._head.columns,
                self._head.weight.shape[0],
                self._head.precision,
            )

    def _precision(self, device: torch.device) -> torch.dtype:
        """``MODEL_PRECISION``: ``auto`` is bfloat16 on a GPU and float32 on a CPU. On a 2-core
        CPU with AMX, a bfloat16 model decoded a batch no faster than float32 and one sequence
        at a time 1.6 times slower; on an AMD EPYC without AMX, batches 1.67 times faster but a
        batched row's text differed from its text alone more often (docs/performance.md), so a
        CPU gets it only when asked."""
        wanted = self.settings.model_precision
        if wanted == "bfloat16" or (wanted == "auto" and device.type == "cuda"):
            return torch.bfloat16
        return torch.float32

    def _output_head(self) -> OutputHead:
        """The output layer the decoding loop uses: the kept vocabulary's rows (``LANGUAGES``),
        multiplied in bfloat16 and corrected (``OUTPUT_PRECISION``: ``auto`` where the CPU does
        bfloat16 natively, ``bfloat16`` always, ``float32`` never)."""
        model, languages = self._model, self.settings.languages
        weight = model.get_output_embeddings().weight
        kept = None
        if languages is not None:
            ends = self.eos_ids() | {self._tokenizer.pad_token_id}
            kept = kept_vocabulary(self._tokenizer, ends, languages, self.settings.model_cache_dir)
        # A GPU's model is in bfloat16 already; on a CPU, bfloat16 products pay where native.
        wanted = self.settings.output_precision
        bfloat16 = weight.dtype == torch.float32 and (
            wanted == "bfloat16" or (wanted == "auto" and native_bfloat16())
        )
        softcap = getattr(model.config, "final_logit_softcapping", None)
        return OutputHead(weight, kept, bfloat16=bfloat16, softcap=softcap)

    def prompt_text(self, prompt: Prompt) -> str:
        if not self.uses_chat_template:
            return prompt.completion
        messages = list(prompt.messages)
        try:
            return str(
                self._tokenizer.apply_chat_template(
                    messages, tokenize=False, add_generation_prompt=True
                )
            )
        except Exception:  # noqa: BLE001 - templates without a system role raise their own errors
            merged = [{"role": "user", "content": "\n\n".join(m["content"] for m in messages)}]
            return str(
                self._tokenizer.apply_chat_template(
                    merged, tokenize=False, add_generation_prompt=True
                )
            )

    def complete(self, prompts: Sequence[Prompt], seeds: Sequence[int | None]) -> list[Completion]:
        """With continuous batching, the call's batches join the process's decoding loop,
        which a reply enters at its next step; without, calls take turns, batch after batch."""
        self.load()
        if self._scheduler is None:
            with self._lock:
                return complete_in_batches(
                    prompts,
                    seeds,
                    encode=self._encode_prompts,
                    run=self._generate_batch,
                    max_batch_size=self.settings.max_batch_size,
                    max_batch_tokens=self.settings.max_batch_tokens,
                )
        rows: list[list[int]] = [[] for _ in prompts]
        batches: list[Batch] = []
        for indices in group_prompts(prompts):
            for i, ids in zip(
                indices, self._encode_prompts([prompts[i] for i in indices]), strict=True
            ):
                rows[i] = ids
            head = prompts[indices[0]]
            for planned in plan_batches(
                [len(rows[i]) for i in indices],
                head.max_new_tokens,
                self.settings.max_batch_size,
                self.settings.max_batch_tokens,
            ):
                chosen = [indices[p] for p in planned]
                batches.append(
                    Batch(chosen, [len(rows[i]) for i in chosen], head.max_new_tokens, indices[0])
                )
        call = _Encoded(prompts, rows, seeds)
        return self._scheduler.run(call, batches, len(prompts), priority_of(prompts))

    def _encode_prompts(self, prompts: list[Prompt]) -> list[list[int]]:
        return self._encode([self.prompt_text(p) for p in prompts])

    def _encode(self, texts: list[str]) -> list[list[int]]:
        encoded = self._tokenizer(texts, add_special_tokens=not self.uses_chat_template)
        return [list(ids) for ids in encoded["input_ids"]]

    def _start_cohort(self, context: object, batch: Batch) -> _Running:
        """The scheduler's ``start``: a batch of one call's prompts, prefilled."""
        assert isinstance(context, _Encoded)
        rows = [context.rows[i] for i in batch.rows]
        seeds = [context.seeds[i] for i in batch.rows]
        return self._cohort(rows, context.prompts[batch.head], seeds)

    def _cohort(self, rows: list[list[int]], first: Prompt, seeds: list[int | None]) -> _Running:
        """A batch's rows, their prompts computed (the shared prefix's cache reused), ready for
        their first decoding step."""
        tokenizer = self._tokenizer
        assert self._head is not None
        head = self._head.with_tokens(token for row in rows for token in row)
        shared = shared_prefix_length(rows) if len(rows) > 1 else 0
        if shared < MIN_SHARED_PREFIX:
            shared = 0
        input_ids, attention_mask = pad_middle(rows, shared, tokenizer.pad_token_id)
        input_ids, attention_mask = input_ids.to(self.device), attention_mask.to(self.device)
        log.debug(
            "batch of %d prompts, %d tokens wide, %d shared", len(rows), input_ids.shape[1], shared
        )
        sampling = [Sampling(seed, TEMPERATURE, TOP_P) for seed in seeds]
        plain = self.tuned and not first.adapter
        try:
            with torch.inference_mode(), self.adapter_off() if plain else nullcontext():
                cache = self._prompt_cache(rows, shared, plain) if shared else None
        except RuntimeError as exc:
            raise GenerationError(f"generation failed: {exc}", retryable=True) from exc
        cohort = Cohort(
            self._body,
            head,
            input_ids,
            attention_mask,
            cache=cache,
            max_new_tokens=first.max_new_tokens,
            end_ids=self.eos_ids() | {tokenizer.pad_token_id},
            stop_strings=first.stop,
            detokenize=self.detokenize,
            sampling=sampling,
        )
        return _Running(self, cohort, rows, plain)

    def _generate_batch(
        self, rows: list[list[int]], first: Prompt, seeds: list[int | None]
    ) -> list[Completion]:
        """A batch run to its end (calls taking turns, without continuous batching)."""
        running = self._cohort(rows, first, seeds)
        with torch.inference_mode():
            while running.rows:
                running.step()
        return [running.completion(row) for row in range(len(rows))]

    def adapter_off(self) -> AbstractContextManager[Any]:
        """The model without its adapter, for prompts not made for it."""
        return self._model.disable_adapter()  # type: ignore[no-any-return]

    def detokenize(self, ids: Sequence[int]) -> str:
        return str(self._tokenizer.decode(ids, skip_special_tokens=True))

    def _prefix_cache(self, prefix: list[int], plain: bool) -> Any:
        """The shared prefix's key/value cache, a copy of the one kept from an earlier batch
        where there is one (a cohort changes its cache)."""
        key = (plain, tuple(prefix))
        kept = self._prefixes.get(key)
        if kept is None:
            ids = torch.tensor([prefix], device=self.device)
            kept = self._body(input_ids=ids, use_cache=True)["cache"]
            self._prefixes[key] = kept
            while len(self._prefixes) > PREFIXES_KEPT:
                self._prefixes.popitem(last=False)
        self._prefixes.move_to_end(key)
        return copy.deepcopy(kept)

    def _prompt_cache(self, rows: list[list[int]], shared: int, plain: bool) -> Any:
        """The key/value cache of every prompt but its last token, laid out as ``pad_middle``
        lays out the batch, so decoding starts from each row's last token.

        The shared prefix is computed once, and so is each distinct prompt (several candidate
        endings of one sentence). Each row's own part is computed in groups of rows of similar
        length, each padded only to its own longest row (one batch padded to its longest row
        computes mostly padding when prompt lengths vary widely). The groups'
        caches are then padded in the middle to the batch's width and joined. A model whose
        sliding-window layers would have dropped part of a prompt gets the plain prefix cache
        instead, and the decoding loop computes the rest of the batch at once."""
        one = self._prefix_cache(rows[0][:shared], plain)
        width = max(len(r) for r in rows) - 1
        windows = [getattr(layer, "sliding_window", None) for layer in one.layers]
        if any(w is not None and width >= w - 1 for w in windows):
            one.batch_repeat_interleave(len(rows))
            return one
        # Identical prompts (several candidates of one sentence) are computed once.
        distinct: dict[tuple[int, ...], int] = {}
        owner = [distinct.setdefault(tuple(r), len(distinct)) for r in rows]
        unique = [list(r) for r in distinct]
        order = sorted(range(len(unique)), key=lambda i: len(unique[i]))
        parts: list[list[tuple[torch.Tensor, torch.Tensor]]] = []
        for start in range(0, len(order), PREFILL_GROUP):
            group = [unique[i][:-1] for i in order[start : start + PREFILL_GROUP]]
            cache = copy.deepcopy(one)
            cache.batch_repeat_interleave(len(group))
            ids, mask = pad_middle(group, shared, self._tokenizer.pad_token_id)
            if ids.shape[1] > shared:
                ids, mask = ids.to(self.device), mask.to(self.device)
                positions = (mask.cumsum(-1) - 1).clamp(min=0)
                cache = self._body(
                    input_ids=ids[:, shared:],
                    attention_mask=mask,
                    position_ids=positions[:, shared:],
                    cache=cache,
                    use_cache=True,
                )["cache"]
            gap = width - ids.shape[1]
            parts.append(
                [
                    (_widen(layer.keys, shared, gap), _widen(layer.values, shared, gap))
                    for layer in cache.layers
                ]
            )
        place = {u: p for p, u in enumerate(order)}
        back = torch.tensor([place[u] for u in owner], device=self.device)
        for n, layer in enumerate(one.layers):
            layer.keys = torch.cat([part[n][0] for part in parts]).index_select(0, back)
            layer.values = torch.cat([part[n][1] for part in parts]).index_select(0, back)
            if hasattr(layer, "cumulative_length"):
                layer.cumulative_length = width
        return one

    def eos_ids(self) -> set[int]:
        eos = self._model.generation_config.eos_token_id
        if eos is None:
            return set()
        return {eos} if isinstance(eos, int) else set(eos)
