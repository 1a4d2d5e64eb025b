"""The approval screen in headless Chromium against the real app, its HTTP server and a worker:
log in, filter, fix a blocked draft, approve it, see it in the catalogue, revert it."""

from __future__ import annotations

import re

import pytest

from adapters.catalog.store import CatalogStore
from tests.e2e.browser.conftest import HOODIE, HOSTILE_SKU, LiveApp

pytestmark = pytest.mark.browser

FIXED = (
    "<p>The Hoodie is a cosy, warm pullover for cool evenings in the park, in blue, green or "
    "red, and it is light enough to take anywhere you go.</p>"
)


def _log_in(page, live: LiveApp) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{live.url}/login")
    page.get_by_label("Shop token").fill(live.token())
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{live.url}/")


def _store_text(live: LiveApp, external_id: str) -> str:
    listing = CatalogStore(live.catalog).fetch(external_id)
    assert listing is not None
    return listing.description_html


def test_fix_approve_publish_and_revert_a_blocked_draft(live_app: LiveApp, browser) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    original = _store_text(live_app, HOODIE)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    _log_in(page, live_app)
    expect(page.locator("[data-row]")).to_have_count(18)

    page.get_by_label("Verdict", exact=True).select_option(
        "block"
    )  # the page submits the filter itself
    page.wait_for_url("**verdict=block**")
    expect(page.locator("[data-row]")).to_have_count(1)
    page.get_by_role("link", name="Hoodie", exact=True).click()

    mark = page.locator("mark.finding.sev-block")
    expect(mark).to_have_text("5 lbs")
    expect(page.locator("#finding-1")).to_contain_text("Weight: 1.5 lbs")
    expect(page.get_by_role("button", name="Approve with override")).to_be_visible()

    page.wait_for_load_state()
    page.keyboard.press("e")
    editor = page.get_by_label("Draft text (HTML)")
    expect(editor).to_be_focused()
    editor.fill(FIXED)
    page.get_by_role("button", name="Save and check again").click()
    expect(page.locator(".flash.ok")).to_contain_text("it passes")
    expect(page.locator("mark.finding")).to_have_count(0)

    page.wait_for_load_state()
    page.evaluate("window.__samePage = true")
    page.keyboard.press("a")
    expect(page.locator("#actions")).to_contain_text("Published", timeout=20_000)
    assert page.evaluate("window.__samePage") is True  # updated in place, not reloaded
    expect(page.locator("#draft-status")).to_have_text("published")
    expect(page.locator("#draft-body")).to_contain_text("approve by screen:demo-shop")
    assert _store_text(live_app, HOODIE) == FIXED

    page.get_by_role("button", name="Revert to the previous store text").click()
    expect(page.locator("#actions")).to_contain_text("Reverted", timeout=20_000)
    assert page.evaluate("window.__samePage") is True
    assert _store_text(live_app, HOODIE) == original


def test_a_refused_settings_form_keeps_every_edit(live_app: LiveApp, browser) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page = browser.new_page()
    _log_in(page, live_app)
    page.get_by_role("link", name="Settings").click()
    typed = {
        "Language": "de",
        "Tone": "calm and dry",
        "Brand-voice sample": "\nWir schreiben knapp.\n",
        "Banned words": "\n\ncheap\nbest ever",
        "Competitors never to name": "Hydroflow",
        "Allowed despite the bias check": "Master Lock",
        "Campaign audiences": "gift buyers: shopping for someone else\n" + "n" * 61,
    }
    for label, text in typed.items():
        page.get_by_label(label, exact=True).fill(text)
    page.get_by_label("Never on its own (only when asked)").check()
    page.get_by_label("Description", exact=True).uncheck()
    page.get_by_label("FAQ", exact=True).check()
    page.get_by_role("button", name="Save settings").click()

    audiences = page.get_by_label("Campaign audiences")
    expect(audiences).to_have_attribute("aria-invalid", "true")
    expect(audiences).to_have_accessible_description(re.compile("at most 60 characters"))
    for label, text in typed.items():
        expect(page.get_by_label(label, exact=True)).to_have_value(text)
    expect(page.get_by_label("Never on its own (only when asked)")).to_be_checked()
    expect(page.get_by_label("Description", exact=True)).not_to_be_checked()
    expect(page.get_by_label("FAQ", exact=True)).to_be_checked()

    page.goto(f"{live_app.url}/settings")  # nothing was saved
    expect(page.get_by_label("Language", exact=True)).to_have_value("en")
    expect(page.get_by_label("Campaign audiences")).to_have_value("")


def test_without_javascript_approving_reloads_until_published(live_app: LiveApp, browser) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    _log_in(page, live_app)
    page.get_by_role("link", name="Belt", exact=True).click()
    page.get_by_role("button", name="Approve and publish").click()
    expect(page.locator("#actions")).to_contain_text("Published", timeout=20_000)
    assert "Meet the Belt" in _store_text(live_app, "woo-belt")
    context.close()


def test_a_hostile_draft_runs_nothing(live_app: LiveApp, browser) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    _log_in(page, live_app)
    page.goto(f"{live_app.url}/?q={HOSTILE_SKU}")
    page.get_by_role("link", name="Cap", exact=True).click()
    expect(page.locator("#draft-h ~ .copy")).to_contain_text("A cap.")
    page.wait_for_timeout(500)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator(".copy script, .copy [onerror], .copy svg").count() == 0
    link = page.locator(".copy a", has_text="click")
    if link.count():
        assert not (link.get_attribute("href") or "").lower().startswith("javascript")
        link.click()
        page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert dialogs == []


@pytest.mark.parametrize("width", [1280, 390])
def test_pages_fit_the_screen_and_keys_move_through_drafts(
    live_app: LiveApp, browser, width: int
) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": width, "height": 800})
    _log_in(page, live_app)
    for path in ("/", "/settings"):
        page.goto(f"{live_app.url}{path}")
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), path
    page.goto(f"{live_app.url}/")
    page.locator("[data-row-link]").first.click()
    page.wait_for_load_state()
    first = page.url
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.keyboard.press("j")
    page.wait_for_url(lambda url: url != first)
    page.wait_for_load_state()
    page.keyboard.press("k")
    page.wait_for_url(first)
    page.wait_for_load_state()
    page.keyboard.press("?")
    expect(page.locator("#shortcuts")).to_be_visible()


def test_regenerating_shows_progress_and_then_the_new_draft(live_app: LiveApp, browser) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page = browser.new_page()
    _log_in(page, live_app)
    page.get_by_role("link", name="Beanie", exact=True).click()
    page.get_by_label("Write again in another tone").fill("playful")
    page.get_by_role("button", name="Regenerate").click()
    expect(page.locator(".flash.ok")).to_contain_text("in a playful tone")
    expect(page.get_by_role("link", name="Open revision 2")).to_be_visible(timeout=20_000)
    expect(page.locator("[data-poll-page]")).to_have_count(0)
    page.get_by_role("link", name="Open revision 2").click()
    expect(page.locator(".provenance")).to_contain_text("playful tone")


def test_a_listing_in_another_language_tells_the_merchant(live_app: LiveApp, browser) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    from tests.integration.screen.test_screen_language_notice import NOTICE, write_in_finnish

    write_in_finnish(live_app.app, live_app.shop, HOODIE)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    _log_in(page, live_app)
    page.get_by_role("link", name="Käsin neulotut villasukat lampaanvillasta").click()
    expect(page.locator("#language-notice")).to_have_text(NOTICE)
    expect(page.locator("#language-notice")).to_be_visible()
