"""Fixtures for the catalogue parser tests: the two product CSVs we test against."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.fixture
def woo_sample() -> bytes:
    """WooCommerce's own sample catalogue, unchanged."""
    return (FIXTURES / "woocommerce" / "sample_products.csv").read_bytes()


@pytest.fixture
def shopify_sample() -> bytes:
    """Our Shopify product CSV in Shopify's documented column layout."""
    return (FIXTURES / "shopify_csv" / "products_export.csv").read_bytes()
