"""Fixtures for the WooCommerce tests: a fake store over real HTTP, and a webhook receiver."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from adapters.woocommerce.client import WooCommerceClient
from tests.fakes.woocommerce.auth import ApiKey
from tests.fakes.woocommerce_server import FakeWooCommerce


@pytest.fixture
def fake_wc() -> Iterator[FakeWooCommerce]:
    with FakeWooCommerce() as store:
        store.state.seed_reference_catalog()
        yield store


@pytest.fixture
def fake_wc_tls(tmp_path: Path) -> Iterator[FakeWooCommerce]:
    with FakeWooCommerce(tls=True, cert_dir=tmp_path) as store:
        store.state.seed_reference_catalog()
        yield store


@pytest.fixture
def wc_key(fake_wc: FakeWooCommerce) -> ApiKey:
    return fake_wc.add_key()


@dataclass
class Sleeps:
    seconds: list[float] = field(default_factory=list)

    def __call__(self, delay: float) -> None:
        self.seconds.append(delay)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def wc_client(fake_wc: FakeWooCommerce, wc_key: ApiKey, sleeps: Sleeps) -> WooCommerceClient:
    return WooCommerceClient(
        fake_wc.url, wc_key.consumer_key, wc_key.consumer_secret, sleep=sleeps, allow_private=True
    )


@dataclass
class Receiver:
    """A stand-in delivery URL: records what WooCommerce sends and answers ``status``."""

    status: int = 200
    received: list[tuple[dict[str, str], bytes]] = field(default_factory=list)
    url: str = ""


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_: Any) -> None:
            pass

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            state.received.append((dict(self.headers), body))
            self.send_response(state.status)
            self.send_header("Content-Length", "0")
            self.end_headers()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/webhooks/woocommerce/1"
    yield state
    server.shutdown()
    server.server_close()


class LiveApp:
    """Our app served over real HTTP, so the fake store can call it; ``outage`` makes it 503."""

    def __init__(self, app: Any) -> None:
        from werkzeug.serving import make_server

        self.app = app
        self.outage = False
        self._server = make_server("127.0.0.1", 0, self._wsgi, threaded=True)
        self.url = f"http://127.0.0.1:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def _wsgi(self, environ: dict[str, Any], start_response: Any) -> Any:
        if self.outage:
            start_response("503 Service Unavailable", [("Content-Length", "0")])
            return [b""]
        return self.app.wsgi_app(environ, start_response)

    def start(self) -> LiveApp:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def live_app(app: Any) -> Iterator[LiveApp]:
    live = LiveApp(app)
    app.config["PUBLIC_URL"] = live.url
    live.start()
    yield live
    live.stop()
