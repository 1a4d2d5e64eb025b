"""The demo catalogue: a small outdoor-and-home shop in WooCommerce's product CSV format."""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path


def demo_catalog_bytes() -> bytes:
    """The demo catalogue's bytes, read from the installed package."""
    return files(__name__).joinpath("demo_catalog.csv").read_bytes()


def demo_catalog_path() -> Path:
    """A filesystem path to the demo catalogue (the package is installed from a directory)."""
    with as_file(files(__name__).joinpath("demo_catalog.csv")) as path:
        return Path(path)
