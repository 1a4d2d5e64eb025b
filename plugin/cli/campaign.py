"""``copydesk campaign new|show|regenerate|export``: a brief in, drafts per channel and
audience, another version of one, the approved copy out as CSV or JSON (Copydesk sends
nothing to customers)."""

from __future__ import annotations

import json

import click
from flask import Flask

from plugin.campaign import Channel, Goal
from plugin.cli.context import with_app, write_file
from plugin.services import (
    campaign_create,
    campaign_export,
    campaign_review,
    campaign_views,
    campaign_writing,
)
from plugin.services.shops import find_shop_by_name
from plugin.storage.db import db


@click.group("campaign")
def campaign_group() -> None:
    """Marketing campaigns: email, social posts, search ads, collection intros."""


@campaign_group.command("new")
@click.option("--shop", "shop_name", required=True, help="The shop's name.")
@click.option(
    "--product",
    "products",
    multiple=True,
    help="The store's product id or a SKU; repeat for several products.",
)
@click.option("--collection", default="", help="A collection or category, instead of products.")
@click.option(
    "--channel",
    "channels",
    multiple=True,
    required=True,
    type=click.Choice([str(c) for c in Channel]),
    help="Repeat for several channels.",
)
@click.option(
    "--goal", default="launch", show_default=True, type=click.Choice([str(g) for g in Goal])
)
@click.option("--offer", default="", help="Your offer, in your words: the only discount allowed.")
@click.option(
    "--audience",
    "audiences",
    multiple=True,
    help="An audience named in the shop's settings; repeat for one draft per audience.",
)
@click.option("--tone", default="", help="Override the shop's tone.")
@click.option("--name", default="", help="The campaign's name (default: from the brief).")
@click.option("--wait", is_flag=True, help="Write the drafts now and print them as JSON.")
@with_app
def new_command(
    app: Flask,
    shop_name: str,
    products: tuple[str, ...],
    collection: str,
    channels: tuple[str, ...],
    goal: str,
    offer: str,
    audiences: tuple[str, ...],
    tone: str,
    name: str,
    wait: bool,
) -> None:
    """Write a campaign; prints its id (and, with --wait, its drafts as JSON)."""
    from plugin.cli.jobs import report, wait_for

    if bool(products) == bool(collection.strip()):
        raise click.UsageError("give either --product ID (repeatable) or --collection NAME")
    shop = find_shop_by_name(db.session, shop_name)
    campaign, job_id = campaign_create.create_campaign(
        db.session,
        shop,
        goal=goal,
        channels=channels,
        product_ids=products,
        collection=collection,
        offer=offer,
        audiences=audiences,
        tone=tone,
        name=name,
    )
    db.session.commit()
    click.echo(f"campaign {campaign.id}")
    if not wait:
        return
    report(wait_for(app, [job_id]))
    db.session.expire_all()
    campaign = campaign_views.get_campaign(db.session, shop, campaign.id)
    if campaign.status != campaign_writing.READY:
        raise click.ClickException(f"no drafts were written: {campaign.error or campaign.status}")
    click.echo(json.dumps(campaign_views.campaign_view(campaign), indent=2, ensure_ascii=False))


@campaign_group.command("regenerate")
@click.option("--shop", "shop_name", required=True)
@click.option("--reason", default="", help="Why, for the draft's history.")
@click.option("--wait", is_flag=True, help="Write it now and print the new draft as JSON.")
@click.argument("draft_id", type=int)
@with_app
def regenerate_command(app: Flask, shop_name: str, reason: str, wait: bool, draft_id: int) -> None:
    """Write another version of a pending or rejected campaign draft; prints the job's id
    (and, with --wait, the new draft as JSON). The draft's text stays in its history."""
    from plugin.cli.jobs import report, wait_for

    shop = find_shop_by_name(db.session, shop_name)
    draft = campaign_views.get_campaign_draft(db.session, shop, draft_id)
    job_id = campaign_review.regenerate_campaign_draft(
        db.session, draft, f"cli:{shop.name}", reason
    )
    db.session.commit()
    click.echo(f"job {job_id}")
    if not wait:
        return
    report(wait_for(app, [job_id]))
    db.session.expire_all()
    campaign = campaign_views.get_campaign(db.session, shop, draft.campaign_id)
    if campaign.status != campaign_writing.READY:
        raise click.ClickException(f"no draft was written: {campaign.error or campaign.status}")
    [new] = [
        d
        for d in campaign_views.current_drafts(campaign)
        if (d.channel, d.audience) == (draft.channel, draft.audience)
    ]
    click.echo(json.dumps(campaign_views.draft_view(new), indent=2, ensure_ascii=False))


@campaign_group.command("show")
@click.option("--shop", "shop_name", required=True)
@click.argument("campaign_id", type=int)
@with_app
def show_command(app: Flask, shop_name: str, campaign_id: int) -> None:
    """Print a campaign, its brief and its current drafts as JSON."""
    shop = find_shop_by_name(db.session, shop_name)
    campaign = campaign_views.get_campaign(db.session, shop, campaign_id)
    click.echo(json.dumps(campaign_views.campaign_view(campaign), indent=2, ensure_ascii=False))


@campaign_group.command("export")
@click.option("--shop", "shop_name", required=True)
@click.option(
    "--format", "fmt", default="csv", show_default=True, type=click.Choice(["csv", "json"])
)
@click.option("--out", "out", default="", help="Write to this file instead of standard output.")
@click.argument("campaign_id", type=int)
@with_app
def export_command(app: Flask, shop_name: str, fmt: str, out: str, campaign_id: int) -> None:
    """The approved copy, one row per asset with its channel, length and limit."""
    shop = find_shop_by_name(db.session, shop_name)
    campaign = campaign_views.get_campaign(db.session, shop, campaign_id)
    if fmt == "csv":
        text = campaign_export.export_csv(campaign)
    else:
        text = (
            json.dumps(campaign_export.export_rows(campaign), indent=2, ensure_ascii=False) + "\n"
        )
    if out:
        write_file(out, text)
    else:
        click.echo(text, nl=False)
