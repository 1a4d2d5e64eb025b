"""The access log of ``copydesk serve`` keeps tokens and signatures out of its request lines."""

from __future__ import annotations

import logging
import threading

import pytest
import requests
from werkzeug.serving import make_server
from werkzeug.wrappers import Response

from plugin.web.access_log import RedactingRequestHandler


def test_secret_query_values_are_not_written_to_the_access_log(
    caplog: pytest.LogCaptureFixture,
) -> None:
    server = make_server(
        "127.0.0.1", 0, Response("ok"), threaded=True, request_handler=RedactingRequestHandler
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    secrets = {
        "id_token": "eyJhbGciOiJIUzI1NiJ9.jwt",
        "hmac": "7d3c0ffee",
        "code": "oauth-code-123",
        "token": "cd_live_token",
        "signature": "sig-456",
        "session": "sess-789",
        "state": "nonce-abc",
    }
    try:
        with caplog.at_level(logging.INFO, logger="werkzeug"):
            url = f"http://127.0.0.1:{server.server_port}/shopify/callback"
            params = {"shop": "a.myshopify.com", "page": "2", **secrets}
            assert requests.get(url, params=params, timeout=5).status_code == 200
    finally:
        server.shutdown()
        server.server_close()
    [line] = [r.getMessage() for r in caplog.records if "/shopify/callback" in r.getMessage()]
    assert "shop=a.myshopify.com" in line and "page=2" in line
    for name, value in secrets.items():
        assert value not in line
        assert f"{name}=[redacted]" in line


def test_gunicorn_access_log_redacts_request_line_query_referer_and_credentials() -> None:
    from datetime import timedelta
    from types import SimpleNamespace

    from gunicorn.config import Config

    from plugin.web.gunicorn_server import ACCESS_LOG_FORMAT, RedactingLogger

    config = Config()
    config.set("accesslog", None)
    logger = RedactingLogger(config)
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": "/shopify/callback?shop=a.myshopify.com&hmac=7d3c0ffee&code=oauth-code-123",
        "PATH_INFO": "/shopify/callback",
        "QUERY_STRING": "shop=a.myshopify.com&hmac=7d3c0ffee&code=oauth-code-123",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "203.0.113.9",
        "HTTP_REFERER": "https://admin.shopify.com/?id_token=eyJ.jwt",
        "HTTP_AUTHORIZATION": "Bearer cd_live_token",
    }
    request = SimpleNamespace(
        headers=[
            ("REFERER", "https://admin.shopify.com/?id_token=eyJ.jwt"),
            ("AUTHORIZATION", "Bearer cd_live_token"),
            ("COOKIE", "session=sess-789"),
        ]
    )
    response = SimpleNamespace(status="200 OK", headers=[], sent=2)
    atoms = logger.atoms(response, request, environ, timedelta(milliseconds=3))
    everything = " ".join(str(value) for value in atoms.values())
    for secret in ("7d3c0ffee", "oauth-code-123", "eyJ.jwt", "cd_live_token", "sess-789"):
        assert secret not in everything
    assert atoms["r"] == (
        "GET /shopify/callback?shop=a.myshopify.com&hmac=[redacted]&code=[redacted] HTTP/1.1"
    )
    assert atoms["q"] == "shop=a.myshopify.com&hmac=[redacted]&code=[redacted]"
    line = ACCESS_LOG_FORMAT % logger.atoms_wrapper_class(atoms)
    assert line.startswith("203.0.113.9 - - [") and "hmac=[redacted]" in line
