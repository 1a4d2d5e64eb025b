"""Soak: the distributed set-up on one machine, webhooks in, one worker killed, one restarted.

    python bench/soak.py [--webhooks 2000] [--products 500] [--rate 50]

PostgreSQL (a schema of its own in ``--postgres-url``), Redis (``--broker-url``, under a key
prefix of its own), ``COPYDESK_QUEUE=celery``, ``copydesk serve`` under gunicorn, two I/O
workers and one generate worker whose engine is the tests' fake OpenAI-compatible server (the
soak measures the plumbing, not the model), and the tests' fake Shopify and WooCommerce stores,
with a shop installed in each. Merchants' edits arrive as signed webhooks, open-loop at
``--rate`` per second, 10 % of them repeated byte for byte; about half the edits empty a
description, which asks for a draft. A third of the way through, an I/O worker is killed with
SIGKILL (and stays dead); two thirds through, the generate worker is stopped and started again.

It prints events recorded, jobs by outcome, drafts written, duplicates and losses (target 0
and 0) and the time from the last delivery until every job has finished, and exits non-zero
on any duplicate or loss.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text  # noqa: E402

from bench.bench_env import (  # noqa: E402
    Process,
    Settings,
    copydesk,
    database,
    free_port,
    wait_http,
)
from bench.soak_stores import Edits, Stores, install  # noqa: E402
from bench.webhook_load import Result, schedule, send_open_loop, summarize  # noqa: E402

DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
UNFINISHED = ("queued", "running")


class Cluster:
    """``copydesk serve`` and the workers, each a process of its own."""

    def __init__(self, settings: Settings, workdir: Path, port: int) -> None:
        self.settings, self.workdir, self.port = settings, workdir, port
        self.serve = self._start("serve", ["serve", "--port", str(port)])
        self.io = [
            self._start(f"io-{n}", ["worker", "--queue", "io", "--queue", "default"])
            for n in (1, 2)
        ]
        self.generate = self._start("generate-1", ["worker", "--queue", "generate"])

    def _start(self, name: str, args: list[str]) -> Process:
        return Process(name, copydesk(args), self.settings, self.workdir)

    def restart_generate(self) -> None:
        self.generate.stop()  # SIGTERM: Celery's warm shutdown finishes the job in hand
        self.generate = self._start("generate-2", ["worker", "--queue", "generate"])

    def stop(self) -> None:
        for process in (self.serve, *self.io, self.generate):
            process.stop()


def wait_for(check: Callable[[], bool], what: str, timeout: float) -> float:
    """Seconds until ``check()`` held; fails after ``timeout``."""
    start = time.monotonic()
    while not check():
        if time.monotonic() - start > timeout:
            raise RuntimeError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.5)
    return time.monotonic() - start


def query(url: str, sql: str) -> list[tuple]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.execute(text(sql))]
    finally:
        engine.dispose()


def unfinished_jobs(url: str) -> int:
    return int(query(url, "SELECT count(*) FROM jobs WHERE status IN ('queued', 'running')")[0][0])


def chaos(cluster: Cluster, seconds: float, log: list[str]) -> threading.Thread:
    """SIGKILL an I/O worker a third of the way through, restart the generate worker at two
    thirds."""

    def run() -> None:
        time.sleep(seconds / 3)
        cluster.io[0].kill()
        log.append(f"{time.strftime('%X')} killed io worker 1 (SIGKILL)")
        time.sleep(seconds / 3)
        cluster.restart_generate()
        log.append(f"{time.strftime('%X')} restarted the generate worker (SIGTERM, start)")

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def report(url: str, results: list[Result]) -> dict[str, int]:
    """Every acknowledged delivery recorded once, processed, with one job; what the jobs did.

    Duplicates: a delivery recorded twice, an event with two jobs, or two pending drafts for
    the same listing and kind. Losses: an acknowledged delivery not recorded, not processed or
    without its job, and any job that failed for good."""
    acked = {(r.delivery.platform, r.delivery.event_id) for r in results if r.acknowledged}
    events: dict[tuple[str, str], list[str]] = {}
    for platform, event_id, status in query(
        url, "SELECT platform, event_id, status FROM webhook_events"
    ):
        events.setdefault((platform, event_id), []).append(status)
    webhook_jobs = Counter(
        key
        for (key,) in query(url, "SELECT idempotency_key FROM jobs WHERE name = 'process_webhook'")
    )
    jobs = dict(query(url, "SELECT status, count(*) FROM jobs GROUP BY status"))
    failed = query(url, "SELECT name, count(*) FROM jobs WHERE status = 'failed' GROUP BY name")
    pending_twice = query(
        url,
        "SELECT count(*) FROM (SELECT listing_id, kind FROM drafts WHERE status = 'pending' "
        "GROUP BY listing_id, kind HAVING count(*) > 1) AS doubled",
    )[0][0]
    not_recorded = sum(key not in events for key in acked)
    not_processed = sum("processed" not in events[key] for key in acked if key in events)
    without_job = sum(webhook_jobs[f"webhook:{p}:{e}"] == 0 for p, e in acked)
    return {
        "deliveries acknowledged (distinct)": len(acked),
        "events recorded": sum(len(v) for v in events.values()),
        "events processed": sum(v.count("processed") for v in events.values()),
        "jobs done": jobs.get("done", 0),
        "jobs failed": jobs.get("failed", 0),
        **{f"  failed: {name}": count for name, count in failed},
        "jobs cancelled": jobs.get("cancelled", 0),
        "jobs left unfinished": sum(jobs.get(s, 0) for s in UNFINISHED),
        "jobs run more than once": query(url, "SELECT count(*) FROM jobs WHERE attempts > 1")[0][0],
        "drafts written": query(url, "SELECT count(*) FROM drafts")[0][0],
        "duplicates": sum(len(v) > 1 for v in events.values())
        + sum(n > 1 for n in webhook_jobs.values())
        + pending_twice,
        "losses": not_recorded + not_processed + without_job + jobs.get("failed", 0),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--webhooks", type=int, default=2000)
    parser.add_argument("--products", type=int, default=500)
    parser.add_argument("--rate", type=float, default=50.0, help="deliveries per second")
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get("COPYDESK_TEST_POSTGRES_URL", DEFAULT_POSTGRES),
        help="a database the soak may create (and drop) a schema in",
    )
    parser.add_argument(
        "--broker-url",
        default=os.environ.get("COPYDESK_TEST_REDIS_URL", "redis://127.0.0.1:6379/0"),
        help="Redis for Celery (keys under a prefix of this run, deleted afterwards)",
    )
    parser.add_argument("--drain-timeout", type=float, default=900.0)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    prefix = f"copydesk-soak-{uuid.uuid4().hex[:8]}:"
    stores = Stores.start()
    try:
        with (
            tempfile.TemporaryDirectory(prefix="copydesk-soak-") as tmp,
            database("postgres", Path(tmp), args.postgres_url) as url,
        ):
            figures = soak(args, stores, url, prefix, Path(tmp))
    finally:
        stores.stop()
        _delete_broker_keys(args.broker_url, prefix)
    for name, value in figures.items():
        print(f"{name:<40}{value:>10}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    sys.exit(1 if figures["duplicates"] or figures["losses"] else 0)


def soak(
    args: argparse.Namespace, stores: Stores, url: str, prefix: str, workdir: Path
) -> dict[str, object]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    settings = Settings.make(
        workdir,
        url,
        COPYDESK_QUEUE="celery",
        COPYDESK_BROKER_URL=args.broker_url,
        COPYDESK_BROKER_TRANSPORT_OPTIONS=json.dumps({"global_keyprefix": prefix}),
        COPYDESK_PUBLIC_URL=base,
        COPYDESK_RECONCILE_INTERVAL_SECONDS="0",  # webhooks alone drive the work
        COPYDESK_JOB_VISIBILITY_TIMEOUT="20",  # a killed worker's jobs come back within the run
        COPYDESK_JOB_SWEEP_INTERVAL_SECONDS="5",
        COPYDESK_JOB_BACKOFF_SECONDS="1",
        **stores.settings(),
    )
    migrate = Process("migrate", copydesk(["db", "upgrade"]), settings, workdir)
    if migrate.popen.wait() != 0:
        raise RuntimeError(f"copydesk db upgrade failed:\n{migrate.log_path.read_text()}")
    migrate.stop()
    stores.add_products(args.products)
    cluster = Cluster(settings, workdir, port)
    events: list[str] = []
    try:
        wait_http(f"{base}/healthz", cluster.serve)
        started = time.monotonic()
        install(stores, base, settings)
        woo_id = query(url, "SELECT id FROM shops WHERE platform = 'woocommerce'")[0][0]
        wait_for(
            lambda: (
                query(url, "SELECT count(*) FROM listings")[0][0] >= args.products
                and unfinished_jobs(url) == 0
            ),
            "the first sync of both stores",
            args.drain_timeout,
        )
        setup = time.monotonic() - started
        print(f"set-up: shops installed, {args.products} products synced in {setup:.0f} s")
        drafts_before = query(url, "SELECT count(*) FROM drafts")[0][0]
        edits = Edits(stores, base, woo_id)
        deliveries = schedule(args.webhooks, edits.builders(), products=args.products)
        seconds = len(deliveries) / args.rate
        print(f"sending {len(deliveries)} webhooks over {seconds:.0f} s", flush=True)
        chaos_thread = chaos(cluster, seconds, events)
        results = send_open_loop(base, deliveries, args.rate, connections=32)
        sent_at = time.monotonic()
        chaos_thread.join()
        wait_for(lambda: unfinished_jobs(url) == 0, "the queues to drain", args.drain_timeout)
        drain = time.monotonic() - sent_at
    finally:
        cluster.stop()
    for line in events:
        print(line)
    summary = summarize(results)
    figures: dict[str, object] = {
        "webhooks sent": summary.sent,
        "answered 200": summary.acknowledged,
        "errors": summary.errors,
        "acknowledgement p50 ms": round(summary.p50_ms, 1),
        "acknowledgement p99 ms": round(summary.p99_ms, 1),
        **report(url, results),
    }
    figures["drafts written"] = int(str(figures["drafts written"])) - drafts_before
    figures["drain seconds after the last webhook"] = round(drain, 1)
    return figures


def _delete_broker_keys(broker_url: str, prefix: str) -> None:
    import redis

    client = redis.Redis.from_url(broker_url)
    keys = list(client.scan_iter(match=f"{prefix}*"))
    if keys:
        client.delete(*keys)
    client.close()


if __name__ == "__main__":
    main()
