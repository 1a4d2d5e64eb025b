"""The llama.cpp peer of ``bench/generation.py``: the same prompt texts, stop strings and token
budget, greedy, through llama-cpp-python on the shipped Q4_K_M GGUF file as it is.

Two paths, both timed here:

  (c) one at a time: ``Llama.create_completion`` per listing, ``temperature=0`` (llama.cpp's
      greedy sampler). Between calls llama-cpp-python keeps the key/value cache of the longest
      prefix the next prompt shares with the last one, so the few-shot examples are computed
      once, as a user of the library gets by default.
  (d) batched: llama-cpp-python has no batched completion call, so this drives llama.cpp's own
      batch API through the low-level bindings, as llama.cpp's ``batched`` example does: one
      sequence per listing in one context, the prefix all prompts share computed once and its
      cache copied to every sequence, the rest of each prompt prefilled in ``n_batch``-token
      chunks, then one ``llama_decode`` per step for every row still running, each row greedy
      (argmax of its logits) and dropped (its cache cleared) at a stop string, an end token or
      the budget.

Texts are cut before the first stop string, as llama-cpp-python returns them.

With ``"engine": true`` in the job it times our own llama.cpp engine instead
(``COPYDESK_ENGINE=llamacpp``, ``LlamaCppEngine.complete`` on the same prompts): path (e).

Runs as its own process (``python bench/llamacpp_peer.py`` with a JSON job on stdin, figures
as JSON on stdout) so that its peak memory is llama.cpp's, without torch's weights beside it,
and (e) runs in a process of its own too.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

INSTALL = (
    "llama-cpp-python is not installed, so the llama.cpp peer is skipped; install the bench "
    "extra (pip install -e '.[bench]', which builds llama.cpp from source) to run it"
)


def unavailable() -> str | None:
    """Why the peer cannot run here, or None when llama-cpp-python can be imported."""
    try:
        found = importlib.util.find_spec("llama_cpp") is not None
    except (ImportError, ValueError):
        found = False
    return None if found else INSTALL


def cut_at_stop(text: str, stop: Sequence[str]) -> str:
    """The text before the first stop string, as llama-cpp-python returns a completion."""
    ends = [text.find(s) for s in stop if s in text]
    return text[: min(ends)] if ends else text


def _run(
    llama_cpp: Any, llm: Any, texts: list[str], job: dict[str, Any], name: str, fn: Any
) -> dict[str, Any]:
    # Run as a script, this file's folder is on the path (the parent imports only the helpers).
    from rss import peak_rss

    with peak_rss() as peak:
        started = time.perf_counter()
        outputs, tokens = fn(llama_cpp, llm, texts, job)
        seconds = time.perf_counter() - started
        return {
            "name": name,
            "seconds": seconds,
            "tokens_out": tokens,
            "listings": len(texts),
            "peak_bytes": peak(),
            "texts": outputs,
        }


def one_at_a_time(
    llama_cpp: Any, llm: Any, texts: list[str], job: dict[str, Any]
) -> tuple[list[str], int]:
    outputs, tokens = [], 0
    for text in texts:
        out = llm.create_completion(
            text,
            max_tokens=job["max_new_tokens"],
            temperature=0.0,
            repeat_penalty=1.0,
            stop=list(job["stop"]),
        )
        outputs.append(out["choices"][0]["text"])
        tokens += out["usage"]["completion_tokens"]
    return outputs, tokens


def batched(
    llama_cpp: Any, llm: Any, texts: list[str], job: dict[str, Any]
) -> tuple[list[str], int]:
    outputs: list[str] = []
    tokens = 0
    size = job["batch_size"]
    for start in range(0, len(texts), size):
        chunk, used = _batch(llama_cpp, llm, texts[start : start + size], job)
        outputs += chunk
        tokens += used
    return outputs, tokens


def _batch(
    llama_cpp: Any, llm: Any, texts: list[str], job: dict[str, Any]
) -> tuple[list[str], int]:
    import numpy as np

    stop, budget, n_batch = tuple(job["stop"]), job["max_new_tokens"], job["n_batch"]
    prompts = [llm.tokenize(t.encode("utf-8"), add_bos=True, special=True) for t in texts]
    vocab = llama_cpp.llama_model_get_vocab(llm.model)
    n_vocab = llama_cpp.llama_vocab_n_tokens(vocab)
    params = llama_cpp.llama_context_default_params()
    params.n_ctx = sum(len(p) + budget for p in prompts) + 256
    params.n_batch = params.n_ubatch = n_batch
    params.n_seq_max = len(prompts)
    params.kv_unified = True
    params.n_threads = params.n_threads_batch = job["threads"]
    ctx = llama_cpp.llama_init_from_model(llm.model, params)
    if not ctx:
        raise RuntimeError("llama.cpp could not create a batched context")
    batch = llama_cpp.llama_batch_init(n_batch, 0, 1)
    memory = llama_cpp.llama_get_memory(ctx)
    generated: list[list[int]] = [[] for _ in prompts]
    done = [False] * len(prompts)

    def greedy(index: int) -> int:
        logits = llama_cpp.llama_get_logits_ith(ctx, index)
        return int(np.ctypeslib.as_array(logits, shape=(n_vocab,)).argmax())

    def decode(rows: list[tuple[int, int, int, bool]]) -> list[tuple[int, int]]:
        """One llama_decode of (row, token, position, wants logits); the rows' next tokens."""
        batch.n_tokens = len(rows)
        for i, (row, token, pos, logits) in enumerate(rows):
            batch.token[i], batch.pos[i] = token, pos
            batch.n_seq_id[i], batch.seq_id[i][0] = 1, row
            batch.logits[i] = logits
        if llama_cpp.llama_decode(ctx, batch) != 0:
            raise RuntimeError("llama_decode failed")
        return [(row, greedy(i)) for i, (row, _, _, logits) in enumerate(rows) if logits]

    def take(row: int, token: int) -> None:
        if llama_cpp.llama_vocab_is_eog(vocab, token):
            done[row] = True
        else:
            generated[row].append(token)
            text = llm.detokenize(generated[row]).decode("utf-8", errors="ignore")
            done[row] = len(generated[row]) >= budget or any(s in text for s in stop)
        if done[row]:
            llama_cpp.llama_memory_seq_rm(memory, row, -1, -1)

    try:
        # The few-shot prefix every prompt shares is computed once, in sequence 0, and its cache
        # copied to the other sequences (kv_unified shares the cells, nothing is recomputed).
        shared = min(_common_prefix(prompts), min(len(ids) for ids in prompts) - 1)
        prefix = [(0, token, pos, False) for pos, token in enumerate(prompts[0][:shared])]
        for start in range(0, len(prefix), n_batch):
            decode(prefix[start : start + n_batch])
        for row in range(1, len(prompts)):
            llama_cpp.llama_memory_seq_cp(memory, 0, row, -1, -1)
        flat = [
            (row, ids[pos], pos, pos == len(ids) - 1)
            for row, ids in enumerate(prompts)
            for pos in range(shared, len(ids))
        ]
        for start in range(0, len(flat), n_batch):
            for row, token in decode(flat[start : start + n_batch]):
                take(row, token)
        while not all(done):
            step = [
                (row, generated[row][-1], len(prompts[row]) + len(generated[row]) - 1, True)
                for row in range(len(prompts))
                if not done[row]
            ]
            for row, token in decode(step):
                take(row, token)
    finally:
        llama_cpp.llama_batch_free(batch)
        llama_cpp.llama_free(ctx)
    texts_out = [
        cut_at_stop(llm.detokenize(ids).decode("utf-8", errors="ignore"), stop) for ids in generated
    ]
    return texts_out, sum(len(ids) for ids in generated)


