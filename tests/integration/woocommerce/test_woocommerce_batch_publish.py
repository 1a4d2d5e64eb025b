"""Bulk approval publishes through ``POST /products/batch``: 25 products a request, each item's
own error checked, merchant edits turned into conflicts before anything is sent; shops whose
adapter has no batch endpoint (catalogue shops) still get every draft published one by one."""

from __future__ import annotations

from pathlib import Path

from flask import Flask
from sqlalchemy import select
from sqlalchemy.orm import Session

from plugin.domain import DraftKind
from plugin.platforms.catalog import import_catalog
from plugin.platforms.woocommerce.install import add_store_by_hand
from plugin.services.bulk import approve_passing
from plugin.services.queries import DraftFilter
from plugin.services.shops import get_shop
from plugin.services.stores import adapter_for
from plugin.storage.models import AuditEntry, Draft, JobRecord, Shop
from tests.fakes.woocommerce_server import FakeWooCommerce

SAMPLE = Path(__file__).parents[2] / "fixtures" / "woocommerce" / "sample_products.csv"
MUGS = DraftFilter(kind="description", q="Batch Mug")


def _shop_with_mugs(session: Session, fake_wc: FakeWooCommerce, run_jobs, count: int) -> Shop:
    """A connected store with ``count`` new products lacking a description, drafts written."""
    for n in range(count):
        fake_wc.state.add_product(
            name=f"Batch Mug {n:02d}",
            description="",
            short_description="A stoneware mug.",
            sku=f"MUG-{n:02d}",
            regular_price="12.00",
        )
    key = fake_wc.add_key()
    shop = add_store_by_hand(
        session, url=fake_wc.url, key=key.consumer_key, secret=key.consumer_secret
    )
    session.commit()
    run_jobs()
    fake_wc.flush_deliveries()
    fake_wc.requests.clear()
    session.expire_all()
    return shop


def _mug_drafts(session: Session, shop: Shop) -> list[Draft]:
    session.expire_all()
    drafts = session.scalars(
        select(Draft).where(Draft.shop_id == shop.id, Draft.kind == "description")
    ).all()
    return sorted(
        (d for d in drafts if d.listing.title.startswith("Batch Mug")), key=lambda d: d.id
    )


def _approve_all_and_publish(
    session: Session, shop: Shop, run_jobs, count: int
) -> dict[int, Draft]:
    """The merchant bulk-approves the ``count`` mug drafts; the worker publishes them."""
    approve_passing(session, shop, MUGS, "merchant", expected=count)
    session.commit()
    run_jobs()
    return {d.id: d for d in _mug_drafts(session, shop)}


def _writes(fake_wc: FakeWooCommerce) -> list[tuple[str, str]]:
    return [(r.method, r.path) for r in fake_wc.requests if r.method in ("PUT", "POST", "PATCH")]


def test_bulk_approval_of_30_drafts_sends_two_batches_and_no_single_put(
    app, session, live_app, fake_wc, run_jobs
):
    shop = _shop_with_mugs(session, fake_wc, run_jobs, 30)
    drafts = _mug_drafts(session, shop)
    assert len(drafts) == 30 and {d.verdict for d in drafts} == {"pass"}

    result = approve_passing(session, shop, MUGS, "merchant", expected=30)
    session.commit()
    assert sorted(result.approved) == [d.id for d in drafts]
    jobs = session.scalars(
        select(JobRecord).where(JobRecord.name.in_(["publish", "publish_batch"]))
    )
    [job] = jobs.all()
    assert job.name == "publish_batch" and sorted(job.payload["draft_ids"]) == sorted(
        result.approved
    )

    run_jobs()
    batches = [r for r in fake_wc.requests if r.path == "/products/batch"]
    assert [len(r.body["update"]) for r in batches] == [25, 5]
    assert _writes(fake_wc) == [("POST", "/products/batch")] * 2
    for draft in _mug_drafts(session, shop):
        product = fake_wc.product(int(draft.listing.external_id))
        assert draft.status == "published", draft.error
        assert product["description"] == draft.content
        assert draft.previous_text == ""
        assert draft.pushed_hash
    # Our own pushes come back as webhooks; they are echoes, so no draft is written again.
    fake_wc.flush_deliveries()
    run_jobs()
    assert len(_mug_drafts(session, shop)) == 30


def test_an_item_the_store_refuses_fails_with_its_reason_and_the_others_publish(
    app, session, live_app, fake_wc, run_jobs
):
    shop = _shop_with_mugs(session, fake_wc, run_jobs, 4)
    drafts = _mug_drafts(session, shop)
    refused = int(drafts[1].listing.external_id)
    fake_wc.state.refuse_updates(refused)

    after = _approve_all_and_publish(session, shop, run_jobs, 4)
    bad = after[drafts[1].id]
    assert bad.status == "failed"
    assert "product_invalid_sku" in (bad.error or "") and "duplicated SKU" in (bad.error or "")
    assert fake_wc.product(refused)["description"] == ""
    assert [
        a.action
        for a in session.scalars(
            select(AuditEntry).where(AuditEntry.draft_id == bad.id).order_by(AuditEntry.id)
        )
    ][-1] == "publish_failed"
    for draft in (after[d.id] for d in drafts if d.id != bad.id):
        assert draft.status == "published"
        assert fake_wc.product(int(draft.listing.external_id))["description"] == draft.content
    assert _writes(fake_wc) == [("POST", "/products/batch")]
    [job] = session.scalars(select(JobRecord).where(JobRecord.name == "publish_batch")).all()
    assert job.status == "done"


