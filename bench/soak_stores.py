"""The soak's outside world: the tests' fake Shopify and WooCommerce stores and fake model
server, each in a thread of this process, with shops installed in Copydesk the way merchants do.
"""

from __future__ import annotations

import random
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass

import requests

from bench.bench_env import REPO, Settings, copydesk
from bench.webhook_load import Delivery, from_fake_shopify, woo_delivery
from tests.fakes.shopify_server import FakeShopify
from tests.fakes.woocommerce.php import php_json_encode
from tests.fakes.woocommerce.state import render
from tests.fakes.woocommerce_server import FakeWooCommerce
from tests.integration.generation.conftest import product_copy
from tests.integration.generation.fake_model_server import ModelServer

SHOP = "soak-shop.myshopify.com"
API_KEY = "soak-api-key"
API_SECRET = "soak-api-secret"


@dataclass
class Stores:
    shopify: FakeShopify
    woo: FakeWooCommerce
    model: ModelServer

    @classmethod
    def start(cls) -> Stores:
        return cls(
            shopify=FakeShopify(api_key=API_KEY, api_secret=API_SECRET, restore_rate=1e6).start(),
            woo=FakeWooCommerce().start(),
            model=ModelServer(product_copy).start(),
        )

    def stop(self) -> None:
        for server in (self.shopify, self.woo, self.model):
            server.stop()

    def settings(self) -> dict[str, str]:
        """What Copydesk's processes need to reach these fakes."""
        return {
            "SHOPIFY_API_KEY": API_KEY,
            "SHOPIFY_API_SECRET": API_SECRET,
            "COPYDESK_SHOPIFY_ORIGIN": self.shopify.origin,
            "COPYDESK_ALLOW_PRIVATE_STORE_URLS": "true",
            "COPYDESK_ENGINE": "openai",
            "COPYDESK_OPENAI_BASE_URL": self.model.url,
        }

    def add_products(self, count: int) -> None:
        """``count`` products, split between the stores, each with a description of its own."""
        with self.shopify.state.lock:
            for number in range(1, count // 2 + 1):
                self.shopify.shop(SHOP).add_product(
                    title=f"Canvas Tote {number}",
                    description_html=f"<p>A sturdy canvas tote, number {number}.</p>",
                    vendor="Soak Goods",
                    product_type="Bags",
                )
        for number in range(1, count - count // 2 + 1):
            self.woo.create_product(
                name=f"Merino Beanie {number}",
                description=f"<p>A warm merino beanie, number {number}.</p>",
            )
        with self.woo.lock:
            self.woo.pending.clear()  # created before the store was connected: not delivered


def install(stores: Stores, base_url: str, settings: Settings) -> None:
    """Install the Shopify shop through OAuth and connect the WooCommerce store by its keys,
    as merchants do; both queue their webhook registration and a first full sync."""
    browser = requests.Session()
    start = browser.get(
        f"{base_url}/shopify/install?{stores.shopify.install_query(SHOP)}",
        allow_redirects=False,
        timeout=30,
    )
    authorize = requests.get(start.headers["Location"], allow_redirects=False, timeout=30)
    done = browser.get(authorize.headers["Location"], allow_redirects=False, timeout=60)
    if done.status_code != 302:
        raise RuntimeError(f"Shopify install failed: {done.status_code} {done.text[:300]}")
    key = stores.woo.add_key()
    subprocess.run(
        [
            sys.executable,
            *copydesk(
                ["shop", "add-woocommerce", "--url", stores.woo.url]
                + ["--key", key.consumer_key, "--secret", key.consumer_secret]
            ),
        ],
        cwd=REPO,
        env=settings.process_env(),
        check=True,
        capture_output=True,
    )


class Edits:
    """Merchants editing products, each edit followed by the store's webhook: about half of
    them empty the description, which asks Copydesk for a draft."""

    def __init__(self, stores: Stores, base_url: str, woo_shop_id: int, seed: int = 5) -> None:
        self.stores = stores
        self.rng = random.Random(seed)
        path = f"/webhooks/woocommerce/{woo_shop_id}"
        (hook,) = [
            h for h in stores.woo.our_webhooks(f"{base_url}{path}") if h.topic == "product.updated"
        ]
        self.woo_path, self.woo_hook = path, hook
        self.shopify_gids = sorted(stores.shopify.shop(SHOP).products)
        self.woo_ids = sorted(stores.woo.state.products)

    def builders(self) -> list[Callable[[int], Delivery]]:
        return [self.shopify_edit, self.woo_edit]

    def _description(self, number: int) -> str:
        return "" if self.rng.random() < 0.5 else f"<p>Edited again ({self.rng.random():.6f}).</p>"

    def shopify_edit(self, number: int) -> Delivery:
        gid = self.shopify_gids[(number - 1) % len(self.shopify_gids)]
        fake = self.stores.shopify
        with fake.state.lock:
            fake.shop(SHOP).edit_product(gid, descriptionHtml=self._description(number))
        return from_fake_shopify(fake.webhook("products/update", SHOP, gid))

    def woo_edit(self, number: int) -> Delivery:
        product_id = self.woo_ids[(number - 1) % len(self.woo_ids)]
        fake = self.stores.woo
        with fake.lock:
            fake.state.update(
                fake.state.products[product_id], {"description": self._description(number)}
            )
            body = php_json_encode(render(fake.state.products[product_id], "view"))
        hook = self.woo_hook
        return woo_delivery(self.woo_path, hook.secret, hook.id, hook.topic, body)
