"""Reading a bulk operation's JSONL: child lines joined to their parents in any order Shopify
may write them, in bounded memory."""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

from adapters.shopify.bulk import read_products, spool_lines


def product(n: int) -> dict:
    return {
        "id": f"gid://shopify/Product/{n}",
        "title": f"Lamp {n}",
        "descriptionHtml": "<p>" + "A brass desk lamp with a linen shade. " * 20 + "</p>",
        "tags": ["lighting", "brass"],
    }


def variant(n: int, k: int) -> dict:
    return {
        "id": f"gid://shopify/ProductVariant/{n * 10 + k}",
        "sku": f"L-{n}-{k}",
        "price": "10.00",
        "__parentId": f"gid://shopify/Product/{n}",
    }


def encoded(lines: list[dict]) -> Iterator[bytes]:
    for line in lines:
        yield json.dumps(line).encode()


def test_children_join_their_parent_wherever_they_come_after_it(tmp_path: Path) -> None:
    lines = [
        product(1),
        variant(1, 1),
        product(2),
        variant(1, 2),  # after another product: ungrouped output
        {"id": "gid://shopify/MediaImage/9", "__parentId": "gid://shopify/Product/2"},
        variant(2, 1),
        product(3),
    ]
    spool = tmp_path / "s.sqlite"
    assert spool_lines(encoded(lines), spool) == len(lines)
    joined = [(p["id"], [v["sku"] for v in c.get("variants", [])]) for p, c in read_products(spool)]
    assert joined == [
        ("gid://shopify/Product/1", ["L-1-1", "L-1-2"]),
        ("gid://shopify/Product/2", ["L-2-1"]),  # the image is not something we read
        ("gid://shopify/Product/3", []),
    ]


def test_a_large_file_is_read_in_bounded_memory(tmp_path: Path) -> None:
    """8,000 products with three variants each, about 8 MB of JSONL streamed in and joined:
    the reader's own allocations stay a small fraction of it."""
    count = 8_000

    def stream() -> Iterator[bytes]:
        for n in range(count):
            yield json.dumps(product(n)).encode()
            for k in range(3):
                yield json.dumps(variant(n, k)).encode()

    spool = tmp_path / "s.sqlite"
    tracemalloc.start()
    try:
        size = 0
        seen = 0
        spool_lines(stream(), spool)
        for found, children in read_products(spool):
            seen += 1
            size += len(json.dumps(found)) + sum(len(json.dumps(c)) for c in children["variants"])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seen == count
    assert size > 7_000_000
    assert peak < 2_000_000
