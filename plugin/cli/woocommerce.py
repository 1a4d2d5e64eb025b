"""``copydesk shop add-woocommerce``: connect a store with REST API keys made by hand."""

from __future__ import annotations

import click
from flask import Flask

from plugin.cli.context import with_app
from plugin.storage.db import db


@click.command("add-woocommerce")
@click.option("--url", required=True, help="The store's address, e.g. https://shop.example.com")
@click.option("--key", required=True, help="Consumer key (ck_...) with Read/Write permission")
@click.option("--secret", required=True, help="Consumer secret (cs_...)")
@click.option("--name", default=None, help="The shop's NAME (default: the store's host[:port])")
@with_app
def add_woocommerce_command(app: Flask, url: str, key: str, secret: str, name: str | None) -> None:
    """Connect a WooCommerce store by hand, register our webhooks and queue the first sync.

    Create the key in WooCommerce > Settings > Advanced > REST API. The key is tried against the
    store before anything is saved.
    """
    from plugin.platforms.woocommerce.install import add_store_by_hand

    shop = add_store_by_hand(db.session, url=url, key=key, secret=secret, name=name)
    db.session.commit()
    click.echo(f"connected WooCommerce store {shop.url} as {shop.name} (shop id {shop.id})")
    click.echo("webhook registration and the first full sync are queued")
