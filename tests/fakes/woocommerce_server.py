"""A fake WooCommerce store: a real HTTP server on 127.0.0.1, in a thread, for the tests.

It answers the REST API v3 the way the reference examples show it (bare JSON arrays with
``X-WP-Total``/``X-WP-TotalPages``/``Link``, ``{code, message, data: {status}}`` errors, the
100-item batch limit answering 413, ``context=edit`` raw HTML versus ``view`` rendered HTML), checks
credentials like ``WC_REST_Authentication``, runs the ``/wc-auth/v1/authorize`` key flow, and
delivers webhooks encoded like PHP's ``json_encode`` with WooCommerce's headers, disabling a webhook
after more than five failed deliveries in a row.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import requests

from adapters.woocommerce.signatures import sign_webhook_body
from tests.fakes.woocommerce.auth import ApiKey, AuthError, authenticate, permission_error
from tests.fakes.woocommerce.php import php_json_encode
from tests.fakes.woocommerce.state import (
    MAX_WEBHOOK_FAILURES,
    Delivery,
    StoreState,
    Webhook,
    render,
)
from tests.fakes.woocommerce.tls import write_self_signed

API = "/wp-json/wc/v3"
BATCH_LIMIT = 100
USER_AGENT = "WooCommerce/9.0.0 Hookshot (WordPress/6.5.4)"
WEBHOOK_TOPICS = {
    f"{resource}.{event}"
    for resource in ("product", "order", "coupon", "customer")
    for event in ("created", "updated", "deleted", "restored")
}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, **data: Any) -> None:
        super().__init__(message)
        self.status = status
        self.body = {"code": code, "message": message, "data": {"status": status, **data}}


@dataclass
class Fault:
    """The next matching request gets this answer instead of the real one (or after ``delay``)."""

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


@dataclass
class Response:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


class FakeWooCommerce:
    """One store. Use as a context manager, or ``start()``/``stop()``."""

    def __init__(self, *, tls: bool = False, cert_dir: Path | None = None) -> None:
        self.state = StoreState()
        self.lock = threading.RLock()
        self.tls = tls
        self.strip_authorization_header = False
        self.refuse_put = False
        self.supports_modified_after = True
        self.require_https_callback = False
        self.faults: list[Fault] = []
        self.requests: list[RequestRecord] = []
        self.deliveries: list[Delivery] = []
        self.pings: list[tuple[int, int | None]] = []
        self.pending: list[tuple[str, int]] = []
        self.auth_callbacks: list[tuple[int | None, dict[str, Any]]] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        if tls:
            if cert_dir is None:
                raise ValueError("a TLS fake needs cert_dir for its certificate")
            self.ca_path, key_path = write_self_signed(cert_dir)
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(self.ca_path, key_path)
            self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"{'https' if self.tls else 'http'}://{host}:{port}"

    def start(self) -> FakeWooCommerce:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeWooCommerce:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    # -- what a test does to the store ---------------------------------------------------------

    def add_key(self, permissions: str = "read_write") -> ApiKey:
        with self.lock:
            return self.state.add_key(permissions)

    def fail_next(self, status: int, **kwargs: Any) -> None:
        with self.lock:
            self.faults.append(Fault(status, **kwargs))

    def create_product(self, **fields: Any) -> dict[str, Any]:
        """The merchant adds a product in wp-admin: ``product.created`` is queued for delivery."""
        with self.lock:
            product = self.state.add_product(**fields)
            self.pending.append(("product.created", product["id"]))
            return product

    def edit_product(self, product_id: int, **changes: Any) -> dict[str, Any]:
        """The merchant edits a product or variation: ``product.updated`` is queued."""
        with self.lock:
            item, _ = self.state.find(product_id)
            assert item is not None, f"no product {product_id}"
            self.state.update(item, changes)
            self.pending.append(("product.updated", product_id))
            return item

    def trash_product(self, product_id: int) -> None:
        with self.lock:
            self.state.update(self.state.products[product_id], {"status": "trash"})
            self.pending.append(("product.deleted", product_id))

    def restore_product(self, product_id: int) -> None:
        with self.lock:
            self.state.update(self.state.products[product_id], {"status": "publish"})
            self.pending.append(("product.restored", product_id))

    def product(self, product_id: int) -> dict[str, Any]:
        with self.lock:
            return self.state.products[product_id]

    def our_webhooks(self, delivery_url: str) -> list[Webhook]:
        with self.lock:
            return [w for w in self.state.webhooks.values() if w.delivery_url == delivery_url]

    def flush_deliveries(self) -> list[Delivery]:
        """Send every queued webhook now, as WooCommerce's background queue would."""
        with self.lock:
            pending, self.pending = self.pending, []
        sent: list[Delivery] = []
        for topic, resource_id in pending:
            sent.extend(self.deliver(topic, resource_id))
        return sent

    def deliver(
        self, topic: str, resource_id: int, *, delivery_id: str | None = None
    ) -> list[Delivery]:
        """``WC_Webhook::deliver`` for each active webhook on ``topic``."""
        with self.lock:
            hooks = [
                w for w in self.state.webhooks.values() if w.topic == topic and w.status == "active"
            ]
            body = php_json_encode(self._payload(topic, resource_id))
        return [self._deliver_one(hook, body, delivery_id) for hook in hooks]

    def _payload(self, topic: str, resource_id: int) -> dict[str, Any]:
        if topic.endswith(".deleted"):
            return {"id": resource_id}
        item, parent = self.state.find(resource_id)
        if item is None:
            return {"id": resource_id}
        return render(item, "view", type_="variation" if parent is not None else None)

    def _deliver_one(self, hook: Webhook, body: bytes, delivery_id: str | None) -> Delivery:
        resource, _, event = hook.topic.partition(".")
        headers = {
            "User-Agent": USER_AGENT,
            "Content-Type": "application/json",
            "X-WC-Webhook-Source": f"{self.url}/",
            "X-WC-Webhook-Topic": hook.topic,
            "X-WC-Webhook-Resource": resource,
            "X-WC-Webhook-Event": event,
            "X-WC-Webhook-Signature": sign_webhook_body(body, hook.secret),
            "X-WC-Webhook-ID": str(hook.id),
            "X-WC-Webhook-Delivery-ID": delivery_id
            or hashlib.md5(f"{hook.id}{int(time.time())}".encode()).hexdigest(),
        }
        status: int | None
        try:
            answer = requests.post(
                hook.delivery_url, data=body, headers=headers, timeout=10, allow_redirects=False
            )
            status = answer.status_code
        except requests.RequestException:
            status = None
        with self.lock:
            if status is not None and 200 <= status < 303:
                hook.failure_count = 0
            elif hook.failure_count > MAX_WEBHOOK_FAILURES:
                hook.status = "disabled"
            else:
                hook.failure_count += 1
            delivery = Delivery(hook.id, hook.topic, body, headers, status)
            self.deliveries.append(delivery)
        return delivery

    def _ping(self, hook: Webhook) -> None:
        try:
            answer = requests.post(
                hook.delivery_url,
                data=f"webhook_id={hook.id}",
                headers={"User-Agent": USER_AGENT},
                timeout=10,
            )
            status: int | None = answer.status_code
        except requests.RequestException:
            status = None
        self.pings.append((hook.id, status))

    # -- the REST API ---------------------------------------------------------------------------

    def handle_api(
        self, method: str, path: str, query: dict[str, str], body: Any, key: ApiKey | None
    ) -> Response:
        route = path[len(API) :].strip("/")
        for pattern, methods, handler in self._routes():
            match = re.fullmatch(pattern, route)
            if match and method in methods:
                if key is None:
                    raise _cannot(method, route)
                denied = permission_error(key, method)
                if denied:
                    raise ApiError(401, denied.code, denied.message)
                return handler(method, query, body, *match.groups())
        raise ApiError(
            404, "rest_no_route", "No route was found matching the URL and request method"
        )

    def _routes(self) -> list[tuple[str, set[str], Callable[..., Response]]]:
        return [
            (r"products", {"GET"}, self._list_products),
            (r"products/batch", {"POST", "PUT", "PATCH"}, self._batch_products),
            (r"products/(\d+)", {"GET"}, self._get_product),
            (r"products/(\d+)", {"POST", "PUT", "PATCH"}, self._update_product),
            (r"products/(\d+)/variations", {"GET"}, self._list_variations),
            (r"settings/(\w+)", {"GET"}, self._settings),
            (r"webhooks", {"GET"}, self._list_webhooks),
            (r"webhooks", {"POST"}, self._create_webhook),
            (r"webhooks/(\d+)", {"GET"}, self._get_webhook),
            (r"webhooks/(\d+)", {"POST", "PUT", "PATCH"}, self._update_webhook),
            (r"webhooks/(\d+)", {"DELETE"}, self._delete_webhook),
        ]

    def _list_products(self, _: str, query: dict[str, str], __: Any) -> Response:
        items = [p for p in self.state.products.values() if p.get("status") != "trash"]
        if "modified_after" in query:
            if not self.supports_modified_after:
                raise ApiError(
                    400,
                    "rest_invalid_param",
                    "Invalid parameter(s): modified_after",
                    params={"modified_after": "unknown parameter"},
                )
            field_name = (
                "date_modified_gmt" if query.get("dates_are_gmt") == "true" else "date_modified"
            )
            after = datetime.fromisoformat(query["modified_after"].replace("Z", ""))
            items = [p for p in items if datetime.fromisoformat(p[field_name]) > after]
        reverse = query.get("order", "desc") == "desc"
        orderby = query.get("orderby", "date")
        sort_key = "id" if orderby == "id" else "date_created_gmt"
        items.sort(key=lambda p: (p[sort_key], p["id"]), reverse=reverse)
        return self._page(API + "/products", query, items)

    def _list_variations(self, _: str, query: dict[str, str], __: Any, parent: str) -> Response:
        if int(parent) not in self.state.products:
            raise ApiError(404, "woocommerce_rest_product_invalid_id", "Invalid ID.")
        items = sorted(self.state.variations.get(int(parent), {}).values(), key=lambda v: v["id"])
        return self._page(f"{API}/products/{parent}/variations", query, items)

    def _page(self, path: str, query: dict[str, str], items: list[dict[str, Any]]) -> Response:
        try:
            per_page = int(query.get("per_page", "10"))
            page = int(query.get("page", "1"))
        except ValueError:
            raise ApiError(400, "rest_invalid_param", "Invalid parameter(s): per_page") from None
        if not 1 <= per_page <= 100:
            raise ApiError(
                400,
                "rest_invalid_param",
                "Invalid parameter(s): per_page",
                params={"per_page": "per_page must be between 1 (inclusive) and 100 (inclusive)"},
            )
        total = len(items)
        pages = math.ceil(total / per_page) if total else 0
        if page > 1 and page > pages:
            raise ApiError(
                400,
                "rest_post_invalid_page_number",
                "The page number requested is larger than the number of pages available.",
            )
        context = query.get("context", "view")
        chunk = [render(i, context) for i in items[(page - 1) * per_page : page * per_page]]
        links = []
        base = f"{self.url}{path}"
        others = {k: v for k, v in query.items() if k != "page" and not _is_credential(k)}
        if page > 1:
            links.append(f'<{base}?{urlencode({**others, "page": page - 1})}>; rel="prev"')
        if page < pages:
            links.append(f'<{base}?{urlencode({**others, "page": page + 1})}>; rel="next"')
        headers = {"X-WP-Total": str(total), "X-WP-TotalPages": str(pages)}
        if links:
            headers["Link"] = ", ".join(links)
        return Response(200, chunk, headers)

    def _get_product(self, _: str, query: dict[str, str], __: Any, product_id: str) -> Response:
        item, parent = self.state.find(int(product_id))
        if item is None:
            raise ApiError(404, "woocommerce_rest_product_invalid_id", "Invalid ID.")
        kind = "variation" if parent is not None else None
        return Response(200, render(item, query.get("context", "view"), type_=kind))

    def _update_product(
        self, method: str, _: dict[str, str], body: Any, product_id: str
    ) -> Response:
        item, parent = self.state.find(int(product_id))
        if item is None:
            raise ApiError(400, "woocommerce_rest_product_invalid_id", "Invalid ID.")
        self.state.update(item, body or {})
        self.pending.append(("product.updated", int(product_id)))
        kind = "variation" if parent is not None else None
        return Response(200, render(item, "edit", type_=kind))

    def _batch_products(self, _: str, __: dict[str, str], body: Any) -> Response:
        body = body or {}
        count = sum(len(body.get(k) or []) for k in ("create", "update", "delete"))
        if count > BATCH_LIMIT:
            raise ApiError(
                413,
                "woocommerce_rest_request_entity_too_large",
                f"Unable to accept more than {BATCH_LIMIT} items for this request.",
            )
        answer: dict[str, list[Any]] = {}
        for changes in body.get("update") or []:
            product_id = int(changes.get("id") or 0)
            item = self.state.products.get(product_id)
            if item is None:
                answer.setdefault("update", []).append(
                    {
                        "id": product_id,
                        "error": {
                            "code": "woocommerce_rest_product_invalid_id",
                            "message": "Invalid ID.",
                            "data": {"status": 400},
                        },
                    }
                )
                continue
            self.state.update(item, changes)
            self.pending.append(("product.updated", product_id))
            answer.setdefault("update", []).append(render(item, "edit"))
        for fields in body.get("create") or []:
            product = self.state.add_product(**fields)
            self.pending.append(("product.created", product["id"]))
            answer.setdefault("create", []).append(render(product, "edit"))
        return Response(200, answer)

    def _settings(self, _: str, __: dict[str, str], ___: Any, group: str) -> Response:
        groups = {
            "products": ("woocommerce_weight_unit", "woocommerce_dimension_unit"),
            "general": ("woocommerce_currency",),
        }
        if group not in groups:
            raise ApiError(404, "rest_setting_setting_group_invalid", "Invalid setting group.")
        items = [
            {"id": name, "label": name, "type": "select", "value": self.state.settings[name]}
            for name in groups[group]
        ]
        return Response(200, items)

    def _list_webhooks(self, _: str, query: dict[str, str], __: Any) -> Response:
        status = query.get("status", "all")
        hooks = sorted(self.state.webhooks.values(), key=lambda w: w.id, reverse=True)
        items = [w.to_json(self.url) for w in hooks if status == "all" or w.status == status]
        return self._page(API + "/webhooks", {**query, "context": "edit"}, items)

    def _create_webhook(self, _: str, __: dict[str, str], body: Any) -> Response:
        body = body or {}
        if body.get("topic") not in WEBHOOK_TOPICS:
            raise ApiError(400, "rest_invalid_param", "Invalid parameter(s): topic")
        if not str(body.get("delivery_url") or "").startswith(("http://", "https://")):
            raise ApiError(400, "rest_invalid_param", "Invalid parameter(s): delivery_url")
        hook = Webhook(
            id=self.state.new_id(),
            name=str(body.get("name") or body["topic"]),
            topic=body["topic"],
            delivery_url=body["delivery_url"],
            secret=str(body.get("secret") or ""),
            status=str(body.get("status") or "active"),
        )
        self.state.webhooks[hook.id] = hook
        if hook.status == "active":
            self._ping(hook)
        return Response(201, hook.to_json(self.url))

    def _webhook(self, webhook_id: str) -> Webhook:
        hook = self.state.webhooks.get(int(webhook_id))
        if hook is None:
            raise ApiError(404, "woocommerce_rest_webhook_invalid_id", "Invalid ID.")
        return hook

    def _get_webhook(self, _: str, __: dict[str, str], ___: Any, webhook_id: str) -> Response:
        return Response(200, self._webhook(webhook_id).to_json(self.url))

    def _update_webhook(
        self, method: str, _: dict[str, str], body: Any, webhook_id: str
    ) -> Response:
        hook = self._webhook(webhook_id)
        for name in ("name", "status", "secret", "delivery_url", "topic"):
            if name in (body or {}):
                setattr(hook, name, str(body[name]))
        return Response(200, hook.to_json(self.url))

    def _delete_webhook(self, _: str, __: dict[str, str], ___: Any, webhook_id: str) -> Response:
        hook = self._webhook(webhook_id)
        del self.state.webhooks[hook.id]
        return Response(200, hook.to_json(self.url))

    # -- the wc-auth key flow -------------------------------------------------------------------

    def handle_authorize(self, query: dict[str, str]) -> Response:
        """The merchant approves at once: keys go to ``callback_url``, then to ``return_url``."""
        missing = [
            name
            for name in ("app_name", "scope", "user_id", "return_url", "callback_url")
            if not query.get(name)
        ]
        if missing:
            return Response(400, f"Missing parameter {', '.join(missing)}")
        if query["scope"] not in ("read", "write", "read_write"):
            return Response(400, "Invalid scope")
        if self.require_https_callback and not query["callback_url"].startswith("https://"):
            return Response(400, "The callback_url needs to be over SSL")
        with self.lock:
            key = self.state.add_key(query["scope"])
        payload = {
            "key_id": key.key_id,
            "user_id": query["user_id"],
            "consumer_key": key.consumer_key,
            "consumer_secret": key.consumer_secret,
            "key_permissions": query["scope"],
        }
        try:
            answer = requests.post(
                query["callback_url"],
                data=json.dumps(payload),
                headers={"Content-Type": "application/json", "User-Agent": USER_AGENT},
                timeout=60,
                allow_redirects=False,
            )
            status: int | None = answer.status_code
        except requests.RequestException:
            status = None
        self.auth_callbacks.append((status, payload))
        if status != 200:
            with self.lock:
                del self.state.keys[key.consumer_key]
            return Response(
                401,
                "Error: An error occurred in the request and at the time were unable to send "
                "the consumer data",
            )
        separator = "&" if "?" in query["return_url"] else "?"
        back = urlencode({"success": 1, "user_id": query["user_id"]})
        return Response(302, "", {"Location": f"{query['return_url']}{separator}{back}"})


