"""``catalog import`` and ``catalog export``: shops that live in a product CSV."""

from __future__ import annotations

from pathlib import Path

import click
from flask import Flask

from plugin.cli.context import with_app
from plugin.cli.progress import progress_bar
from plugin.platforms.catalog import export_catalog_file, import_catalog
from plugin.storage.db import db


@click.group()
def catalog() -> None:
    """Product CSV files from WooCommerce or Shopify."""


@catalog.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--shop", "shop_name", required=True, help="Name for this catalogue shop.")
@with_app
def import_command(app: Flask, file: Path, shop_name: str) -> None:
    """Import (or re-import) a product CSV; changed products get drafts per the shop's policy."""
    with progress_bar(f"importing {file.name}", "products"):
        report = import_catalog(db.session, shop_name, file.read_bytes())
        db.session.commit()
    for error in report.errors:
        click.echo(f"skipped {error}", err=True)
    click.echo(
        f"imported {report.products} products ({report.format} CSV) into {shop_name}: "
        f"{report.changed} new or changed, {len(report.errors)} rows skipped"
    )


@catalog.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--shop", "shop_name", required=True)
@with_app
def export_command(app: Flask, file: Path, shop_name: str) -> None:
    """Write the catalogue with the published copy, ready to import into the store."""
    try:
        export_catalog_file(db.session, shop_name, file)
    except OSError as exc:  # a folder that does not exist, a full disk, no permission
        raise click.ClickException(f"cannot write {file}: {exc.strerror or exc}") from exc
    click.echo(f"wrote {file}")
