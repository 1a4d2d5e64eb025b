"""The fake Admin GraphQL endpoint: validate against the real schema of the pinned version, then
execute.

Execution uses graphql-core on the client schema with one field resolver that knows the handful
of fields with arguments (product, products, productsCount, variants, metafield,
webhookSubscriptions, shopLocales (which checks the token's scopes), bulk operations and the
mutations); every other field is read from the stored dicts.
"""

from __future__ import annotations

import gzip
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from graphql import (
    ArgumentNode,
    EnumValueNode,
    ExecutionResult,
    FieldNode,
    GraphQLEnumType,
    GraphQLError,
    GraphQLInputObjectType,
    GraphQLResolveInfo,
    GraphQLSchema,
    ObjectFieldNode,
    TypeInfo,
    TypeInfoVisitor,
    Visitor,
    build_client_schema,
    execute,
    get_named_type,
    parse,
    validate,
    visit,
)
from graphql.error import GraphQLSyntaxError

from adapters.shopify.documents import API_VERSION
from tests.fakes.shopify import bulk_ops
from tests.fakes.shopify.query_cost import requested_cost
from tests.fakes.shopify.state import (
    FakeShop,
    decode_cursor,
    encode_cursor,
    now_iso,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures/shopify"
#: The schema of the version the adapter calls, copied into the fixtures (see SOURCES.md there).
SCHEMA_PATH = FIXTURES / f"admin_schema_{API_VERSION}.json.gz"
MAX_COST = 1000
LOCALE_SCOPES = frozenset({"read_locales", "read_markets_home"})


@cache
def admin_schema() -> GraphQLSchema:
    with gzip.open(SCHEMA_PATH) as fh:
        return build_client_schema(json.load(fh)["data"])


def document_errors(text: str) -> list[dict[str, Any]]:
    """Schema validation errors of a document, in the GraphQL error shape (empty when valid)."""
    try:
        ast = parse(text)
    except GraphQLSyntaxError as exc:
        return [dict(exc.formatted)]
    return [dict(e.formatted) for e in validate(admin_schema(), ast)]


def deprecated_uses(text: str) -> list[str]:
    """What a valid document uses that the schema marks deprecated: fields, arguments, input
    fields and enum values written in the document, each as ``Type.name: reason``.

    Shopify still answers these, so they are not validation errors; but a deprecated name is the
    next version's removal, and schema files that keep deprecated arguments (2026-10 does) would
    otherwise let them through.
    """
    info = TypeInfo(admin_schema())
    found: list[str] = []

    class Deprecations(Visitor):
        def enter_field(self, node: FieldNode, *_: Any) -> None:
            field, parent = info.get_field_def(), info.get_parent_type()
            if field is not None and field.deprecation_reason:
                found.append(f"{parent}.{node.name.value}: {field.deprecation_reason}")

        def enter_argument(
            self, node: ArgumentNode, _key: Any, _parent: Any, _path: Any, ancestors: list[Any]
        ) -> None:
            arg = info.get_argument()
            if arg is not None and arg.deprecation_reason:
                owner = ancestors[-1]  # the field (or directive) the argument belongs to
                where = f"{info.get_parent_type()}.{owner.name.value}"
                found.append(f"{where}({node.name.value}:): {arg.deprecation_reason}")

        def enter_object_field(self, node: ObjectFieldNode, *_: Any) -> None:
            parent = get_named_type(info.get_parent_input_type())
            if isinstance(parent, GraphQLInputObjectType):
                field = parent.fields.get(node.name.value)
                if field is not None and field.deprecation_reason:
                    found.append(f"{parent}.{node.name.value}: {field.deprecation_reason}")

        def enter_enum_value(self, node: EnumValueNode, *_: Any) -> None:
            enum = get_named_type(info.get_input_type())
            if isinstance(enum, GraphQLEnumType):
                value = enum.values.get(node.value)
                if value is not None and value.deprecation_reason:
                    found.append(f"{enum}.{node.value}: {value.deprecation_reason}")

    visit(parse(text), TypeInfoVisitor(info, Deprecations()))
    return found


def _connection(items: list[dict[str, Any]], first: int | None, after: str | None) -> dict:
    start = decode_cursor(after) + 1
    count = first if first is not None else len(items)
    window = items[start : start + count]
    edges = [{"node": n, "cursor": encode_cursor(start + i)} for i, n in enumerate(window)]
    return {
        "nodes": window,
        "edges": edges,
        "pageInfo": {
            "hasNextPage": start + count < len(items),
            "hasPreviousPage": start > 0,
            "startCursor": edges[0]["cursor"] if edges else None,
            "endCursor": edges[-1]["cursor"] if edges else None,
        },
    }


_UPDATED_AFTER = re.compile(r"updated_at:>'?([0-9TZ:\-+.]+)'?")


class Resolver:
    """Answers one request for one shop; records what the mutations changed."""

    def __init__(self, shop: FakeShop) -> None:
        self.shop = shop
        self.changed: list[str] = []

    def __call__(self, source: Any, info: GraphQLResolveInfo, **args: Any) -> Any:
        key = f"{info.parent_type.name}.{info.field_name}"
        handler = getattr(self, "_" + key.replace(".", "_"), None)
        if handler is not None:
            return handler(source, **args)
        if isinstance(source, dict):
            return source.get(info.field_name)
        return getattr(source, info.field_name, None)

    def _QueryRoot_shop(self, _: Any) -> dict:
        return {"currencyCode": self.shop.currency, "myshopifyDomain": self.shop.domain}

    def _QueryRoot_shopLocales(self, _: Any, published: bool = False) -> list[dict]:
        """Needs ``read_locales`` or ``read_markets_home`` (the schema's ``requiredAccess``);
        without either Shopify answers ``ACCESS_DENIED``. ``published: true`` keeps only the
        locales buyers see; the default (false) filters nothing."""
        if not self.shop.scopes & LOCALE_SCOPES:
            raise GraphQLError(
                "Access denied for shopLocales field. Required access: `read_locales` access "
                "scope or `read_markets_home` access scope.",
                extensions={
                    "code": "ACCESS_DENIED",
                    "documentation": "https://shopify.dev/api/usage/access-scopes",
                    "requiredAccess": (
                        "`read_locales` access scope or `read_markets_home` access scope."
                    ),
                },
            )
        return [
            {"marketWebPresences": [], **locale}
            for locale in self.shop.locales
            if not published or locale["published"]
        ]

    def _QueryRoot_product(self, _: Any, id: str) -> dict | None:
        return self.shop.products.get(id)

    def _QueryRoot_products(
        self,
        _: Any,
        first: int | None = None,
        after: str | None = None,
        sortKey: str = "ID",
        query: str | None = None,
        reverse: bool = False,
        **__: Any,
    ) -> dict:
        items = list(self.shop.products.values())
        match = _UPDATED_AFTER.search(query or "")
        if match:
            items = [p for p in items if p["updatedAt"] > match.group(1)]
        if sortKey == "UPDATED_AT":
            items.sort(key=lambda p: (p["updatedAt"], p["id"]), reverse=reverse)
        return _connection(items, first, after)

    def _QueryRoot_productsCount(self, _: Any, limit: int | None = None, **__: Any) -> dict:
        total = len(self.shop.products)
        if limit is not None and total > limit:
            return {"count": limit, "precision": "AT_LEAST"}
        return {"count": total, "precision": "EXACT"}

    def _QueryRoot_bulkOperation(self, _: Any, id: str) -> dict | None:
        return self.shop.bulk_operations.get(id)

    def _QueryRoot_bulkOperations(
        self, _: Any, first: int | None = None, query: str | None = None, **__: Any
    ) -> dict:
        """Newest first; the status filter is the one we send."""
        items = list(reversed(self.shop.bulk_operations.values()))
        if "status:running" in (query or ""):
            items = [o for o in items if o["status"] in bulk_ops.RUNNING]
        return _connection(items, first, None)

    def _Mutation_bulkOperationRunQuery(self, _: Any, query: str, groupObjects: bool) -> dict:
        errors = document_errors(query)
        if errors:
            return self._bulk_refused("INVALID", f"Invalid bulk query: {errors[0]['message']}")
        current = bulk_ops.running(self.shop)
        if current is not None:
            return self._bulk_refused(
                "OPERATION_IN_PROGRESS",
                f"A bulk query operation for this app and shop is already in progress: "
                f"{current['id']}.",
            )
        operation = bulk_ops.create(self.shop, query, groupObjects, self.shop.bulk_runtime)
        return {"bulkOperation": operation, "userErrors": []}

    @staticmethod
    def _bulk_refused(code: str, message: str) -> dict:
        return {
            "bulkOperation": None,
            "userErrors": [{"field": ["query"], "message": message, "code": code}],
        }

    def _Product_variants(
        self, product: dict, first: int | None = None, after: str | None = None, **__: Any
    ) -> dict:
        return _connection(product["variants"], first, after)

    def _Product_options(self, product: dict, first: int | None = None) -> list:
        return product["options"][: first or None]

    def _Product_metafield(self, product: dict, key: str, namespace: str | None = None) -> Any:
        return product["metafields"].get((namespace or "", key))

    def _QueryRoot_webhookSubscriptions(
        self,
        _: Any,
        first: int | None = None,
        uri: str | None = None,
        callbackUrl: str | None = None,  # deprecated for uri, still answered
        **__: Any,
    ) -> dict:
        wanted = uri if uri is not None else callbackUrl
        subs = [s for s in self.shop.subscriptions if wanted in (None, s["uri"])]
        return _connection(subs, first, None)

    def _Mutation_productUpdate(self, _: Any, product: dict, **__: Any) -> dict:
        stored = self.shop.products.get(product.get("id", ""))
        if stored is None:
            return {
                "product": None,
                "userErrors": [{"field": ["id"], "message": "Product does not exist"}],
            }
        if "descriptionHtml" in product:
            stored["descriptionHtml"] = product["descriptionHtml"]
        if "seo" in product:
            stored["seo"] = {**stored["seo"], **product["seo"]}
        for name in ("title", "vendor", "productType", "tags"):
            if name in product:
                stored[name] = product[name]
        stored["updatedAt"] = now_iso()
        self.changed.append(stored["id"])
        return {"product": stored, "userErrors": []}

    def _Mutation_metafieldsSet(self, _: Any, metafields: list[dict]) -> dict:
        errors = []
        for index, item in enumerate(metafields):
            stored = self.shop.products.get(item["ownerId"])
            if stored is None:
                errors.append(
                    self._user_error(index, "ownerId", "Owner does not exist", "INVALID_VALUE")
                )
                continue
            if item.get("type") == "json":
                try:
                    json.loads(item["value"])
                except ValueError:
                    errors.append(
                        self._user_error(index, "value", "Value is invalid JSON", "INVALID_VALUE")
                    )
            if "compareDigest" in item:
                current = stored["metafields"].get((item["namespace"], item["key"]))
                have = current["compareDigest"] if current else None
                if have != item["compareDigest"]:
                    errors.append(
                        self._user_error(
                            index,
                            "compareDigest",
                            "The resource has been updated since it was loaded.",
                            "STALE_OBJECT",
                        )
                    )
        if errors:
            return {"metafields": None, "userErrors": errors}
        results = []
        for item in metafields:
            results.append(
                self.shop.set_metafield(
                    item["ownerId"], item["namespace"], item["key"], item["value"], item["type"]
                )
            )
            self.changed.append(item["ownerId"])
        return {"metafields": results, "userErrors": []}

    @staticmethod
    def _user_error(index: int, name: str, message: str, code: str) -> dict:
        return {
            "field": ["metafields", str(index), name],
            "message": message,
            "code": code,
            "elementIndex": index,
        }

    def _Mutation_webhookSubscriptionCreate(
        self, _: Any, topic: str, webhookSubscription: dict
    ) -> dict:
        # Shopify takes the address as uri, or as the deprecated callbackUrl.
        url = webhookSubscription.get("uri") or webhookSubscription.get("callbackUrl")
        if any(s["topic"] == topic and s["uri"] == url for s in self.shop.subscriptions):
            return {
                "webhookSubscription": None,
                "userErrors": [
                    {
                        "field": ["callbackUrl"],
                        "message": "Address for this topic has already been taken",
                    }
                ],
            }
        sub = {
            "id": f"gid://shopify/WebhookSubscription/{self.shop.next_id}",
            "topic": topic,
            "uri": url,
            "callbackUrl": url,
            "format": webhookSubscription.get("format", "JSON"),
        }
        self.shop.next_id += 1
        self.shop.subscriptions.append(sub)
        return {"webhookSubscription": sub, "userErrors": []}


def answer(shop: FakeShop, query: str, variables: dict[str, Any]) -> tuple[dict, list[str]]:
    """The response body for one request, and the products a mutation changed."""
    errors = document_errors(query)
    if errors:
        return {"errors": errors}, []
    cost = requested_cost(admin_schema(), query, variables)
    if cost > MAX_COST:
        return {
            "errors": [
                {
                    "message": f"Query cost is {cost}, over the single query limit ({MAX_COST}).",
                    "extensions": {"code": "MAX_COST_EXCEEDED", "cost": cost, "maxCost": MAX_COST},
                }
            ]
        }, []
    cost_info: dict[str, Any] = {
        "requestedQueryCost": cost,
        "actualQueryCost": None,
        "throttleStatus": None,
    }
    extensions = {"cost": cost_info}
    if shop.bucket.level() < cost:
        cost_info["throttleStatus"] = shop.bucket.status()
        return {
            "errors": [{"message": "Throttled", "extensions": {"code": "THROTTLED"}}],
            "extensions": extensions,
        }, []
    shop.bucket.available -= cost
    resolver = Resolver(shop)
    result = execute(
        admin_schema(), parse(query), variable_values=variables, field_resolver=resolver
    )
    assert isinstance(result, ExecutionResult)  # every resolver is synchronous
    body: dict[str, Any] = {"data": result.data}
    if result.errors:
        body["errors"] = [e.formatted for e in result.errors]
    cost_info["actualQueryCost"] = cost
    cost_info["throttleStatus"] = shop.bucket.status()
    body["extensions"] = extensions
    return body, resolver.changed
