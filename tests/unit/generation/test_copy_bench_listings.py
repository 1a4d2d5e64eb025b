"""The copy benches read listing files the way `copydesk check` does: a grouped product's child
objects become one-line facts, not the text of a Python dict that a draft would quote."""

from __future__ import annotations

import json
from pathlib import Path

from bench.copy_quality import read_listings


def test_child_objects_are_read_as_their_facts(tmp_path: Path) -> None:
    grouped = {
        "external_id": "g-1",
        "title": "Picnic Trio",
        "kind": "grouped",
        "children": [
            {"title": "Enamel Mug", "price": "8.00", "attributes": {"Capacity": ["350 ml"]}},
            "Folding Spoon",
        ],
    }
    path = tmp_path / "listings.json"
    path.write_text(json.dumps([grouped]), encoding="utf-8")

    (listing,) = read_listings(path)

    assert listing.children == ["Enamel Mug, price 8.00, Capacity: 350 ml", "Folding Spoon"]
