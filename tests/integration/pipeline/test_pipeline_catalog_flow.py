"""The whole loop on a CSV catalogue: import → drafts → approve → publish → export → revert."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from flask import Flask
from sqlalchemy import select

from adapters.catalog.store import CatalogStore
from plugin.domain import DraftKind
from plugin.jobs.worker import Worker
from plugin.platforms.catalog import import_catalog
from plugin.services import review
from plugin.services.sync import GENERATE_BATCH
from plugin.storage.db import db
from plugin.storage.models import Draft, JobRecord, ListingRecord, Shop
from tests.fakes.engine import FakeEngine
from tests.integration.pipeline.conftest import SAMPLE

HOODIE = "woo-hoodie-with-logo"


def drafts(app: Flask, **where: object) -> list[Draft]:
    with app.app_context():
        query = select(Draft)
        for key, value in where.items():
            query = query.where(getattr(Draft, key) == value)
        return list(db.session.scalars(query))


def hoodie_draft(app: Flask) -> Draft:
    with app.app_context():
        record = db.session.scalar(select(ListingRecord).where(ListingRecord.external_id == HOODIE))
        assert record is not None
        found = db.session.scalar(
            select(Draft).where(Draft.listing_id == record.id, Draft.status == "pending")
        )
        assert found is not None
        return found


def test_import_queues_drafts_for_placeholder_descriptions(
    app: Flask, sample_shop: Shop, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    run_jobs()
    pending = drafts(app, status="pending")
    with app.app_context():
        listings = db.session.scalars(select(ListingRecord)).all()
    assert len(listings) >= 15
    # Every sample description is lorem ipsum filler, so every product gets a description draft.
    assert {d.listing_id for d in pending} == {r.id for r in listings}
    assert all(d.kind == "description" and d.base_text for d in pending)


def test_reimporting_the_same_file_changes_nothing(app: Flask, sample_shop: Shop, run_jobs) -> None:  # type: ignore[no-untyped-def]
    run_jobs()
    with app.app_context():
        jobs_before = db.session.query(JobRecord).count()
        report = import_catalog(db.session, "sample", SAMPLE.read_bytes())
        db.session.commit()
        assert report.changed == 0
        assert db.session.query(JobRecord).count() == jobs_before


def test_a_changed_row_updates_only_that_listing(app: Flask, sample_shop: Shop) -> None:
    rows = list(csv.reader(io.StringIO(SAMPLE.read_text(encoding="utf-8-sig"))))
    header = rows[0]
    for row in rows[1:]:
        if row[header.index("SKU")] == HOODIE:
            row[header.index("Regular price")] = "49"
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    with app.app_context():
        report = import_catalog(db.session, "sample", out.getvalue().encode())
        db.session.commit()
        assert report.changed == 1
        record = db.session.scalar(select(ListingRecord).where(ListingRecord.external_id == HOODIE))
        assert record is not None and record.to_listing().price == "49"


def test_a_reimport_that_only_changes_stock_refreshes_it_without_new_copy(
    app: Flask, sample_shop: Shop, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    """Stock is what shoppers' questions are answered from: a re-import must store it even
    though the listing's content (and so its copy) is unchanged, as a webhook re-read does."""
    run_jobs()
    rows = list(csv.reader(io.StringIO(SAMPLE.read_text(encoding="utf-8-sig"))))
    header = rows[0]
    for row in rows[1:]:
        if row[header.index("SKU")] == HOODIE:
            row[header.index("In stock?")] = "0"
            row[header.index("Stock")] = "0"
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    with app.app_context():
        before = db.session.scalar(select(ListingRecord).where(ListingRecord.external_id == HOODIE))
        assert before is not None and before.to_listing().in_stock is not False
        content_hash = before.content_hash
        jobs_before = db.session.query(JobRecord).count()
        report = import_catalog(db.session, "sample", out.getvalue().encode())
        db.session.commit()
        assert report.changed == 0
        assert db.session.query(JobRecord).count() == jobs_before
    with app.app_context():
        record = db.session.scalar(select(ListingRecord).where(ListingRecord.external_id == HOODIE))
        assert record is not None
        assert record.to_listing().in_stock is False
        assert record.to_listing().stock_quantity == 0
        assert record.content_hash == content_hash


