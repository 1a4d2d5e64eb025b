"""What the ingestion benchmarks run against: a fresh database, seeded shops, servers as
subprocesses of this worktree's code.

PostgreSQL runs get a schema of their own in the database at ``--postgres-url`` (dropped
afterwards), so a benchmark never touches another database's tables.
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import urllib3
from cryptography.fernet import Fernet

REPO = Path(__file__).resolve().parent.parent


@contextmanager
def database(kind: str, workdir: Path, postgres_url: str) -> Iterator[str]:
    """A URL for an empty database of ``kind`` (``sqlite`` or ``postgres``)."""
    if kind == "sqlite":
        yield f"sqlite:///{workdir / f'bench-{uuid.uuid4().hex[:6]}.sqlite'}"
        return
    from sqlalchemy import create_engine, text

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(postgres_url)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in postgres_url else "?"
    try:
        yield f"{postgres_url}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@dataclass(frozen=True)
class Settings:
    """The environment every process of one run shares (``COPYDESK_*``)."""

    env: dict[str, str]

    @classmethod
    def make(cls, workdir: Path, database_url: str, **extra: str) -> Settings:
        env = {
            "COPYDESK_DATABASE_URL": database_url,
            "COPYDESK_INSTANCE_PATH": str(workdir / "instance"),
            "COPYDESK_SECRET_KEY": secrets.token_hex(16),
            "COPYDESK_ENCRYPTION_KEY": Fernet.generate_key().decode(),
            "SHOPIFY_API_SECRET": secrets.token_hex(16),
            "SHOPIFY_API_KEY": "bench-api-key",
            **extra,
        }
        return cls(env)

    def app_config(self) -> dict[str, object]:
        """The same settings for ``create_app`` in this process."""
        from plugin.config import from_environment

        config = from_environment(self.env)
        config["INSTANCE_PATH"] = self.env["COPYDESK_INSTANCE_PATH"]
        return config

    def process_env(self) -> dict[str, str]:
        return {**os.environ, **self.env, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Process:
    """A subprocess of ours with its output in a log file; stopped with a signal."""

    def __init__(
        self,
        name: str,
        args: list[str],
        settings: Settings,
        workdir: Path,
        env: Mapping[str, str] | None = None,
    ) -> None:
        self.name = name
        self.log_path = workdir / f"{name}.log"
        self._log: IO[bytes] = self.log_path.open("ab")
        self.popen = subprocess.Popen(
            [sys.executable, *args],
            cwd=REPO,
            env={**settings.process_env(), **(env or {})},
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    @property
    def pid(self) -> int:
        return self.popen.pid

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30.0) -> None:
        if self.popen.poll() is None:
            self.popen.send_signal(sig)
            try:
                self.popen.wait(timeout)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait()
        self._log.close()

    def cpu_seconds(self) -> float:
        """CPU time used so far by this process and every process it started that still runs
        (Linux: read from /proc)."""
        total = 0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # gone meanwhile
            if int(fields[2]) == self.popen.pid:  # the process group: ours and its children
                total += int(fields[11]) + int(fields[12])
        return total / os.sysconf("SC_CLK_TCK")

    def kill(self) -> None:
        """SIGKILL this process and every process it started (gunicorn's workers, Celery's)."""
        os.killpg(self.popen.pid, signal.SIGKILL)
        self.popen.wait()
        self._log.close()


def copydesk(args: list[str]) -> list[str]:
    """The arguments that run ``copydesk ARGS`` from this worktree."""
    return ["-c", "from plugin.cli import main; main()", *args]


def wait_http(url: str, process: Process, timeout: float = 60.0) -> None:
    """Wait until ``url`` answers 200, or fail with the end of the process's log."""
    http = urllib3.PoolManager(retries=False, timeout=2.0)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.popen.poll() is not None:
            break
        try:
            if http.request("GET", url).status == 200:
                return
        except urllib3.exceptions.HTTPError:
            pass
        time.sleep(0.2)
    tail = process.log_path.read_text(errors="replace")[-3000:]
    raise RuntimeError(f"{process.name} did not answer {url}:\n{tail}")
