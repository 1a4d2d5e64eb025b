"""``copydesk serve`` in production: the app under gunicorn, configured from our settings.

No gunicorn config file: ``CopydeskServer`` is a gunicorn ``BaseApplication`` whose settings
come from ``SERVER_*`` (processes, threads, timeouts). Each worker process builds its own app
after the fork (no database connection crosses a fork) and, when asked, runs one in-process
job thread, started after the app loaded and stopped when the process exits.

The access log goes through ``RedactingLogger``, so query-string secrets (``id_token``,
``hmac``, ``code``, ...) are logged as ``[redacted]``, as with the development server.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from flask import Flask
from gunicorn.app.base import BaseApplication
from gunicorn.glogging import Logger

from plugin.web.access_log import redact_target

# Gunicorn's "combined" format, with the request line redacted by ``RedactingLogger``.
ACCESS_LOG_FORMAT = '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %(M)sms'

# Headers that carry credentials: never logged, whatever format is configured.
SECRET_HEADERS = (
    "{authorization}i",
    "{cookie}i",
    "{x-shopify-hmac-sha256}i",
    "{x-wc-webhook-signature}i",
)


class RedactingLogger(Logger):
    """Gunicorn's logger, with secret query values, credential headers and the Referer's
    secrets left out of every atom an access log format can name."""

    def atoms(self, resp: Any, req: Any, environ: Mapping[str, Any], request_time: Any) -> Any:
        atoms = super().atoms(resp, req, environ, request_time)
        method = environ.get("REQUEST_METHOD", "-")
        target = redact_target(str(environ.get("RAW_URI", "")))
        atoms["r"] = f"{method} {target} {environ.get('SERVER_PROTOCOL', '-')}"
        query = environ.get("QUERY_STRING")
        atoms["q"] = redact_target(f"?{query}")[1:] if query else query
        for key in ("{raw_uri}e", "{request_uri}e"):
            if key in atoms:
                atoms[key] = redact_target(str(atoms[key]))
        if "{query_string}e" in atoms:
            atoms["{query_string}e"] = atoms["q"]
        for key in ("f", "{referer}i", "{http_referer}e"):
            if isinstance(atoms.get(key), str):
                atoms[key] = redact_target(atoms[key])
        for key in SECRET_HEADERS:
            if key in atoms:
                atoms[key] = "[redacted]"
        for key in [
            k for k in atoms if k.startswith("{http_authorization") or k == "{http_cookie}e"
        ]:
            atoms[key] = "[redacted]"
        return atoms


class CopydeskServer(BaseApplication):
    """The app under gunicorn's gthread workers. ``app_factory`` runs in each worker process;
    ``start_jobs(app)`` (optional) starts that process's job thread and returns a stop callable."""

    def __init__(
        self,
        config: Mapping[str, Any],
        bind: str,
        app_factory: Callable[[], Flask],
        start_jobs: Callable[[Flask], Callable[[], None]] | None = None,
    ) -> None:
        self.copydesk_config = config
        self.bind = bind
        self.app_factory = app_factory
        self.start_jobs = start_jobs
        self.flask_app: Flask | None = None
        self._stop_jobs: Callable[[], None] | None = None
        super().__init__(prog="copydesk serve")

    def options(self) -> dict[str, Any]:
        config = self.copydesk_config
        options: dict[str, Any] = {
            "bind": [self.bind],
            "worker_class": "gthread",
            "workers": config["SERVER_WORKERS"],
            "threads": config["SERVER_THREADS"],
            "timeout": config["SERVER_TIMEOUT"],
            "graceful_timeout": config["SERVER_GRACEFUL_TIMEOUT"],
            "accesslog": "-",
            "errorlog": "-",
            "access_log_format": ACCESS_LOG_FORMAT,
            "logger_class": RedactingLogger,
            # X-Forwarded-* are ProxyFix's to believe or not (PROXY_FIX_*), not gunicorn's:
            # one place decides which proxies are trusted.
            "forwarded_allow_ips": "",
            "secure_scheme_headers": {},
            # Gunicorn 24+ would open a control socket in the home folder; we need none.
            "control_socket_disable": True,
            "post_worker_init": self._post_worker_init,
            "worker_exit": self._worker_exit,
        }
        return options

    def load_config(self) -> None:
        assert self.cfg is not None
        for key, value in self.options().items():
            if key in self.cfg.settings:
                self.cfg.set(key, value)

    def load(self) -> Flask:
        # Called in each worker process after the fork.
        self.flask_app = self.app_factory()
        return self.flask_app

    def _post_worker_init(self, worker: Any) -> None:
        if self.start_jobs is not None and self.flask_app is not None:
            self._stop_jobs = self.start_jobs(self.flask_app)

    def _worker_exit(self, server: Any, worker: Any) -> None:
        if self._stop_jobs is not None:
            self._stop_jobs()
            self._stop_jobs = None


def job_thread(timeout: float) -> Callable[[Flask], Callable[[], None]]:
    """Start the built-in queue's worker as a thread of this process; the returned callable
    stops it, waiting up to ``timeout`` seconds for a job in progress to finish (a job cut off
    is run again after ``JOB_VISIBILITY_TIMEOUT``, as after any crash)."""

    def start(app: Flask) -> Callable[[], None]:
        from plugin.jobs.worker import start_workers, stop_workers

        workers = start_workers(app)
        return lambda: stop_workers(workers, timeout)

    return start
