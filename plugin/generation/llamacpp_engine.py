"""The llama.cpp engine (``ENGINE=llamacpp``): the shipped GGUF file as it is, batched.

On a CPU the embedded model is faster through llama.cpp than through torch (its 4-bit matrix
products, docs/performance.md) and needs a quarter of the memory. llama-cpp-python is an
optional dependency (the ``llamacpp`` extra, which pip builds from source), imported only when
the model loads. The copy-clause LoRA adapter is converted once into llama.cpp's LoRA GGUF
format and, as in the transformers engine, applied to the planner's clause prompts only.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from plugin.errors import GenerationError
from plugin.generation.batching import complete_in_batches
from plugin.generation.engine import Completion, PromptedEngine
from plugin.generation.llamacpp_decoding import BatchContext, RowSampling, decode_rows
from plugin.generation.lora_gguf import lora_gguf
from plugin.generation.model_store import EMBEDDED_MODEL_ID, adapter_path, embedded_gguf
from plugin.generation.prompts import Prompt
from plugin.generation.settings import EngineSettings, cpu_threads

log = logging.getLogger(__name__)

TEMPERATURE = 0.8
TOP_P = 0.95
# Tokens per llama_decode call while prefilling (llama.cpp's default).
N_BATCH = 512
# Cells of a batch's cache beyond its prompts and budgets (llama.cpp rounds up to 256 anyway).
CELL_MARGIN = 256
INSTALL = (
    "ENGINE=llamacpp needs llama-cpp-python, which is not installed: "
    "pip install 'copydesk[llamacpp]' (pip builds llama.cpp from source, several minutes)"
)


def import_llama_cpp() -> Any:
    """The llama_cpp module, or a GenerationError that says which extra to install."""
    try:
        import llama_cpp
    except ImportError as exc:
        raise GenerationError(INSTALL) from exc
    return llama_cpp


def gguf_source(settings: EngineSettings) -> Path:
    """The GGUF file to load: ``MODEL`` when set (it must be one), else the shipped one."""
    if not settings.model:
        return embedded_gguf()
    path = Path(settings.model)
    if path.suffix.lower() != ".gguf" or not path.is_file():
        raise GenerationError(f"ENGINE=llamacpp loads a .gguf file; MODEL {path} is not one")
    return path


def repack_is_safe(llama_cpp: Any) -> bool:
    """Whether llama.cpp may move the weights into its repacked CPU layouts. Not in a build with
    AMX kernels: their matrix product crashes the process on some machines (llama.cpp issue
    20824, seen on this project's Sapphire Rapids development machine), so there the weights
    stay in plain CPU buffers."""
    features = llama_cpp.llama_print_system_info().decode("utf-8", errors="ignore")
    return "AMX_INT8 = 1" not in features


def prepare_llamacpp(settings: EngineSettings) -> Path:
    """``copydesk model prepare`` for this engine: the GGUF file runs as it is, so preparing
    means loading it once, which checks that llama-cpp-python is installed and converts the
    adapter into the model cache. Returns the GGUF file."""
    LlamaCppEngine(settings).load()
    return gguf_source(settings)


class LlamaCppEngine(PromptedEngine):
    """Batched generation through llama.cpp; chat models get their template, others few-shot."""

    def __init__(self, settings: EngineSettings) -> None:
        super().__init__(
            model_id=settings.model or EMBEDDED_MODEL_ID,
            retries=settings.generation_retries,
            max_new_tokens=settings.max_new_tokens,
            planned=settings.planned_copy,
        )
        self.settings = settings
        self.threads = cpu_threads(settings)
        self._lock = threading.Lock()
        self._lib: Any = None
        self._model: Any = None
        self._adapter: Any = None
        self._chat: Any = None
        # Whether llama.cpp may repack the weights for its faster CPU kernels (repack_is_safe).
        self.repacked = False

    @property
    def loaded(self) -> bool:
        return self._model is not None

    @property
    def uses_chat_template(self) -> bool:
        return self._chat is not None

    def plans_copy(self) -> bool:
        self.load()
        return not self.uses_chat_template

    @property
    def tuned(self) -> bool:
        return self._adapter is not None

    def load(self) -> None:
        """Load the model (and the adapter) once; later calls return at once."""
        with self._lock:
            if self._model is not None:
                return
            source = gguf_source(self.settings)
            llama_cpp = import_llama_cpp()
            from llama_cpp import _internals

            # llama.cpp logs every context it makes, and llama-cpp-python maps its warnings to
            # errors (and its errors to debug): silent unless we debug. Failures still raise.
            quiet = not log.isEnabledFor(logging.DEBUG)
            logging.getLogger("llama-cpp-python").setLevel(
                logging.CRITICAL if quiet else logging.DEBUG
            )
            params = llama_cpp.llama_model_default_params()
            params.n_gpu_layers = self._gpu_layers(llama_cpp)
            params.use_extra_bufts = repack_is_safe(llama_cpp)
            started = time.perf_counter()
            try:
                model = _internals.LlamaModel(path_model=str(source), params=params, verbose=False)
            except (OSError, ValueError) as exc:
                raise GenerationError(f"cannot load model {self.model_id}: {exc}") from exc
            metadata = model.metadata()
            adapter = adapter_path(self.settings)
            if adapter is not None:
                architecture = metadata.get("general.architecture", "")
                converted = lora_gguf(adapter, architecture, self.settings.model_cache_dir)
                self._adapter = llama_cpp.llama_adapter_lora_init(
                    model.model, str(converted).encode("utf-8")
                )
                if not self._adapter:
                    raise GenerationError(f"llama.cpp cannot load the adapter {converted}")
            template = metadata.get("tokenizer.chat_template")
            if template:
                from llama_cpp.llama_chat_format import Jinja2ChatFormatter

                self._chat = Jinja2ChatFormatter(
                    template,
                    eos_token=model.token_get_text(model.token_eos()),
                    bos_token=model.token_get_text(model.token_bos()),
                )
            self._lib, self._model = llama_cpp, model
            self.repacked = bool(params.use_extra_bufts)
            log.info(
                "loaded %s through llama.cpp (%d threads, weights repacked: %s) in %.1fs, "
                "adapter: %s, chat template: %s",
                self.model_id,
                self.threads,
                self.repacked,
                time.perf_counter() - started,
                adapter,
                self.uses_chat_template,
            )

    def _gpu_layers(self, llama_cpp: Any) -> int:
        """Every layer on the GPU when this build of llama.cpp has one and it may be used."""
        offload = bool(llama_cpp.llama_supports_gpu_offload())
        if self.settings.device == "cuda" and not offload:
            raise GenerationError(
                "COPYDESK_DEVICE=cuda but this llama-cpp-python was built without GPU support "
                "(rebuild it with CMAKE_ARGS=-DGGML_CUDA=on)"
            )
        return -1 if offload and self.settings.device != "cpu" else 0

    def prompt_text(self, prompt: Prompt) -> str:
        if self._chat is None:
            return prompt.completion
        messages = list(prompt.messages)
        try:
            return str(self._chat(messages=messages).prompt)
        except Exception:  # noqa: BLE001 - templates without a system role raise their own errors
            merged = [{"role": "user", "content": "\n\n".join(m["content"] for m in messages)}]
            return str(self._chat(messages=merged).prompt)

    def tokenize(self, text: str) -> list[int]:
        """A prompt's tokens: the beginning-of-text token added unless the chat template did."""
        return list(self._model.tokenize(text.encode("utf-8"), self._chat is None, True))

    def complete(self, prompts: Sequence[Prompt], seeds: Sequence[int | None]) -> list[Completion]:
        self.load()
        with self._lock:
            return complete_in_batches(
                prompts,
                seeds,
                encode=lambda group: [self.tokenize(self.prompt_text(p)) for p in group],
                run=self._generate_batch,
                max_batch_size=self.settings.max_batch_size,
                max_batch_tokens=self.settings.max_batch_tokens,
            )

    def _generate_batch(
        self, rows: list[list[int]], head: Prompt, seeds: list[int | None]
    ) -> list[Completion]:
        llama_cpp, model = self._lib, self._model
        vocab = model.vocab
        pad = llama_cpp.llama_vocab_pad(vocab)
        try:
            generated, logprobs = decode_rows(
                lambda cells: BatchContext(
                    llama_cpp,
                    model.model,
                    cells=cells + CELL_MARGIN,
                    rows=len(rows),
                    n_batch=max(N_BATCH, len(rows)),
                    threads=self.threads,
                    adapter=self._adapter if head.adapter else None,
                ),
                rows,
                max_new_tokens=head.max_new_tokens,
                is_end=lambda t: t == pad or bool(llama_cpp.llama_vocab_is_eog(vocab, t)),
                stop_strings=head.stop,
                piece=lambda t: bytes(model.token_to_piece(t)),
                sampling=[RowSampling(seed, TEMPERATURE, TOP_P) for seed in seeds],
            )
        except RuntimeError as exc:
            raise GenerationError(f"generation failed: {exc}", retryable=True) from exc
        return [
            Completion(
                text=model.detokenize(new).decode("utf-8", errors="ignore"),
                tokens_in=len(prompt_ids),
                tokens_out=len(new),
                chat=self.uses_chat_template,
                logprob=logprob,
            )
            for new, prompt_ids, logprob in zip(generated, rows, logprobs, strict=True)
        ]
