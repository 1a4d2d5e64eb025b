"""``serve``, ``worker``, ``db`` (upgrade, downgrade, current, revision) and ``model prepare``."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

import click
from flask import Flask

from plugin.cli.context import with_app
from plugin.jobs.queue import QUEUES


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--no-worker", is_flag=True, help="Don't run jobs in this process (production).")
@click.option(
    "--dev",
    is_flag=True,
    help="Werkzeug's reloading development server instead of gunicorn (development only).",
)
@with_app
def serve(app: Flask, host: str, port: int, no_worker: bool, dev: bool) -> None:
    """Serve the approval screen, the API and the webhooks (gunicorn; --dev: Werkzeug)."""
    _warn_unless_migrated(app)  # before logging is set up: Alembic logs its set-up at INFO
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    run_jobs = not no_worker
    if app.config["QUEUE"] == "celery":
        click.echo("COPYDESK_QUEUE=celery: jobs run in `copydesk worker` processes, none in here")
        run_jobs = False
    if dev:
        _serve_dev(app, host, port, run_jobs)
        return
    from plugin.cli.context import build_app
    from plugin.metrics import MULTIPROC_DIR
    from plugin.web.gunicorn_server import CopydeskServer, job_thread

    config = app.config
    jobs = f", {config['WORKER_JOBS']} job threads in each" if run_jobs else ""
    click.echo(
        f"Copydesk is serving on http://{host}:{port}/ with gunicorn "
        f"({config['SERVER_WORKERS']} processes x {config['SERVER_THREADS']} threads{jobs})"
    )
    if config["METRICS_TOKEN"] and config["SERVER_WORKERS"] > 1 and not MULTIPROC_DIR:
        click.echo(
            "PROMETHEUS_MULTIPROC_DIR is not set: each scrape of /metrics shows the counters of "
            "the one process that answers it (see docs/operations.md#metrics)",
            err=True,
        )
    start_jobs = job_thread(float(config["SERVER_GRACEFUL_TIMEOUT"])) if run_jobs else None
    CopydeskServer(config, _bind(host, port), build_app, start_jobs).run()


def _warn_unless_migrated(app: Flask) -> None:
    """A database behind the code answers every page with a 500: say so at start. One that
    cannot be reached yet is /healthz's to report (503), so the server starts all the same."""
    from sqlalchemy.exc import SQLAlchemyError

    from plugin.storage.migrate import current, head

    try:
        revision, newest = current(app), head()
    except SQLAlchemyError:
        return
    if revision != newest:
        click.echo(
            f"The database is at {revision or 'base (no tables)'}, this code's newest "
            f"migration is {newest}: run `copydesk db upgrade` first, or requests will fail",
            err=True,
        )


