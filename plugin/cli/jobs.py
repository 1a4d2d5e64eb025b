"""``sync`` and ``generate``: queue work, and with ``--wait`` run it here until it is done."""

from __future__ import annotations

import time
from collections.abc import Callable

import click
from flask import Flask
from sqlalchemy import func, select

from plugin.cli.context import with_app
from plugin.cli.progress import progress_bar
from plugin.domain import COPY_KINDS, DraftKind
from plugin.errors import NotFound
from plugin.jobs.worker import Worker
from plugin.language_id import language_notice
from plugin.services.queue import job_queue
from plugin.services.shops import find_shop_by_name, require_copy_kinds, settings_for
from plugin.services.sync import GENERATE_BATCH, get_listing
from plugin.storage.db import db
from plugin.storage.models import JobRecord, ListingRecord, Shop

FINISHED = ("done", "failed", "cancelled")


def wait_for(
    app: Flask, job_ids: list[int], finished: Callable[[int], None] | None = None
) -> list[JobRecord]:
    """Run jobs in this process until the given ones (and what they queued meanwhile) finish;
    with ``QUEUE=celery`` wait for the Celery workers to finish the given ones instead.
    ``finished(n)`` hears of the given jobs as they finish; returns their rows."""
    worker = None if app.config["QUEUE"] == "celery" else Worker(app)
    done = 0
    while True:
        db.session.expire_all()
        rows = db.session.scalars(select(JobRecord).where(JobRecord.id.in_(job_ids))).all()
        now_done = sum(r.status in FINISHED for r in rows)
        if finished is not None and now_done > done:
            finished(now_done - done)
        done = now_done
        if done == len(rows):
            break
        if worker is None or not worker.run_once():
            time.sleep(0.5)
    if worker is not None:
        worker.run_until_idle()
    return list(rows)


def wait_for_export(app: Flask, shop_id: int) -> None:
    """A full sync the store took as a bulk export (Shopify): run, or wait for, its polls and
    its import until the shop has no export left; fail if its jobs ended first."""
    worker = None if app.config["QUEUE"] == "celery" else Worker(app, ("io",))
    while True:
        db.session.expire_all()
        shop = db.session.get(Shop, shop_id)
        if shop is None or not shop.bulk_operation_id:
            return
        pending = db.session.scalar(
            select(func.count())
            .select_from(JobRecord)
            .where(JobRecord.queue == "io", JobRecord.status.in_(("queued", "running")))
        )
        if not pending:
            raise click.ClickException(
                f"the bulk export of {shop.name} ({shop.bulk_operation_id}) was not imported; "
                "see the failed jobs"
            )
        if worker is None or not worker.run_once():
            time.sleep(0.5)


def report(rows: list[JobRecord]) -> None:
    """Say how the jobs went; exit non-zero if any of them failed."""
    failed = [r for r in rows if r.status != "done"]
    for row in failed:
        click.echo(f"job {row.name} #{row.id} {row.status}: {row.last_error}", err=True)
    if failed:
        raise click.ClickException(f"{len(failed)} of {len(rows)} jobs did not succeed")
    click.echo(f"{len(rows)} jobs done")


@click.command()
@click.option("--shop", "shop_name", required=True, help="The shop's name.")
@click.option(
    "--full", is_flag=True, help="Pull every product, not just changes since the last sync."
)
@click.option(
    "--wait", is_flag=True, help="Run the work now and exit non-zero if any of it failed."
)
@with_app
def sync(app: Flask, shop_name: str, full: bool, wait: bool) -> None:
    """Reconcile a shop's listings with its store (catches missed webhooks)."""
    shop = find_shop_by_name(db.session, shop_name)
    job_id = job_queue().enqueue("reconcile_shop", {"shop_id": shop.id, "full": full}, queue="io")
    db.session.commit()
    click.echo(f"queued sync of {shop.name} (job {job_id})")
    if wait:
        # Products as the pull stores them, when it runs here (the built-in queue).
        with progress_bar(f"syncing {shop.name}", "products"):
            rows = wait_for(app, [job_id])
            if full and all(r.status == "done" for r in rows):
                wait_for_export(app, shop.id)
        report(rows)


@click.command()
@click.option("--shop", "shop_name", required=True)
@click.option("--product", "product", help="External id, SKU or handle of one product.")
@click.option("--all", "all_products", is_flag=True, help="Every listing of the shop.")
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    type=click.Choice([str(k) for k in COPY_KINDS]),
    default=("description",),
    show_default=True,
)
@click.option("--tone", default="", help="Override the shop's tone for these drafts.")
@click.option("--wait", is_flag=True, help="Generate now and exit non-zero if any of it failed.")
@with_app
def generate(
    app: Flask,
    shop_name: str,
    product: str | None,
    all_products: bool,
    kinds: tuple[str, ...],
    tone: str,
    wait: bool,
) -> None:
    """Write new drafts for one product or for all of them."""
    if bool(product) == all_products:
        raise click.UsageError("give either --product ID or --all")
    shop = find_shop_by_name(db.session, shop_name)
    require_copy_kinds(shop, [DraftKind(k) for k in kinds])
    if product:
        record = get_listing(db.session, shop, product) or db.session.scalar(
            select(ListingRecord).where(
                ListingRecord.shop_id == shop.id, ListingRecord.sku == product
            )
        )
        if record is None:
            raise NotFound(f"{shop.name} has no product {product!r}")
        records = [record]
    else:
        records = list(
            db.session.scalars(
                select(ListingRecord)
                .where(ListingRecord.shop_id == shop.id, ~ListingRecord.deleted)
                .order_by(ListingRecord.id)
            )
        )
    job_ids = [
        job_queue().enqueue(
            "generate",
            {
                "shop_id": shop.id,
                "listing_ids": [r.id for r in records[i : i + GENERATE_BATCH]],
                "kinds": sorted(set(kinds)),
                "tone": tone,
            },
            queue="generate",
        )
        for i in range(0, len(records), GENERATE_BATCH)
    ]
    db.session.commit()
    click.echo(f"queued {len(records)} listings × {len(set(kinds))} kinds in {len(job_ids)} jobs")
    copy_language = settings_for(shop).language
    for record in records:
        notice = language_notice(record.to_listing(), copy_language)
        if notice:
            click.echo(f"{record.title or record.external_id}: {notice}")
    if wait:
        with progress_bar("generating", "jobs", total=len(job_ids)) as bar:
            rows = wait_for(app, job_ids, bar.advance)
        report(rows)
