"""Prometheus metrics: what the code counts where things happen, and the text ``/metrics`` serves.

Counters and histograms live in this process. With ``PROMETHEUS_MULTIPROC_DIR`` set (before
the process starts: prometheus-client reads it at import), every process writes its values to
files there and a scrape adds up all of them, so any gunicorn worker answers for every process
on the machine that shares the folder (web and ``copydesk worker`` alike). The queue gauges are
read from the ``jobs`` table at scrape time, which every queue backend keeps.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from plugin.storage.models import JobRecord

MULTIPROC_DIR = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
if MULTIPROC_DIR:
    # prometheus-client opens a file there for every metric as it is made, just below.
    os.makedirs(MULTIPROC_DIR, exist_ok=True)
REGISTRY = CollectorRegistry()
#: Queues that always show, with 0 when empty, so an alert on them has a series to watch.
QUEUES = ("io", "generate", "default")

WEBHOOK_DELIVERIES = Counter(
    "copydesk_webhook_deliveries",
    "Webhook deliveries answered, by platform, topic (- when unverified) and outcome",
    ["platform", "topic", "outcome"],
    registry=REGISTRY,
)
WEBHOOK_ACK_SECONDS = Histogram(
    "copydesk_webhook_ack_seconds",
    "Time from a webhook delivery's arrival to its answer",
    ["platform"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
    registry=REGISTRY,
)
JOB_SECONDS = Histogram(
    "copydesk_job_duration_seconds",
    "Time one run of a job took, by job name",
    ["name"],
    buckets=(0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 15.0, 30.0, 60.0, 120.0, 300.0, 600.0, 1800.0),
    registry=REGISTRY,
)
JOBS = Counter(
    "copydesk_jobs",
    "Job runs by name and outcome: done, retry (failed, will run again) or failed (for good)",
    ["name", "outcome"],
    registry=REGISTRY,
)
GENERATED_TOKENS = Counter(
    "copydesk_generated_tokens",
    "Tokens the engine generated; divided by copydesk_generation_seconds: tokens per second",
    registry=REGISTRY,
)
GENERATION_SECONDS = Counter(
    "copydesk_generation_seconds",
    "Wall time spent in the engine's generate calls",
    registry=REGISTRY,
)
DRAFTS = Counter(
    "copydesk_drafts",
    "Drafts written, by kind and guardrail verdict",
    ["kind", "verdict"],
    registry=REGISTRY,
)
PUSHES = Counter(
    "copydesk_pushes",
    "Publishes and reverts by outcome: published, conflict, failed, reverted",
    ["outcome"],
    registry=REGISTRY,
)


def webhook_answered(platform: str, topic: str, outcome: str, seconds: float) -> None:
    WEBHOOK_DELIVERIES.labels(platform, topic, outcome).inc()
    WEBHOOK_ACK_SECONDS.labels(platform).observe(seconds)


def job_finished(name: str, outcome: str, seconds: float) -> None:
    JOBS.labels(name, outcome).inc()
    JOB_SECONDS.labels(name).observe(seconds)


def generated(tokens: int, seconds: float) -> None:
    GENERATED_TOKENS.inc(tokens)
    GENERATION_SECONDS.inc(seconds)


def draft_written(kind: str, verdict: str) -> None:
    DRAFTS.labels(kind, verdict).inc()


def pushed(outcome: str) -> None:
    PUSHES.labels(outcome).inc()


class QueueCollector(Collector):
    """Depth (queued jobs that are due) and the age of the oldest of them, per queue."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def collect(self) -> Iterator[Metric]:
        now = datetime.now(UTC)
        depth = GaugeMetricFamily(
            "copydesk_queue_depth", "Queued jobs that are due to run, per queue", labels=["queue"]
        )
        oldest = GaugeMetricFamily(
            "copydesk_queue_oldest_job_age_seconds",
            "How long the oldest due job of each queue has been waiting (0 when none)",
            labels=["queue"],
        )
        rows = self.session.execute(
            select(JobRecord.queue, func.count(), func.min(JobRecord.run_at))
            .where(JobRecord.status == "queued", JobRecord.run_at <= now)
            .group_by(JobRecord.queue)
        ).all()
        found = {queue: (count, first) for queue, count, first in rows}
        for queue in sorted(set(QUEUES) | set(found)):
            count, first = found.get(queue, (0, None))
            depth.add_metric([queue], count)
            waited = (now - first).total_seconds() if first is not None else 0.0
            oldest.add_metric([queue], max(waited, 0.0))
        yield depth
        yield oldest


class _ThisProcess(Collector):
    def collect(self) -> Iterator[Metric]:
        yield from REGISTRY.collect()


def counters_registry() -> CollectorRegistry:
    """Every process's counters on this machine (multiprocess mode), or this process's."""
    registry = CollectorRegistry()
    if MULTIPROC_DIR:
        MultiProcessCollector(registry, MULTIPROC_DIR)
    else:
        registry.register(_ThisProcess())
    return registry


def exposition(session: Session) -> bytes:
    """The Prometheus text for a scrape: the counters, and the queue gauges."""
    registry = counters_registry()
    registry.register(QueueCollector(session))
    return generate_latest(registry)


def counters_exposition() -> bytes:
    """The counters alone: what a worker's own endpoint serves (``plugin.metrics_server``); the
    queue gauges, read from the database, are the web ``/metrics``'s, not counted twice."""
    return generate_latest(counters_registry())
