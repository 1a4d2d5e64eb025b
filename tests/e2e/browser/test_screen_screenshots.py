"""Screenshots of the main views for docs/screen.md, written only when asked:

COPYDESK_SCREENSHOTS=docs/screenshots .venv/bin/pytest tests/e2e/browser -k screenshots
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from adapters.catalog.store import CatalogStore
from plugin.domain import DraftKind
from tests.e2e.browser.conftest import HOODIE, LiveApp

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def screenshot_dir() -> Path:
    out = os.environ.get("COPYDESK_SCREENSHOTS")
    if not out:
        pytest.skip("set COPYDESK_SCREENSHOTS=docs/screenshots to write the screenshots")
    path = Path(out)
    path.mkdir(parents=True, exist_ok=True)
    return path


def _log_in(page, live: LiveApp) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{live.url}/login")
    page.get_by_label("Shop token").fill(live.token())
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{live.url}/")


def _wait_for(check: Callable[[], bool], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "the worker did not finish in time"
        time.sleep(0.3)


def _more_drafts(live: LiveApp) -> None:
    """SEO and FAQ drafts for a few products, so the queue shows every kind."""
    from sqlalchemy import func, select

    from plugin.services.sync import get_listing, queue_generation
    from plugin.storage.db import db
    from plugin.storage.models import Draft, Shop

    with live.app.app_context():
        shop = db.session.get(Shop, live.shop.id)
        for sku in ("woo-hoodie-with-logo", "woo-beanie", "woo-polo"):
            record = get_listing(db.session, shop, sku)
            assert record is not None
            queue_generation(record, [DraftKind.SEO, DraftKind.FAQ])
        db.session.commit()

    def done() -> bool:
        with live.app.app_context():
            return db.session.scalar(select(func.count()).select_from(Draft)) >= 24

    _wait_for(done)


@pytest.mark.browser
def test_screenshots_of_the_main_views(screenshot_dir: Path, live_app: LiveApp, browser) -> None:  # type: ignore[no-untyped-def]
    _more_drafts(live_app)
    page = browser.new_page(viewport=DESKTOP)
    _log_in(page, live_app)
    page.screenshot(path=str(screenshot_dir / "queue.png"))

    page.get_by_role("link", name="Hoodie", exact=True).click()
    page.wait_for_selector("mark.finding")
    page.screenshot(path=str(screenshot_dir / "draft-findings.png"), full_page=True)

    page.goto(f"{live_app.url}/?kind=seo")
    page.locator("[data-row-link]").first.click()
    page.wait_for_load_state()
    page.keyboard.press("e")
    page.get_by_label("SEO title").fill(
        "Polo — a soft cotton pique shirt with a neat collar, for warm days and smart evenings"
    )
    page.locator("#editor").scroll_into_view_if_needed()
    page.screenshot(path=str(screenshot_dir / "draft-seo-editor.png"), full_page=True)

    page.goto(f"{live_app.url}/?kind=faq")
    page.locator("[data-row-link]").first.click()
    page.wait_for_load_state()
    page.keyboard.press("e")
    page.screenshot(path=str(screenshot_dir / "draft-faq-editor.png"), full_page=True)

    CatalogStore(live_app.catalog).push(
        "woo-belt", DraftKind.DESCRIPTION, "<p>Our best-selling leather belt, stitched by hand.</p>"
    )
    page.goto(f"{live_app.url}/?q=woo-belt")
    page.get_by_role("link", name="Belt", exact=True).click()
    page.get_by_role("button", name="Approve and publish").click()
    page.wait_for_selector(".conflict", timeout=20_000)
    page.screenshot(path=str(screenshot_dir / "conflict.png"), full_page=True)
    page.get_by_role("link", name="History of this product").click()
    page.screenshot(path=str(screenshot_dir / "history.png"), full_page=True)

    page.goto(f"{live_app.url}/settings")
    page.screenshot(path=str(screenshot_dir / "settings.png"), full_page=True)

    phone = browser.new_page(viewport=PHONE, device_scale_factor=2)
    _log_in(phone, live_app)
    phone.screenshot(path=str(screenshot_dir / "queue-phone.png"))
    phone.goto(f"{live_app.url}/?q={HOODIE}")
    phone.get_by_role("link", name="Hoodie", exact=True).click()
    phone.wait_for_selector("mark.finding")
    phone.screenshot(path=str(screenshot_dir / "draft-phone.png"))