def _common_prefix(rows: list[list[int]]) -> int:
    first = rows[0]
    return next(
        (i for i in range(len(first)) if any(i >= len(r) or r[i] != first[i] for r in rows)),
        len(first),
    )


def without_amx(llama_cpp: Any) -> bool:
    """In a build with AMX kernels, load the weights without llama.cpp's repacked layouts (the
    AMX matrix product crashes on some machines, llama.cpp#20824), as the engine does. True
    when that applies: ``Llama`` takes no such option, so its default parameters are wrapped."""
    from plugin.generation.llamacpp_engine import repack_is_safe

    if repack_is_safe(llama_cpp):
        return False
    bindings = llama_cpp.llama_cpp  # the module ``Llama`` calls
    defaults = bindings.llama_model_default_params

    def plain_buffers() -> Any:
        params = defaults()
        params.use_extra_bufts = False
        return params

    bindings.llama_model_default_params = plain_buffers
    return True


def run(job: dict[str, Any]) -> dict[str, Any]:
    """Load the GGUF file, warm up, and time both paths on the job's prompt texts."""
    import llama_cpp

    amx = without_amx(llama_cpp)
    started = time.perf_counter()
    llm = llama_cpp.Llama(
        model_path=job["gguf"],
        n_ctx=job["n_ctx"],
        n_batch=job["n_batch"],
        n_threads=job["threads"],
        n_threads_batch=job["threads"],
        verbose=False,
    )
    load_seconds = time.perf_counter() - started
    texts = job["texts"]
    one_at_a_time(llama_cpp, llm, texts[-1:], job)  # warm-up
    runs = [_run(llama_cpp, llm, texts, job, "(c) llama.cpp, one at a time", one_at_a_time)]
    llm.reset()
    runs.append(_run(llama_cpp, llm, texts, job, "(d) llama.cpp, batched", batched))
    return {
        "version": getattr(llama_cpp, "__version__", "?"),
        "load_seconds": load_seconds,
        "repacked": not amx,
        "prompt_tokens": [
            len(llm.tokenize(t.encode("utf-8"), add_bos=True, special=True)) for t in texts
        ],
        "runs": runs,
    }


