"""What the fake WooCommerce store holds: products, variations, settings, API keys, webhooks.

Products are kept the way ``context=edit`` shows them (raw HTML); the ``view`` context and
webhook payloads render descriptions through ``wpautop``, as WordPress does.
"""

from __future__ import annotations

import copy
import json
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tests.fakes.woocommerce.auth import ApiKey
from tests.fakes.woocommerce.php import wpautop

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "woocommerce"
MAX_WEBHOOK_FAILURES = 5


def reference(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text())


def gmt(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


@dataclass
class Webhook:
    id: int
    name: str
    topic: str
    delivery_url: str
    secret: str
    status: str = "active"
    failure_count: int = 0
    created: datetime = field(default_factory=lambda: datetime.now(UTC))

    def to_json(self, base_url: str) -> dict[str, Any]:
        resource, _, event = self.topic.partition(".")
        return {
            "id": self.id,
            "name": self.name,
            "status": self.status,
            "topic": self.topic,
            "resource": resource,
            "event": event,
            "hooks": [],
            "delivery_url": self.delivery_url,
            "date_created": gmt(self.created),
            "date_created_gmt": gmt(self.created),
            "date_modified": gmt(self.created),
            "date_modified_gmt": gmt(self.created),
            "_links": {
                "self": [{"href": f"{base_url}/wp-json/wc/v3/webhooks/{self.id}"}],
                "collection": [{"href": f"{base_url}/wp-json/wc/v3/webhooks"}],
            },
        }


@dataclass
class Delivery:
    """One webhook POST the store made, and how our side answered."""

    webhook_id: int
    topic: str
    body: bytes
    headers: dict[str, str]
    status: int | None


@dataclass
class StoreState:
    products: dict[int, dict[str, Any]] = field(default_factory=dict)
    variations: dict[int, dict[int, dict[str, Any]]] = field(default_factory=dict)
    webhooks: dict[int, Webhook] = field(default_factory=dict)
    keys: dict[str, ApiKey] = field(default_factory=dict)
    settings: dict[str, str] = field(
        default_factory=lambda: {
            "woocommerce_weight_unit": "lbs",
            "woocommerce_dimension_unit": "in",
            "woocommerce_currency": "USD",
        }
    )
    # WordPress's site language (get_locale(): ``en_US`` unless the site chose another), as
    # ``GET system_status`` reports it in ``environment.language``.
    language: str = "en_US"
    # Products the store refuses to update, with the WordPress error it answers (its own
    # ``error`` inside a batch answer, the whole answer for a single PUT).
    refused_updates: dict[int, dict[str, Any]] = field(default_factory=dict)
    next_id: int = 1000
    clock: datetime = field(default_factory=lambda: datetime(2026, 1, 5, 12, 0, tzinfo=UTC))

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id

    def tick(self) -> datetime:
        """Store time moves one second per change, so ``modified_after`` has something to bite."""
        self.clock = max(self.clock + timedelta(seconds=1), datetime.now(UTC))
        return self.clock

    def add_key(self, permissions: str = "read_write") -> ApiKey:
        key = ApiKey(
            key_id=len(self.keys) + 1,
            consumer_key=f"ck_{secrets.token_hex(20)}",
            consumer_secret=f"cs_{secrets.token_hex(20)}",
            permissions=permissions,
        )
        self.keys[key.consumer_key] = key
        return key

    def add_product(self, **fields: Any) -> dict[str, Any]:
        """A simple product shaped like the docs example, with ``fields`` overriding it."""
        product = copy.deepcopy(reference("product_get_response.example.json"))
        product_id = fields.pop("id", None) or self.new_id()
        product.update(
            id=product_id,
            slug=f"product-{product_id}",
            permalink=f"https://example.com/product/product-{product_id}/",
            related_ids=[],
            meta_data=[],
            _links={},
        )
        product.update(fields)
        self._stamp(product)
        self.products[product_id] = product
        return product

    def add_variation(self, parent_id: int, **fields: Any) -> dict[str, Any]:
        variation_id = fields.pop("id", None) or self.new_id()
        variation: dict[str, Any] = {
            "id": variation_id,
            "parent_id": parent_id,
            "description": "",
            "sku": "",
            "price": "",
            "regular_price": "",
            "sale_price": "",
            "status": "publish",
            "weight": "",
            "dimensions": {"length": "", "width": "", "height": ""},
            "attributes": [],
            "meta_data": [],
        }
        variation.update(fields)
        self._stamp(variation)
        self.variations.setdefault(parent_id, {})[variation_id] = variation
        parent = self.products[parent_id]
        parent["variations"] = sorted(self.variations[parent_id])
        return variation

    def seed_reference_catalog(self) -> None:
        """The docs' two examples: simple product 794 and variable product 799 with 4 variations."""
        simple = reference("product_get_response.example.json")
        variable = reference("product_create_variable_response.example.json")
        for product in (simple, variable):
            product = copy.deepcopy(product)
            self.products[product["id"]] = product
            self._stamp(product)
        for color in ("Black", "Green"):
            for size in ("S", "M"):
                self.add_variation(
                    799,
                    sku=f"SHIP-{color[0]}{size}",
                    price="19.99" if size == "S" else "21.99",
                    regular_price="19.99" if size == "S" else "21.99",
                    attributes=[
                        {"id": 6, "name": "Color", "option": color},
                        {"id": 0, "name": "Size", "option": size},
                    ],
                )

    def refuse_updates(
        self,
        product_id: int,
        code: str = "product_invalid_sku",
        message: str = "Invalid or duplicated SKU.",
        status: int = 400,
    ) -> None:
        """From now on, updates of this product fail the way WooCommerce fails them."""
        self.refused_updates[product_id] = {
            "code": code,
            "message": message,
            "data": {"status": status},
        }

    def find(self, product_id: int) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        """(product, None) for a product id, (variation, parent) for a variation id."""
        if product_id in self.products:
            return self.products[product_id], None
        for parent_id, variations in self.variations.items():
            if product_id in variations:
                return variations[product_id], self.products.get(parent_id)
        return None, None

    def update(self, product: dict[str, Any], changes: dict[str, Any]) -> None:
        """Apply an update the way ``WC_REST_Products_Controller`` does, meta by id or by key."""
        for name, value in changes.items():
            if name == "meta_data":
                _update_meta(product, value)
            elif name not in ("id", "date_modified", "date_modified_gmt"):
                product[name] = value
        self._stamp(product)

    def _stamp(self, item: dict[str, Any]) -> None:
        now = self.tick()
        item["date_modified"] = item["date_modified_gmt"] = gmt(now)
        item.setdefault("date_created_gmt", gmt(now))
        item.setdefault("date_created", gmt(now))


def _update_meta(product: dict[str, Any], entries: list[dict[str, Any]]) -> None:
    meta: list[dict[str, Any]] = product.setdefault("meta_data", [])
    for entry in entries:
        target = None
        if entry.get("id"):
            target = next((m for m in meta if m.get("id") == entry["id"]), None)
        if target is None:
            target = next((m for m in meta if m.get("key") == entry.get("key")), None)
        if target is None:
            next_id = max((int(m.get("id") or 0) for m in meta), default=5000) + 1
            meta.append({"id": next_id, "key": entry["key"], "value": entry.get("value")})
        else:
            target["key"] = entry.get("key", target["key"])
            target["value"] = entry.get("value")


def render(item: dict[str, Any], context: str, *, type_: str | None = None) -> dict[str, Any]:
    """The JSON a REST read answers: raw with ``context=edit``, rendered with ``view``."""
    out = copy.deepcopy(item)
    if type_:
        out["type"] = type_
    if context != "edit":
        for key in ("description", "short_description"):
            if key in out:
                out[key] = wpautop(str(out[key]))
    return out
