"""Full syncs of large catalogues through Shopify bulk operations, against the fake over HTTP:
one operation per shop, finished by the webhook or by polling, resumed after a lost poll, and
the paged pull for small shops, incremental syncs and failed operations."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import update

from plugin.services.sync import reconcile_shop
from plugin.storage.db import db
from plugin.storage.models import JobRecord, ListingRecord, Shop
from tests.conftest import enqueue, make_app
from tests.fakes.engine import FakeEngine
from tests.fakes.shopify_server import FakeShopify
from tests.integration.shopify.conftest import API_KEY, API_SECRET, SHOP, installed_shop, rows

THRESHOLD = 10


@pytest.fixture
def poll_seconds() -> float:
    return 0.01


@pytest.fixture
def app(
    tmp_path: Path, engine: FakeEngine, fake_shopify: FakeShopify, poll_seconds: float
) -> Iterator[Flask]:
    app = make_app(
        tmp_path,
        SHOPIFY_API_KEY=API_KEY,
        SHOPIFY_API_SECRET=API_SECRET,
        SHOPIFY_ORIGIN=fake_shopify.origin,
        SHOPIFY_BULK_THRESHOLD=THRESHOLD,
        SHOPIFY_BULK_POLL_SECONDS=poll_seconds,
    )
    app.extensions["copydesk.engine"].use(engine)
    yield app
    from plugin.storage.db import Database

    Database.state(app).engine.dispose()


def catalogue(fake: FakeShopify, count: int) -> tuple[list[str], str, list[str]]:
    """``count`` posters and a frame with 25 sizes (more variants than a products page holds)."""
    store = fake.shop(SHOP)
    gids = [
        store.add_product(title=f"Poster {i}", variants=[{"sku": f"P-{i}", "price": "5.00"}])
        for i in range(count)
    ]
    sizes = [f"{w}x{h}" for w in range(10, 60, 10) for h in range(10, 60, 10)]
    frame = store.add_product(
        title="Frame",
        options=[{"name": "Size", "values": sizes}],
        variants=[{"price": "9.00", "sku": f"F-{s}", "options": {"Size": s}} for s in sizes],
    )
    return gids, frame, [f"F-{s}" for s in sizes]


def documents(fake: FakeShopify, marker: str) -> int:
    return sum(marker in r.document for r in fake.graphql_requests(SHOP) if r.error_code == "")


def run_until(run_jobs, done, seconds: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    """Run jobs (polls wait their delay) until ``done()``."""
    deadline = time.monotonic() + seconds
    while not done():
        assert time.monotonic() < deadline, "timed out"
        run_jobs()
        time.sleep(0.02)


def shop_row(app: Flask) -> Shop:
    (row,) = rows(app, Shop, name=SHOP)
    return row


def live(app: Flask, shop: Shop) -> dict[str, ListingRecord]:
    return {r.external_id: r for r in rows(app, ListingRecord, shop_id=shop.id) if not r.deleted}


def test_the_backfill_of_a_large_shop_is_one_bulk_operation_joined_and_streamed(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    gids, frame, frame_skus = catalogue(fake_shopify, THRESHOLD + 2)
    shop = installed_shop(app, client, fake_shopify)
    run_until(run_jobs, lambda: shop_row(app).bulk_operation_id is None and live(app, shop))

    listings = {k: r.to_listing() for k, r in live(app, shop).items()}
    assert set(listings) == {*gids, frame}
    # Every variant joined to its product, in order, though the file lists them after all products.
    assert [v.sku for v in listings[frame].variants] == frame_skus
    assert listings[gids[0]].sku == "P-0" and listings[gids[0]].currency == "USD"
    assert documents(fake_shopify, "bulkOperationRunQuery") == 1
    assert len(fake_shopify.download_requests(SHOP)) == 1
    assert documents(fake_shopify, "CopydeskProductsPage") == 0
    assert shop_row(app).last_synced_at is not None


def test_a_small_shop_and_incremental_syncs_stay_on_the_paged_pull(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    store = fake_shopify.shop(SHOP)
    gids = [store.add_product(title=f"Mug {i}") for i in range(THRESHOLD - 1)]
    shop = installed_shop(app, client, fake_shopify)
    run_jobs()
    assert set(live(app, shop)) == set(gids)
    assert documents(fake_shopify, "CopydeskProductsPage") >= 1

    store.add_product(title="Mug 10")
    store.add_product(title="Mug 11")
    with app.app_context():
        row = db.session.get(Shop, shop.id)
        assert row is not None
        assert reconcile_shop(db.session, row) == 2  # incremental: paged, whatever the size
        db.session.commit()
    assert documents(fake_shopify, "bulkOperationRunQuery") == 0


def test_the_finish_webhook_imports_once_and_a_later_full_sync_marks_what_went_as_deleted(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    store = fake_shopify.shop(SHOP)
    store.bulk_runtime = 3600  # only the webhook ends it
    gids, frame, _ = catalogue(fake_shopify, THRESHOLD)
    shop = installed_shop(app, client, fake_shopify)
    run_jobs()
    operation_id = shop_row(app).bulk_operation_id
    assert operation_id and not live(app, shop)
    assert any(s["topic"] == "BULK_OPERATIONS_FINISH" for s in store.subscriptions)

    # A second full sync while it runs starts no second operation (one per shop).
    enqueue(app, "reconcile_shop", {"shop_id": shop.id, "full": True}, queue="io")
    run_jobs()
    assert documents(fake_shopify, "bulkOperationRunQuery") == 1

    finish = fake_shopify.finish_bulk(SHOP)
    assert finish.send(client).status_code == 200
    run_until(run_jobs, lambda: shop_row(app).bulk_operation_id is None)
    assert set(live(app, shop)) == {*gids, frame}
    # Shopify may deliver the webhook again: nothing is imported twice.
    again = fake_shopify.webhook("bulk_operations/finish", SHOP, admin_graphql_api_id=operation_id)
    assert again.send(client).status_code == 200
    run_jobs()
    assert len(fake_shopify.download_requests(SHOP)) == 1

    # The next full sync: one product gone from the store, one created while the export runs
    # (stored from its webhook, newer than the export, so not taken for deleted).
    del store.products[gids[0]]
    enqueue(app, "reconcile_shop", {"shop_id": shop.id, "full": True}, queue="io")
    run_jobs()
    newcomer = store.add_product(title="Poster new")
    assert fake_shopify.webhook("products/create", SHOP, newcomer).send(client).status_code == 200
    run_jobs()
    assert fake_shopify.finish_bulk(SHOP).send(client).status_code == 200
    run_until(run_jobs, lambda: shop_row(app).bulk_operation_id is None)
    assert set(live(app, shop)) == {*gids[1:], frame, newcomer}


@pytest.mark.parametrize("poll_seconds", [0.2])
def test_polling_resumes_from_the_operation_recorded_on_the_shop(
    tmp_path: Path,
    engine: FakeEngine,
    app: Flask,
    client: FlaskClient,
    fake_shopify: FakeShopify,
    run_jobs,
) -> None:  # type: ignore[no-untyped-def]
    """The worker died and its poll was lost: the daily full sync finds the operation recorded
    on the shop and polls it, without starting another; no webhook is needed."""
    store = fake_shopify.shop(SHOP)
    store.bulk_runtime = 3600
    gids, frame, _ = catalogue(fake_shopify, THRESHOLD)
    shop = installed_shop(app, client, fake_shopify)
    run_jobs()
    assert shop_row(app).bulk_operation_id
    with app.app_context():
        db.session.execute(
            update(JobRecord)
            .where(JobRecord.name == "shopify_bulk_poll", JobRecord.status == "queued")
            .values(status="cancelled")
        )
        db.session.commit()
    fake_shopify.finish_bulk(SHOP)  # its webhook is never delivered

    restarted = make_app(
        tmp_path,
        SHOPIFY_API_KEY=API_KEY,
        SHOPIFY_API_SECRET=API_SECRET,
        SHOPIFY_ORIGIN=fake_shopify.origin,
        SHOPIFY_BULK_THRESHOLD=THRESHOLD,
        SHOPIFY_BULK_POLL_SECONDS=0.2,
    )
    restarted.extensions["copydesk.engine"].use(engine)
    from plugin.jobs.worker import Worker

    enqueue(restarted, "reconcile_all", {"full": True})
    run_until(
        lambda: Worker(restarted).run_until_idle(),
        lambda: shop_row(app).bulk_operation_id is None,
    )
    assert set(live(app, shop)) == {*gids, frame}
    assert documents(fake_shopify, "bulkOperationRunQuery") == 1


@pytest.mark.parametrize("poll_seconds", [3600.0])
def test_a_failed_bulk_operation_falls_back_to_the_paged_pull(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    store = fake_shopify.shop(SHOP)
    store.bulk_runtime = 3600
    gids, frame, _ = catalogue(fake_shopify, THRESHOLD)
    shop = installed_shop(app, client, fake_shopify)
    run_jobs()
    assert fake_shopify.fail_bulk(SHOP, "TIMEOUT").send(client).status_code == 200
    run_jobs()
    assert shop_row(app).bulk_operation_id is None
    assert set(live(app, shop)) == {*gids, frame}
    assert documents(fake_shopify, "CopydeskProductsPage") >= 1
    assert not fake_shopify.download_requests(SHOP)


def test_a_finish_webhook_for_an_operation_that_is_not_ours_is_ignored(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    from plugin.storage.models import WebhookEvent

    installed_shop(app, client, fake_shopify)
    run_jobs()
    stray = fake_shopify.webhook(
        "bulk_operations/finish", SHOP, admin_graphql_api_id="gid://shopify/BulkOperation/1"
    )
    assert stray.send(client).status_code == 200
    run_jobs()
    (event,) = rows(app, WebhookEvent, topic="bulk_operations/finish")
    assert "ignored" in (event.result or {})


def test_sync_full_wait_on_the_command_line_waits_for_the_export_and_its_import(
    tmp_path: Path,
    app: Flask,
    client: FlaskClient,
    fake_shopify: FakeShopify,
    run_jobs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from plugin.cli import main
    from plugin.services.shops import update_settings
    from tests.conftest import TEST_KEY

    gids, _, _ = catalogue(fake_shopify, THRESHOLD)
    shop = installed_shop(app, client, fake_shopify)
    run_until(run_jobs, lambda: shop_row(app).bulk_operation_id is None and live(app, shop))
    with app.app_context():
        row = db.session.get(Shop, shop.id)
        assert row is not None
        update_settings(db.session, row, {"auto_generate": "never"})
        db.session.commit()
    fake_shopify.shop(SHOP).edit_product(gids[0], title="Poster, framed")
    for name, value in {
        "COPYDESK_INSTANCE_PATH": str(tmp_path / "instance"),
        "COPYDESK_DATABASE_URL": f"sqlite:///{tmp_path / 'copydesk.sqlite'}",
        "COPYDESK_ENCRYPTION_KEY": TEST_KEY,
        "SHOPIFY_API_KEY": API_KEY,
        "SHOPIFY_API_SECRET": API_SECRET,
        "COPYDESK_SHOPIFY_ORIGIN": fake_shopify.origin,
        "COPYDESK_ALLOW_PRIVATE_STORE_URLS": "true",
        "COPYDESK_SHOPIFY_BULK_THRESHOLD": str(THRESHOLD),
        "COPYDESK_SHOPIFY_BULK_POLL_SECONDS": "0.05",
        "COPYDESK_RECONCILE_INTERVAL_SECONDS": "0",
    }.items():
        monkeypatch.setenv(name, value)

    result = CliRunner().invoke(main, ["sync", "--shop", SHOP, "--full", "--wait"])

    assert result.exit_code == 0, result.output
    assert documents(fake_shopify, "bulkOperationRunQuery") == 2
    assert live(app, shop)[gids[0]].title == "Poster, framed"
    assert shop_row(app).bulk_operation_id is None


@pytest.mark.parametrize("poll_seconds", [3600.0])
def test_a_start_refused_while_our_operation_runs_adopts_it(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    """The shop's record of its operation was lost (a restore from backup, say): Shopify refuses
    a second one, and the sync waits for the one running instead of failing."""
    store = fake_shopify.shop(SHOP)
    store.bulk_runtime = 3600
    gids, frame, _ = catalogue(fake_shopify, THRESHOLD)
    shop = installed_shop(app, client, fake_shopify)
    run_jobs()
    running = shop_row(app).bulk_operation_id
    with app.app_context():
        db.session.execute(update(Shop).values(bulk_operation_id=None))
        db.session.commit()

    enqueue(app, "reconcile_shop", {"shop_id": shop.id, "full": True}, queue="io")
    run_jobs()

    refused = [
        r for r in fake_shopify.graphql_requests(SHOP) if "bulkOperationRunQuery" in r.document
    ]
    assert len(refused) == 2
    assert shop_row(app).bulk_operation_id == running
    assert fake_shopify.finish_bulk(SHOP).send(client).status_code == 200
    run_until(run_jobs, lambda: shop_row(app).bulk_operation_id is None)
    assert set(live(app, shop)) == {*gids, frame}
