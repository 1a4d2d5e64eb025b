"""``/api/campaigns``: a brief in, checked drafts per channel and audience out, decisions,
another version of a draft, shop scoping, and the approved copy exported as JSON and CSV."""

from __future__ import annotations

import csv
import io
import json

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from plugin.domain import Platform
from plugin.platforms.catalog import import_catalog
from plugin.services.shops import connect_shop, find_shop_by_name, issue_api_token, update_settings
from plugin.storage.db import db
from plugin.storage.models import AuditEntry
from tests.integration.api.test_api_drafts import auth

DEMO = "plugin/demo/demo_catalog.csv"
AUDIENCES = [
    {"name": "gift buyers", "description": "shopping for someone else"},
    {"name": "campers", "description": "heading out for a night under the stars"},
]


def setup(app: Flask) -> tuple[str, str]:
    from pathlib import Path

    with app.app_context():
        import_catalog(db.session, "demo", Path(DEMO).read_bytes())
        shop = find_shop_by_name(db.session, "demo")
        update_settings(db.session, shop, {"audiences": AUDIENCES, "auto_generate": "never"})
        other = connect_shop(
            db.session, platform=Platform.CATALOG, name="other", url="/x.csv", credentials={}
        )
        tokens = issue_api_token(db.session, shop), issue_api_token(db.session, other)
        db.session.commit()
        return tokens


def create(client: FlaskClient, token: str, **brief: object):  # type: ignore[no-untyped-def]
    body = {
        "products": ["FW-BTL-750", "FW-MUG-350"],
        "channels": ["email", "social", "ads", "collection_intro"],
        **brief,
    }
    return client.post("/api/campaigns", json=body, headers=auth(token))


def test_a_brief_gives_one_checked_draft_per_channel_and_audience(  # type: ignore[no-untyped-def]
    app: Flask, client: FlaskClient, run_jobs
) -> None:
    token, other = setup(app)
    response = create(
        client,
        token,
        goal="sale",
        offer="15% off until Sunday",
        audiences=["gift buyers", "Campers"],
        collection="",
    )
    assert response.status_code == 202, response.get_json()
    created = response.get_json()
    assert created["status"] == "pending" and created["brief"]["offer"] == "15% off until Sunday"
    run_jobs()
    body = client.get(f"/api/campaigns/{created['id']}", headers=auth(token)).get_json()
    assert body["status"] == "ready"
    drafts = body["drafts"]
    assert sorted((d["channel"], d["audience"]) for d in drafts) == sorted(
        (c, a)
        for c in ("email", "social", "ads", "collection_intro")
        for a in ("gift buyers", "campers")
    )
    for draft in drafts:
        assert draft["verdict"] != "block", (draft["channel"], draft["findings"])
        assert all(f["field"] for f in draft["findings"])
        for field in draft["fields"]:
            assert field["characters"] == len(field["text"]) and field["limit"]
    email = next(d for d in drafts if d["channel"] == "email")
    assert len(email["content"]["subject"]) <= 60
    assert "The offer: 15% off until Sunday." in email["content"]["body"]
    listed = client.get("/api/campaigns", headers=auth(token)).get_json()
    assert listed["total"] == 1 and "drafts" not in listed["items"][0]
    assert client.get(f"/api/campaigns/{created['id']}", headers=auth(other)).status_code == 404
    assert client.get("/api/campaigns", headers=auth(other)).get_json()["total"] == 0


def test_bad_briefs_are_refused(app: Flask, client: FlaskClient) -> None:
    token, _ = setup(app)
    unknown = create(client, token, audiences=["runners"])
    assert unknown.status_code == 400
    assert "gift buyers" in unknown.get_json()["error"]["message"]
    assert create(client, token, collection="Drinkware").status_code == 400
    assert create(client, token, goal="sale").status_code == 400  # a sale without its offer
    assert create(client, token, channels=["fax"]).status_code == 400
    assert create(client, token, products=["nope"]).status_code == 404
    assert client.get("/api/campaigns").status_code == 401


def test_a_collection_brief_takes_the_collections_products(  # type: ignore[no-untyped-def]
    app: Flask, client: FlaskClient, run_jobs
) -> None:
    token, _ = setup(app)
    response = create(client, token, products=[], collection="Drinkware", channels=["ads"])
    assert response.status_code == 202
    assert len(response.get_json()["brief"]["listing_ids"]) == 2


