"""The Campaigns pages: audiences in the settings, the brief form, drafts side by side per
audience with their counts, edit, approve, reject, regenerate, history and the CSV hand-off."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from plugin.campaign import Audience
from plugin.platforms.catalog import import_catalog
from plugin.services.shops import get_shop, settings_for
from plugin.storage.models import CampaignDraft, ListingRecord, Shop
from tests.html_form import shown_form
from tests.integration.screen.conftest import log_in

DEMO = Path(__file__).parents[3] / "plugin" / "demo" / "demo_catalog.csv"


def demo_shop(app: Flask) -> Shop:
    from plugin.storage.db import db

    with app.app_context():
        import_catalog(db.session, "demo", DEMO.read_bytes())
        db.session.commit()
        shop = get_shop(db.session, "catalog", "demo")
        assert shop is not None
        db.session.expunge(shop)
        return shop


def listing_ids(app: Flask, shop: Shop, *skus: str) -> list[str]:
    from plugin.storage.db import db

    with app.app_context():
        rows = db.session.scalars(
            select(ListingRecord).where(
                ListingRecord.shop_id == shop.id, ListingRecord.sku.in_(skus)
            )
        )
        return [str(r.id) for r in rows]


def save_audiences(client: FlaskClient, csrf: str) -> None:
    response = client.post(
        "/settings",
        data={
            "csrf_token": csrf,
            "language": "en",
            "tone": "friendly",
            "auto_generate": "never",
            "audiences": "gift buyers: shopping for someone else\ncampers\nGift Buyers: again",
        },
    )
    assert response.status_code == 302


def test_audiences_are_named_in_the_settings(app: Flask, client: FlaskClient) -> None:
    shop = demo_shop(app)
    csrf = log_in(app, client, shop)
    save_audiences(client, csrf)
    from plugin.storage.db import db

    with app.app_context():
        saved = settings_for(db.session.get(Shop, shop.id)).audiences
    assert saved == (Audience("gift buyers", "shopping for someone else"), Audience("campers"))
    shown = shown_form(client.get("/settings").get_data(as_text=True), "/settings")
    assert shown.values["audiences"] == ["gift buyers: shopping for someone else\ncampers"]


def test_a_campaign_from_the_brief_form_to_the_export(  # type: ignore[no-untyped-def]
    app: Flask, client: FlaskClient, run_jobs: Callable[[], int]
) -> None:
    shop = demo_shop(app)
    csrf = log_in(app, client, shop)
    save_audiences(client, csrf)
    form_page = client.get("/campaigns").get_data(as_text=True)
    assert "No campaigns yet" in form_page and 'value="gift buyers"' in form_page
    assert ">Campaigns</a>" in form_page
    response = client.post(
        "/campaigns",
        data={
            "csrf_token": csrf,
            "listing_ids": listing_ids(app, shop, "FW-GRND-30", "FW-DRIP-02"),
            "goal": "sale",
            "offer": "15% off until Sunday",
            "channels": ["email", "social", "ads"],
            "audiences": ["gift buyers", "campers"],
        },
    )
    assert response.status_code == 302
    target = response.headers["Location"]
    assert "being written" in client.get(target).get_data(as_text=True)
    run_jobs()
    page = client.get(target).get_data(as_text=True)
    assert page.count('data-channel="email"') == 2
    assert 'data-audience="gift buyers"' in page and 'data-audience="campers"' in page
    assert "15% off until Sunday" in page and "Subject:" in page and "/ 30" in page
    assert re.search(r"\d+ characters · \d+ words · limit ≤ 60 characters", page)

    from plugin.storage.db import db

    with app.app_context():
        drafts = {(d.channel, d.audience): d.id for d in db.session.scalars(select(CampaignDraft))}
    email = drafts[("email", "gift buyers")]
    edited = client.post(
        f"/campaigns/drafts/{email}/edit",
        data={
            "csrf_token": csrf,
            "subject": "A subject line that runs on well past the sixty characters an inbox shows",
            "preheader": "Fresh coffee at home.",
            "body": "Too short.",
            "cta": "Shop the offer",
        },
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "Guardrails say: block" in edited
    assert "an email subject takes at most 60" in edited and "an email body takes 40–120" in edited
    refused = client.post(
        f"/campaigns/drafts/{email}/approve",
        data={"csrf_token": csrf, "override_reason": "ship it"},
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "over a channel&#39;s limit" in refused or "over a channel's limit" in refused

    ads = drafts[("ads", "campers")]
    client.post(f"/campaigns/drafts/{ads}/approve", data={"csrf_token": csrf})
    social = drafts[("social", "campers")]
    client.post(f"/campaigns/drafts/{social}/reject", data={"csrf_token": csrf, "reason": "no"})
    history = client.get(f"/campaigns/drafts/{ads}/history").get_data(as_text=True)
    assert "<strong>approve</strong>" in history
    email_history = client.get(f"/campaigns/drafts/{email}/history").get_data(as_text=True)
    assert "<strong>edit</strong>" in email_history and "sixty characters" in email_history

    campaign_id = target.rstrip("/").split("/")[-1]
    exported = client.get(f"/campaigns/{campaign_id}/export.csv")
    assert exported.mimetype == "text/csv"
    rows = exported.get_data(as_text=True).splitlines()
    assert rows[0].startswith("campaign_id,campaign,channel,audience,field")
    assert all(",ads,campers," in row for row in rows[1:]) and len(rows) >= 8


def test_a_rejected_draft_regenerated_keeps_its_text_in_the_history(  # type: ignore[no-untyped-def]
    app: Flask, client: FlaskClient, run_jobs: Callable[[], int]
) -> None:
    shop = demo_shop(app)
    csrf = log_in(app, client, shop)
    save_audiences(client, csrf)
    target = client.post(
        "/campaigns",
        data={
            "csrf_token": csrf,
            "listing_ids": listing_ids(app, shop, "FW-BTL-750", "FW-MUG-350"),
            "goal": "launch",
            "channels": ["email", "social"],
            "audiences": ["gift buyers"],
        },
    ).headers["Location"]
    run_jobs()
    from plugin.storage.db import db

    with app.app_context():
        old = db.session.scalars(
            select(CampaignDraft).where(CampaignDraft.channel == "email")
        ).one()
        old_id, old_body = old.id, json.loads(old.content)["body"]
    page = client.get(target).get_data(as_text=True)
    assert f'/campaigns/drafts/{old_id}/regenerate"' in page
    client.post(f"/campaigns/drafts/{old_id}/reject", data={"csrf_token": csrf, "reason": "flat"})
    # A rejected draft still offers another version.
    assert f'/campaigns/drafts/{old_id}/regenerate"' in client.get(target).get_data(as_text=True)

    asked = client.post(
        f"/campaigns/drafts/{old_id}/regenerate", data={"csrf_token": csrf}, follow_redirects=True
    ).get_data(as_text=True)
    assert "Writing a new email draft for gift buyers" in asked and "being written" in asked
    run_jobs()
    page = client.get(target).get_data(as_text=True)
    with app.app_context():
        new = db.session.scalars(
            select(CampaignDraft).where(
                CampaignDraft.channel == "email", CampaignDraft.id != old_id
            )
        ).one()
        new_id, new_body, revision = new.id, json.loads(new.content)["body"], new.revision
    assert revision == 2 and new_body != old_body
    assert f'id="d{new_id}"' in page and f'id="d{old_id}"' not in page
    history = client.get(f"/campaigns/drafts/{new_id}/history").get_data(as_text=True)
    assert "<strong>reject</strong> of version 1" in history and "reason: flat" in history
    assert "<strong>regenerate</strong> of version 1" in history
    assert html.escape(json.dumps(old_body)[1:-1])[:60] in history


def test_another_shop_sees_no_campaign_of_this_one(  # type: ignore[no-untyped-def]
    app: Flask, client: FlaskClient, shop_b: Shop
) -> None:
    shop = demo_shop(app)
    csrf = log_in(app, client, shop)
    response = client.post(
        "/campaigns",
        data={"csrf_token": csrf, "collection": "Drinkware", "channels": ["ads"]},
    )
    target = response.headers["Location"]
    log_in(app, client, shop_b)
    assert client.get(target).status_code == 404
    assert "No campaigns yet" in client.get("/campaigns").get_data(as_text=True)
