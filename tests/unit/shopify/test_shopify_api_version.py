"""The pinned Admin API version: a real release, its schema in the fixtures, what the client calls,
and still inside Shopify's support window (each version is supported for twelve months from its
release on the first of the month it is named after)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest

from adapters.shopify.documents import API_VERSION
from adapters.shopify.graphql_client import graphql_endpoint
from tests.fakes.shopify.graphql_api import SCHEMA_PATH

SUPPORT_MONTHS = 12
HOW_TO_BUMP = (
    "Move to the newest stable version: change API_VERSION in adapters/shopify/documents.py and "
    "follow 'The yearly version bump' in docs/shopify.md (new schema fixture, tests to run)."
)


def released(version: str) -> date:
    year, month = version.split("-")
    return date(int(year), int(month), 1)


def support_ends(version: str) -> date:
    start = released(version)
    months = start.month - 1 + SUPPORT_MONTHS
    return date(start.year + months // 12, months % 12 + 1, 1)


def out_of_support(version: str, today: date) -> str | None:
    """Why ``version`` may no longer be used on ``today``, or None while Shopify supports it."""
    ends = support_ends(version)
    if today < ends:
        return None
    return (
        f"Shopify Admin API {version} (released {released(version)}) left Shopify's "
        f"{SUPPORT_MONTHS}-month support window on {ends}; today is {today}. {HOW_TO_BUMP}"
    )


def test_the_pinned_version_is_a_quarterly_release() -> None:
    assert re.fullmatch(r"20\d\d-(01|04|07|10)", API_VERSION), (
        f"API_VERSION {API_VERSION!r} is not a Shopify release (YYYY-01, -04, -07 or -10)"
    )


def test_the_pinned_version_is_still_supported() -> None:
    reason = out_of_support(API_VERSION, datetime.now(UTC).date())
    if reason:
        pytest.fail(reason, pytrace=False)


def test_the_support_check_fires_twelve_months_after_the_release() -> None:
    assert out_of_support("2026-10", date(2027, 9, 30)) is None
    assert out_of_support("2026-10", date(2027, 10, 1)) is not None
    assert out_of_support("2026-01", date(2026, 12, 31)) is None
    assert out_of_support("2026-01", date(2027, 1, 1)) is not None
    reason = out_of_support("2025-01", date(2026, 12, 4))
    assert reason is not None
    assert "2025-01" in reason and "2026-01-01" in reason
    assert "adapters/shopify/documents.py" in reason and "docs/shopify.md" in reason


def test_the_schema_of_the_pinned_version_is_in_the_fixtures() -> None:
    assert SCHEMA_PATH.name == f"admin_schema_{API_VERSION}.json.gz"
    assert SCHEMA_PATH.is_file(), (
        f"tests/fixtures/shopify/{SCHEMA_PATH.name} is missing: copy the {API_VERSION} schema "
        "there unchanged and record it in SOURCES.md (docs/shopify.md, 'The yearly version bump')"
    )


def test_the_client_calls_the_pinned_version() -> None:
    assert graphql_endpoint("https://demo-shop.myshopify.com/") == (
        f"https://demo-shop.myshopify.com/admin/api/{API_VERSION}/graphql.json"
    )
