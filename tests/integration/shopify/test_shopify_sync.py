"""Pulling through the Admin GraphQL API: pagination, throttling, token refresh, reconcile."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from plugin.services.shops import connection_for
from plugin.services.stores import adapter_for
from plugin.services.sync import reconcile_shop
from plugin.storage.db import db
from plugin.storage.models import Draft, ListingRecord, Shop
from tests.fakes.shopify_server import FakeShopify
from tests.integration.shopify.conftest import SHOP, installed_shop, rows


def test_full_backfill_pages_through_products_and_variants(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    store = fake_shopify.shop(SHOP)
    gids = [store.add_product(title=f"Poster {i}") for i in range(19)]
    sizes = [f"{w}x{h}" for w in range(10, 60, 10) for h in range(10, 60, 10)]  # 25 variants
    big = store.add_product(
        title="Frame",
        options=[{"name": "Size", "values": sizes}],
        variants=[{"price": "9.00", "sku": f"F-{s}", "options": {"Size": s}} for s in sizes],
    )
    shop = installed_shop(app, client, fake_shopify)
    run_jobs()

    listings = {r.external_id: r.to_listing() for r in rows(app, ListingRecord, shop_id=shop.id)}
    assert set(listings) == {*gids, big}
    assert [v.sku for v in listings[big].variants] == [f"F-{s}" for s in sizes]
    # 20 products at 8 per page, plus one product read for the variants past the first 20
    answered = [r for r in fake_shopify.graphql_requests(SHOP) if r.error_code == ""]
    assert all(r.status == 200 for r in answered)
    assert sum("CopydeskProductsPage" in r.document for r in answered) == 3
    assert sum("query CopydeskProduct(" in r.document for r in answered) == 1


def test_incremental_reconcile_pulls_only_what_changed(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    store = fake_shopify.shop(SHOP)
    gids = [store.add_product(title=f"Mug {i}") for i in range(10)]
    for gid in gids:
        store.products[gid]["updatedAt"] = "2025-01-01T00:00:00Z"  # long unchanged
    shop = installed_shop(app, client, fake_shopify)
    run_jobs()
    store.edit_product(gids[3], title="Mug 3 (large)")
    before = len(fake_shopify.graphql_requests())

    with app.app_context():
        row = db.session.get(Shop, shop.id)
        assert row is not None
        changed = reconcile_shop(db.session, row)
        db.session.commit()

    assert changed == 1
    # One page read; the backfill may have left the cost bucket low, so a THROTTLED answer can
    # make the client ask for that same page again after waiting.
    pages = fake_shopify.graphql_requests()[before:]
    assert pages and len({repr(p.variables) for p in pages}) == 1
    assert all("CopydeskProductsPage" in p.document for p in pages)
    assert pages[0].variables["query"].startswith("updated_at:>'")
    (listing,) = rows(app, ListingRecord, external_id=gids[3])
    assert listing.title == "Mug 3 (large)"


def test_throttled_reads_wait_for_the_restore_rate_and_succeed(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    store = fake_shopify.shop(SHOP)
    gid = store.add_product(title="Chair")
    shop = installed_shop(app, client, fake_shopify)
    run_jobs()
    store.bucket.restore_rate = 1000.0
    # Empty as the read arrives (however slowly we get there): the 509-point read must wait
    # about half a second.
    store.bucket.drain()

    with app.app_context():
        row = db.session.get(Shop, shop.id)
        assert row is not None
        listing = adapter_for(row).fetch(gid)

    assert listing is not None and listing.title == "Chair"
    reads = fake_shopify.graphql_requests()[-2:]
    assert [r.error_code for r in reads] == ["THROTTLED", ""]
    waited = reads[1].at - reads[0].at
    assert waited >= 0.4  # (509 - ~0) / 1000 points per second
    assert waited < 5


def test_server_errors_are_retried(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    gid = fake_shopify.shop(SHOP).add_product(title="Chair")
    shop = installed_shop(app, client, fake_shopify)
    run_jobs()
    fake_shopify.fail_next(503, times=2)
    with app.app_context():
        row = db.session.get(Shop, shop.id)
        assert row is not None
        listing = adapter_for(row).fetch(gid)
    assert listing is not None
    assert [r.status for r in fake_shopify.graphql_requests()[-3:]] == [503, 503, 200]


def test_a_slow_shopify_times_out_as_a_retryable_error(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from adapters.shopify.store import build_shopify_store
    from plugin.errors import StoreError
    from plugin.services.stores import StoredCredentials

    gid = fake_shopify.shop(SHOP).add_product(title="Chair")
    shop = installed_shop(app, client, fake_shopify)
    for _ in range(2):
        fake_shopify.delay_next(1.0)
    with app.app_context():
        row = db.session.get(Shop, shop.id)
        assert row is not None
        config = {**app.config, "SHOPIFY_TIMEOUT_SECONDS": 0.2}
        store = build_shopify_store(connection_for(row), config, StoredCredentials(row))
        store.client.max_attempts = 2
        with pytest.raises(StoreError) as err:
            store.fetch(gid)
    assert err.value.retryable


def test_expired_token_is_refreshed_and_the_rotated_refresh_token_saved(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    store = fake_shopify.shop(SHOP)
    gid = store.add_product(title="Chair")
    shop = installed_shop(app, client, fake_shopify)
    with app.app_context():
        old = connection_for(db.session.get(Shop, shop.id)).credentials  # type: ignore[arg-type]
    store.expire_access_tokens()

    with app.app_context():
        row = db.session.get(Shop, shop.id)
        assert row is not None
        assert adapter_for(row).fetch(gid) is not None

    with app.app_context():
        new = connection_for(db.session.get(Shop, shop.id)).credentials  # type: ignore[arg-type]
    assert new["access_token"] != old["access_token"]
    assert new["refresh_token"] != old["refresh_token"]
    assert new["refresh_token"] in store.refresh_tokens
    assert old["refresh_token"] not in store.refresh_tokens


def test_a_product_deleted_while_webhooks_were_missed_goes_at_the_daily_full_reconcile(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    from plugin.services.queue import job_queue

    store = fake_shopify.shop(SHOP)
    kept, gone = store.add_product(title="Kept Mug"), store.add_product(title="Gone Mug")
    installed_shop(app, client, fake_shopify)
    run_jobs()
    del store.products[gone]  # deleted in the admin; its products/delete webhook never came

    for full in (False, True):
        with app.app_context():
            job_queue().enqueue("reconcile_all", {"full": full})
            db.session.commit()
        run_jobs()
        (listing,) = rows(app, ListingRecord, external_id=gone)
        # An incremental pull asks only for what changed, and Shopify lists no deleted product.
        assert listing.deleted is full
    (still,) = rows(app, ListingRecord, external_id=kept)
    assert not still.deleted
    assert {d.status for d in rows(app, Draft, listing_id=listing.id)} <= {"superseded"}


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"RECONCILE_INTERVAL_SECONDS": 60}, [86400.0]),
        ({"RECONCILE_INTERVAL_SECONDS": 60, "FULL_RECONCILE_INTERVAL_SECONDS": 3600}, [3600.0]),
        ({"RECONCILE_INTERVAL_SECONDS": 60, "FULL_RECONCILE_INTERVAL_SECONDS": 0}, []),
        ({"RECONCILE_INTERVAL_SECONDS": 0}, []),
    ],
)
def test_the_full_reconcile_is_scheduled(tmp_path, overrides, expected) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import make_app

    schedules = make_app(tmp_path, **overrides).extensions["copydesk.queue"].schedules
    full = [s for s in schedules if s.name == "reconcile_all" and s.payload.get("full")]
    assert [s.every_seconds for s in full] == expected
