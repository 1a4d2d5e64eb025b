"""``copydesk serve`` as an operator starts it: a real process, a real port, then SIGTERM."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests

from tests.conftest import enqueue, job, make_app

ROOT = Path(__file__).resolve().parents[3]
GRACEFUL = 5
DEV_BANNER = "This is a development server"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Served:
    def __init__(self, process: subprocess.Popen[str], url: str, log: Path) -> None:
        self.process = process
        self.url = url
        self.log = log

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def stop(self) -> float:
        """SIGTERM; how long the process took to exit."""
        started = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=GRACEFUL + 15)
        return time.monotonic() - started


@contextmanager
def serve(tmp_path: Path, *args: str, **env: str) -> Iterator[Served]:
    port = free_port()
    log = tmp_path / f"serve-{port}.log"
    environ = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        "COPYDESK_INSTANCE_PATH": str(tmp_path / "instance"),
        "COPYDESK_DATABASE_URL": f"sqlite:///{tmp_path / 'copydesk.sqlite'}",
        "COPYDESK_RECONCILE_INTERVAL_SECONDS": "0",
        "COPYDESK_SERVER_WORKERS": "2",
        "COPYDESK_SERVER_THREADS": "2",
        "COPYDESK_SERVER_GRACEFUL_TIMEOUT": str(GRACEFUL),
        **env,
    }
    command = [sys.executable, "-c", "from plugin.cli import main; main()", "serve"]
    with log.open("w") as out:
        process = subprocess.Popen(
            [*command, "--host", "127.0.0.1", "--port", str(port), *args],
            cwd=tmp_path,
            env=environ,
            stdout=out,
            stderr=subprocess.STDOUT,
            text=True,
        )
    served = Served(process, f"http://127.0.0.1:{port}", log)
    try:
        deadline = time.monotonic() + 90
        while True:
            assert process.poll() is None, f"serve exited early:\n{served.output()}"
            try:
                requests.get(f"{served.url}/healthz", timeout=10)
                break
            except (requests.ConnectionError, requests.Timeout):
                # A first request to a server still loading (or on a busy machine) may be slow.
                assert time.monotonic() < deadline, f"serve never answered:\n{served.output()}"
                time.sleep(0.3)
        yield served
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_serve_runs_gunicorn_redacts_tokens_runs_jobs_and_stops_cleanly(tmp_path: Path) -> None:
    app = make_app(tmp_path)  # migrates the database the served app will use
    job_id = enqueue(app, "reconcile_all", {})
    with serve(tmp_path) as served:
        health = requests.get(f"{served.url}/healthz", timeout=10)
        assert health.status_code == 200
        assert health.json()["status"] == "ok"
        assert health.headers["Server"].startswith("gunicorn")

        secret = "eyJhbGciOiJIUzI1NiJ9.not-for-logs"
        answer = requests.get(
            f"{served.url}/healthz",
            params={"shop": "a.myshopify.com", "id_token": secret},
            timeout=10,
        )
        assert answer.status_code == 200

        # The in-process job threads (WORKER_JOBS in each gunicorn process) run queued jobs.
        deadline = time.monotonic() + 30
        while job(app, job_id).status != "done":
            assert time.monotonic() < deadline, f"job never ran:\n{served.output()}"
            time.sleep(0.3)

        took = served.stop()
    output = served.output()
    assert served.process.returncode == 0, output
    assert took < GRACEFUL + 5, output
    assert secret not in output
    assert "id_token=[redacted]" in output and "shop=a.myshopify.com" in output
    assert DEV_BANNER not in output
    assert "gthread" in output


def test_serve_no_worker_leaves_jobs_for_copydesk_worker(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    job_id = enqueue(app, "reconcile_all", {})
    with serve(tmp_path, "--no-worker", COPYDESK_SERVER_WORKERS="1") as served:
        assert requests.get(f"{served.url}/healthz", timeout=10).status_code == 200
        time.sleep(2)
        assert job(app, job_id).status == "queued"
        served.stop()
    assert served.process.returncode == 0, served.output()


def test_serve_dev_is_the_werkzeug_development_server(tmp_path: Path) -> None:
    make_app(tmp_path)
    with serve(tmp_path, "--dev", "--no-worker") as served:
        answer = requests.get(f"{served.url}/healthz", params={"token": "cd_secret"}, timeout=10)
        assert answer.headers["Server"].startswith("Werkzeug")
        served.stop()
    output = served.output()
    assert "development server" in output
    assert "cd_secret" not in output and "token=[redacted]" in output


@pytest.mark.parametrize(
    ("env", "name"),
    [
        ({"COPYDESK_SERVER_WORKERS": "0"}, "SERVER_WORKERS"),
        ({"COPYDESK_PROXY_FIX_X_FOR": "-1"}, "PROXY_FIX_X_FOR"),
    ],
)
def test_a_bad_server_setting_is_named_at_start(
    tmp_path: Path, env: dict[str, str], name: str
) -> None:
    environ = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "COPYDESK_INSTANCE_PATH": str(tmp_path / "instance"),
        **env,
    }
    result = subprocess.run(
        [sys.executable, "-c", "from plugin.cli import main; main()", "serve"],
        cwd=tmp_path,
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert name in result.stderr and "Traceback" not in result.stderr
