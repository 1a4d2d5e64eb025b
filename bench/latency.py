"""A shopper's reply latency while a description job runs, with continuous batching and with the
engine as it was (batch at a time), side by side in one run.

For each engine, in a process of its own (so the job it leaves running dies with it):

  1. idle: ``--replies`` replies, one after another, with nothing else running;
  2. busy: a description job of ``--listings`` listings (``engine.generate``, the content
     planner, as a generate job runs it) in a thread, and meanwhile the same replies, one
     after another with ``--gap`` seconds between them, each timed from its ``generate`` call
     to its result, as the ``answer_question`` job would see it beside the description job
     (the worker runs both at once, ``WORKER_JOBS``).

  (a) continuous batching (``CONTINUOUS_BATCHING=true``, the default): the reply's rows start
      at the next decoding step, and the job's cohorts wait while it decodes;
  (b) batch at a time (``CONTINUOUS_BATCHING=false``, the engine before): a reply waits for
      the ``complete`` call in progress, every batch of it.

Prints each path's p50 and p95 (idle and busy), busy p95 / idle p95 (target under 3) and
(b) / (a). Replies are greedy, with the reply kind's own token budget, asked from a thread as
the worker asks them.
Run: ``.venv/bin/python bench/latency.py [--listings 200] [--replies 20] [--json out.json]``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.generation import load_listings  # noqa: E402
from plugin.domain import DraftKind, GenerationRequest  # noqa: E402
from plugin.generation import EngineSettings, build_engine  # noqa: E402
from plugin.generation.engine import PromptedEngine  # noqa: E402

PATHS = {"(a) continuous batching": "true", "(b) batch at a time": "false"}
QUESTIONS = ("Is it warm?", "What is it made of?", "Which colours does it come in?", "Size?")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def replies(count: int) -> list[GenerationRequest]:
    listings = load_listings(count)
    return [
        GenerationRequest(listing=item, kind=DraftKind.REPLY, question=QUESTIONS[i % 4])
        for i, item in enumerate(listings)
    ]


def timed(engine: PromptedEngine, request: GenerationRequest) -> float:
    started = time.perf_counter()
    engine.generate([request])
    return time.perf_counter() - started


def child(engine: PromptedEngine, args: argparse.Namespace) -> dict[str, Any]:
    """One path's figures, measured in this process."""
    asked = replies(args.replies)
    timed(engine, asked[0])  # warm-up: first-call allocations
    idle = [timed(engine, request) for request in asked]
    job = [
        GenerationRequest(listing=item, kind=DraftKind.DESCRIPTION)
        for item in load_listings(args.listings)
    ]
    job_done = threading.Event()
    job_seconds: list[float] = []

    def run_job() -> None:
        started = time.perf_counter()
        engine.generate(job)
        job_seconds.append(time.perf_counter() - started)
        job_done.set()

    threading.Thread(target=run_job, daemon=True).start()
    job_done.wait(args.gap)  # the job's first batches are decoding
    busy: list[float] = []
    for request in asked:
        if job_done.is_set():
            break
        busy.append(timed(engine, request))
        job_done.wait(args.gap)
    return {
        "idle": idle,
        "busy": busy,
        "job_finished_first": job_done.is_set(),
        "job_seconds": job_seconds[0] if job_seconds else None,
    }


def summary(figures: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"job_finished_first": figures["job_finished_first"]}
    for phase in ("idle", "busy"):
        values = figures[phase]
        out[f"{phase}_n"] = len(values)
        if values:
            out[f"{phase}_p50"] = round(statistics.median(values), 2)
            out[f"{phase}_p95"] = round(percentile(values, 0.95), 2)
    if figures["busy"]:
        out["busy_p95_over_idle_p95"] = round(out["busy_p95"] / out["idle_p95"], 2)
        out["busy_p50_over_idle_p50"] = round(out["busy_p50"] / out["idle_p50"], 2)
    return out


def run_path(args: argparse.Namespace, value: str) -> dict[str, Any] | None:
    command = [sys.executable, __file__, "--child", value]
    for name in ("listings", "replies", "gap", "cache", "device"):
        command += [f"--{name}", str(getattr(args, name))]
    out = subprocess.run(command, capture_output=True, text=True)
    if out.returncode != 0:
        print(f"failed:\n{out.stderr.strip()[-3000:]}")
        return None
    figures: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--listings", type=int, default=200, help="the job's listings")
    parser.add_argument("--replies", type=int, default=20, help="replies per phase")
    parser.add_argument("--gap", type=float, default=2.0, help="seconds between two replies")
    parser.add_argument("--device", default="cpu", choices=["auto", "cpu", "cuda"])
    parser.add_argument("--cache", default=str(REPO / "instance" / "models"))
    parser.add_argument("--json", default="", help="also write the figures to this file")
    parser.add_argument(
        "--child", default="", choices=["", *PATHS.values()], help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.child:
        settings = {
            "MODEL_CACHE_DIR": args.cache,
            "DEVICE": args.device,
            "CONTINUOUS_BATCHING": args.child,
        }
        engine = build_engine(EngineSettings.from_mapping(settings))
        assert isinstance(engine, PromptedEngine)
        engine.load()  # type: ignore[attr-defined]
        # Replies and the job on threads of their own, as a worker runs its jobs, neither the
        # thread that loaded the model: on an oversubscribed CPU torch ran about 6x slower on
        # the thread that first used it (load 9 on 2 cores).
        measured: list[dict[str, Any]] = []
        replying = threading.Thread(target=lambda: measured.append(child(engine, args)))
        replying.start()
        replying.join()
        print(json.dumps(measured[0]), flush=True)
        os._exit(0)  # the job may still run: it ends with this process

    print(
        f"{args.listings}-listing description job, {args.replies} replies per phase, "
        f"{args.gap:g} s apart; load average at start {os.getloadavg()[0]:.2f}"
    )
    results: dict[str, Any] = {"listings": args.listings, "replies": args.replies, "paths": {}}
    for name, value in PATHS.items():
        figures = run_path(args, value)
        if figures is None:
            continue
        line = summary(figures)
        results["paths"][name] = {**line, "raw": figures}
        busy = (
            f"busy p50 {line['busy_p50']:.2f} s, p95 {line['busy_p95']:.2f} s "
            f"({line['busy_n']} replies; p95 {line['busy_p95_over_idle_p95']}x idle)"
            if line["busy_n"]
            else "no reply while the job ran"
        )
        print(
            f"{name:26} idle p50 {line['idle_p50']:.2f} s, p95 {line['idle_p95']:.2f} s; {busy}"
            + ("; the job ended before the replies did" if line["job_finished_first"] else "")
        )
    paths = list(results["paths"].values())
    if len(paths) == 2 and paths[0]["busy_n"] and paths[1]["busy_n"]:
        a, b = paths
        results["busy_p95_b_over_a"] = round(b["busy_p95"] / a["busy_p95"], 2)
        results["busy_p50_b_over_a"] = round(b["busy_p50"] / a["busy_p50"], 2)
        print(
            f"(b)/(a) while the job runs: p50 {results['busy_p50_b_over_a']}x, "
            f"p95 {results['busy_p95_b_over_a']}x"
        )
    results["load_average_end"] = round(os.getloadavg()[0], 2)
    print(f"load average at end {results['load_average_end']:.2f}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
