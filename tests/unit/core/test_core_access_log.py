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
