"""``shop token`` and ``shop add-woocommerce``."""

from __future__ import annotations

import click
from flask import Flask

from plugin.cli.context import with_app
from plugin.cli.woocommerce import add_woocommerce_command
from plugin.services.shops import find_shop_by_name, issue_api_token
from plugin.storage.db import db


@click.group()
def shop() -> None:
    """Shops and their access tokens."""


@shop.command("token")
@click.option("--shop", "shop_name", required=True)
@with_app
def token(app: Flask, shop_name: str) -> None:
    """Print a new bearer token for the API and the screen's login (shown once)."""
    found = find_shop_by_name(db.session, shop_name)
    value = issue_api_token(db.session, found)
    db.session.commit()
    click.echo(f"Bearer token for {found.name} (keep it secret; log in at /login with it):")
    click.echo(value)


shop.add_command(add_woocommerce_command, "add-woocommerce")
