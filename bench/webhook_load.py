"""Signed webhook deliveries and an open-loop sender, for the ingestion benchmarks.

Deliveries are built and signed before a run starts (the sender only sends). The sender is
open-loop: delivery *i* is due at ``start + i / rate`` whether or not earlier ones were
answered, and its latency is counted from that moment, so a server that falls behind shows it
in the figures instead of slowing the load down.
"""

from __future__ import annotations

import hashlib
import queue
import random
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import urllib3

from adapters.woocommerce.deliveries import event_id_for
from adapters.woocommerce.signatures import sign_webhook_body
from tests.fakes.shopify.deliveries import Delivery as FakeShopifyDelivery
from tests.fakes.shopify.deliveries import build_delivery, product_payload
from tests.fakes.woocommerce.php import php_json_encode
from tests.fakes.woocommerce.state import StoreState, render

SHOPIFY_SHOP = "bench-shop.myshopify.com"
#: Shopify gives up on a delivery not answered within 5 seconds.
SHOPIFY_LIMIT_S = 5.0


@dataclass(frozen=True)
class Delivery:
    platform: str  # "shopify" | "woocommerce"
    path: str
    headers: dict[str, str]
    body: bytes
    event_id: str  # the id Copydesk records the delivery under


@dataclass(frozen=True)
class Result:
    delivery: Delivery
    status: int | None  # None: no answer (connection error or timeout)
    latency_s: float  # from the moment the delivery was due
    error: str = ""

    @property
    def acknowledged(self) -> bool:
        return self.status == 200


def shopify_delivery(secret: str, product_id: int) -> Delivery:
    gid = f"gid://shopify/Product/{product_id}"
    payload = product_payload("products/update", None, gid)
    return from_fake_shopify(
        build_delivery("products/update", SHOPIFY_SHOP, payload, secret=secret)
    )


def from_fake_shopify(delivery: FakeShopifyDelivery) -> Delivery:
    """A delivery the fake Shopify built (``FakeShopify.webhook``), to send with the others."""
    return Delivery(
        "shopify", "/webhooks/shopify", delivery.headers, delivery.body, delivery.event_id
    )


def woo_delivery(path: str, secret: str, webhook_id: int, topic: str, body: bytes) -> Delivery:
    """A delivery of ``body`` signed and labelled as WooCommerce's ``WC_Webhook::deliver``."""
    resource, _, event = topic.partition(".")
    headers = {
        "User-Agent": "WooCommerce/9.0.0 Hookshot (WordPress/6.5.4)",
        "Content-Type": "application/json",
        "X-WC-Webhook-Source": "https://store.example/",
        "X-WC-Webhook-Topic": topic,
        "X-WC-Webhook-Resource": resource,
        "X-WC-Webhook-Event": event,
        "X-WC-Webhook-Signature": sign_webhook_body(body, secret),
        "X-WC-Webhook-ID": str(webhook_id),
        "X-WC-Webhook-Delivery-ID": hashlib.md5(uuid.uuid4().bytes).hexdigest(),
    }
    return Delivery("woocommerce", path, headers, body, event_id_for(headers, body, topic))


class WooDeliveries:
    """``product.updated`` deliveries of one webhook about made-up products."""

    def __init__(self, shop_id: int, secret: str, webhook_id: int = 7) -> None:
        self.path = f"/webhooks/woocommerce/{shop_id}"
        self.secret = secret
        self.webhook_id = webhook_id
        self.store = StoreState()

    def delivery(self, product_id: int) -> Delivery:
        product = self.store.products.get(product_id) or self.store.add_product(id=product_id)
        product["stock_quantity"] = (product.get("stock_quantity") or 0) + 1  # a new body
        body = php_json_encode(render(product, "view"))
        return woo_delivery(self.path, self.secret, self.webhook_id, "product.updated", body)


def schedule(
    count: int,
    builders: list[Callable[[int], Delivery]],
    *,
    products: int = 500,
    duplicates: float = 0.1,
    seed: int = 13,
) -> list[Delivery]:
    """``count`` deliveries about products ``1..products``, taking turns among ``builders``
    (one per platform: product number -> a new signed delivery); a ``duplicates`` share of
    them repeat an earlier delivery byte for byte, as a platform's retry does."""
    rng = random.Random(seed)
    out: list[Delivery] = []
    for index in range(count):
        if out and rng.random() < duplicates:
            out.append(out[rng.randrange(max(0, len(out) - 200), len(out))])
            continue
        out.append(builders[index % len(builders)](rng.randrange(1, products + 1)))
    return out


def send_open_loop(
    base_url: str,
    deliveries: list[Delivery],
    rate: float,
    *,
    connections: int = 128,
    timeout_s: float = 30.0,
) -> list[Result]:
    """Send ``deliveries`` at ``rate`` per second on a schedule; one result per delivery."""
    parts = urlsplit(base_url)
    pool = urllib3.HTTPConnectionPool(
        parts.hostname or "127.0.0.1",
        parts.port or 80,
        maxsize=connections,
        block=True,
        retries=False,
        timeout=urllib3.Timeout(connect=5.0, read=timeout_s),
    )
    due: queue.Queue[tuple[Delivery, float] | None] = queue.Queue()
    results: list[Result] = []
    lock = threading.Lock()

    def sender() -> None:
        while (item := due.get()) is not None:
            delivery, at = item
            result = _post(pool, delivery, at)
            with lock:
                results.append(result)

    threads = [threading.Thread(target=sender, daemon=True) for _ in range(connections)]
    for thread in threads:
        thread.start()
    start = time.perf_counter() + 0.05
    for index, delivery in enumerate(deliveries):
        at = start + index / rate
        wait = at - time.perf_counter()
        if wait > 0:
            time.sleep(wait)
        due.put((delivery, at))
    for _ in threads:
        due.put(None)
    for thread in threads:
        thread.join()
    pool.close()
    return results


def _post(pool: urllib3.HTTPConnectionPool, delivery: Delivery, at: float) -> Result:
    try:
        response = pool.urlopen(
            "POST", delivery.path, body=delivery.body, headers=delivery.headers, retries=False
        )
        status: int | None = response.status
        error = "" if status == 200 else f"HTTP {status}: {response.data[:200]!r}"
    except urllib3.exceptions.HTTPError as exc:
        status, error = None, f"{type(exc).__name__}: {exc}"
    return Result(delivery, status, time.perf_counter() - at, error)


@dataclass(frozen=True)
class Summary:
    sent: int
    acknowledged: int
    errors: int
    slow: int  # answered (or given up on) after Shopify's 5 seconds
    p50_ms: float
    p99_ms: float
    max_ms: float

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def summarize(results: list[Result]) -> Summary:
    latencies = sorted(r.latency_s * 1000 for r in results)
    return Summary(
        sent=len(results),
        acknowledged=sum(r.acknowledged for r in results),
        errors=sum(not r.acknowledged for r in results),
        slow=sum(r.latency_s > SHOPIFY_LIMIT_S for r in results),
        p50_ms=percentile(latencies, 0.50),
        p99_ms=percentile(latencies, 0.99),
        max_ms=latencies[-1] if latencies else 0.0,
    )


def percentile(ordered: list[float], share: float) -> float:
    """The nearest-rank percentile of an already sorted list."""
    if not ordered:
        return 0.0
    rank = max(1, min(len(ordered), round(share * len(ordered) + 0.5)))
    return ordered[rank - 1]


def first_errors(results: list[Result], limit: int = 3) -> list[str]:
    return [r.error for r in results if r.error][:limit]
