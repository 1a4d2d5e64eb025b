"""``copydesk worker --metrics-port``: a worker on a machine without a web process serves its own
counters, behind the metrics token, to a scraper on another machine."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from plugin import metrics
from plugin.errors import ValidationError
from plugin.metrics_server import start_metrics_server
from tests.conftest import enqueue, job, make_app
from tests.integration.cli.test_cli_serve import ROOT, free_port

TOKEN = "scrape-me-" + "x" * 20


def test_the_worker_serves_its_job_counters_to_a_scraper_with_the_token(tmp_path: Path) -> None:
    app = make_app(tmp_path)  # migrates the database the worker will use
    job_id = enqueue(app, "reconcile_all", {})
    port = free_port()
    log = tmp_path / "worker.log"
    environ = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        "COPYDESK_INSTANCE_PATH": str(tmp_path / "instance"),
        "COPYDESK_DATABASE_URL": f"sqlite:///{tmp_path / 'copydesk.sqlite'}",
        "COPYDESK_RECONCILE_INTERVAL_SECONDS": "0",
        "COPYDESK_METRICS_TOKEN": TOKEN,
        "COPYDESK_WORKER_METRICS_ADDRESS": "0.0.0.0",
    }
    environ.pop("PROMETHEUS_MULTIPROC_DIR", None)
    command = [sys.executable, "-c", "from plugin.cli import main; main()", "worker"]
    with log.open("w") as out:
        process = subprocess.Popen(
            [*command, "--metrics-port", str(port)],
            cwd=tmp_path,
            env=environ,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}/metrics"
    try:
        deadline = time.monotonic() + 60
        while job(app, job_id).status != "done":
            assert process.poll() is None, log.read_text()
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.3)
        assert requests.get(url, timeout=5).status_code == 401
        wrong = {"Authorization": "Bearer nope"}
        assert requests.get(url, headers=wrong, timeout=5).status_code == 401
        scraped = requests.get(url, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=5)
        assert scraped.status_code == 200
        assert 'copydesk_jobs_total{name="reconcile_all",outcome="done"} 1.0' in scraped.text
        # The queue gauges are the web /metrics's (read from the database), not counted twice.
        assert "copydesk_queue_depth" not in scraped.text
        assert f"metrics on http://0.0.0.0:{port}/metrics" in log.read_text()
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_without_a_token_the_worker_metrics_listen_on_loopback_only() -> None:
    with pytest.raises(ValidationError, match="COPYDESK_METRICS_TOKEN"):
        start_metrics_server("0.0.0.0", 0, None)
    server = start_metrics_server("127.0.0.1", 0, None)
    try:
        metrics.job_finished("sync_listing", "done", 0.2)
        base = f"http://127.0.0.1:{server.server_port}"
        scraped = requests.get(f"{base}/metrics", timeout=5)
        assert scraped.status_code == 200
        assert 'copydesk_jobs_total{name="sync_listing",outcome="done"}' in scraped.text
        assert requests.get(f"{base}/other", timeout=5).status_code == 404
    finally:
        server.shutdown()
        server.server_close()


def test_a_queue_name_the_jobs_never_use_is_refused_before_the_worker_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from plugin.cli import main

    monkeypatch.setenv("COPYDESK_INSTANCE_PATH", str(tmp_path / "instance"))
    monkeypatch.setenv("COPYDESK_DATABASE_URL", f"sqlite:///{tmp_path / 'w.sqlite'}")
    # A typo once left a worker polling a queue no job is ever put on, silently, for good.
    result = CliRunner().invoke(main, ["worker", "--queue", "io", "--queue", "generation"])
    assert result.exit_code == 2
    assert "'generation' is not one of 'generate', 'io', 'default'" in result.output
