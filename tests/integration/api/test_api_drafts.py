"""The JSON API: authentication, shop scoping, shapes, decisions and bad input."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from plugin.domain import Platform
from plugin.platforms.catalog import import_catalog
from plugin.services.shops import connect_shop, issue_api_token
from plugin.storage.db import db
from plugin.storage.models import AuditEntry, Draft
from tests.integration.pipeline.conftest import SAMPLE


def setup_shops(app: Flask, run_jobs) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    with app.app_context():
        import_catalog(db.session, "sample", SAMPLE.read_bytes())
        db.session.commit()
    run_jobs()
    with app.app_context():
        from plugin.services.shops import find_shop_by_name

        shop = find_shop_by_name(db.session, "sample")
        other = connect_shop(
            db.session,
            platform=Platform.CATALOG,
            name="other",
            url="/nonexistent.csv",
            credentials={},
        )
        tokens = issue_api_token(db.session, shop), issue_api_token(db.session, other)
        db.session.commit()
        return tokens


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def first_draft_id(client: FlaskClient, token: str) -> int:
    return client.get("/api/drafts?status=pending", headers=auth(token)).get_json()["items"][0][
        "id"
    ]


def test_no_or_wrong_token_is_401(client: FlaskClient) -> None:
    assert client.get("/api/drafts").status_code == 401
    response = client.get("/api/drafts", headers=auth("cd_wrong"))
    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "unauthorized"


def test_list_shape_and_filters(app: Flask, client: FlaskClient, run_jobs) -> None:  # type: ignore[no-untyped-def]
    token, _ = setup_shops(app, run_jobs)
    body = client.get("/api/drafts", headers=auth(token)).get_json()
    assert body["total"] >= 15 and len(body["items"]) == min(50, body["total"])
    item = body["items"][0]
    for key in (
        "id",
        "listing_id",
        "kind",
        "status",
        "verdict",
        "content",
        "findings",
        "base_text",
        "created_at",
    ):
        assert key in item
    assert client.get("/api/drafts?status=published", headers=auth(token)).get_json()["total"] == 0
    assert client.get("/api/drafts?status=nonsense", headers=auth(token)).status_code == 400
    listings = client.get("/api/listings?sku=woo-beanie", headers=auth(token)).get_json()
    assert listings["total"] == 1 and listings["items"][0]["external_id"] == "woo-beanie"


def test_another_shops_draft_is_404(app: Flask, client: FlaskClient, run_jobs) -> None:  # type: ignore[no-untyped-def]
    token, other_token = setup_shops(app, run_jobs)
    draft_id = first_draft_id(client, token)
    assert client.get(f"/api/drafts/{draft_id}", headers=auth(other_token)).status_code == 404
    response = client.post(f"/api/drafts/{draft_id}/approve", headers=auth(other_token), json={})
    assert response.status_code == 404
    assert (
        client.get(f"/api/drafts/{draft_id}", headers=auth(token)).get_json()["status"] == "pending"
    )


def test_no_route_reaches_another_shops_draft_or_listing(
    app: Flask, client: FlaskClient, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    token, other_token = setup_shops(app, run_jobs)
    draft = client.get("/api/drafts?status=pending", headers=auth(token)).get_json()["items"][0]
    listing_id = draft["listing_id"]
    own = client.get(f"/api/listings/{listing_id}", headers=auth(token))
    assert own.status_code == 200 and own.get_json()["id"] == listing_id
    calls = [
        ("get", f"/api/listings/{listing_id}", None),
        ("post", f"/api/listings/{listing_id}/generate", {"kinds": ["seo"]}),
        ("post", f"/api/drafts/{draft['id']}/reject", {"reason": "not mine"}),
        ("post", f"/api/drafts/{draft['id']}/revert", {}),
        ("post", f"/api/drafts/{draft['id']}/approve", {}),
    ]
    for method, url, body in calls:
        response = getattr(client, method)(url, headers=auth(other_token), json=body)
        assert response.status_code == 404, (method, url, response.get_json())
    after = client.get(f"/api/drafts/{draft['id']}", headers=auth(token)).get_json()
    assert after["status"] == "pending"
    with app.app_context():
        generated = db.session.scalars(select(Draft).where(Draft.kind == "seo")).all()
    run_jobs()
    with app.app_context():
        assert db.session.scalars(select(Draft).where(Draft.kind == "seo")).all() == generated


def test_the_audit_log_names_the_caller_by_its_login_not_by_a_header(
    app: Flask, client: FlaskClient, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    token, _ = setup_shops(app, run_jobs)
    draft_id = first_draft_id(client, token)
    response = client.post(
        f"/api/drafts/{draft_id}/reject",
        headers={**auth(token), "X-Copydesk-Actor": "system"},
        json={"reason": "not for us"},
    )
    assert response.status_code == 200
    with app.app_context():
        entry = db.session.scalars(
            select(AuditEntry).where(AuditEntry.draft_id == draft_id, AuditEntry.action == "reject")
        ).one()
        draft = db.session.get(Draft, draft_id)
        assert (
            entry.actor == "api:sample" and draft is not None and draft.decided_by == "api:sample"
        )


def test_approve_with_edits_and_reject(app: Flask, client: FlaskClient, run_jobs) -> None:  # type: ignore[no-untyped-def]
    token, _ = setup_shops(app, run_jobs)
    items = client.get("/api/drafts?status=pending", headers=auth(token)).get_json()["items"]
    # the first pending draft is the V-Neck T-Shirt's: the edit must not call it another kind
    edited = "<p>Warm and soft for cool days.</p><p>Pull it on and head out the door.</p>"
    response = client.post(
        f"/api/drafts/{items[0]['id']}/approve", headers=auth(token), json={"content": edited}
    )
    assert response.status_code == 202
    assert response.get_json()["status"] == "approved"
    assert response.get_json()["content"] == edited
    rejected = client.post(
        f"/api/drafts/{items[1]['id']}/reject", headers=auth(token), json={"reason": "too bland"}
    )
    assert rejected.get_json()["status"] == "rejected"
    again = client.post(f"/api/drafts/{items[1]['id']}/approve", headers=auth(token), json={})
    assert again.status_code == 409


def test_a_short_true_edit_by_the_merchant_warns_on_length_and_is_approved(  # type: ignore[no-untyped-def]
    app: Flask, client: FlaskClient, run_jobs
) -> None:
    token, _ = setup_shops(app, run_jobs)
    draft_id = first_draft_id(client, token)
    response = client.post(
        f"/api/drafts/{draft_id}/approve",
        headers=auth(token),
        json={"content": "<p>Warm and soft.</p>"},
    )
    assert response.status_code == 202, response.get_json()
    with app.app_context():
        draft = db.session.get(Draft, draft_id)
        assert draft is not None and draft.status == "approved" and draft.verdict == "warn"
        assert [f["rule"] for f in draft.findings] == ["quality.length"]


def test_blocked_draft_needs_an_override_reason(app: Flask, client: FlaskClient, run_jobs) -> None:  # type: ignore[no-untyped-def]
    token, _ = setup_shops(app, run_jobs)
    draft_id = first_draft_id(client, token)
    with app.app_context():
        draft = db.session.get(Draft, draft_id)
        assert draft is not None
        draft.verdict = "block"
        db.session.commit()
    refused = client.post(f"/api/drafts/{draft_id}/approve", headers=auth(token), json={})
    assert refused.status_code == 409
    assert refused.get_json()["error"]["code"] == "blocked"
    ok = client.post(
        f"/api/drafts/{draft_id}/approve",
        headers=auth(token),
        json={"override_reason": "the weight is right, the supplier sheet says so"},
    )
    assert ok.status_code == 202
    with app.app_context():
        actions = [
            a.action
            for a in db.session.scalars(select(AuditEntry).where(AuditEntry.draft_id == draft_id))
        ]
        reasons = [
            a.reason
            for a in db.session.scalars(select(AuditEntry).where(AuditEntry.action == "override"))
        ]
    assert actions.count("override") == 1 and "approve" in actions
    assert reasons == ["the weight is right, the supplier sheet says so"]


def test_malformed_json_is_400(app: Flask, client: FlaskClient, run_jobs) -> None:  # type: ignore[no-untyped-def]
    token, _ = setup_shops(app, run_jobs)
    draft_id = first_draft_id(client, token)
    response = client.post(
        f"/api/drafts/{draft_id}/approve",
        headers={**auth(token), "Content-Type": "application/json"},
        data=b"{not json",
    )
    assert response.status_code == 400
    assert "error" in response.get_json()


def test_generate_queues_a_job_for_the_listing(app: Flask, client: FlaskClient, run_jobs) -> None:  # type: ignore[no-untyped-def]
    token, _ = setup_shops(app, run_jobs)
    listing_id = client.get("/api/listings?sku=woo-beanie", headers=auth(token)).get_json()[
        "items"
    ][0]["id"]
    response = client.post(
        f"/api/listings/{listing_id}/generate",
        headers=auth(token),
        json={"kinds": ["seo"], "tone": "playful"},
    )
    assert response.status_code == 202
    run_jobs()
    seo = client.get("/api/drafts?kind=seo", headers=auth(token)).get_json()["items"]
    assert [d["listing_id"] for d in seo] == [listing_id]
    assert seo[0]["tone"] == "playful"


def test_healthz_reports_database_queue_and_model(client: FlaskClient) -> None:
    body = client.get("/healthz").get_json()
    assert body["status"] == "ok" and body["database"] == "ok"
    assert "jobs" in body["queue"] and "loaded" in body["model"]


def test_reply_drafts_are_decided_in_the_questions_inbox_not_here(
    app: Flask,
    client: FlaskClient,
    run_jobs,  # type: ignore[no-untyped-def]
) -> None:
    token, _ = setup_shops(app, run_jobs)
    listing_id = client.get("/api/listings?sku=woo-beanie", headers=auth(token)).get_json()[
        "items"
    ][0]["id"]
    asked = client.post(
        "/api/questions",
        headers=auth(token),
        json={"listing_id": listing_id, "question": "What colour is it?", "customer_ref": "c1"},
    )
    assert asked.status_code == 202
    run_jobs()
    with app.app_context():
        reply = db.session.scalar(select(Draft).where(Draft.question_id.is_not(None)))
        assert reply is not None
        reply_id = reply.id
    assert client.get(f"/api/drafts/{reply_id}", headers=auth(token)).status_code == 404
    response = client.post(f"/api/drafts/{reply_id}/approve", headers=auth(token), json={})
    assert response.status_code == 404
    assert all(
        d["kind"] != "reply"
        for d in client.get("/api/drafts", headers=auth(token)).get_json()["items"]
    )


def test_a_body_nested_too_deeply_is_400_not_a_crash(
    app: Flask, client: FlaskClient, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    token, _ = setup_shops(app, run_jobs)
    draft_id = first_draft_id(client, token)
    for depth in (100, 1500):
        body = '{"reason": ' + "[" * depth + "]" * depth + "}"
        response = client.post(
            f"/api/drafts/{draft_id}/reject",
            data=body,
            headers={**auth(token), "Content-Type": "application/json"},
        )
        assert response.status_code == 400
        assert response.get_json()["error"]["code"] == "invalid"
    assert client.get(f"/api/drafts/{draft_id}", headers=auth(token)).get_json()["status"] == (
        "pending"
    )