def test_a_product_the_merchant_edited_is_a_conflict_and_stays_out_of_the_batch(
    app, session, live_app, fake_wc, run_jobs
):
    shop = _shop_with_mugs(session, fake_wc, run_jobs, 3)
    drafts = _mug_drafts(session, shop)
    edited = int(drafts[0].listing.external_id)
    fake_wc.edit_product(edited, description="<p>The merchant's own words.</p>")

    after = _approve_all_and_publish(session, shop, run_jobs, 3)
    conflict = after[drafts[0].id]
    assert conflict.status == "conflict"
    assert conflict.previous_text == "<p>The merchant's own words.</p>"
    assert fake_wc.product(edited)["description"] == "<p>The merchant's own words.</p>"
    [batch] = [r for r in fake_wc.requests if r.path == "/products/batch"]
    assert sorted(u["id"] for u in batch.body["update"]) == sorted(
        int(d.listing.external_id) for d in drafts[1:]
    )
    assert {after[d.id].status for d in drafts[1:]} == {"published"}


def test_when_every_item_fails_for_a_passing_reason_the_whole_job_is_retried(
    app, session, live_app, fake_wc, run_jobs
):
    shop = _shop_with_mugs(session, fake_wc, run_jobs, 2)
    drafts = _mug_drafts(session, shop)
    for draft in drafts:
        fake_wc.state.refuse_updates(
            int(draft.listing.external_id), "woocommerce_rest_busy", "Try again later.", 503
        )
    approve_passing(session, shop, MUGS, "merchant", expected=2)
    session.commit()
    run_jobs()  # the test app retries at once, so this runs every attempt
    [job] = session.scalars(select(JobRecord).where(JobRecord.name == "publish_batch")).all()
    session.refresh(job)
    assert job.attempts == job.max_attempts > 1
    assert "Try again later" in (job.last_error or "")
    batches = [r for r in fake_wc.requests if r.path == "/products/batch"]
    assert len(batches) == job.attempts
    # Nothing reached the store, so nothing is marked failed: the drafts wait, approved.
    assert {d.status for d in _mug_drafts(session, shop)} == {"approved"}


def test_a_catalogue_shop_without_a_batch_endpoint_still_publishes_every_draft(
    app: Flask, session: Session, run_jobs
):
    import_catalog(session, "sample", SAMPLE.read_bytes())
    session.commit()
    run_jobs()
    session.expire_all()
    shop = get_shop(session, "catalog", "sample")
    assert shop is not None
    f = DraftFilter(kind="description")
    result = approve_passing(session, shop, f, "merchant")
    session.commit()
    assert len(result.approved) >= 2
    [job] = session.scalars(select(JobRecord).where(JobRecord.name == "publish_batch")).all()
    assert sorted(job.payload["draft_ids"]) == sorted(result.approved)

    run_jobs()
    session.expire_all()
    published = [session.get(Draft, i) for i in result.approved]
    assert {d.status for d in published if d is not None} == {"published"}
    store = adapter_for(shop)
    for draft in published:
        assert draft is not None
        listing = store.fetch(draft.listing.external_id)
        assert listing is not None
        assert listing.text_for(DraftKind(draft.kind)) == draft.content


def test_a_products_description_and_short_description_go_out_as_one_batch_item(
    app, session, live_app, fake_wc, run_jobs
):
    from plugin.services.sync import queue_generation

    shop = _shop_with_mugs(session, fake_wc, run_jobs, 3)
    for draft in _mug_drafts(session, shop):
        queue_generation(draft.listing, [DraftKind.SHORT_DESCRIPTION])
    session.commit()
    run_jobs()
    both = DraftFilter(q="Batch Mug")
    result = approve_passing(session, shop, both, "merchant", expected=6)
    session.commit()
    assert len(result.approved) == 6
    fake_wc.requests.clear()
    run_jobs()

    [batch] = [r for r in fake_wc.requests if r.path == "/products/batch"]
    assert _writes(fake_wc) == [("POST", "/products/batch")]
    assert len(batch.body["update"]) == 3
    session.expire_all()
    published = session.scalars(select(Draft).where(Draft.id.in_(result.approved))).all()
    assert {d.status for d in published} == {"published"}
    for draft in published:
        product = fake_wc.product(int(draft.listing.external_id))
        field = "description" if draft.kind == "description" else "short_description"
        assert product[field] == draft.content
    for item in batch.body["update"]:
        assert set(item) == {"id", "description", "short_description"}


def test_a_batch_retried_after_a_crash_publishes_what_the_store_already_took(
    app, session, live_app, fake_wc, run_jobs
):
    """A try of the batch job pushed the first mug and died before committing: the retry
    finishes that draft without sending it again, and batches only the rest."""
    shop = _shop_with_mugs(session, fake_wc, run_jobs, 3)
    drafts = _mug_drafts(session, shop)
    approve_passing(session, shop, MUGS, "merchant", expected=3)
    session.commit()
    taken = drafts[0]
    adapter_for(shop).push(taken.listing.external_id, DraftKind.DESCRIPTION, taken.content)
    fake_wc.requests.clear()
    run_jobs()

    after = {d.id: d for d in _mug_drafts(session, shop)}
    for draft in after.values():
        assert draft.status == "published", draft.error
        assert draft.previous_text == "" and draft.pushed_hash
        assert fake_wc.product(int(draft.listing.external_id))["description"] == draft.content
    batches = [r for r in fake_wc.requests if r.path == "/products/batch"]
    assert [sorted(u["id"] for u in r.body["update"]) for r in batches] == [
        sorted(int(d.listing.external_id) for d in drafts[1:])
    ]
    actions = session.scalars(select(AuditEntry.action).where(AuditEntry.draft_id == taken.id))
    assert list(actions)[-1] == "publish"