def test_approve_publishes_into_the_catalogue_and_export_keeps_other_cells(
    app: Flask,
    sample_shop: Shop,
    run_jobs,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    run_jobs()
    draft = hoodie_draft(app)
    with app.app_context():
        review.approve_draft(db.session, db.session.get(Draft, draft.id), "tester")  # type: ignore[arg-type]
        db.session.commit()
    run_jobs()
    published = drafts(app, id=draft.id)[0]
    assert published.status == "published"
    with app.app_context():
        shop = db.session.get(Shop, sample_shop.id)
        assert shop is not None
        store = CatalogStore(Path(shop.url))
        listing = store.fetch(HOODIE)
        assert listing is not None and listing.description_html == published.content
        from plugin.platforms.catalog import export_catalog_file

        export_catalog_file(db.session, "sample", tmp_path / "out.csv")
    before = list(csv.reader(io.StringIO(SAMPLE.read_text(encoding="utf-8-sig"))))
    after = list(csv.reader(io.StringIO((tmp_path / "out.csv").read_text(encoding="utf-8-sig"))))
    assert len(before) == len(after)
    description = before[0].index("Description")
    for old, new in zip(before, after, strict=True):
        changed = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
        if new[before[0].index("SKU")] == HOODIE:
            assert changed == [description]
            assert new[description] == published.content
        else:
            assert changed == []


def test_merchant_edit_after_the_draft_becomes_a_conflict(
    app: Flask,
    sample_shop: Shop,
    run_jobs,  # type: ignore[no-untyped-def]
) -> None:
    run_jobs()
    draft = hoodie_draft(app)
    merchant_text = "<p>Our own words, written in the store after the draft.</p>"
    with app.app_context():
        shop = db.session.get(Shop, sample_shop.id)
        assert shop is not None
        CatalogStore(Path(shop.url)).push(HOODIE, DraftKind.DESCRIPTION, merchant_text)
        review.approve_draft(db.session, db.session.get(Draft, draft.id), "tester")  # type: ignore[arg-type]
        db.session.commit()
    run_jobs()
    after = drafts(app, id=draft.id)[0]
    assert after.status == "conflict"
    assert after.previous_text == merchant_text
    with app.app_context():
        shop = db.session.get(Shop, sample_shop.id)
        assert shop is not None
        listing = CatalogStore(Path(shop.url)).fetch(HOODIE)
        assert listing is not None and listing.description_html == merchant_text


def test_revert_restores_the_previous_text_and_starts_no_new_generation(
    app: Flask,
    sample_shop: Shop,
    run_jobs,  # type: ignore[no-untyped-def]
) -> None:
    run_jobs()
    draft = hoodie_draft(app)
    with app.app_context():
        original = db.session.get(Draft, draft.id).base_text  # type: ignore[union-attr]
        review.approve_draft(db.session, db.session.get(Draft, draft.id), "tester")  # type: ignore[arg-type]
        db.session.commit()
    run_jobs()
    with app.app_context():
        review.request_revert(db.session, db.session.get(Draft, draft.id), "tester")  # type: ignore[arg-type]
        db.session.commit()
    run_jobs()
    assert drafts(app, id=draft.id)[0].status == "reverted"
    with app.app_context():
        shop = db.session.get(Shop, sample_shop.id)
        assert shop is not None
        listing = CatalogStore(Path(shop.url)).fetch(HOODIE)
        assert listing is not None and listing.description_html == original
        from plugin.services.sync import reconcile_shop

        generate_jobs = db.session.query(JobRecord).filter_by(name="generate").count()
        reconcile_shop(db.session, shop, full=True)
        db.session.commit()
        assert db.session.query(JobRecord).filter_by(name="generate").count() == generate_jobs


def test_a_publish_that_died_after_its_push_completes_on_the_next_try(
    app: Flask,
    sample_shop: Shop,
    run_jobs,  # type: ignore[no-untyped-def]
) -> None:
    """The file was written, then the worker died before committing: the retry sees our own text
    in the catalogue, not a merchant's edit, and finishes the publish, revert included."""
    from plugin.domain import text_hash
    from plugin.storage.models import AuditEntry

    run_jobs()
    draft = hoodie_draft(app)
    with app.app_context():
        original = db.session.get(Draft, draft.id).base_text  # type: ignore[union-attr]
        review.approve_draft(db.session, db.session.get(Draft, draft.id), "tester")  # type: ignore[arg-type]
        db.session.commit()
        shop = db.session.get(Shop, sample_shop.id)
        assert shop is not None
        CatalogStore(Path(shop.url)).push(HOODIE, DraftKind.DESCRIPTION, draft.content)
    run_jobs()
    after = drafts(app, id=draft.id)[0]
    assert after.status == "published", after.error
    assert after.pushed_hash == text_hash(draft.content)
    assert after.previous_text == original
    with app.app_context():
        actions = db.session.scalars(
            select(AuditEntry.action).where(AuditEntry.draft_id == draft.id)
        ).all()
        assert actions[-1] == "publish"
        review.request_revert(db.session, db.session.get(Draft, draft.id), "tester")  # type: ignore[arg-type]
        db.session.commit()
    run_jobs()
    assert drafts(app, id=draft.id)[0].status == "reverted"
    with app.app_context():
        listing = CatalogStore(Path(shop.url)).fetch(HOODIE)
        assert listing is not None and listing.description_html == original


def test_a_blocked_draft_is_regenerated_with_the_findings_as_feedback(
    tmp_path: Path,
) -> None:
    from tests.conftest import make_app

    wrong = "<p>The Hoodie with Logo weighs 5 kg and is made of silk.</p>"
    right = (
        "<p>The Hoodie with Logo comes in Blue and keeps you warm on cool evenings.</p>"
        "<p>Pull it on over a T-shirt and head out.</p>"
    )
    engine = FakeEngine(scripted={HOODIE: [wrong, right]})
    app = make_app(tmp_path)
    app.extensions["copydesk.engine"].use(engine)
    with app.app_context():
        import_catalog(db.session, "sample", SAMPLE.read_bytes())
        db.session.commit()
    Worker(app).run_until_idle()
    hoodie_requests = [r for r in engine.requests if r.listing.external_id == HOODIE]
    assert len(hoodie_requests) == 2
    assert hoodie_requests[0].feedback == ()
    assert hoodie_requests[1].feedback, "the second try must carry the guardrails' findings"
    assert hoodie_requests[1].seed is not None
    draft = hoodie_draft(app)
    assert draft.content == right
    assert draft.verdict != "block"


def test_an_import_queues_generation_in_batches(app: Flask, sample_shop: Shop) -> None:
    with app.app_context():
        listings = db.session.query(ListingRecord).count()
        jobs = db.session.scalars(select(JobRecord).where(JobRecord.name == "generate")).all()
    sizes = sorted((len(j.payload["listing_ids"]) for j in jobs), reverse=True)
    assert sum(sizes) == listings
    assert sizes[0] == min(listings, GENERATE_BATCH)
    assert len(jobs) == -(-listings // GENERATE_BATCH)


def test_an_faq_draft_is_written_from_the_merchants_approved_answers(
    app: Flask,
    sample_shop: Shop,
    run_jobs,
    engine: FakeEngine,  # type: ignore[no-untyped-def]
) -> None:
    from plugin.services import questions
    from plugin.services.sync import queue_generation

    run_jobs()
    with app.app_context():
        shop = db.session.get(Shop, sample_shop.id)
        assert shop is not None
        record = questions.resolve_listing(db.session, shop, sku=HOODIE)
        asked = questions.submit_question(db.session, shop, record, "Can I wash it at 40 degrees?")
        db.session.commit()
        question_id = asked.id
    run_jobs()
    with app.app_context():
        asked = questions.get_question(db.session, shop, question_id)
        questions.approve_reply(
            db.session,
            asked,
            "merchant",
            content="Yes, it can be washed at 40 degrees.",
            override_reason="the care label says so",
        )
        record = questions.resolve_listing(db.session, shop, sku=HOODIE)
        queue_generation(record, [DraftKind.FAQ])
        db.session.commit()
    run_jobs()
    (faq_request,) = [r for r in engine.requests if r.kind is DraftKind.FAQ]
    assert faq_request.facts == (
        "Q: Can I wash it at 40 degrees? A: Yes, it can be washed at 40 degrees.",
    )
