"""Screenshots of the main views for docs/screen.md; written only when asked:

COPYDESK_SCREENSHOTS=docs/screenshots .venv/bin/pytest tests/e2e/browser -k screenshots
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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


@pytest.mark.browser
def test_screenshots_of_the_main_views(screenshot_dir: Path, live_app: LiveApp, browser) -> None:  # type: ignore[no-untyped-def]
    desktop = browser.new_page(viewport=DESKTOP)
    _log_in(desktop, live_app)
    desktop.screenshot(path=str(screenshot_dir / "queue.png"), full_page=True)

    desktop.get_by_role("link", name="Hoodie", exact=True).click()
    desktop.wait_for_selector("mark.finding")
    desktop.screenshot(path=str(screenshot_dir / "draft-findings.png"), full_page=True)

    desktop.goto(f"{live_app.url}/settings")
    desktop.screenshot(path=str(screenshot_dir / "settings.png"), full_page=True)

    phone = browser.new_page(viewport=PHONE, device_scale_factor=2)
    _log_in(phone, live_app)
    phone.screenshot(path=str(screenshot_dir / "queue-phone.png"), full_page=True)
    phone.goto(desktop.url.replace("/settings", "") if False else f"{live_app.url}/?q={HOODIE}")
    phone.get_by_role("link", name="Hoodie", exact=True).click()
    phone.wait_for_selector("mark.finding")
    phone.screenshot(path=str(screenshot_dir / "draft-phone.png"), full_page=True)
