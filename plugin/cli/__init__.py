"""The ``copydesk`` command line. Every command builds the app through ``create_app``.

``main`` is a Flask CLI group, so Flask's ``routes`` and ``shell`` work here too
(``copydesk routes``), as ``flask --app plugin routes`` finds the same ``create_app``. It differs
from ``flask`` on purpose, so that ``copydesk`` behaves as it always has: no ``run`` (``serve``
is ours, ``serve --dev`` the development server); no ``--app``, ``FLASK_APP``, ``--debug`` or
``.env`` loading (which would change the working folder, hence the instance folder); and
listing or looking up commands never builds the app.
"""

from __future__ import annotations

from typing import Any

import click
from flask.cli import FlaskGroup, ScriptInfo, routes_command, shell_command

from plugin.cli.ask import ask_command
from plugin.cli.campaign import campaign_group
from plugin.cli.catalog import catalog
from plugin.cli.check import check_command
from plugin.cli.context import build_app
from plugin.cli.jobs import generate, sync
from plugin.cli.server import db_group, model_group, serve, worker
from plugin.cli.shop import shop
from plugin.cli.shopify import shopify


class CopydeskGroup(FlaskGroup):
    """A Flask CLI group for our own app only, with the commands of a plain click group."""

    FLASK_OPTIONS = frozenset({"env_file", "app", "debug"})

    def __init__(self, **extra: Any) -> None:
        super().__init__(
            add_default_commands=False,
            create_app=build_app,
            add_version_option=False,
            load_dotenv=False,
            set_debug_flag=False,
            **extra,
        )
        self.params = [p for p in self.params if p.name not in self.FLASK_OPTIONS]

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        return click.Group.get_command(self, ctx, name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return click.Group.list_commands(self, ctx)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return click.Group.parse_args(self, ctx, args)

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        # What Flask's commands (shell, routes) load the app from. FlaskGroup would also set
        # FLASK_RUN_FROM_CLI, which turns ``app.run`` into a no-op.
        extra.setdefault(
            "obj",
            ScriptInfo(create_app=build_app, set_debug_flag=False, load_dotenv_defaults=False),
        )
        return click.Group.make_context(self, info_name, args, parent=parent, **extra)


@click.group(
    cls=CopydeskGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
)
def main() -> None:
    """Copydesk: product copy written by your own model, approved by you."""


for command in (
    serve,
    worker,
    db_group,
    model_group,
    catalog,
    sync,
    generate,
    shop,
    shopify,
    campaign_group,
):
    main.add_command(command)
main.add_command(check_command, "check")
main.add_command(ask_command, "ask")
main.add_command(routes_command, "routes")
main.add_command(shell_command, "shell")
