"""A listing's dict and content hash: what is stored and compared for every product."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import UTC, datetime

from adapters.catalog import parse_catalog
from plugin.domain import (
    LATER_FIELDS,
    LIVE_FIELDS,
    VARIANT_LIVE_FIELDS,
    Listing,
    content_hash_of,
)
from tests.unit.catalog.conftest import FIXTURES


def sample_listings() -> list[Listing]:
    files = [FIXTURES / "woocommerce" / "sample_products.csv"]
    files.append(FIXTURES / "shopify_csv" / "products_export.csv")
    listings = [item for path in files for item in parse_catalog(path.read_bytes()).listings]
    listings[0].updated_at = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    return listings


def test_to_dict_is_asdict_with_the_date_as_text() -> None:
    for listing in sample_listings():
        expected = dataclasses.asdict(listing)
        expected["updated_at"] = listing.updated_at.isoformat() if listing.updated_at else None
        assert listing.to_dict() == expected
        assert Listing.from_dict(listing.to_dict()) == listing


def test_the_content_hash_is_the_one_stored_before() -> None:
    """Hashes already in the database were made from ``asdict``, before the sale facts (kind,
    stock, downloads …) were added; a different hash would make every listing look changed (and
    regenerate drafts) on the next sync. Stock never counts, the later fields only when set."""
    for listing in sample_listings():
        data = dataclasses.asdict(listing)
        data.pop("updated_at")
        for name in LIVE_FIELDS:
            data.pop(name)
        for variant in data["variants"]:
            for name in VARIANT_LIVE_FIELDS:
                variant.pop(name)
        for name, default in LATER_FIELDS.items():
            if data[name] == default:
                data.pop(name)
        payload = json.dumps(data, sort_keys=True, default=str, ensure_ascii=False)
        assert listing.content_hash() == hashlib.sha256(payload.encode()).hexdigest()
        assert content_hash_of(listing.to_dict()) == listing.content_hash()