def run_engine(job: dict[str, Any]) -> dict[str, Any]:
    """Path (e): our llama.cpp engine, loaded and warmed up here, on the job's prompts."""
    from rss import peak_rss

    from plugin.domain import DraftKind
    from plugin.generation import EngineSettings, Prompt, build_engine
    from plugin.generation.llamacpp_engine import LlamaCppEngine

    prompts = [
        Prompt(**{**p, "kind": DraftKind(p["kind"]), "messages": (), "stop": tuple(p["stop"])})
        for p in job["prompts"]
    ]
    engine = build_engine(EngineSettings.from_mapping({"ENGINE": "llamacpp", **job["settings"]}))
    assert isinstance(engine, LlamaCppEngine)
    started = time.perf_counter()
    engine.load()
    load_seconds = time.perf_counter() - started
    engine.complete(prompts[:1], [None])  # warm-up
    with peak_rss() as peak:
        started = time.perf_counter()
        completions = engine.complete(prompts, [None] * len(prompts))
        seconds = time.perf_counter() - started
        run = {
            "name": "(e) llama.cpp engine",
            "seconds": seconds,
            "tokens_out": sum(c.tokens_out for c in completions),
            "listings": len(prompts),
            "peak_bytes": peak(),
            "texts": [cut_at_stop(c.text, prompts[0].stop) for c in completions],
        }
    return {
        "load_seconds": load_seconds,
        "threads": engine.threads,
        "repacked": engine.repacked,
        "runs": [run],
    }


if __name__ == "__main__":
    # Run as a script, the repository is not on the path (the engine path imports our code).
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    given = json.load(sys.stdin)
    json.dump(run_engine(given) if given.get("engine") else run(given), sys.stdout)
