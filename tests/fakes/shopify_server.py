"""A fake Shopify for tests: a real HTTP server on 127.0.0.1, in a thread.

It serves, for any ``<shop>.myshopify.com`` as the first path segment (point the app at it with
``SHOPIFY_ORIGIN = fake.origin``, which is ``http://127.0.0.1:<port>/{shop}``):

- ``GET  /<shop>/admin/oauth/authorize``: redirects back with ``code``, ``hmac``, ``state`` …
- ``POST /<shop>/admin/oauth/access_token``: code exchange (expiring offline token), token
  exchange of a session token of that shop (managed install), and refresh with a rotating
  refresh token;
- ``POST /<shop>/admin/api/<API_VERSION>/graphql.json``: validates every document against the
  real schema of that version and answers from an in-memory store, with Shopify's cost-based
  throttling; bulk operations included (``fakes/shopify/bulk_ops.py``);
- ``GET  /<shop>/_bulk/<n>.jsonl``: a completed bulk operation's file (Shopify's is on its
  storage, signed, no token needed), sent in chunks;
- ``GET  /_fake/requests``: how many requests of each kind it has answered (for benches that run
  it in another process).

Faults on demand: ``fail_next(status)``, ``delay_next(seconds)``, ``shop.bucket.drain()``, and
``token_delay`` (seconds every token request takes, to widen refresh races). Bulk operations run
``shop.bulk_runtime`` seconds (0: done at the next request) unless ``finish_bulk`` or
``fail_bulk`` ends them first.
Webhooks Shopify would send are built by ``webhook(...)``; those our own mutations cause wait in
``outbox``.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from adapters.shopify.documents import API_VERSION
from adapters.shopify.oauth import ID_TOKEN_TYPE, OFFLINE_TOKEN_TYPE, TOKEN_EXCHANGE_GRANT
from adapters.shopify.session_token import InvalidSessionToken, verify_session_token
from adapters.shopify.signatures import sign_query
from tests.fakes.shopify import bulk_ops
from tests.fakes.shopify.deliveries import (
    Delivery,
    build_delivery,
    product_payload,
    shop_payload,
    sign,
)
from tests.fakes.shopify.graphql_api import answer
from tests.fakes.shopify.state import FakeShop, FakeState

__all__ = ["Delivery", "FakeShopify", "sign"]

GRAPHQL_PATH = f"/admin/api/{API_VERSION}/graphql.json"
TOKEN_PATH = "/admin/oauth/access_token"
BULK_PREFIX = "/_bulk/"
_CHUNK = 64 * 1024
INVALID_TOKEN = "[API] Invalid API key or access token (unrecognized login or wrong password)"


@dataclass
class Request:
    """One request the fake received, for assertions."""

    method: str
    shop: str
    path: str
    at: float
    document: str = ""
    variables: dict[str, Any] = field(default_factory=dict)
    status: int = 200
    error_code: str = ""
    form: dict[str, str] = field(default_factory=dict)
    cost: float = 0.0


class FakeShopify:
    def __init__(
        self,
        *,
        api_key: str,
        api_secret: str,
        scopes: str = "read_products,write_products,read_locales",
        restore_rate: float = 50.0,
    ) -> None:
        """``restore_rate``: cost points per second each shop's bucket refills (Shopify: 50+)."""
        self.api_key = api_key
        self.api_secret = api_secret
        self.scopes = scopes
        self.state = FakeState(restore_rate)
        self.requests: list[Request] = []
        self.outbox: list[Delivery] = []
        self._faults: deque[tuple[str, float]] = deque()
        self.token_delay = 0.0
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle --------------------------------------------------------------------------
    def start(self) -> FakeShopify:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> FakeShopify:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def origin(self) -> str:
        return self.url + "/{shop}"

    # -- test controls ----------------------------------------------------------------------
    def shop(self, domain: str) -> FakeShop:
        return self.state.shop(domain)

    def fail_next(self, status: int = 503, times: int = 1) -> None:
        for _ in range(times):
            self._faults.append(("status", float(status)))

    def delay_next(self, seconds: float) -> None:
        self._faults.append(("delay", seconds))

    def token_requests(self, shop: str | None = None) -> list[Request]:
        """Code exchanges and refreshes, each with the status it was answered."""
        return [r for r in self.requests if r.path == TOKEN_PATH and shop in (None, r.shop)]

    def graphql_requests(self, shop: str | None = None) -> list[Request]:
        return [
            r for r in self.requests if r.path.endswith(GRAPHQL_PATH) and shop in (None, r.shop)
        ]

    def install_query(self, shop: str, *, secret: str | None = None) -> str:
        """The signed query Shopify puts on the app URL when a merchant installs."""
        params = {
            "shop": shop,
            "timestamp": str(int(time.time())),
            "host": "YWRtaW4uc2hvcGlmeS5jb20",
        }
        return _signed(params, secret or self.api_secret)

    def webhook(
        self,
        topic: str,
        shop: str,
        gid: str | None = None,
        *,
        event_id: str | None = None,
        webhook_id: str | None = None,
        secret: str | None = None,
        **overrides: Any,
    ) -> Delivery:
        """A delivery of ``topic`` for ``shop``; product topics describe the stored ``gid``."""
        if topic.startswith("products/"):
            assert gid is not None
            payload = product_payload(topic, self.shop(shop).products.get(gid), gid)
        elif topic == "bulk_operations/finish":
            payload = {**bulk_ops.finish_payload(bulk_ops.SAMPLE), **overrides}
        else:
            payload = shop_payload(topic, shop, **overrides)
        return build_delivery(
            topic,
            shop,
            payload,
            secret=secret or self.api_secret,
            event_id=event_id,
            webhook_id=webhook_id,
        )

    def finish_bulk(self, shop: str) -> Delivery:
        """Complete the shop's running bulk operation now; the finish webhook Shopify sends."""
        with self.state.lock:
            fake_shop = self.shop(shop)
            operation = bulk_ops.running(fake_shop)
            assert operation is not None, f"no bulk operation is running on {shop}"
            bulk_ops.complete(fake_shop, operation, self.url)
            return self._finish_webhook(shop, operation)

    def fail_bulk(self, shop: str, error_code: str = "INTERNAL_SERVER_ERROR") -> Delivery:
        with self.state.lock:
            operation = bulk_ops.running(self.shop(shop))
            assert operation is not None, f"no bulk operation is running on {shop}"
            bulk_ops.fail(operation, error_code)
            return self._finish_webhook(shop, operation)

    def _finish_webhook(self, shop: str, operation: dict[str, Any]) -> Delivery:
        return build_delivery(
            "bulk_operations/finish",
            shop,
            bulk_ops.finish_payload(operation),
            secret=self.api_secret,
        )

    def download_requests(self, shop: str | None = None) -> list[Request]:
        return [
            r for r in self.requests if r.path.startswith(BULK_PREFIX) and shop in (None, r.shop)
        ]

    def uninstall(self, shop: str) -> Delivery:
        """The merchant removes the app: tokens die, and Shopify sends app/uninstalled."""
        with self.state.lock:
            self.shop(shop).revoke()
        return self.webhook("app/uninstalled", shop)

    # -- request handling -------------------------------------------------------------------
    def _take_fault(self) -> tuple[str, float] | None:
        with self.state.lock:
            return self._faults.popleft() if self._faults else None

    def _authorize(self, shop: str, query: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        if query.get("client_id") != self.api_key:
            return 400, {}, b"unknown client_id"
        code = secrets.token_hex(12)
        with self.state.lock:
            self.state.codes[code] = shop
            self.state.code_scopes[code] = query.get("scope", self.scopes)
        params = {
            "code": code,
            "host": "YWRtaW4uc2hvcGlmeS5jb20",
            "shop": shop,
            "state": query.get("state", ""),
            "timestamp": str(int(time.time())),
        }
        location = f"{query['redirect_uri']}?{_signed(params, self.api_secret)}"
        return 302, {"Location": location}, b""

    def _access_token(self, shop: str, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        if form.get("client_id") != self.api_key or form.get("client_secret") != self.api_secret:
            return 401, {"error": "invalid_client"}
        with self.state.lock:
            fake_shop = self.shop(shop)
            if form.get("grant_type") == TOKEN_EXCHANGE_GRANT:
                return self._token_exchange(fake_shop, shop, form)
            if form.get("grant_type") == "refresh_token":
                expires = fake_shop.refresh_tokens.pop(form.get("refresh_token", ""), None)
                if expires is None or expires < time.time():
                    return 400, {"error": "invalid_grant"}
                return 200, fake_shop.issue_tokens(",".join(sorted(fake_shop.scopes)))
            granted = self.state.code_scopes.pop(form.get("code", ""), self.scopes)
            if self.state.codes.pop(form.get("code", ""), None) != shop:
                return 400, {"error": "invalid_request", "error_description": "code is invalid"}
            return 200, fake_shop.issue_tokens(granted)

    def _token_exchange(
        self, fake_shop: FakeShop, shop: str, form: dict[str, str]
    ) -> tuple[int, dict[str, Any]]:
        """Shopify checks the session token is this app's, for this shop, and still valid."""
        if (
            form.get("subject_token_type") != ID_TOKEN_TYPE
            or form.get("requested_token_type") != OFFLINE_TOKEN_TYPE
        ):
            return 400, {"error": "invalid_request"}
        try:
            claims = verify_session_token(
                form.get("subject_token", ""), api_key=self.api_key, api_secret=self.api_secret
            )
        except InvalidSessionToken:
            return 400, {"error": "invalid_subject_token"}
        if claims.shop != shop:
            return 400, {"error": "invalid_subject_token"}
        return 200, fake_shop.issue_tokens(self.scopes)

    def _graphql(
        self, shop: str, token: str | None, body: dict[str, Any]
    ) -> tuple[int, dict[str, Any]]:
        with self.state.lock:
            fake_shop = self.shop(shop)
            if not fake_shop.token_valid(token):
                return 401, {"errors": INVALID_TOKEN}
            response, changed = answer(
                fake_shop, str(body.get("query", "")), body.get("variables") or {}
            )
            for operation in bulk_ops.unscheduled(fake_shop):
                timer = threading.Timer(
                    operation["runtime"], self._run_bulk, (fake_shop, operation)
                )
                timer.daemon = True
                timer.start()
            for gid in dict.fromkeys(changed):
                if any(s["topic"] == "PRODUCTS_UPDATE" for s in fake_shop.subscriptions):
                    self.outbox.append(self.webhook("products/update", shop, gid))
            return 200, response

    def _run_bulk(self, fake_shop: FakeShop, operation: dict[str, Any]) -> None:
        """The export, once its runtime is over; then the finish webhook Shopify sends to a shop
        subscribed to it (here: into ``outbox``)."""
        if operation["status"] not in bulk_ops.RUNNING:
            return  # finished or failed by hand meanwhile
        exported = bulk_ops.export(fake_shop, operation)
        with self.state.lock:
            if operation["status"] not in bulk_ops.RUNNING:
                return
            bulk_ops.store(fake_shop, operation, self.url, *exported)
            if any(s["topic"] == "BULK_OPERATIONS_FINISH" for s in fake_shop.subscriptions):
                self.outbox.append(self._finish_webhook(fake_shop.domain, operation))

    def _bulk_file(self, shop: str, path: str) -> bytes | None:
        number = path[len(BULK_PREFIX) :].removesuffix(".jsonl")
        if not number.isdigit():
            return None
        with self.state.lock:
            return bulk_ops.file_for(self.shop(shop), int(number))

    def _counts(self) -> dict[str, int]:
        with self.state.lock:
            return {
                "graphql": len(self.graphql_requests()),
                "downloads": len(self.download_requests()),
                "throttled": sum(r.error_code == "THROTTLED" for r in self.requests),
                "cost": int(sum(r.cost for r in self.requests if r.error_code == "")),
            }


def _signed(params: dict[str, str], secret: str) -> str:
    return urlencode([*params.items(), ("hmac", sign_query(params.items(), secret))])


def _handler_for(fake: FakeShopify) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def _split(self) -> tuple[str, str, dict[str, str]]:
            parts = urlsplit(self.path)
            shop, _, rest = parts.path.lstrip("/").partition("/")
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            return shop, "/" + rest, query

        def _send(
            self,
            status: int,
            body: bytes,
            headers: dict[str, str] | None = None,
            content_type: str = "application/json",
        ) -> None:
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _send_file(self, body: bytes | None) -> None:
            if body is None:
                self._send(404, b"<Error><Code>NoSuchKey</Code></Error>", content_type="text/xml")
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/jsonl")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            for start in range(0, len(body), _CHUNK):
                self.wfile.write(body[start : start + _CHUNK])

        def _record(self, shop: str, path: str, **extra: Any) -> Request:
            req = Request(self.command, shop, path, time.monotonic(), **extra)
            with fake.state.lock:
                fake.requests.append(req)
            return req

        def do_GET(self) -> None:
            shop, path, query = self._split()
            if shop == "_fake" and path == "/requests":
                self._send(200, json.dumps(fake._counts()).encode())
                return
            self._record(shop, path)
            if path.startswith(BULK_PREFIX):
                self._send_file(fake._bulk_file(shop, path))
                return
            if path == "/admin/oauth/authorize":
                status, headers, body = fake._authorize(shop, query)
                self._send(status, body, headers, "text/plain")
                return
            self._send(404, b'{"errors": "Not Found"}')

        def do_POST(self) -> None:
            shop, path, _ = self._split()
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if path == TOKEN_PATH:
                if self.headers.get("Content-Type", "").startswith("application/json"):
                    form = {k: str(v) for k, v in json.loads(raw or b"{}").items()}
                else:
                    form = {k: v[0] for k, v in parse_qs(raw.decode()).items()}
                time.sleep(fake.token_delay)
                status, payload = fake._access_token(shop, form)
                self._record(shop, path, status=status, form=form)
                self._send(status, json.dumps(payload).encode())
                return
            if path != GRAPHQL_PATH:
                self._record(shop, path, status=404)
                self._send(404, b'{"errors": "Not Found"}')
                return
            body = json.loads(raw or b"{}")
            req = self._record(
                shop,
                path,
                document=str(body.get("query", "")),
                variables=dict(body.get("variables") or {}),
            )
            fault = fake._take_fault()
            if fault and fault[0] == "delay":
                time.sleep(fault[1])
            elif fault:
                req.status = int(fault[1])
                self._send(req.status, b'{"errors": "Internal Server Error"}')
                return
            status, payload = fake._graphql(shop, self.headers.get("X-Shopify-Access-Token"), body)
            req.status = status
            cost = (payload.get("extensions") or {}).get("cost") or {}
            req.cost = float(cost.get("requestedQueryCost") or 0)
            errors = payload.get("errors")
            if isinstance(errors, list) and errors:
                req.error_code = str((errors[0].get("extensions") or {}).get("code") or "invalid")
            self._send(status, json.dumps(payload).encode())

    return Handler
