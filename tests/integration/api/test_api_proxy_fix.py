"""Behind a proxy: X-Forwarded-* are believed only from as many proxies as PROXY_FIX_* say."""

from __future__ import annotations

from pathlib import Path

from flask import Flask, jsonify, request, url_for

from tests.conftest import make_app

FORWARDED = {
    "X-Forwarded-For": "198.51.100.7",
    "X-Forwarded-Proto": "https",
    "X-Forwarded-Host": "copy.example.com",
}


def with_probe(app: Flask) -> Flask:
    @app.get("/_probe")
    def probe():  # type: ignore[no-untyped-def]
        return jsonify(
            remote_addr=request.remote_addr,
            scheme=request.scheme,
            host=request.host,
            external=url_for("health.healthz", _external=True),
        )

    return app


def test_forwarded_headers_are_ignored_by_default(tmp_path: Path) -> None:
    app = with_probe(make_app(tmp_path))
    seen = app.test_client().get("/_probe", headers=FORWARDED).get_json()
    assert seen["remote_addr"] == "127.0.0.1"
    assert seen["scheme"] == "http"
    assert seen["host"] == "localhost"


def test_one_trusted_proxy_sets_client_address_scheme_and_host(tmp_path: Path) -> None:
    app = with_probe(make_app(tmp_path, PROXY_FIX_X_FOR=1, PROXY_FIX_X_PROTO=1, PROXY_FIX_X_HOST=1))
    seen = app.test_client().get("/_probe", headers=FORWARDED).get_json()
    assert seen["remote_addr"] == "198.51.100.7"
    assert seen["scheme"] == "https"
    assert seen["external"] == "https://copy.example.com/healthz"
    # Only the last hop is believed: a client-forged earlier address is not the client's.
    forged = {**FORWARDED, "X-Forwarded-For": "10.9.9.9, 198.51.100.7"}
    assert app.test_client().get("/_probe", headers=forged).get_json()["remote_addr"] == (
        "198.51.100.7"
    )