def test_decisions_history_and_export(app: Flask, client: FlaskClient, run_jobs) -> None:  # type: ignore[no-untyped-def]
    token, _ = setup(app)
    campaign = create(client, token, offer="Free shipping this week").get_json()
    run_jobs()
    drafts = client.get(f"/api/campaigns/{campaign['id']}", headers=auth(token)).get_json()[
        "drafts"
    ]
    email = next(d for d in drafts if d["channel"] == "email")
    ads = next(d for d in drafts if d["channel"] == "ads")
    social = next(d for d in drafts if d["channel"] == "social")

    # An edit over a hard limit stays blocked: no override gets it through.
    long_subject = {**email["content"], "subject": "x" * 61}
    over = client.post(
        f"/api/campaigns/drafts/{email['id']}/approve",
        json={"content": long_subject, "override_reason": "I like it long"},
        headers=auth(token),
    )
    assert over.status_code == 409 and over.get_json()["error"]["code"] == "over_limit"

    # A discount the offer never made is blocked; an override with a reason may approve it.
    discounted = {**email["content"], "preheader": "Take 30% off everything today."}
    blocked = client.post(
        f"/api/campaigns/drafts/{email['id']}/approve",
        json={"content": discounted},
        headers=auth(token),
    )
    assert blocked.status_code == 409 and blocked.get_json()["error"]["code"] == "blocked"
    approved = client.post(
        f"/api/campaigns/drafts/{email['id']}/approve",
        json={"content": discounted, "override_reason": "the offer was extended"},
        headers=auth(token),
    )
    assert approved.status_code == 200, approved.get_json()
    assert approved.get_json()["status"] == "approved"
    assert (
        client.post(f"/api/campaigns/drafts/{ads['id']}/approve", headers=auth(token)).status_code
        == 200
    )
    rejected = client.post(
        f"/api/campaigns/drafts/{social['id']}/reject",
        json={"reason": "not this week"},
        headers=auth(token),
    )
    assert rejected.get_json()["status"] == "rejected"

    with app.app_context():
        actions = [
            e.action
            for e in db.session.scalars(
                select(AuditEntry).where(AuditEntry.campaign_draft_id == email["id"])
            )
        ]
    assert actions.count("edit") >= 1 and "override" in actions and "approve" in actions

    exported = client.get(f"/api/campaigns/{campaign['id']}/export", headers=auth(token)).get_json()
    channels = {row["channel"] for row in exported["items"]}
    assert channels == {"email", "ads"}  # the rejected and the pending are not exported
    subject = next(r for r in exported["items"] if r["field"] == "subject")
    assert subject["characters"] == len(subject["text"]) and "60" in subject["limit"]
    headlines = [r for r in exported["items"] if r["field"].startswith("headlines[")]
    assert 5 <= len(headlines) <= 15 and all(r["characters"] <= 30 for r in headlines)

    response = client.get(f"/api/campaigns/{campaign['id']}/export?format=csv", headers=auth(token))
    assert response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert len(rows) == exported["total"]
    assert set(rows[0]) == {
        "campaign_id",
        "campaign",
        "channel",
        "audience",
        "field",
        "text",
        "characters",
        "words",
        "limit",
    }


def test_regenerating_a_draft_writes_another_version_and_keeps_the_old_text(  # type: ignore[no-untyped-def]
    app: Flask, client: FlaskClient, run_jobs
) -> None:
    token, other = setup(app)
    campaign = create(client, token, audiences=["gift buyers", "campers"]).get_json()
    run_jobs()
    url = f"/api/campaigns/{campaign['id']}"
    drafts = client.get(url, headers=auth(token)).get_json()["drafts"]
    email = next(d for d in drafts if (d["channel"], d["audience"]) == ("email", "gift buyers"))
    regenerate = f"/api/campaigns/drafts/{email['id']}/regenerate"
    assert client.post(regenerate, headers=auth(other)).status_code == 404

    response = client.post(regenerate, json={"reason": "too plain"}, headers=auth(token))
    assert response.status_code == 202
    body = response.get_json()
    assert body["draft_id"] == email["id"] and body["campaign_id"] == campaign["id"]
    assert client.get(url, headers=auth(token)).get_json()["status"] == "pending"
    run_jobs()

    view = client.get(url, headers=auth(token)).get_json()
    assert view["status"] == "ready"
    new = next(
        d for d in view["drafts"] if (d["channel"], d["audience"]) == ("email", "gift buyers")
    )
    assert new["id"] != email["id"] and new["revision"] == email["revision"] + 1
    assert new["status"] == "pending" and new["content"] != email["content"]
    assert not [f for f in new["findings"] if f["severity"] == "block"]
    # Only that draft is written again: the other channels and audiences keep theirs.
    untouched = {d["id"] for d in drafts} - {email["id"]}
    assert {d["id"] for d in view["drafts"]} == untouched | {new["id"]}
    with app.app_context():
        [entry] = db.session.scalars(
            select(AuditEntry).where(
                AuditEntry.campaign_draft_id == email["id"], AuditEntry.action == "regenerate"
            )
        )
        assert entry.reason == "too plain" and entry.actor == "api:demo"
        assert json.loads(entry.text) == email["content"]

    # The one it replaced, an approved one (its copy is in the export) cannot be regenerated;
    # a rejected one can.
    replaced = client.post(regenerate, headers=auth(token))
    assert replaced.status_code == 409
    assert replaced.get_json()["error"]["code"] == "superseded_draft"
    ads = next(d for d in view["drafts"] if (d["channel"], d["audience"]) == ("ads", "campers"))
    client.post(f"/api/campaigns/drafts/{ads['id']}/approve", headers=auth(token))
    approved = client.post(f"/api/campaigns/drafts/{ads['id']}/regenerate", headers=auth(token))
    assert approved.status_code == 409
    assert approved.get_json()["error"]["code"] == "approved_draft"
    social = next(d for d in view["drafts"] if d["channel"] == "social")
    client.post(f"/api/campaigns/drafts/{social['id']}/reject", headers=auth(token))
    again = client.post(f"/api/campaigns/drafts/{social['id']}/regenerate", headers=auth(token))
    assert again.status_code == 202
