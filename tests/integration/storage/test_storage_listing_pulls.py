"""A pull stored in batches: each batch committed with the generation it calls for."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from sqlalchemy import func, select

from plugin.domain import Listing, Platform, text_hash
from plugin.errors import StoreError
from plugin.services.shops import connect_shop
from plugin.services.sync import GENERATE_BATCH, PULL_BATCH, apply_pull
from plugin.storage.db import db
from plugin.storage.models import Draft, JobRecord, ListingRecord, Shop


def products(count: int, start: int = 0, description: str = "") -> list[Listing]:
    return [
        Listing(external_id=f"p{n}", title=f"Product {n}", description_html=description)
        for n in range(start, start + count)
    ]


def new_shop(settings: dict | None = None) -> Shop:
    shop = connect_shop(
        db.session, platform=Platform.CATALOG, name="pulls", url="/nowhere.csv", credentials={}
    )
    shop.settings = settings or {}
    db.session.commit()
    return shop


def generate_jobs() -> list[JobRecord]:
    return list(db.session.scalars(select(JobRecord).where(JobRecord.name == "generate")))


def stored() -> dict[str, ListingRecord]:
    return {r.external_id: r for r in db.session.scalars(select(ListingRecord))}


def test_a_pull_of_several_batches_stores_everything_and_queues_jobs_of_32(db_app: Flask) -> None:
    count = 2 * PULL_BATCH + 100
    with db_app.app_context():
        shop = new_shop()
        assert apply_pull(db.session, shop, products(count), full=True) == count
        rows = stored()
        assert len(rows) == count
        assert rows["p7"].to_listing() == products(1, start=7)[0]
        jobs = generate_jobs()
        queued = [listing_id for job in jobs for listing_id in job.payload["listing_ids"]]
        assert sorted(queued) == sorted(r.id for r in rows.values())
        assert max(len(job.payload["listing_ids"]) for job in jobs) == GENERATE_BATCH

        again = apply_pull(db.session, shop, products(count), full=True)
        assert again == 0 and len(generate_jobs()) == len(jobs)


def test_a_pull_cut_short_keeps_the_batches_it_stored_with_their_jobs(db_app: Flask) -> None:
    def pull() -> Iterator[Listing]:
        yield from products(PULL_BATCH + 10)
        raise StoreError("the store stopped answering")

    with db_app.app_context():
        shop = new_shop()
        with pytest.raises(StoreError):
            apply_pull(db.session, shop, pull(), full=True)
        db.session.rollback()
        assert len(stored()) == PULL_BATCH
        queued = sum(len(job.payload["listing_ids"]) for job in generate_jobs())
        assert queued == PULL_BATCH

        apply_pull(db.session, shop, products(PULL_BATCH + 10), full=True)
        db.session.commit()
        assert len(stored()) == PULL_BATCH + 10
        queued = sum(len(job.payload["listing_ids"]) for job in generate_jobs())
        assert queued == PULL_BATCH + 10


def test_our_own_push_coming_back_in_a_pull_starts_no_generation(db_app: Flask) -> None:
    ours, merchants = "<p>The copy we published.</p>", "<p>The merchant's own words.</p>"
    with db_app.app_context():
        shop = new_shop({"auto_generate": "always"})
        apply_pull(db.session, shop, products(2, description="<p>Old words.</p>"), full=False)
        listing_id = stored()["p0"].id
        db.session.add(
            Draft(
                shop_id=shop.id,
                listing_id=listing_id,
                kind="description",
                status="published",
                content=ours,
                pushed_hash=text_hash(ours),
            )
        )
        db.session.commit()
        before = len(generate_jobs())

        changed = [*products(1, description=ours), *products(1, start=1, description=merchants)]
        assert apply_pull(db.session, shop, changed, full=False) == 2

        new_jobs = generate_jobs()[before:]
        assert [job.payload["listing_ids"] for job in new_jobs] == [[stored()["p1"].id]]


def test_deleted_and_repeated_listings_in_one_batch(db_app: Flask) -> None:
    with db_app.app_context():
        shop = new_shop({"auto_generate": "never"})
        apply_pull(db.session, shop, products(3), full=False)
        gone = Listing(external_id="p2", title="Product 2", deleted=True)
        first, last = (
            products(2, description="<p>First.</p>"),
            products(1, description="<p>Last.</p>"),
        )
        assert apply_pull(db.session, shop, [gone, *first, *last], full=False) == 3
        rows = stored()
        assert rows["p2"].deleted
        assert rows["p0"].to_listing().description_html == "<p>Last.</p>"
        assert rows["p1"].to_listing().description_html == "<p>First.</p>"

        apply_pull(db.session, shop, products(1), full=True)
        live = db.session.scalar(
            select(func.count()).select_from(ListingRecord).where(~ListingRecord.deleted)
        )
        assert live == 1
