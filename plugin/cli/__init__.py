"""The ``copydesk`` command line. Every command builds the app through ``create_app``."""

from __future__ import annotations

import click

from plugin.cli.catalog import catalog
from plugin.cli.jobs import generate, sync
from plugin.cli.server import db_group, model_group, serve, worker
from plugin.cli.shop import shop


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Copydesk: product copy written by your own model, approved by you."""


for command in (serve, worker, db_group, model_group, catalog, sync, generate, shop):
    main.add_command(command)


def _optional_commands() -> None:
    """Commands that live with the feature they belong to."""
    from plugin.cli_check import check_command

    main.add_command(check_command, "check")
    from plugin.cli_ask import ask_command

    main.add_command(ask_command, "ask")


_optional_commands()
