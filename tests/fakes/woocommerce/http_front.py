"""The fake store's HTTP front: routing, injected faults, credentials, request log."""

from __future__ import annotations

import base64
import json
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

from tests.fakes.woocommerce.auth import AuthError, authenticate
from tests.fakes.woocommerce.rest import API, ApiError, Response

if TYPE_CHECKING:
    from tests.fakes.woocommerce_server import FakeWooCommerce


@dataclass
class Fault:
    """The next ``times`` matching requests wait ``delay`` seconds, then get ``status`` instead of
    the real answer; status 0 means the real answer, only late (to provoke client timeouts)."""

    status: int
    method: str | None = None
    path: str | None = None
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    times: int = 1

    def matches(self, method: str, path: str) -> bool:
        return (self.method is None or self.method == method) and (
            self.path is None or path.startswith(self.path)
        )


@dataclass(frozen=True)
class RequestRecord:
    method: str
    path: str
    query: dict[str, str]
    auth: str | None
    body: Any


def handler_for(store: FakeWooCommerce) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_: Any) -> None:
            pass

        def do_GET(self) -> None:
            self._dispatch()

        do_POST = do_PUT = do_PATCH = do_DELETE = do_GET

        def _dispatch(self) -> None:
            parts = urlsplit(self.path)
            query = dict(parse_qsl(parts.query, keep_blank_values=True))
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = None
            if parts.path == "/wc-auth/v1/authorize":
                self._send(store.handle_authorize(query))
                return
            fault = self._fault(parts.path)
            if fault is not None:
                if fault.delay:
                    time.sleep(fault.delay)
                if fault.status:
                    self._send(Response(fault.status, fault.body, fault.headers))
                    return
            if store.refuse_put and self.command == "PUT":
                # Some hosts' web servers refuse PUT before WordPress ever sees the request.
                self._send(Response(501, "<html><body>501 Not Implemented</body></html>"))
                return
            if not parts.path.startswith(API):
                self._send(Response(404, "<html>Not Found</html>"))
                return
            with store.lock:
                response, auth = self._api(parts.path, query, body)
                store.requests.append(
                    RequestRecord(self.command, parts.path[len(API) :], query, auth, body)
                )
            self._send(response)

        def _fault(self, path: str) -> Fault | None:
            with store.lock:
                for fault in store.faults:
                    if fault.matches(self.command, path[len(API) :]):
                        fault.times -= 1
                        if fault.times <= 0:
                            store.faults.remove(fault)
                        return fault
            return None

        def _api(self, path: str, query: dict[str, str], body: Any) -> tuple[Response, str | None]:
            basic = None if store.strip_authorization_header else self._basic()
            auth_kind = None
            try:
                key = authenticate(
                    store.state.keys,
                    https=store.tls,
                    method=self.command,
                    base_url=f"{store.url}{path}",
                    query=query,
                    basic=basic,
                )
                if key is not None:
                    if "oauth_signature" in query:
                        auth_kind = "oauth1"
                    elif "consumer_secret" in query:
                        auth_kind = "query"
                    else:
                        auth_kind = "basic"
                return store.rest.handle(self.command, path, query, body, key), auth_kind
            except AuthError as exc:
                error = ApiError(401, exc.code, exc.message)
                return Response(401, error.body), auth_kind
            except ApiError as exc:
                return Response(exc.status, exc.body), auth_kind

        def _basic(self) -> tuple[str, str] | None:
            header = self.headers.get("Authorization") or ""
            if not header.startswith("Basic "):
                return None
            try:
                user, _, password = base64.b64decode(header[6:]).decode().partition(":")
            except ValueError:
                return None
            return user, password

        def _send(self, response: Response) -> None:
            if isinstance(response.body, str):
                payload = response.body.encode()
                content_type = "text/html; charset=UTF-8"
            else:
                payload = json.dumps(response.body).encode()
                content_type = "application/json; charset=UTF-8"
            self.send_response(response.status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)

    return Handler
