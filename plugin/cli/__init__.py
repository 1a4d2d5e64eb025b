"""The ``copydesk`` command line. Every command builds the app through ``create_app``."""

from __future__ import annotations

import click

from plugin.cli.ask import ask_command
from plugin.cli.catalog import catalog
from plugin.cli.check import check_command
from plugin.cli.jobs import generate, sync
from plugin.cli.server import db_group, model_group, serve, worker
from plugin.cli.shop import shop


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Copydesk: product copy written by your own model, approved by you."""


for command in (serve, worker, db_group, model_group, catalog, sync, generate, shop):
    main.add_command(command)
main.add_command(check_command, "check")
main.add_command(ask_command, "ask")
