"""Batched generation against one-at-a-time ``model.generate()``, side by side in one run.

The same N distinct listings (WooCommerce's sample catalogue, then the demo catalogue; repeated
only past the 40 they hold), the same prompts, the same model and the same token budget (max new
tokens and stop strings), greedy in both:

  (a) one at a time: a plain ``model.generate()`` per listing, as most tutorials do it;
  (b) the engine's batched path (``TransformersEngine.complete``): length-sorted batches, the
      shared few-shot prefix computed once per batch, padding masked, the output layer cut to
      the kept vocabulary (``--languages``) in the configured precision (``--output-precision``);
  (b0) with ``--before``: the same batched path as it was before the vocabulary cut and the
      model precision (every token, float32 model and output layer), a second copy of the
      model in the same process.

  (e) the llama.cpp engine (``COPYDESK_ENGINE=llamacpp``, ``LlamaCppEngine.complete``) on the
      shipped GGUF file, in a process of its own, when llama-cpp-python is installed.

Prints tokens/s, listings/s, peak memory and the ratio b/a (and b/b0), and how many of the N
texts the paths agree on. ``--peer llamacpp`` adds llama.cpp itself on the shipped GGUF file,
one at a time and batched, in a process of its own (``bench/llamacpp_peer.py``; needs the
``bench`` extra). llama.cpp scores the whole vocabulary: the cut is the transformers engine's.
``--model-precision`` sets ``MODEL_PRECISION`` for (a) and (b): both use the engine's model.
Run: ``.venv/bin/python bench/generation.py [--n 32] [--device cpu] [--before] [--languages en]
[--output-precision float32] [--peer llamacpp]``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import asdict, dataclass
from itertools import cycle, islice
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from adapters.catalog import parse_catalog  # noqa: E402
from bench.llamacpp_peer import cut_at_stop, unavailable  # noqa: E402
from bench.rss import peak_rss  # noqa: E402
from plugin.domain import DraftKind, GenerationRequest, Listing  # noqa: E402
from plugin.generation import EngineSettings, build_engine  # noqa: E402
from plugin.generation.model_store import embedded_gguf  # noqa: E402
from plugin.generation.settings import MODEL_PRECISIONS, OUTPUT_PRECISIONS  # noqa: E402
from plugin.generation.transformers_engine import TransformersEngine  # noqa: E402

CATALOGUES = (
    REPO / "tests" / "fixtures" / "woocommerce" / "sample_products.csv",
    REPO / "plugin" / "demo" / "demo_catalog.csv",
)


@dataclass
class Run:
    name: str
    seconds: float
    tokens_out: int
    listings: int
    peak_bytes: int
    texts: list[str]

    @property
    def tokens_per_second(self) -> float:
        return self.tokens_out / self.seconds

    @property
    def listings_per_second(self) -> float:
        return self.listings / self.seconds


@contextmanager
def peak_memory(device: str) -> Iterator[Callable[[], int]]:
    """Peak GPU memory allocated, or peak resident memory of this process sampled every 20 ms."""
    import torch

    if device == "cuda":
        torch.cuda.synchronize()
        torch.cuda.reset_peak_memory_stats()
        yield torch.cuda.max_memory_allocated
        torch.cuda.synchronize()
        return
    with peak_rss() as peak:
        yield peak


def load_listings(n: int) -> list[Listing]:
    listings = [item for path in CATALOGUES for item in parse_catalog(path.read_bytes()).listings]
    return list(islice(cycle(listings), n))


def one_at_a_time(engine: TransformersEngine, texts: list[str], prompt: Any) -> Run:
    import torch

    model, tokenizer = engine.model, engine.tokenizer
    done = {tokenizer.pad_token_id, *engine.eos_ids()}
    outputs, tokens = [], 0
    # The same weights as the batched path: it writes prompts not made for the copy-clause
    # adapter with the adapter off.
    plain = engine.tuned and not prompt.adapter
    with (
        peak_memory(engine.device.type) as peak,  # type: ignore[union-attr]
        model.disable_adapter() if plain else nullcontext(),
    ):
        started = time.perf_counter()
        for text in texts:
            inputs = tokenizer(text, return_tensors="pt").to(engine.device)
            with torch.inference_mode():
                out = model.generate(
                    **inputs,
                    max_new_tokens=prompt.max_new_tokens,
                    do_sample=False,
                    stop_strings=list(prompt.stop),
                    tokenizer=tokenizer,
                    pad_token_id=tokenizer.pad_token_id,
                )
            new = out[0, inputs["input_ids"].shape[1] :].tolist()
            used = next((i for i, t in enumerate(new) if t in done), len(new))
            tokens += used
            outputs.append(tokenizer.decode(new[:used], skip_special_tokens=True))
        seconds = time.perf_counter() - started
        return Run("(a) one at a time", seconds, tokens, len(texts), peak(), outputs)


def batched(engine: TransformersEngine, prompts: list[Any], name: str) -> Run:
    with peak_memory(engine.device.type) as peak:  # type: ignore[union-attr]
        started = time.perf_counter()
        completions = engine.complete(prompts, [None] * len(prompts))
        seconds = time.perf_counter() - started
        tokens = sum(c.tokens_out for c in completions)
        texts = [c.text for c in completions]
        return Run(name, seconds, tokens, len(prompts), peak(), texts)


def _in_own_process(job: dict[str, Any]) -> dict[str, Any] | None:
    """``bench/llamacpp_peer.py`` run on ``job`` in a process of its own; None if it failed."""
    peer = Path(__file__).resolve().parent / "llamacpp_peer.py"
    out = subprocess.run(
        [sys.executable, str(peer)], input=json.dumps(job), capture_output=True, text=True
    )
    if out.returncode != 0:
        print(f"llama.cpp failed:\n{out.stderr.strip()[-2000:]}")
        return None
    figures: dict[str, Any] = json.loads(out.stdout)
    return figures


def _runs(figures: dict[str, Any] | None) -> list[Run]:
    return [
        Run(r["name"], r["seconds"], r["tokens_out"], r["listings"], r["peak_bytes"], r["texts"])
        for r in (figures or {}).get("runs", [])
    ]


def llamacpp_runs(texts: list[str], prompts: list[Any], args: argparse.Namespace) -> list[Run]:
    """Path (e), our llama.cpp engine, and with ``--peer llamacpp`` the peer's two runs, each in
    a process of its own; none when llama-cpp-python cannot run."""
    why = unavailable()
    if why is None and args.model:
        why = "llama.cpp runs the embedded GGUF file only, so (c) to (e) are skipped with --model"
    if why is not None:
        print(f"llama.cpp: {why}")
        return []
    import torch

    runs: list[Run] = []
    if args.peer == "llamacpp":
        job = {
            "gguf": str(embedded_gguf()),
            "texts": texts,
            "stop": list(prompts[0].stop),
            "max_new_tokens": prompts[0].max_new_tokens,
            "threads": torch.get_num_threads(),
            "batch_size": args.batch_size,
            "n_batch": 512,
            "n_ctx": 2048,
        }
        figures = _in_own_process(job)
        if figures is not None:
            print(
                f"peer: llama-cpp-python {figures['version']}, {Path(job['gguf']).name}, "
                f"{job['threads']} threads, load {figures['load_seconds']:.1f} s, "
                f"weights repacked: {figures['repacked']}"
            )
        runs += _runs(figures)
    engine_job = {
        "engine": True,
        "prompts": [{**asdict(p), "kind": p.kind.value} for p in prompts],
        "settings": {
            "MODEL_CACHE_DIR": args.cache,
            "MAX_BATCH_SIZE": args.batch_size,
            "MAX_BATCH_TOKENS": args.batch_tokens,
            "MAX_NEW_TOKENS": args.max_new_tokens,
        },
    }
    figures = _in_own_process(engine_job)
    if figures is not None:
        print(
            f"engine (e): COPYDESK_ENGINE=llamacpp, {figures['threads']} threads, "
            f"load {figures['load_seconds']:.1f} s, weights repacked: {figures['repacked']}"
        )
    return runs + _runs(figures)


def local_engine(config: dict[str, Any]) -> TransformersEngine:
    engine = build_engine(EngineSettings.from_mapping(config))
    assert isinstance(engine, TransformersEngine)
    return engine


def weight_bytes(model: Any) -> int:
    return sum(p.numel() * p.element_size() for p in model.parameters())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=32, help="listings (default 32)")
    parser.add_argument("--kind", default="description", choices=[k.value for k in DraftKind])
    parser.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda"])
    parser.add_argument("--model", default="", help="HF directory or id (default: embedded)")
    parser.add_argument("--cache", default=str(REPO / "instance" / "models"))
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--batch-tokens", type=int, default=16384)
    parser.add_argument("--max-new-tokens", type=int, default=0, help="0: the kind's default")
    parser.add_argument(
        "--bandwidth-gbs", type=float, default=0.0, help="memory bandwidth, GB/s, for the bound"
    )
    parser.add_argument(
        "--languages",
        default="",
        help="LANGUAGES for (b): codes, or 'all' for every token (default: every language)",
    )
    parser.add_argument(
        "--output-precision",
        default="auto",
        choices=list(OUTPUT_PRECISIONS),
        help="OUTPUT_PRECISION for (b) (default auto)",
    )
    parser.add_argument(
        "--model-precision",
        default="auto",
        choices=list(MODEL_PRECISIONS),
        help="MODEL_PRECISION for (a) and (b) (default auto)",
    )
    parser.add_argument(
        "--before",
        action="store_true",
        help="also run (b0): the batched path before the vocabulary cut (every token, float32)"
        " and the model precision (float32)",
    )
    parser.add_argument("--json", default="", help="also write the figures to this file")
    parser.add_argument("--show", action="store_true", help="print every path's texts")
    parser.add_argument(
        "--peer",
        default="",
        choices=["", "llamacpp"],
        help="also run llama.cpp on the shipped GGUF file (needs the bench extra)",
    )
    args = parser.parse_args()

    config = {
        "MODEL": args.model,
        "DEVICE": args.device,
        "MODEL_CACHE_DIR": args.cache,
        "MAX_BATCH_SIZE": args.batch_size,
        "MAX_BATCH_TOKENS": args.batch_tokens,
        "MAX_NEW_TOKENS": args.max_new_tokens,
        "MODEL_PRECISION": args.model_precision,
    }
    engine = local_engine(
        {**config, "LANGUAGES": args.languages, "OUTPUT_PRECISION": args.output_precision}
    )
    started = time.perf_counter()
    engine.load()
    load_seconds = time.perf_counter() - started
    before = None
    if args.before:
        before = local_engine(
            {
                **config,
                "LANGUAGES": "all",
                "OUTPUT_PRECISION": "float32",
                "MODEL_PRECISION": "float32",
            }
        )
        before.load()
    import torch

    kind = DraftKind(args.kind)
    listings = load_listings(args.n)
    requests = [
        GenerationRequest(listing=item, kind=kind, question="Is it warm?") for item in listings
    ]
    prompts = [engine.prompt_for(r) for r in requests]
    texts = [engine.prompt_text(p) for p in prompts]
    prompt_tokens = [len(engine.tokenizer(t)["input_ids"]) for t in texts]

    engine.complete(prompts[:1], [None])  # warm-up: first-call allocations, kernels
    a = one_at_a_time(engine, texts, prompts[0])
    b = batched(engine, prompts, "(b) engine, batched")
    agree = sum(x.strip() == y.strip() for x, y in zip(a.texts, b.texts, strict=True))
    b0 = None
    if before is not None:
        before.complete(prompts[:1], [None])
        b0 = batched(before, prompts, "(b0) engine, before cut")
    peers = llamacpp_runs(texts, prompts, args)
    ours = [cut_at_stop(t, prompts[0].stop).strip() for t in b.texts]

    device = engine.device
    figures: dict[str, Any] = {
        "model": engine.model_id,
        "device": str(device),
        "torch_threads": torch.get_num_threads(),
        "dtype": str(next(engine.model.parameters()).dtype),
        "kind": kind.value,
        "listings": args.n,
        "prompt_tokens_mean": round(sum(prompt_tokens) / len(prompt_tokens), 1),
        "max_new_tokens": prompts[0].max_new_tokens,
        "batch_size": args.batch_size,
        "load_seconds": round(load_seconds, 1),
        "output_layer": {
            "columns": engine.output_head.columns,
            "vocabulary": engine.output_head.weight.shape[0],
            "precision": engine.output_head.precision,
        },
        "runs": {},
        "ratio_listings_per_s": round(b.listings_per_second / a.listings_per_second, 2),
        "ratio_tokens_per_s": round(b.tokens_per_second / a.tokens_per_second, 2),
        "same_text": f"{agree}/{args.n}",
        "weight_bytes": weight_bytes(engine.model),
    }
    print(f"model {figures['model']} on {device} ({figures['dtype']}), kind {kind.value}")
    print(
        f"{args.n} listings, mean prompt {figures['prompt_tokens_mean']} tokens, "
        f"max new tokens {figures['max_new_tokens']}, load {figures['load_seconds']} s"
    )
    print(
        f"output layer (b): {figures['output_layer']['columns']:,} of "
        f"{figures['output_layer']['vocabulary']:,} tokens in {engine.output_head.precision}"
    )
    ours_and_before = (a, b) if b0 is None else (a, b, b0)
    for run in (*ours_and_before, *peers):
        figures["runs"][run.name] = {
            "seconds": round(run.seconds, 2),
            "tokens_out": run.tokens_out,
            "tokens_per_s": round(run.tokens_per_second, 2),
            "listings_per_s": round(run.listings_per_second, 3),
            "peak_memory_mib": round(run.peak_bytes / 2**20),
        }
        print(
            f"{run.name:22} {run.seconds:8.1f} s  {run.tokens_out:5d} tokens  "
            f"{run.tokens_per_second:7.1f} tokens/s  {run.listings_per_second:6.3f} listings/s  "
            f"peak {run.peak_bytes / 2**20:,.0f} MiB"
        )
    print(
        f"ratio b/a: {figures['ratio_listings_per_s']}x listings/s, "
        f"{figures['ratio_tokens_per_s']}x tokens/s; same text for {figures['same_text']}"
    )
    if b0 is not None:
        figures["ratio_b_over_b0_listings_per_s"] = round(
            b.listings_per_second / b0.listings_per_second, 2
        )
        same = sum(x.strip() == y.strip() for x, y in zip(b0.texts, b.texts, strict=True))
        figures["runs"][b0.name]["same_text_as_b"] = f"{same}/{args.n}"
        print(
            f"ratio b/b0 (the vocabulary cut and output precision): "
            f"{figures['ratio_b_over_b0_listings_per_s']}x listings/s; b0/a: "
            f"{b0.listings_per_second / a.listings_per_second:.2f}x; same text as (b) for "
            f"{same}/{args.n}"
        )
    for run in peers:
        same = sum(x == y.strip() for x, y in zip(ours, run.texts, strict=True))
        figures["runs"][run.name]["same_text_as_b"] = f"{same}/{args.n}"
        print(
            f"{run.name}: {run.listings_per_second / a.listings_per_second:.2f}x (a)'s "
            f"listings/s, {run.listings_per_second / b.listings_per_second:.2f}x (b)'s; "
            f"same text as (b), cut at the stop string, for {same}/{args.n}"
        )
    print(f"weights: {figures['weight_bytes'] / 2**20:,.0f} MiB")
    if args.bandwidth_gbs:
        step = figures["weight_bytes"] / (args.bandwidth_gbs * 1e9)
        figures["bandwidth_gbs"] = args.bandwidth_gbs
        figures["bandwidth_bound_step_ms"] = round(step * 1e3, 4)
        print(
            f"bandwidth bound: {step * 1e3:.3f} ms per decoding step "
            f"(weights / {args.bandwidth_gbs:g} GB/s), at most {1 / step:,.0f} steps/s"
        )
    if args.show:
        for i, listing in enumerate(listings):
            print(f"--- {listing.title}")
            for run in (*ours_and_before, *peers):
                print(f"{run.name.split()[0]} {run.texts[i].strip()}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