def _bind(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _serve_dev(app: Flask, host: str, port: int, run_jobs: bool) -> None:
    """Werkzeug's server, restarting on code changes. Its reloader runs the command again in a
    child process (``WERKZEUG_RUN_MAIN``); only that child runs the job thread."""
    import os

    from werkzeug.serving import run_simple

    from plugin.jobs.worker import start_workers
    from plugin.web.access_log import RedactingRequestHandler

    if run_jobs and os.environ.get("WERKZEUG_RUN_MAIN") == "true":
        start_workers(app)
    click.echo(f"Copydesk is serving on http://{host}:{port}/ (development server, reloading)")
    run_simple(
        host,
        port,
        app,
        use_reloader=True,
        threaded=True,
        request_handler=RedactingRequestHandler,
    )


@click.command()
@click.option(
    "--queue",
    "queues",
    multiple=True,
    type=click.Choice(QUEUES),
    help="Only these queues (repeat for several; default: all three).",
)
@click.option(
    "--concurrency",
    type=click.IntRange(min=1),
    help="QUEUE=celery: jobs run at once (default 2 with the generate queue, else 4).",
)
@click.option(
    "--metrics-port",
    type=click.IntRange(min=0, max=65535),
    help="Serve this worker's own GET /metrics on this port (default: WORKER_METRICS_PORT).",
)
@click.option(
    "--metrics-address",
    help="Address for --metrics-port (default: WORKER_METRICS_ADDRESS, 127.0.0.1).",
)
@with_app
def worker(
    app: Flask,
    queues: tuple[str, ...],
    concurrency: int | None,
    metrics_port: int | None,
    metrics_address: str | None,
) -> None:
    """Run background jobs until stopped."""
    from plugin.errors import ValidationError
    from plugin.jobs.worker import start_workers
    from plugin.metrics_server import start_metrics_server

    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    port = metrics_port if metrics_port is not None else app.config.get("WORKER_METRICS_PORT")
    if port is not None:
        address = str(metrics_address or app.config.get("WORKER_METRICS_ADDRESS") or "127.0.0.1")
        try:
            server = start_metrics_server(address, int(port), app.config.get("METRICS_TOKEN"))
        except ValidationError as exc:
            raise click.UsageError(exc.message) from exc
        click.echo(f"metrics on http://{address}:{server.server_port}/metrics")
    if app.config["QUEUE"] == "celery":
        from plugin.jobs.celery_queue import run_worker

        run_worker(app, queues, concurrency)
        return
    if concurrency is not None:
        raise click.UsageError("--concurrency needs COPYDESK_QUEUE=celery (else WORKER_JOBS)")
    click.echo(f"running {app.config['WORKER_JOBS']} jobs at once (WORKER_JOBS)")
    for running in start_workers(app, queues or None):
        assert running.thread is not None
        running.thread.join()


@click.group("db")
def db_group() -> None:
    """Database schema."""


@contextlib.contextmanager
def _known_revision() -> Iterator[None]:
    """Alembic's refusal of a revision it cannot find (a typo, a branch's migration missing
    here) as a one-line error, not a traceback."""
    from alembic.util import CommandError

    try:
        yield
    except CommandError as exc:
        raise click.ClickException(
            f"{exc} (`copydesk db current` shows where the database is)"
        ) from exc


@db_group.command("upgrade")
@click.option("--revision", default="head", show_default=True)
@with_app
def db_upgrade(app: Flask, revision: str) -> None:
    """Apply the migrations (up to --revision)."""
    from plugin.storage.migrate import current, head, upgrade

    with _known_revision():
        upgrade(app, revision)
    reached, newest = current(app), head()
    where = "(head)" if reached == newest else f"(newest is {newest})"
    click.echo(f"database is at {reached or 'base (no tables)'} {where}")


@db_group.command("downgrade")
@click.argument("revision")
@with_app
def db_downgrade(app: Flask, revision: str) -> None:
    """Undo migrations down to REVISION (an id such as 0001, -1 for one step, base for none).
    Downgrades drop what later migrations added: back up the database first."""
    from plugin.storage.migrate import current, downgrade

    with _known_revision():
        downgrade(app, revision)
    click.echo(f"database is at {current(app) or 'base (no tables)'}")


@db_group.command("current")
@with_app
def db_current(app: Flask) -> None:
    """Print the database's migration revision (and whether it is the newest)."""
    from plugin.storage.migrate import current, head

    revision, newest = current(app), head()
    if revision is None:
        click.echo(f"base (no migrations applied); newest is {newest}")
    elif revision == newest:
        click.echo(f"{revision} (head)")
    else:
        click.echo(f"{revision}; newest is {newest}: run `copydesk db upgrade`")


@db_group.command("revision")
@click.option("-m", "--message", required=True, help="What the migration does.")
@click.option(
    "--autogenerate/--empty",
    default=True,
    show_default=True,
    help="Fill it from the difference between the models and the database (at head).",
)
@with_app
def db_revision(app: Flask, message: str, autogenerate: bool) -> None:
    """Write a new migration into migrations/versions/ (review it before committing)."""
    from plugin.storage.migrate import revision

    path = revision(app, message, autogenerate=autogenerate)
    click.echo(f"wrote {path}")


@click.group("model")
def model_group() -> None:
    """The language model."""


@model_group.command("prepare")
@with_app
def model_prepare(app: Flask) -> None:
    """Convert the embedded model once and cache it, so workers start in seconds."""
    from plugin.engine import engine_holder
    from plugin.generation import prepare_model

    settings = engine_holder().settings
    if settings.engine == "llamacpp":
        from plugin.generation.llamacpp_engine import prepare_llamacpp

        path = prepare_llamacpp(settings)
    else:
        if settings.engine == "transformers" and settings.model:
            _check_model_setting(settings.model)
            if not _looks_like_a_path(settings.model):
                click.echo(
                    f"COPYDESK_MODEL={settings.model} is not a folder here: taken as a Hugging "
                    "Face model id, downloaded when a worker first loads it"
                )
                return
        path = prepare_model(settings)
    click.echo(f"model ready at {path}")


def _looks_like_a_path(model: str) -> bool:
    from pathlib import Path

    return Path(model).expanduser().exists() or model.startswith(("/", ".", "~"))


def _check_model_setting(model: str) -> None:
    """``COPYDESK_MODEL`` names a folder (or a Hub id, which cannot be checked offline): a folder
    that is not there, or holds no model, is refused now rather than by every generate job."""
    from pathlib import Path

    if not _looks_like_a_path(model):
        return
    folder = Path(model).expanduser()
    if not folder.is_dir():
        raise click.ClickException(f"COPYDESK_MODEL={model} is not a folder that exists")
    if not (folder / "config.json").is_file():
        raise click.ClickException(
            f"COPYDESK_MODEL={model} has no config.json: point it at a Hugging Face model folder"
        )
