"""A ``copydesk worker``'s own ``GET /metrics``, for workers on machines that run no web process.

Counters live where the job runs, and ``PROMETHEUS_MULTIPROC_DIR`` is a folder on one machine: a
worker elsewhere is scraped here instead (docs/operations.md, "Metrics"). It serves the counters
of this process, or of every process sharing this machine's multiprocess folder, behind the same
bearer token as the web ``/metrics``; without a token it only listens on a loopback address.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from prometheus_client import CONTENT_TYPE_LATEST
from prometheus_client.exposition import ThreadingWSGIServer

from plugin import metrics
from plugin.errors import ValidationError

log = logging.getLogger(__name__)

StartResponse = Callable[..., Any]


def metrics_app(token: str | None) -> Callable[[dict[str, Any], StartResponse], Iterable[bytes]]:
    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") != "/metrics" or environ.get("REQUEST_METHOD") != "GET":
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [b"not found\n"]
        if token:
            header = str(environ.get("HTTP_AUTHORIZATION") or "")
            sent = header.removeprefix("Bearer ").strip() if header.startswith("Bearer ") else ""
            if not hmac.compare_digest(sent.encode(), token.encode()):
                start_response(
                    "401 Unauthorized",
                    [("Content-Type", "text/plain"), ("WWW-Authenticate", "Bearer")],
                )
                return [b"send Authorization: Bearer <COPYDESK_METRICS_TOKEN>\n"]
        body = metrics.counters_exposition()
        start_response("200 OK", [("Content-Type", CONTENT_TYPE_LATEST)])
        return [body]

    return app


class _Quiet(WSGIRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass


def start_metrics_server(address: str, port: int, token: str | None) -> WSGIServer:
    """Serve ``/metrics`` on ``address:port`` in a daemon thread; port 0 picks a free one."""
    if not token and not _loopback(address):
        raise ValidationError(
            f"worker metrics on {address} need COPYDESK_METRICS_TOKEN: without it they may "
            "only listen on a loopback address"
        )
    server = make_server(
        address, port, metrics_app(token), ThreadingWSGIServer, handler_class=_Quiet
    )
    threading.Thread(target=server.serve_forever, name="metrics", daemon=True).start()
    log.info("worker metrics on http://%s:%d/metrics", address, server.server_port)
    return server


def _loopback(address: str) -> bool:
    if address == "localhost":
        return True
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False
