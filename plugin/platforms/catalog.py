"""Catalogue shops: a product CSV kept in the instance folder stands in for the store; importing
one connects the shop and syncs from it, exporting writes the file back out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from flask import current_app
from sqlalchemy.orm import Session

from adapters.catalog.parse import parse_catalog
from adapters.catalog.store import CatalogStore, export_catalog
from plugin import progress
from plugin.domain import Platform
from plugin.errors import NotFound, ValidationError
from plugin.services.shops import connect_shop, get_shop
from plugin.services.store_language import set_language_from_store
from plugin.services.sync import apply_pull


@dataclass
class ImportReport:
    format: str
    products: int
    changed: int
    errors: list[str] = field(default_factory=list)


def catalog_path(name: str) -> Path:
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}", name):
        raise ValidationError(
            "a catalogue shop name uses letters, digits, '.', '_' and '-' (at most 100)"
        )
    return Path(current_app.instance_path) / "catalogs" / f"{name}.csv"


def import_catalog(session: Session, name: str, data: bytes) -> ImportReport:
    """Keep the file as the shop's store and sync from it; bad rows are reported, not fatal.

    The listings stored are those parsed here, which are what the kept file holds: a full
    reconcile would only parse the same bytes again."""
    parsed = parse_catalog(data)
    path = catalog_path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    CatalogStore(path).replace(data)
    shop = connect_shop(
        session, platform=Platform.CATALOG, name=name, url=str(path), credentials={}
    )
    # A catalogue file names no language today: the same step as a store's connect, which
    # leaves the default (or the merchant's choice) and says so in the log.
    set_language_from_store(session, shop, CatalogStore(path))
    progress.expect(len(parsed.listings))
    changed = apply_pull(session, shop, parsed.listings, full=True)
    return ImportReport(
        format=parsed.format,
        products=len(parsed.listings),
        changed=changed,
        errors=[f"row {e.row}: {e.reason}" for e in parsed.errors],
    )


def export_catalog_file(session: Session, name: str, out: Path) -> None:
    shop = get_shop(session, Platform.CATALOG, name)
    if shop is None:
        raise NotFound(f"no catalogue shop named {name!r}")
    export_catalog(Path(shop.url), out)