def _is_credential(name: str) -> bool:
    return name.startswith("oauth_") or name in ("consumer_key", "consumer_secret")


_CANNOT = {
    "view": "Sorry, you cannot view this resource.",
    "list": "Sorry, you cannot list resources.",
    "batch": "Sorry, you are not allowed to batch manipulate this resource.",
    "delete": "Sorry, you are not allowed to delete this resource.",
    "edit": "Sorry, you are not allowed to edit this resource.",
    "create": "Sorry, you are not allowed to create resources.",
}


def _cannot(method: str, route: str) -> ApiError:
    """What WooCommerce answers when no API key authenticated the request."""
    item = re.search(r"/\d+$", route) is not None
    if method == "GET":
        return ApiError(401, "woocommerce_rest_cannot_view", _CANNOT["view" if item else "list"])
    if route.endswith("batch"):
        action = "batch"
    elif method == "DELETE":
        action = "delete"
    else:
        action = "edit" if item else "create"
    return ApiError(401, f"woocommerce_rest_cannot_{action}", _CANNOT[action])


def _handler_for(store: FakeWooCommerce) -> type[BaseHTTPRequestHandler]:
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
                return store.handle_api(self.command, path, query, body, key), auth_kind
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


@contextmanager
def running_store(**kwargs: Any) -> Iterator[FakeWooCommerce]:
    store = FakeWooCommerce(**kwargs).start()
    try:
        yield store
    finally:
        store.stop()
