"""The fake store's REST API v3: routes answering the way WooCommerce's controllers do."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from tests.fakes.woocommerce.auth import ApiKey, permission_error
from tests.fakes.woocommerce.state import Webhook, render

if TYPE_CHECKING:
    from tests.fakes.woocommerce_server import FakeWooCommerce

API = "/wp-json/wc/v3"
BATCH_LIMIT = 100
WEBHOOK_TOPICS = {
    f"{resource}.{event}"
    for resource in ("product", "order", "coupon", "customer")
    for event in ("created", "updated", "deleted", "restored")
}


class ApiError(Exception):
    """An answer in WordPress's error shape ``{code, message, data: {status}}``."""

    def __init__(self, status: int, code: str, message: str, **data: Any) -> None:
        super().__init__(message)
        self.status = status
        self.body = {"code": code, "message": message, "data": {"status": status, **data}}


@dataclass
class Response:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


class RestApi:
    """The routes under ``/wp-json/wc/v3``; changes queue webhooks on the store for delivery."""

    def __init__(self, store: FakeWooCommerce) -> None:
        self.store = store

    def handle(
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
            (r"system_status", {"GET"}, self._system_status),
            (r"webhooks", {"GET"}, self._list_webhooks),
            (r"webhooks", {"POST"}, self._create_webhook),
            (r"webhooks/(\d+)", {"GET"}, self._get_webhook),
            (r"webhooks/(\d+)", {"POST", "PUT", "PATCH"}, self._update_webhook),
            (r"webhooks/(\d+)", {"DELETE"}, self._delete_webhook),
        ]

    def _list_products(self, _: str, query: dict[str, str], __: Any) -> Response:
        # WooCommerce's default status, "any", leaves out the trash; status=trash asks for it.
        trash = query.get("status") == "trash"
        items = [
            p for p in self.store.state.products.values() if (p.get("status") == "trash") == trash
        ]
        if "modified_after" in query:
            if not self.store.supports_modified_after:
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
        if int(parent) not in self.store.state.products:
            raise ApiError(404, "woocommerce_rest_product_invalid_id", "Invalid ID.")
        items = sorted(
            self.store.state.variations.get(int(parent), {}).values(), key=lambda v: v["id"]
        )
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
        base = f"{self.store.url}{path}"
        others = {k: v for k, v in query.items() if k != "page" and not _is_credential(k)}
        if page > 1:
            links.append(f'<{base}?{urlencode({**others, "page": page - 1})}>; rel="prev"')
        if page < pages:
            links.append(f'<{base}?{urlencode({**others, "page": page + 1})}>; rel="next"')
        headers = {"X-WP-Total": str(total), "X-WP-TotalPages": str(pages)}
        if links:
            headers["Link"] = ", ".join(links)
        if self.store.drop_pagination_headers:
            headers = {}
        return Response(200, chunk, headers)

    def _get_product(self, _: str, query: dict[str, str], __: Any, product_id: str) -> Response:
        item, parent = self.store.state.find(int(product_id))
        if item is None:
            raise ApiError(404, "woocommerce_rest_product_invalid_id", "Invalid ID.")
        kind = "variation" if parent is not None else None
        return Response(200, render(item, query.get("context", "view"), type_=kind))

    def _update_product(
        self, method: str, _: dict[str, str], body: Any, product_id: str
    ) -> Response:
        item, parent = self.store.state.find(int(product_id))
        if item is None:
            raise ApiError(400, "woocommerce_rest_product_invalid_id", "Invalid ID.")
        refused = self.store.state.refused_updates.get(int(product_id))
        if refused is not None:
            raise ApiError(refused["data"]["status"], refused["code"], refused["message"])
        self.store.state.update(item, body or {})
        self.store.pending.append(("product.updated", int(product_id)))
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
            item = self.store.state.products.get(product_id)
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
            refused = self.store.state.refused_updates.get(product_id)
            if refused is not None:
                answer.setdefault("update", []).append({"id": product_id, "error": refused})
                continue
            self.store.state.update(item, changes)
            self.store.pending.append(("product.updated", product_id))
            answer.setdefault("update", []).append(render(item, "edit"))
        for fields in body.get("create") or []:
            product = self.store.state.add_product(**fields)
            self.store.pending.append(("product.created", product["id"]))
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
            {"id": name, "label": name, "type": "select", "value": self.store.state.settings[name]}
            for name in groups[group]
        ]
        return Response(200, items)

    def _system_status(self, _: str, query: dict[str, str], __: Any) -> Response:
        """A few of each section's fields (WooCommerce's report has many more), filtered by
        WordPress's ``_fields`` (``environment`` or ``environment.language``) as it does."""
        base = self.store.url
        report: dict[str, Any] = {
            "environment": {
                "home_url": base,
                "site_url": base,
                "version": "10.3.0",
                "wp_version": "6.8.3",
                "wp_multisite": False,
                "language": self.store.state.language,
                "default_timezone": "UTC",
            },
            "database": {"wc_database_version": "10.3.0", "database_prefix": "wp_"},
            "active_plugins": [],
            "inactive_plugins": [],
            "theme": {"name": "Storefront", "version": "4.6.1"},
            "settings": {
                "api_enabled": True,
                "currency": self.store.state.settings["woocommerce_currency"],
            },
            "security": {"secure_connection": base.startswith("https:")},
            "pages": [],
            "post_type_counts": [],
        }
        return Response(200, _only_fields(report, query.get("_fields")))

    def _list_webhooks(self, _: str, query: dict[str, str], __: Any) -> Response:
        status = query.get("status", "all")
        hooks = sorted(self.store.state.webhooks.values(), key=lambda w: w.id, reverse=True)
        items = [w.to_json(self.store.url) for w in hooks if status == "all" or w.status == status]
        return self._page(API + "/webhooks", {**query, "context": "edit"}, items)

    def _create_webhook(self, _: str, __: dict[str, str], body: Any) -> Response:
        body = body or {}
        if body.get("topic") not in WEBHOOK_TOPICS:
            raise ApiError(400, "rest_invalid_param", "Invalid parameter(s): topic")
        if not str(body.get("delivery_url") or "").startswith(("http://", "https://")):
            raise ApiError(400, "rest_invalid_param", "Invalid parameter(s): delivery_url")
        hook = Webhook(
            id=self.store.state.new_id(),
            name=str(body.get("name") or body["topic"]),
            topic=body["topic"],
            delivery_url=body["delivery_url"],
            secret=str(body.get("secret") or ""),
            status=str(body.get("status") or "active"),
        )
        self.store.state.webhooks[hook.id] = hook
        if hook.status == "active":
            self.store.ping(hook)
        return Response(201, hook.to_json(self.store.url))

    def _webhook(self, webhook_id: str) -> Webhook:
        hook = self.store.state.webhooks.get(int(webhook_id))
        if hook is None:
            raise ApiError(404, "woocommerce_rest_webhook_invalid_id", "Invalid ID.")
        return hook

    def _get_webhook(self, _: str, __: dict[str, str], ___: Any, webhook_id: str) -> Response:
        return Response(200, self._webhook(webhook_id).to_json(self.store.url))

    def _update_webhook(
        self, method: str, _: dict[str, str], body: Any, webhook_id: str
    ) -> Response:
        hook = self._webhook(webhook_id)
        for name in ("name", "status", "secret", "delivery_url", "topic"):
            if name in (body or {}):
                setattr(hook, name, str(body[name]))
        return Response(200, hook.to_json(self.store.url))

    def _delete_webhook(self, _: str, __: dict[str, str], ___: Any, webhook_id: str) -> Response:
        hook = self._webhook(webhook_id)
        del self.store.state.webhooks[hook.id]
        return Response(200, hook.to_json(self.store.url))


def _only_fields(item: dict[str, Any], fields: str | None) -> dict[str, Any]:
    """WordPress's ``_fields``: the listed top-level keys, or ``a.b`` for one key inside ``a``."""
    if not fields:
        return item
    out: dict[str, Any] = {}
    for name in (f.strip() for f in fields.split(",") if f.strip()):
        top, _, inner = name.partition(".")
        if top not in item:
            continue
        if inner and isinstance(item[top], dict):
            if inner in item[top]:
                out.setdefault(top, {})[inner] = item[top][inner]
        else:
            out[top] = item[top]
    return out


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
