"""``GET /metrics``: the token, and the counters an operator watches moving with real work."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import select

from plugin.platforms.catalog import import_catalog
from plugin.services import review
from plugin.storage.db import Database, db
from plugin.storage.models import Draft
from tests.conftest import make_app
from tests.fakes.engine import FakeEngine
from tests.fakes.shopify.deliveries import build_delivery
from tests.integration.pipeline.conftest import SAMPLE

TOKEN = "metrics-token-1234"
SECRET = "shopify-secret"
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def metrics_app(tmp_path: Path, engine: FakeEngine) -> Iterator[Flask]:
    app = make_app(tmp_path, METRICS_TOKEN=TOKEN, SHOPIFY_API_SECRET=SECRET)
    app.extensions["copydesk.engine"].use(engine)
    yield app
    Database.state(app).engine.dispose()


def scrape(client: FlaskClient) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    response = client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200
    assert response.mimetype == "text/plain"
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(response.get_data(as_text=True))
        for sample in family.samples
    }


def value(samples: dict, metric: str, **labels: str) -> float:
    return samples.get((metric, tuple(sorted(labels.items()))), 0.0)


def test_counters_move_with_a_webhook_a_generation_and_a_push(metrics_app: Flask, run_jobs) -> None:  # type: ignore[no-untyped-def]
    app = metrics_app
    client = app.test_client()
    before = scrape(client)
    delivery = build_delivery(
        "products/update", "metrics-shop.myshopify.com", {"id": 1}, secret=SECRET
    )
    assert delivery.send(client).status_code == 200
    assert delivery.send(client).get_json()["status"] == "duplicate"
    assert delivery.tampered().send(client).status_code == 401
    with app.app_context():
        import_catalog(db.session, "sample", SAMPLE.read_bytes())
        db.session.commit()
    waiting = scrape(client)
    run_jobs()
    with app.app_context():
        draft = db.session.scalars(select(Draft).where(Draft.status == "pending")).first()
        assert draft is not None
        review.approve_draft(db.session, draft, "tester")
        db.session.commit()
    run_jobs()
    after = scrape(client)

    def moved(metric: str, **labels: str) -> float:
        return value(after, metric, **labels) - value(before, metric, **labels)

    deliveries = "copydesk_webhook_deliveries_total"
    topic = {"platform": "shopify", "topic": "products/update"}
    assert moved(deliveries, **topic, outcome="recorded") == 1
    assert moved(deliveries, **topic, outcome="duplicate") == 1
    assert moved(deliveries, platform="shopify", topic="-", outcome="bad_signature") == 1
    assert moved("copydesk_webhook_ack_seconds_count", platform="shopify") == 3
    # The import queued generation: the generate queue had a backlog until the jobs ran.
    assert value(waiting, "copydesk_queue_depth", queue="generate") >= 1
    assert value(waiting, "copydesk_queue_oldest_job_age_seconds", queue="generate") > 0
    assert value(after, "copydesk_queue_depth", queue="generate") == 0
    assert moved("copydesk_jobs_total", name="generate", outcome="done") >= 1
    assert moved("copydesk_job_duration_seconds_count", name="publish") == 1
    assert moved("copydesk_generated_tokens_total") > 0
    assert moved("copydesk_generation_seconds_total") > 0
    assert moved("copydesk_drafts_total", kind="description", verdict=draft.verdict) >= 1
    assert moved("copydesk_pushes_total", outcome="published") == 1


@pytest.mark.parametrize(
    ("header", "status"),
    [
        (None, 401),
        ("Bearer wrong-token", 401),
        (f"Basic {TOKEN}", 401),
        ("Bearer t\u00f6ken", 401),
        (f"Bearer {TOKEN}", 200),
    ],
)
def test_the_token_guards_metrics(metrics_app: Flask, header: str | None, status: int) -> None:
    headers = {"Authorization": header} if header else {}
    response = metrics_app.test_client().get("/metrics", headers=headers)
    assert response.status_code == status
    if status == 401:
        assert response.get_json()["error"]["code"] == "unauthorized"


def test_without_a_token_there_is_no_metrics_route(client: FlaskClient) -> None:
    response = client.get("/metrics", headers={"Authorization": "Bearer anything"})
    assert response.status_code == 404


def test_a_numeric_token_from_the_environment_stays_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COPYDESK_METRICS_TOKEN", "0123456789")
    app = make_app(tmp_path)
    response = app.test_client().get("/metrics", headers={"Authorization": "Bearer 0123456789"})
    assert response.status_code == 200
    Database.state(app).engine.dispose()


COUNT_IN_CHILD = """
from plugin import metrics
metrics.pushed("published")
metrics.job_finished("publish", "done", 0.2)
"""

SCRAPE_IN_CHILD = """
import json, sys
from plugin import create_app
from plugin.storage.migrate import upgrade
app = create_app({"DATABASE_URL": sys.argv[1], "METRICS_TOKEN": "t", "INSTANCE_PATH": sys.argv[2]})
upgrade(app)
response = app.test_client().get("/metrics", headers={"Authorization": "Bearer t"})
print(json.dumps(response.get_data(as_text=True)))
"""


def test_multiprocess_mode_adds_up_every_process(tmp_path: Path) -> None:
    """With PROMETHEUS_MULTIPROC_DIR, what two other processes counted is in the scrape."""
    folder = tmp_path / "prometheus"
    folder.mkdir()
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(folder), "PYTHONPATH": str(ROOT)}
    for _ in range(2):
        subprocess.run([sys.executable, "-c", COUNT_IN_CHILD], env=env, check=True, cwd=ROOT)
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            SCRAPE_IN_CHILD,
            f"sqlite:///{tmp_path / 'scrape.sqlite'}",
            str(tmp_path / "instance"),
        ],
        env=env,
        check=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    text = json.loads(done.stdout.strip().splitlines()[-1])
    samples = {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }
    assert value(samples, "copydesk_pushes_total", outcome="published") == 2
    assert value(samples, "copydesk_job_duration_seconds_count", name="publish") == 2
    assert value(samples, "copydesk_queue_depth", queue="io") == 0
