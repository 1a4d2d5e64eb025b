"""The real app behind a real HTTP server, a worker thread, and headless Chromium driving it.

Chromium comes from Debian (``/usr/bin/chromium``); Playwright's Python package drives it, so
nothing is downloaded. Without it the browser tests skip with the reason, unless
``COPYDESK_TEST_REQUIRE_BROWSER`` is set (``.ci/run``), where a missing browser fails.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from flask import Flask
from werkzeug.serving import BaseWSGIServer, make_server

from plugin.storage.models import Shop
from tests.conftest import make_app
from tests.fakes.engine import FakeEngine

CHROMIUM = Path(os.environ.get("COPYDESK_CHROMIUM", "/usr/bin/chromium"))
SAMPLE = Path(__file__).parents[2] / "fixtures" / "woocommerce" / "sample_products.csv"
HOODIE = "woo-hoodie"
# The sample's hoodie weighs 1.5 lbs. This draft says 5 lbs in its only sentence, so the
# guardrails block it and cutting the sentence would leave nothing: it stays blocked.
WRONG_WEIGHT = (
    "<p>The Hoodie is a cosy, warm pullover for cool evenings in the park, and at just 5 lbs "
    "it is light enough to take anywhere you go.</p>"
)
HOSTILE_SKU = "woo-cap"
HOSTILE = (
    '<p>A cap.<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
    '<a href="javascript:window.__pwned=3">click</a>'
    '<svg onload="window.__pwned=4"></svg></p>'
)


def require_browser() -> None:
    if CHROMIUM.exists():
        return
    reason = f"{CHROMIUM} is missing: install Debian's chromium package (scripts/install-chromium)"
    if os.environ.get("COPYDESK_TEST_REQUIRE_BROWSER"):
        pytest.fail(reason)
    pytest.skip(reason)


@dataclass
class LiveApp:
    app: Flask
    url: str
    shop: Shop
    catalog: Path

    def token(self) -> str:
        from plugin.services.shops import issue_api_token
        from plugin.storage.db import db

        with self.app.app_context():
            token = issue_api_token(db.session, db.session.get(Shop, self.shop.id))
            db.session.commit()
        return token


@pytest.fixture
def live_app(tmp_path: Path) -> Iterator[LiveApp]:
    """The app served on 127.0.0.1 with a worker thread, holding a catalogue shop of 18 products."""
    require_browser()
    from plugin.jobs.worker import Worker
    from plugin.platforms.catalog import import_catalog
    from plugin.services.shops import get_shop
    from plugin.storage.db import Database, db

    app = make_app(tmp_path)
    app.extensions["copydesk.engine"].use(FakeEngine(scripted={HOODIE: [WRONG_WEIGHT] * 3}))
    with app.app_context():
        import_catalog(db.session, "demo-shop", SAMPLE.read_bytes())
        db.session.commit()
        shop = get_shop(db.session, "catalog", "demo-shop")
        assert shop is not None
        db.session.expunge(shop)
    worker = Worker(app)
    worker.run_until_idle()
    _plant_hostile_draft(app, shop)
    worker.start_thread()
    server: BaseWSGIServer = make_server("127.0.0.1", 0, app, threaded=True)
    serving = threading.Thread(target=server.serve_forever, daemon=True)
    serving.start()
    try:
        yield LiveApp(app, f"http://127.0.0.1:{server.server_port}", shop, Path(shop.url))
    finally:
        server.shutdown()
        worker.stop_event.set()
        Database.state(app).engine.dispose()


def _plant_hostile_draft(app: Flask, shop: Shop) -> None:
    """A draft whose HTML never went through the pipeline's sanitiser (as if imported raw)."""
    from sqlalchemy import select

    from plugin.storage.db import db
    from plugin.storage.models import Draft, ListingRecord

    with app.app_context():
        draft = db.session.scalar(
            select(Draft).join(ListingRecord).where(ListingRecord.external_id == HOSTILE_SKU)
        )
        assert draft is not None
        draft.content = HOSTILE
        db.session.commit()


@pytest.fixture
def browser() -> Iterator[object]:
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-dev-shm-usage"]
        )
        try:
            yield chromium
        finally:
            chromium.close()
