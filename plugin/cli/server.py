"""``serve``, ``worker``, ``db upgrade`` and ``model prepare``."""

from __future__ import annotations

import logging

import click
from flask import Flask

from plugin.cli.context import with_app


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--no-worker", is_flag=True, help="Don't run jobs in this process (production).")
@with_app
def serve(app: Flask, host: str, port: int, no_worker: bool) -> None:
    """Serve the approval screen, the API and the webhooks."""
    from plugin.jobs.worker import Worker
    from plugin.web.access_log import RedactingRequestHandler

    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    if app.config["QUEUE"] == "celery":
        click.echo("COPYDESK_QUEUE=celery: jobs run in `copydesk worker` processes, none in here")
    elif not no_worker:
        Worker(app).start_thread()
    click.echo(f"Copydesk is serving on http://{host}:{port}/")
    app.run(
        host=host,
        port=port,
        threaded=True,
        use_reloader=False,
        request_handler=RedactingRequestHandler,
    )


@click.command()
@click.option("--queue", "queues", multiple=True, help="Only these queues (generate, io, default).")
@click.option(
    "--concurrency",
    type=click.IntRange(min=1),
    help="QUEUE=celery: jobs run at once (default 1 with the generate queue, else 4).",
)
@with_app
def worker(app: Flask, queues: tuple[str, ...], concurrency: int | None) -> None:
    """Run background jobs until stopped."""
    from plugin.jobs.worker import Worker

    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    if app.config["QUEUE"] == "celery":
        from plugin.jobs.celery_queue import run_worker

        run_worker(app, queues, concurrency)
        return
    if concurrency is not None:
        raise click.UsageError("--concurrency needs COPYDESK_QUEUE=celery")
    Worker(app, queues or None).run_forever()


@click.group("db")
def db_group() -> None:
    """Database schema."""


@db_group.command("upgrade")
@click.option("--revision", default="head", show_default=True)
@with_app
def db_upgrade(app: Flask, revision: str) -> None:
    """Apply the migrations."""
    from plugin.storage.migrate import upgrade

    upgrade(app, revision)
    click.echo("database is up to date")


@click.group("model")
def model_group() -> None:
    """The language model."""


@model_group.command("prepare")
@with_app
def model_prepare(app: Flask) -> None:
    """Convert the embedded model once and cache it, so workers start in seconds."""
    from plugin.engine import engine_holder
    from plugin.generation import prepare_model

    path = prepare_model(engine_holder().settings)
    click.echo(f"model ready at {path}")
