"""Decisions from the screen: approve and publish, override, edit, reject, regenerate, bulk,
revert and conflicts, each checked in the catalogue file that stands in for the store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from adapters.catalog.store import CatalogStore
from plugin.domain import DraftKind
from plugin.storage.models import AuditEntry, Draft, JobRecord, Shop
from tests.integration.screen.conftest import HOODIE

FIXED = (
    "<p>The Hoodie is a cosy, warm pullover for cool evenings in the park, in blue, green or "
    "red, and it is light enough to take anywhere you go.</p>"
)


def _store_text(shop: Shop, external_id: str) -> str:
    listing = CatalogStore(Path(shop.url)).fetch(external_id)
    assert listing is not None
    return listing.description_html


def _audit(app: Flask, draft_id: int) -> list[AuditEntry]:
    from plugin.storage.db import db

    with app.app_context():
        return list(
            db.session.scalars(
                select(AuditEntry).where(AuditEntry.draft_id == draft_id).order_by(AuditEntry.id)
            )
        )


def test_approving_publishes_through_the_queue_and_revert_puts_the_old_text_back(
    client: FlaskClient,
    csrf: str,
    shop_a: Shop,
    drafts_of: Callable[..., list[Draft]],
    run_jobs: Callable[[], int],
) -> None:
    belt = drafts_of(shop_a, "woo-belt")[0]
    before = _store_text(shop_a, "woo-belt")
    response = client.post(f"/drafts/{belt.id}/approve", data={"csrf_token": csrf})
    assert response.status_code == 302
    assert drafts_of(shop_a, "woo-belt")[0].status == "approved"
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Publishing to the store" in page
    assert '<noscript><meta http-equiv="refresh" content="3"></noscript>' in page
    assert "data-poll" in page
    run_jobs()
    assert drafts_of(shop_a, "woo-belt")[0].status == "published"
    assert "Meet the Belt" in _store_text(shop_a, "woo-belt")
    page = client.get(f"/drafts/{belt.id}").get_data(as_text=True)
    assert "Revert to the previous store text" in page
    assert "In the store before we published" in page

    response = client.post(f"/drafts/{belt.id}/revert", data={"csrf_token": csrf})
    assert "Putting the previous text back" in client.get(response.headers["Location"]).get_data(
        as_text=True
    )
    run_jobs()
    assert drafts_of(shop_a, "woo-belt")[0].status == "reverted"
    assert _store_text(shop_a, "woo-belt") == before


def test_a_blocked_draft_needs_an_override_reason_which_is_audited(
    app: Flask,
    client: FlaskClient,
    csrf: str,
    shop_a: Shop,
    drafts_of: Callable[..., list[Draft]],
) -> None:
    hoodie = drafts_of(shop_a, HOODIE)[0]
    response = client.post(f"/drafts/{hoodie.id}/approve", data={"csrf_token": csrf})
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "blocked by the guardrails" in page
    assert drafts_of(shop_a, HOODIE)[0].status == "pending"
    client.post(
        f"/drafts/{hoodie.id}/approve",
        data={"csrf_token": csrf, "override_reason": "The label says 5 lbs; the data is old."},
    )
    assert drafts_of(shop_a, HOODIE)[0].status == "approved"
    override = [e for e in _audit(app, hoodie.id) if e.action == "override"]
    assert override and override[0].reason == "The label says 5 lbs; the data is old."
    assert override[0].actor == "screen:shop-a"


def test_editing_re_runs_the_guardrails_until_the_draft_passes(
    client: FlaskClient,
    csrf: str,
    shop_a: Shop,
    drafts_of: Callable[..., list[Draft]],
    run_jobs: Callable[[], int],
) -> None:
    hoodie = drafts_of(shop_a, HOODIE)[0]
    response = client.post(
        f"/drafts/{hoodie.id}/edit",
        data={"csrf_token": csrf, "content": hoodie.content.replace("5 lbs", "8 kg")},
    )
    assert drafts_of(shop_a, HOODIE)[0].verdict == "block"
    assert "still blocked" in client.get(response.headers["Location"]).get_data(as_text=True)
    response = client.post(f"/drafts/{hoodie.id}/edit", data={"csrf_token": csrf, "content": FIXED})
    saved = drafts_of(shop_a, HOODIE)[0]
    assert (saved.verdict, saved.content) == ("pass", FIXED)
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "it passes" in page and "Approve and publish" in page
    client.post(f"/drafts/{hoodie.id}/approve", data={"csrf_token": csrf})
    run_jobs()
    assert _store_text(shop_a, HOODIE) == FIXED


def test_rejecting_keeps_the_reason_and_moves_on_to_the_next_draft(
    client: FlaskClient, csrf: str, shop_a: Shop, drafts_of: Callable[..., list[Draft]]
) -> None:
    hoodie = drafts_of(shop_a, HOODIE)[0]
    response = client.post(
        f"/drafts/{hoodie.id}/reject?status=pending",
        data={"csrf_token": csrf, "reason": "Too casual for us"},
    )
    rejected = drafts_of(shop_a, HOODIE)[0]
    assert (rejected.status, rejected.reason) == ("rejected", "Too casual for us")
    location = response.headers["Location"]
    assert location.startswith("/drafts/") and f"/drafts/{hoodie.id}?" not in location
    assert "Rejected the description draft for Hoodie" in client.get(location).get_data(
        as_text=True
    )


def test_regenerating_with_another_tone_supersedes_the_draft(
    app: Flask,
    client: FlaskClient,
    csrf: str,
    shop_a: Shop,
    drafts_of: Callable[..., list[Draft]],
    run_jobs: Callable[[], int],
) -> None:
    from plugin.storage.db import db

    cap = drafts_of(shop_a, "woo-cap")[0]
    client.post(f"/drafts/{cap.id}/regenerate", data={"csrf_token": csrf, "tone": "playful"})
    assert "Writing a new Description draft" in client.get(f"/drafts/{cap.id}").get_data(
        as_text=True
    )
    with app.app_context():
        job = db.session.scalars(
            select(JobRecord).where(JobRecord.name == "generate").order_by(JobRecord.id)
        ).all()[-1]
        assert job.payload["tone"] == "playful" and job.payload["kinds"] == ["description"]
    run_jobs()
    old, new = drafts_of(shop_a, "woo-cap")
    assert (old.status, new.status, new.tone, new.revision) == (
        "superseded",
        "pending",
        "playful",
        2,
    )
    page = client.get(f"/drafts/{old.id}").get_data(as_text=True)
    assert f'href="/drafts/{new.id}?status=pending">Open revision 2' in page
    assert "Writing a new" not in page


def test_approve_every_passing_draft_in_the_filter_after_confirming_the_count(
    client: FlaskClient,
    csrf: str,
    shop_a: Shop,
    drafts_of: Callable[..., list[Draft]],
    run_jobs: Callable[[], int],
) -> None:
    page = client.get("/bulk-approve?q=hoodie").get_data(as_text=True)
    assert "Approve 3 passing drafts?" in page
    assert 'name="expected" value="3"' in page
    response = client.post("/bulk-approve?q=hoodie", data={"csrf_token": csrf, "expected": "4"})
    assert "/bulk-approve" in response.headers["Location"]
    assert drafts_of(shop_a, status="approved") == []
    response = client.post("/bulk-approve?q=hoodie", data={"csrf_token": csrf, "expected": "3"})
    assert response.headers["Location"].startswith("/?")
    approved = drafts_of(shop_a, status="approved")
    assert sorted(d.listing.title for d in approved) == [
        "Hoodie with Logo",
        "Hoodie with Pocket",
        "Hoodie with Zipper",
    ]
    assert drafts_of(shop_a, HOODIE)[0].status == "pending"  # blocked, so never in bulk
    run_jobs()
    assert len(drafts_of(shop_a, status="published")) == 3


def test_a_conflict_shows_base_store_and_draft_and_either_side_can_win(
    client: FlaskClient,
    csrf: str,
    shop_a: Shop,
    drafts_of: Callable[..., list[Draft]],
    run_jobs: Callable[[], int],
    generate: Callable[..., None],
) -> None:
    store = CatalogStore(Path(shop_a.url))
    belt, beanie = drafts_of(shop_a, "woo-belt")[0], drafts_of(shop_a, "woo-beanie")[0]
    for draft in (belt, beanie):
        client.post(f"/drafts/{draft.id}/approve", data={"csrf_token": csrf})
    store.push("woo-belt", DraftKind.DESCRIPTION, "<p>The merchant rewrote the belt.</p>")
    store.push("woo-beanie", DraftKind.DESCRIPTION, "<p>The merchant rewrote the beanie.</p>")
    run_jobs()
    assert drafts_of(shop_a, "woo-belt")[0].status == "conflict"
    page = client.get(f"/drafts/{belt.id}").get_data(as_text=True)
    assert "When the draft was written" in page and "Pellentesque habitant" in page
    assert "The merchant rewrote the belt." in page
    assert "Meet the Belt" in page
    assert "<ins>The merchant rewrote the belt.</ins>" in page

    client.post(f"/drafts/{belt.id}/resolve", data={"csrf_token": csrf, "choice": "store"})
    assert drafts_of(shop_a, "woo-belt")[0].status == "rejected"
    assert _store_text(shop_a, "woo-belt") == "<p>The merchant rewrote the belt.</p>"

    client.post(f"/drafts/{beanie.id}/resolve", data={"csrf_token": csrf, "choice": "draft"})
    run_jobs()
    assert drafts_of(shop_a, "woo-beanie")[0].status == "published"
    assert "Meet the Beanie" in _store_text(shop_a, "woo-beanie")


def test_a_blocked_draft_in_conflict_wins_only_with_a_new_override_reason(
    app: Flask,
    client: FlaskClient,
    csrf: str,
    shop_a: Shop,
    drafts_of: Callable[..., list[Draft]],
    run_jobs: Callable[[], int],
) -> None:
    hoodie = drafts_of(shop_a, HOODIE)[0]
    assert hoodie.verdict == "block"
    approved = {"csrf_token": csrf, "override_reason": "the weight is right, checked"}
    client.post(f"/drafts/{hoodie.id}/approve", data=approved)
    CatalogStore(Path(shop_a.url)).push(HOODIE, DraftKind.DESCRIPTION, "<p>Merchant's text.</p>")
    run_jobs()
    assert drafts_of(shop_a, HOODIE)[0].status == "conflict"
    page = client.get(f"/drafts/{hoodie.id}").get_data(as_text=True)
    assert 'name="override_reason" required' in page

    choose = {"csrf_token": csrf, "choice": "draft"}
    client.post(f"/drafts/{hoodie.id}/resolve", data=choose)
    assert drafts_of(shop_a, HOODIE)[0].status == "conflict"
    assert "blocked by the guardrails" in client.get(f"/drafts/{hoodie.id}").get_data(as_text=True)
    assert _store_text(shop_a, HOODIE) == "<p>Merchant's text.</p>"

    client.post(f"/drafts/{hoodie.id}/resolve", data={**choose, "override_reason": "still right"})
    run_jobs()
    assert drafts_of(shop_a, HOODIE)[0].status == "published"
    assert _store_text(shop_a, HOODIE) == hoodie.content
    with app.app_context():
        from plugin.storage.db import db

        reasons = db.session.scalars(
            select(AuditEntry.reason)
            .where(AuditEntry.draft_id == hoodie.id, AuditEntry.action == "override")
            .order_by(AuditEntry.id)
        ).all()
    assert reasons == ["the weight is right, checked", "still right"]


def test_the_pages_javascript_approves_through_the_api_with_the_csrf_header(
    client: FlaskClient, csrf: str, shop_a: Shop, drafts_of: Callable[..., list[Draft]]
) -> None:
    belt = drafts_of(shop_a, "woo-belt")[0]
    refused = client.post(f"/api/drafts/{belt.id}/approve", json={})
    assert refused.status_code == 400
    response = client.post(
        f"/api/drafts/{belt.id}/approve", json={}, headers={"X-CSRF-Token": csrf}
    )
    assert response.status_code == 202
    assert client.get(f"/api/drafts/{belt.id}").get_json()["status"] == "approved"
