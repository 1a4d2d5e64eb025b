"""A fake WooCommerce store: a real HTTP server on 127.0.0.1, in a thread, for the tests.

It answers the REST API v3 the way the reference examples show it (bare JSON arrays with
``X-WP-Total``/``X-WP-TotalPages``/``Link``, ``{code, message, data: {status}}`` errors, the
100-item batch limit answering 413, ``context=edit`` raw HTML versus ``view`` rendered HTML), checks
credentials like ``WC_REST_Authentication``, runs the ``/wc-auth/v1/authorize`` key flow, and
delivers webhooks encoded like PHP's ``json_encode`` with WooCommerce's headers, disabling a webhook
after more than five failed deliveries in a row.
"""

from __future__ import annotations

import hashlib
import json
import ssl
import threading
import time
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import requests

from adapters.woocommerce.signatures import sign_webhook_body
from tests.fakes.woocommerce.auth import ApiKey
from tests.fakes.woocommerce.http_front import Fault, RequestRecord, handler_for
from tests.fakes.woocommerce.php import php_json_encode
from tests.fakes.woocommerce.rest import Response, RestApi
from tests.fakes.woocommerce.state import (
    MAX_WEBHOOK_FAILURES,
    Delivery,
    StoreState,
    Webhook,
    render,
)
from tests.fakes.woocommerce.tls import write_self_signed

USER_AGENT = "WooCommerce/9.0.0 Hookshot (WordPress/6.5.4)"


class FakeWooCommerce:
    """One store. Use as a context manager, or ``start()``/``stop()``."""

    def __init__(self, *, tls: bool = False, cert_dir: Path | None = None) -> None:
        self.state = StoreState()
        self.lock = threading.RLock()
        self.tls = tls
        # Knobs a test turns to reproduce real hosts and stores:
        self.strip_authorization_header = False  # the host drops Authorization: query auth only
        self.refuse_put = False  # the web server answers 501 to PUT
        self.supports_modified_after = True  # False: an old WooCommerce rejecting the parameter
        self.require_https_callback = False  # wc-auth posting keys only to an https callback_url
        self.drop_pagination_headers = False  # a proxy stripping X-WP-* and Link headers
        self.faults: list[Fault] = []
        self.requests: list[RequestRecord] = []
        self.deliveries: list[Delivery] = []
        self.pings: list[tuple[int, int | None]] = []
        self.pending: list[tuple[str, int]] = []
        self.auth_callbacks: list[tuple[int | None, dict[str, Any]]] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(self))
        self._server.daemon_threads = True
        if tls:
            if cert_dir is None:
                raise ValueError("a TLS fake needs cert_dir for its certificate")
            self.ca_path, key_path = write_self_signed(cert_dir)
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(self.ca_path, key_path)
            self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        self.rest = RestApi(self)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        port = self._server.server_address[1]
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{port}"

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

    def delete_variation(self, parent_id: int, variation_id: int) -> None:
        """A variation deleted for good: its deletion event carries nothing but its id."""
        with self.lock:
            del self.state.variations[parent_id][variation_id]
            self.state.update(
                self.state.products[parent_id],
                {"variations": sorted(self.state.variations[parent_id])},
            )
            self.pending.append(("product.deleted", variation_id))

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

    def ping(self, hook: Webhook) -> None:
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
