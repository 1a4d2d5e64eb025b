"""``copydesk shopify app-config``: the app's Shopify configuration file, from our settings."""

from __future__ import annotations

import click
from flask import Flask

from plugin.cli.context import with_app, write_file


@click.group()
def shopify() -> None:
    """The Shopify app's own configuration."""


@shopify.command("app-config")
@click.option(
    "--output",
    "-o",
    default="shopify.app.toml",
    show_default=True,
    help="Where to write it; - prints it.",
)
@click.option("--name", default="Copydesk", show_default=True, help="The app's name in Shopify.")
@with_app
def app_config_command(app: Flask, output: str, name: str) -> None:
    """Write shopify.app.toml from SHOPIFY_API_KEY, COPYDESK_PUBLIC_URL and SHOPIFY_SCOPES.

    Deploy it with Shopify CLI (`shopify app deploy`): Shopify then installs the app with these
    scopes (managed install), delivers the product, uninstall and compliance webhooks declared
    here, and forwards the storefront's /apps/copydesk to our app proxy."""
    from adapters.shopify.app_config import app_config

    try:
        text = app_config(app.config, name=name)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    if output == "-":
        click.echo(text, nl=False)
        return
    write_file(output, text)
    click.echo(f"wrote {output}", err=True)
