"""``copydesk ask --shop NAME --product ID "question"``: put a question in as a shopper would."""

from __future__ import annotations

from typing import Any

import click
from flask import Flask
from sqlalchemy import select

from plugin.cli.context import with_app
from plugin.errors import NotFound
from plugin.services import questions
from plugin.services.shops import find_shop_by_name
from plugin.storage.db import db
from plugin.storage.models import JobRecord, ListingRecord, Shop


@click.command("ask")
@click.option("--shop", "shop_name", required=True, help="The shop's name.")
@click.option("--product", required=True, help="Our listing id, the store's product id, or a SKU.")
@click.option("--customer", "customer_ref", default="", help="The shopper's reference (optional).")
@click.option("--channel", default="cli", show_default=True)
@click.option("--wait", is_flag=True, help="Write the reply draft now and print it.")
@click.argument("question")
@with_app
def ask_command(
    app: Flask,
    shop_name: str,
    product: str,
    customer_ref: str,
    channel: str,
    wait: bool,
    question: str,
) -> None:
    """Ask QUESTION about a product; prints the question's id (and, with --wait, the reply)."""
    from plugin.cli.jobs import report, wait_for

    shop = find_shop_by_name(db.session, shop_name)
    record = _find(shop, product)
    row = questions.submit_question(
        db.session, shop, record, question, customer_ref=customer_ref, channel=channel
    )
    db.session.commit()
    click.echo(f"question {row.id}")
    if not wait:
        return
    report(wait_for(app, _answer_jobs(row.id)))
    db.session.expire_all()
    row = questions.get_question(db.session, shop, row.id)
    draft = questions.reply_draft(db.session, row)
    if draft is None:
        raise click.ClickException(f"no reply was drafted: {row.error or 'unknown error'}")
    click.echo(f"status: {row.status} (approve it on the screen or through the API)")
    click.echo(f"verdict: {draft.verdict}")
    click.echo(f"needs merchant: {'yes' if row.needs_merchant else 'no'}")
    click.echo(f"reply: {draft.content}")


def _find(shop: Shop, product: str) -> ListingRecord:
    """The store's product id first, then the SKU, then our own listing id."""
    lookups: list[dict[str, Any]] = [{"product_id": product}, {"sku": product}]
    if product.isdigit():
        lookups.append({"listing_id": int(product)})
    for lookup in lookups:
        try:
            return questions.resolve_listing(db.session, shop, **lookup)
        except NotFound:
            continue
    raise NotFound(f"{shop.name} has no product {product!r}")


def _answer_jobs(question_id: int) -> list[int]:
    rows = db.session.scalars(select(JobRecord).where(JobRecord.name == "answer_question"))
    return [r.id for r in rows if r.payload.get("question_id") == question_id]
