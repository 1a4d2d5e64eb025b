"""The Campaigns pages in headless Chromium against the real app, its server and a worker:
name audiences, write a brief, watch the drafts arrive side by side, edit with a live count,
approve, reject, read the history and download the approved copy."""

from __future__ import annotations

import csv
import io

import pytest

from tests.e2e.browser.conftest import LiveApp

pytestmark = pytest.mark.browser


def test_a_campaign_from_brief_to_export(live_app: LiveApp, browser) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{live_app.url}/login")
    page.get_by_label("Shop token").fill(live_app.token())
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{live_app.url}/")

    page.get_by_role("link", name="Settings").click()
    page.get_by_label("Campaign audiences").fill(
        "gift buyers: shopping for someone else\nstudents: dressing on a budget"
    )
    page.get_by_role("button", name="Save settings").click()
    expect(page.locator(".flash.ok")).to_contain_text("Settings saved")

    page.get_by_role("link", name="Campaigns").click()
    expect(page.locator(".empty")).to_contain_text("No campaigns yet")
    page.get_by_label("Or a collection or category").fill("Hoodies")
    page.get_by_label("Goal").select_option("sale")
    page.get_by_label("Offer").fill("20% off hoodies until Sunday")
    page.get_by_label("gift buyers").check()
    page.get_by_label("students").check()
    page.get_by_role("button", name="Write the campaign").click()

    # The worker writes the drafts; the page picks them up on its own.
    drafts = page.locator("section.campaign-draft")
    expect(drafts).to_have_count(6, timeout=30_000)
    email = page.locator('section.campaign-draft[data-channel="email"]')
    expect(email).to_have_count(2)
    expect(email.nth(0)).to_have_attribute("data-audience", "gift buyers")
    expect(email.nth(1)).to_have_attribute("data-audience", "students")
    expect(email.nth(0).locator(".subject")).to_contain_text("gift buyers")
    expect(page.locator(".ad-assets").first).to_contain_text("/ 30")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

    social = page.locator('section.campaign-draft[data-channel="social"]').first
    social.locator("summary").click()
    post = social.get_by_label("Post")
    post.fill("Hoodies for the cold months ahead, 20% off hoodies until Sunday.")
    social.get_by_role("button", name="Save edit").click()
    expect(page.locator(".flash.ok")).to_contain_text("Guardrails say")

    email = page.locator('section.campaign-draft[data-channel="email"]').first
    email.locator("summary").click()
    subject = email.get_by_label("Subject")
    subject.fill("x" * 64)
    expect(email.locator(".counter.over")).to_contain_text("64/60 characters")

    ads = page.locator('section.campaign-draft[data-channel="ads"]').nth(1)
    override = ads.get_by_label("Override reason")
    if override.count():
        override.fill("checked by hand")
    ads.get_by_role("button", name="Approve").click()
    ads = page.locator('section.campaign-draft[data-channel="ads"]').nth(1)
    expect(ads.locator(".status-approved")).to_have_text("approved")

    gifts_ads = page.locator('section.campaign-draft[data-channel="ads"]').first
    gifts_ads.get_by_label("Reason", exact=True).fill("not for this audience")
    gifts_ads.get_by_role("button", name="Reject").click()
    expect(
        page.locator('section.campaign-draft[data-channel="ads"]').first.locator(".status-rejected")
    ).to_have_text("rejected")

    page.locator('section.campaign-draft[data-channel="ads"]').nth(1).get_by_role(
        "link", name="History"
    ).click()
    expect(page.locator(".timeline")).to_contain_text("approve")
    page.go_back()

    link = page.get_by_role("link", name="Download the approved copy (CSV)")
    response = page.request.get(f"{live_app.url}{link.get_attribute('href')}")
    rows = list(csv.DictReader(io.StringIO(response.text())))
    assert rows and {r["channel"] for r in rows} == {"ads"}
    assert {r["audience"] for r in rows} == {"students"}
    assert all(int(r["characters"]) <= (30 if "headlines" in r["field"] else 90) for r in rows)


def test_regenerate_a_campaign_draft(live_app: LiveApp, browser) -> None:  # type: ignore[no-untyped-def]
    """Regenerate on a rejected draft: the page says a new one is being written, shows it
    when the worker is done, and the history keeps the text it replaced."""
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{live_app.url}/login")
    page.get_by_label("Shop token").fill(live_app.token())
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{live_app.url}/")

    page.get_by_role("link", name="Campaigns").click()
    page.get_by_label("Products").select_option(label="Awesome V-Neck T-Shirt (woo-vneck-tee)")
    page.get_by_label("Social post").uncheck()
    page.get_by_label("Search ads").uncheck()
    page.get_by_role("button", name="Write the campaign").click()
    email = page.locator('section.campaign-draft[data-channel="email"]')
    expect(email).to_have_count(1, timeout=30_000)
    first_id = email.get_attribute("id")
    first_body = email.locator(".email-body").inner_text()

    email.get_by_label("Reason", exact=True).fill("too plain")
    email.get_by_role("button", name="Reject").click()
    email = page.locator('section.campaign-draft[data-channel="email"]')
    expect(email.locator(".status-rejected")).to_have_text("rejected")
    email.get_by_role("button", name="Regenerate").click()
    expect(page.locator(".flash.ok")).to_contain_text("Writing a new email draft")

    # The page looks again on its own until the worker has written the new version.
    email = page.locator('section.campaign-draft[data-channel="email"]')
    expect(email).not_to_have_id(first_id or "", timeout=30_000)
    expect(email.locator(".status-pending")).to_have_text("pending")
    assert email.locator(".email-body").inner_text() != first_body

    email.get_by_role("link", name="History").click()
    timeline = page.locator(".timeline")
    expect(timeline).to_contain_text("regenerate of version 1")
    expect(timeline).to_contain_text("reason: too plain")
    expect(timeline).to_contain_text(first_body.split(".")[0])
