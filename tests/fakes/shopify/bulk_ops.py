"""Bulk operations in the fake Shopify: ``bulkOperationRunQuery`` records one, and it finishes
``runtime`` seconds later on a timer thread of the server (or at once through
``FakeShopify.finish_bulk``). The query is executed against the shop's products, outside the
server's lock (Shopify exports apart from the API), and written as JSONL the way Shopify writes
it: every node of a nested connection on its own line with ``__parentId``. Ungrouped
(``groupObjects: false``), every child line comes after all the root lines, the loosest order
Shopify allows ("after their parent, not necessarily right after").

The ``bulk_operations/finish`` body follows Shopify's webhook guide for the topic
(``admin_graphql_api_id``, ``status`` and ``type`` in lower case, ``error_code``, timestamps).
"""

from __future__ import annotations

import json
from typing import Any

from graphql import ExecutionResult, execute, parse

from tests.fakes.shopify.state import FakeShop, now_iso

RUNNING = ("CREATED", "RUNNING")
#: A finished operation for ``FakeShopify.webhook("bulk_operations/finish", …)`` to describe.
SAMPLE = {
    "id": "gid://shopify/BulkOperation/1",
    "status": "COMPLETED",
    "type": "QUERY",
    "errorCode": None,
    "createdAt": "2026-12-01T00:00:00Z",
    "completedAt": "2026-12-01T00:05:00Z",
}


def create(shop: FakeShop, query: str, group_objects: bool, runtime: float) -> dict[str, Any]:
    number = shop.next_id
    shop.next_id += 1
    operation = {
        "id": f"gid://shopify/BulkOperation/{number}",
        "number": number,
        "status": "RUNNING",
        "type": "QUERY",
        "query": query,
        "group_objects": group_objects,
        "runtime": runtime,
        "scheduled": False,
        "createdAt": now_iso(),
        "completedAt": None,
        "errorCode": None,
        "objectCount": "0",
        "rootObjectCount": "0",
        "fileSize": None,
        "url": None,
        "partialDataUrl": None,
        "file": b"",
    }
    shop.bulk_operations[operation["id"]] = operation
    return operation


def running(shop: FakeShop) -> dict[str, Any] | None:
    return next((o for o in shop.bulk_operations.values() if o["status"] in RUNNING), None)


def unscheduled(shop: FakeShop) -> list[dict[str, Any]]:
    """Operations just created, whose timer is still to start; marks them started."""
    fresh = [o for o in shop.bulk_operations.values() if not o["scheduled"]]
    for operation in fresh:
        operation["scheduled"] = True
    return fresh


def export(shop: FakeShop, operation: dict[str, Any]) -> tuple[bytes, int, int]:
    """The operation's file, its line count and its root count (slow on a large shop)."""
    lines, roots = jsonl_lines(shop, operation["query"], operation["group_objects"])
    body = "".join(json.dumps(line, separators=(",", ":")) + "\n" for line in lines).encode()
    return body, len(lines), roots


def complete(shop: FakeShop, operation: dict[str, Any], files_url: str) -> None:
    store(shop, operation, files_url, *export(shop, operation))


def store(
    shop: FakeShop,
    operation: dict[str, Any],
    files_url: str,
    body: bytes,
    lines: int,
    roots: int,
) -> None:
    operation.update(
        status="COMPLETED",
        completedAt=now_iso(),
        objectCount=str(lines),
        rootObjectCount=str(roots),
        fileSize=str(len(body)) if body else None,
        # Shopify gives no file for an export that found nothing.
        url=f"{files_url}/{shop.domain}/_bulk/{operation['number']}.jsonl" if body else None,
        file=body,
    )


def fail(operation: dict[str, Any], error_code: str = "INTERNAL_SERVER_ERROR") -> None:
    operation.update(status="FAILED", errorCode=error_code, completedAt=now_iso())


def finish_payload(operation: dict[str, Any]) -> dict[str, Any]:
    return {
        "admin_graphql_api_id": operation["id"],
        "completed_at": operation["completedAt"],
        "created_at": operation["createdAt"],
        "error_code": operation["errorCode"].lower() if operation["errorCode"] else None,
        "status": operation["status"].lower(),
        "type": operation["type"].lower(),
    }


def file_for(shop: FakeShop, number: int) -> bytes | None:
    for operation in shop.bulk_operations.values():
        if operation["number"] == number and operation["status"] == "COMPLETED":
            return bytes(operation["file"])
    return None


def jsonl_lines(shop: FakeShop, query: str, grouped: bool) -> tuple[list[dict], int]:
    """The query's result as bulk lines, and how many are roots."""
    from tests.fakes.shopify.graphql_api import Resolver, admin_schema

    result = execute(admin_schema(), parse(query), field_resolver=Resolver(shop))
    assert isinstance(result, ExecutionResult) and not result.errors, result.errors
    roots: list[dict] = []
    children: list[dict] = []
    for value in (result.data or {}).values():
        for node in _nodes(value):
            _flatten(node, None, roots, children if not grouped else roots)
    return roots + children if not grouped else roots, _count_roots(roots)


def _count_roots(lines: list[dict]) -> int:
    return sum("__parentId" not in line for line in lines)


def _nodes(connection: Any) -> list[dict]:
    if not isinstance(connection, dict):
        return []
    if "edges" in connection:
        return [edge["node"] for edge in connection["edges"]]
    return list(connection.get("nodes") or [])


def _flatten(node: dict, parent: str | None, out: list[dict], child_out: list[dict]) -> None:
    line = {k: v for k, v in node.items() if not _is_connection(v)}
    if parent is not None:
        line["__parentId"] = parent
    out.append(line)
    for value in node.values():
        if _is_connection(value):
            for child in _nodes(value):
                _flatten(child, str(node["id"]), child_out, child_out)


def _is_connection(value: Any) -> bool:
    return isinstance(value, dict) and ("edges" in value or "nodes" in value)
