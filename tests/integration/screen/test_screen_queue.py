"""The queue: counts, filters, sorting, pages, badges and empty states."""

from __future__ import annotations

import re
from collections.abc import Callable

from flask import Flask
from flask.testing import FlaskClient

from plugin.domain import DraftKind
from plugin.storage.models import Draft, Shop
from tests.integration.screen.conftest import HOODIE


def _titles(html: str) -> list[str]:
    return re.findall(r"data-row-link>([^<]+)</a>", html)


def test_the_queue_shows_pending_drafts_with_counts_and_a_blocked_badge(
    client: FlaskClient, csrf: str
) -> None:
    html = client.get("/").get_data(as_text=True)
    assert len(_titles(html)) == 18
    assert re.search(r"Pending <span class=\"count\">18</span>", html)
    assert re.search(r"Blocked <span class=\"count\">1</span>", html)
    assert re.search(r"Passes <span class=\"count\">17</span>", html)
    hoodie_row = re.search(r'<tr data-row class="row-block">.*?</tr>', html, re.DOTALL)
    assert hoodie_row and ">Hoodie</a>" in hoodie_row.group()
    assert "Blocked · 1" in hoodie_row.group()
    assert "Approve all 17 passing drafts" in html
    assert '<a href="/questions">Questions</a>' in html


def test_filters_narrow_the_queue(client: FlaskClient, csrf: str) -> None:
    assert _titles(client.get("/?verdict=block").get_data(as_text=True)) == ["Hoodie"]
    found = _titles(client.get("/?q=hoodie&sort=title").get_data(as_text=True))
    assert found == ["Hoodie", "Hoodie with Logo", "Hoodie with Pocket", "Hoodie with Zipper"]
    assert _titles(client.get("/?kind=faq").get_data(as_text=True)) == []
    assert len(_titles(client.get("/?kind=description").get_data(as_text=True))) == 18


def test_the_product_type_filter_offers_the_shop_types(
    app: Flask, client: FlaskClient, csrf: str, shop_a: Shop
) -> None:
    from sqlalchemy import update

    from plugin.storage.db import db
    from plugin.storage.models import ListingRecord

    with app.app_context():
        db.session.execute(
            update(ListingRecord)
            .where(ListingRecord.shop_id == shop_a.id, ListingRecord.title.like("Hoodie%"))
            .values(product_type="Hoodies")
        )
        db.session.commit()
    html = client.get("/").get_data(as_text=True)
    assert '<option value="Hoodies">Hoodies</option>' in html
    assert len(_titles(client.get("/?product_type=Hoodies").get_data(as_text=True))) == 4


def test_sorting_and_pages(
    app: Flask, client: FlaskClient, csrf: str, shop_a: Shop, run_jobs: Callable[[], int]
) -> None:
    from sqlalchemy import select

    from plugin.services.sync import queue_generation
    from plugin.storage.db import db
    from plugin.storage.models import ListingRecord

    with app.app_context():
        for record in db.session.scalars(
            select(ListingRecord).where(ListingRecord.shop_id == shop_a.id)
        ):
            queue_generation(record, [DraftKind.SEO])
        db.session.commit()
    run_jobs()
    first = client.get("/?sort=title").get_data(as_text=True)
    second = client.get("/?sort=title&page=2").get_data(as_text=True)
    assert "36 drafts · page 1 of 2" in first
    assert len(_titles(first)) == 25 and len(_titles(second)) == 11
    everything = _titles(first) + _titles(second)
    assert everything == sorted(everything, key=str.lower) or everything == sorted(everything)
    assert 'rel="next"' in first and 'rel="prev"' in second
    by_verdict = client.get("/?sort=verdict&per_page=50").get_data(as_text=True)
    verdicts = re.findall(r'<span class="badge verdict-(\w+)">', by_verdict)
    rank = {"block": 0, "warn": 1, "pass": 2}
    assert len(verdicts) == 36 and "block" in verdicts
    assert [rank[v] for v in verdicts] == sorted(rank[v] for v in verdicts)


def test_status_tabs_and_empty_states(client: FlaskClient, csrf: str) -> None:
    assert "No published drafts" in client.get("/?status=published").get_data(as_text=True)
    empty = client.get("/?q=no-such-product").get_data(as_text=True)
    assert "No drafts match these filters." in empty
    assert len(_titles(client.get("/?status=all").get_data(as_text=True))) == 18


def test_links_to_drafts_keep_the_filter(
    client: FlaskClient, csrf: str, shop_a: Shop, drafts_of: Callable[..., list[Draft]]
) -> None:
    hoodie = drafts_of(shop_a, HOODIE)[0]
    html = client.get("/?verdict=block").get_data(as_text=True)
    assert f'href="/drafts/{hoodie.id}?status=pending&amp;verdict=block"' in html
