"""The demo catalogue: a small outdoor-and-home shop in WooCommerce's product CSV format."""

from __future__ import annotations

from pathlib import Path


def demo_catalog_path() -> Path:
    """Where the demo catalogue lies in the installed package."""
    return Path(__file__).with_name("demo_catalog.csv")
