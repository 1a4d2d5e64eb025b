"""A stand-in for a shop's online store: a product page with our theme block, and the app proxy.

A real HTTP server on 127.0.0.1 serving:

- ``/products/<handle>``: a product page holding ``extensions/copydesk-questions``'s block, its
  Liquid rendered by :func:`render_block` for ``customer`` (logged in, or not when blank);
- ``/cdn/copydesk-questions.js``: the block's script, as ``asset_url`` would serve it;
- ``/apps/copydesk/<rest>``: what Shopify's app proxy does: forwards to the app's
  ``/shopify/proxy/<rest>`` with ``shop``, ``logged_in_customer_id``, ``path_prefix``,
  ``timestamp`` and their ``signature``, and hands back the answer.

No Liquid engine: the block uses a handful of Liquid expressions, substituted here, and
:func:`render_block` fails on any it does not know, so the block cannot grow past this test.
"""

from __future__ import annotations

import html
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import requests

from adapters.shopify.signatures import sign_proxy_query

EXTENSION = Path(__file__).resolve().parents[2] / "extensions" / "copydesk-questions"
BLOCK = EXTENSION / "blocks" / "product-questions.liquid"
SCRIPT = EXTENSION / "assets" / "copydesk-questions.js"
ASSET_URL = "/cdn/copydesk-questions.js"
PROXY_PREFIX = "/apps/copydesk"

_IF_CUSTOMER = re.compile(r"{%\s*if customer\s*%}(.*?){%\s*else\s*%}(.*?){%\s*endif\s*%}", re.S)
_DROPPED = re.compile(r"{%\s*(comment|schema)\s*%}.*?{%\s*end\1\s*%}", re.S)


def block_schema(liquid: str) -> str:
    found = re.search(r"{%\s*schema\s*%}(.*?){%\s*endschema\s*%}", liquid, re.S)
    assert found, "the block has no schema"
    return found.group(1)


def render_block(
    liquid: str, *, product_id: str, logged_in: bool, block_id: str = "b1", heading: str = ""
) -> str:
    """The block's HTML as Shopify renders it for one product page (defaults from the schema)."""
    values = {
        "block.id": block_id,
        "product.id": product_id,
        "block.settings.heading | escape": html.escape(heading or "Questions and answers"),
        "block.shopify_attributes": "",
        "'copydesk-questions.js' | asset_url": ASSET_URL,
        "routes.account_login_url": "/account/login",
    }
    text = _DROPPED.sub("", liquid)
    text = _IF_CUSTOMER.sub(lambda m: m.group(1) if logged_in else m.group(2), text)
    for expression, value in values.items():
        text = re.sub(r"{{\s*" + re.escape(expression) + r"\s*}}", value, text)
    leftover = re.search(r"{[{%].*?[}%]}", text, re.S)
    assert leftover is None, f"Liquid this stand-in does not render: {leftover.group(0)}"
    return text


class FakeStorefront:
    def __init__(self, *, shop: str, app_url: str, api_secret: str, product_id: str) -> None:
        self.shop = shop
        self.app_url = app_url.rstrip("/")
        self.api_secret = api_secret
        self.product_id = product_id
        self.customer = ""  # the logged-in customer's id; blank: nobody
        self._server: ThreadingHTTPServer | None = None

    def __enter__(self) -> FakeStorefront:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def product_page(self) -> str:
        block = render_block(
            BLOCK.read_text(), product_id=self.product_id, logged_in=bool(self.customer)
        )
        return (
            '<!doctype html><html lang="en"><head><meta charset="utf-8">'
            "<title>Canvas Tote</title></head><body><main><h1>Canvas Tote</h1>"
            f"{block}</main></body></html>"
        )

    def forward(self, method: str, path: str, query: str, body: bytes, headers: Any) -> Any:
        """Shopify's app proxy: the shopper's query plus the signed parameters."""
        params = [
            *parse_qsl(query, keep_blank_values=True),
            ("shop", self.shop),
            ("logged_in_customer_id", self.customer),
            ("path_prefix", PROXY_PREFIX),
            ("timestamp", str(int(time.time()))),
        ]
        signed = urlencode([*params, ("signature", sign_proxy_query(params, self.api_secret))])
        rest = path[len(PROXY_PREFIX) :]
        return requests.request(
            method,
            f"{self.app_url}/shopify/proxy{rest}?{signed}",
            data=body,
            headers={"Content-Type": headers.get("Content-Type", "")} if body else {},
            timeout=15,
        )


def _handler_for(store: FakeStorefront) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _send(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def _proxy(self) -> None:
            parts = urlsplit(self.path)
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            answer = store.forward(self.command, parts.path, parts.query, body, self.headers)
            self._send(answer.status_code, answer.content, answer.headers["Content-Type"])

        def do_GET(self) -> None:
            path = urlsplit(self.path).path
            if path.startswith(PROXY_PREFIX + "/"):
                self._proxy()
            elif path.startswith("/products/"):
                self._send(200, store.product_page().encode(), "text/html; charset=utf-8")
            elif path == ASSET_URL:
                self._send(200, SCRIPT.read_bytes(), "text/javascript")
            else:
                self._send(404, b"not found", "text/plain")

        def do_POST(self) -> None:
            if urlsplit(self.path).path.startswith(PROXY_PREFIX + "/"):
                self._proxy()
            else:
                self._send(404, b"not found", "text/plain")

    return Handler
