"""The screen inside the Shopify admin, in headless Chromium: framed by a stand-in admin on
another site, with third-party cookies blocked, every page and form authenticated by App Bridge
session tokens alone; the shop is installed by token exchange on its first open."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from tests.conftest import make_app
from tests.e2e.browser.conftest import CHROMIUM, require_browser
from tests.fakes.engine import FakeEngine
from tests.fakes.shopify_admin import FakeShopifyAdmin
from tests.fakes.shopify_server import FakeShopify

pytestmark = pytest.mark.browser

API_KEY, API_SECRET = "embedded-key", "embedded-secret"
SHOP = "embedded-demo.myshopify.com"


@dataclass
class Embedded:
    admin: FakeShopifyAdmin
    shopify: FakeShopify
    app_url: str


@pytest.fixture
def embedded(tmp_path: Path) -> Iterator[Embedded]:
    require_browser()
    from plugin.jobs.worker import Worker
    from plugin.storage.db import Database

    with FakeShopify(api_key=API_KEY, api_secret=API_SECRET, restore_rate=5000) as shopify:
        shopify.shop(SHOP).add_product(title="Canvas Tote", vendor="Acme")
        # The app listens first, so the admin knows where to frame it, then learns the admin's
        # origin (frame-ancestors) and App Bridge's stand-in URL.
        app = make_app(
            tmp_path,
            SHOPIFY_API_KEY=API_KEY,
            SHOPIFY_API_SECRET=API_SECRET,
            SHOPIFY_ORIGIN=shopify.origin,
        )
        app.extensions["copydesk.engine"].use(FakeEngine())
        server = make_server("127.0.0.1", 0, app, threaded=True)
        # localhost: another site than the admin's 127.0.0.1, so the frame is third-party.
        app_url = f"http://localhost:{server.server_port}"
        threading.Thread(target=server.serve_forever, daemon=True).start()
        worker = Worker(app)
        worker.start_thread()
        try:
            with FakeShopifyAdmin(app_url=app_url, api_key=API_KEY, api_secret=API_SECRET) as admin:
                app.config.update(
                    SHOPIFY_APP_BRIDGE_URL=admin.app_bridge_url,
                    SHOPIFY_ADMIN_ORIGIN=admin.origin,
                )
                yield Embedded(admin, shopify, app_url)
        finally:
            server.shutdown()
            worker.stop_event.set()
            Database.state(app).engine.dispose()


@pytest.fixture
def cookieless_browser() -> Iterator[object]:
    """Chromium as Safari or Chrome's tracking protection behave: third-party cookies blocked."""
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-dev-shm-usage", "--test-third-party-cookie-phaseout"],
        )
        try:
            yield chromium
        finally:
            chromium.close()


def test_the_embedded_screen_works_on_session_tokens_alone(
    embedded: Embedded, cookieless_browser
) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    context = cookieless_browser.new_context(viewport={"width": 1300, "height": 900})
    page = context.new_page()
    page.goto(embedded.admin.page_url(SHOP))
    app = page.frame_locator("#app")

    # First open: installed by token exchange, then the queue of this shop.
    expect(app.locator(".shop")).to_have_text(SHOP, timeout=20_000)
    assert [r.form.get("grant_type") for r in embedded.shopify.token_requests(SHOP)] == [
        "urn:ietf:params:oauth:grant-type:token-exchange"
    ]
    expect(app.get_by_role("button", name="Log out")).to_have_count(0)
    frame = page.frame(name="app")
    assert frame is not None
    frame.wait_for_load_state()
    assert "id_token" not in frame.url  # not left in the address

    # A link: a page load with a fresh token.
    issued = embedded.admin.tokens_issued
    app.get_by_role("link", name="Settings").click()
    tone = app.get_by_label("Tone")
    expect(tone).to_be_visible()
    assert embedded.admin.tokens_issued > issued

    # A form that posts: through fetch with the token, its message carried across the redirect.
    tone.fill("plain and warm")
    app.get_by_role("button", name="Save settings").click()
    expect(app.locator(".flash.ok")).to_contain_text("Settings saved")
    expect(app.get_by_label("Tone")).to_have_value("plain and warm")

    # The backfill the install queued has written the tote's first draft: the admin reloaded
    # (a new frame, a new token) shows it.
    for _ in range(40):
        page.reload()
        expect(app.locator(".shop")).to_have_text(SHOP)
        if app.get_by_role("link", name="Canvas Tote").count():
            break
        page.wait_for_timeout(500)
    app.get_by_role("link", name="Canvas Tote").first.click()
    expect(app.locator("#draft-status")).to_have_text("pending")

    # Approving goes through the API with the session token, and publishes to the shop.
    reason = app.get_by_label("Override reason")
    if reason.count():
        reason.fill("checked by hand")
    app.locator("#actions").get_by_role("button", name="Approve").click()
    expect(app.locator("#actions")).to_contain_text("Published", timeout=30_000)
    expect(app.locator("#draft-body")).to_contain_text(f"approve by screen:{SHOP}")
    (product,) = embedded.shopify.shop(SHOP).products.values()
    assert product["descriptionHtml"]

    # No cookie was needed, and none was kept: not ours, and not the third-party probe's (the
    # browser blocks third-party cookies, as Safari does).
    assert any(f.url == embedded.admin.probe_url for f in page.frames)
    assert context.cookies() == []
    page.close()
    context.close()


def test_only_the_shops_admin_may_frame_the_embedded_screen(
    embedded: Embedded, cookieless_browser
) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    context = cookieless_browser.new_context()
    page = context.new_page()
    page.goto(embedded.admin.page_url(SHOP))
    expect(page.frame_locator("#app").locator(".shop")).to_have_text(SHOP, timeout=20_000)

    # Another origin frames the same embedded address, with a valid token: the browser refuses,
    # since frame-ancestors names only the shop's admin.
    page.goto(embedded.admin.probe_url)
    token = embedded.admin.session_token(SHOP)
    src = f"{embedded.app_url}/?embedded=1&amp;shop={SHOP}&amp;id_token={token}"
    page.set_content(f'<iframe id="app" src="{src}"></iframe>')
    page.wait_for_timeout(1500)
    framed = [f for f in page.frames if f != page.main_frame]
    assert framed and all(SHOP not in f.content() for f in framed)
    context.close()


def test_tokens_that_never_verify_stop_after_a_few_tries_with_a_message(
    embedded: Embedded, cookieless_browser
) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    embedded.admin.clock_offset = -600  # every token the admin hands out has expired
    context = cookieless_browser.new_context()
    page = context.new_page()
    page.goto(embedded.admin.page_url(SHOP))
    expect(page.frame_locator("#app").get_by_role("status")).to_contain_text(
        "could not confirm your session", timeout=20_000
    )
    assert embedded.admin.tokens_issued == 3
    context.close()
