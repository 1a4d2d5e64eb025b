"""``shop token``, ``shop data-requests`` and ``shop add-woocommerce``."""

from __future__ import annotations

import json

import click
from flask import Flask

from plugin.cli.context import with_app
from plugin.cli.woocommerce import add_woocommerce_command
from plugin.services.data_requests import data_requests, mark_handed_over
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


@shop.command("data-requests")
@click.option("--shop", "shop_name", required=True)
@click.option("--all", "include_all", is_flag=True, help="Also list those already handed over.")
@click.option(
    "--done",
    type=int,
    multiple=True,
    metavar="ID",
    help="Mark data request ID as handed over to the customer (repeatable).",
)
@with_app
def data_requests_command(
    app: Flask, shop_name: str, include_all: bool, done: tuple[int, ...]
) -> None:
    """Print the shop's customer data requests not yet handed over, with their exports, as JSON.

    A customer who asks the store for their data makes Shopify send customers/data_request; we
    collect what we hold (their questions and our replies). Pass each export on to the customer,
    then mark it with --done ID. Shopify's shop/redact erases them with the shop's data."""
    found = find_shop_by_name(db.session, shop_name)
    if done:
        for event_id in done:
            mark_handed_over(db.session, found, event_id)
        db.session.commit()
        click.echo(f"marked as handed over: {', '.join(map(str, done))}", err=True)
        return
    requests = data_requests(db.session, found, include_handed_over=include_all)
    click.echo(json.dumps(requests, indent=2, ensure_ascii=False))


shop.add_command(add_woocommerce_command, "add-woocommerce")
