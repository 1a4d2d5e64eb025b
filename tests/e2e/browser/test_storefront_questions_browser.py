"""The theme block in headless Chromium: a product page of a stand-in storefront shows the
product's approved FAQ, a logged-in shopper asks through the (stand-in) app proxy, which signs
like Shopify, and sees the shop's reply once approved; a shopper who is not logged in is asked to
log in instead of shown the form."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from flask import Flask
from werkzeug.serving import make_server

from plugin.domain import FaqItem, Listing
from tests.conftest import make_app
from tests.e2e.browser.conftest import require_browser
from tests.fakes.engine import FakeEngine
from tests.fakes.shopify_storefront import BLOCK, FakeStorefront, block_schema, render_block

pytestmark = pytest.mark.browser

API_KEY, API_SECRET = "storefront-key", "storefront-secret"
SHOP = "storefront-demo.myshopify.com"
PRODUCT = "101"


@dataclass
class Storefront:
    app: Flask
    store: FakeStorefront


@pytest.fixture
def storefront(tmp_path: Path) -> Iterator[Storefront]:
    require_browser()
    from plugin.services.shops import connect_shop, update_settings
    from plugin.services.sync import apply_listing
    from plugin.storage.db import Database, db

    app = make_app(tmp_path, SHOPIFY_API_KEY=API_KEY, SHOPIFY_API_SECRET=API_SECRET)
    app.extensions["copydesk.engine"].use(FakeEngine())
    with app.app_context():
        shop = connect_shop(
            db.session,
            platform="shopify",
            name=SHOP,
            url=f"https://{SHOP}",
            credentials={"access_token": "shpat_x"},
        )
        update_settings(db.session, shop, {"auto_generate": "never"})
        apply_listing(
            db.session,
            shop,
            Listing(
                external_id=f"gid://shopify/Product/{PRODUCT}",
                title="Canvas Tote",
                description_html="<p>A sturdy cotton canvas tote with two handles.</p>",
                faq=[FaqItem("Is it washable?", "Yes, machine wash cold.")],
            ),
        )
        db.session.commit()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with FakeStorefront(
            shop=SHOP,
            app_url=f"http://127.0.0.1:{server.server_port}",
            api_secret=API_SECRET,
            product_id=PRODUCT,
        ) as store:
            yield Storefront(app, store)
    finally:
        server.shutdown()
        Database.state(app).engine.dispose()


def _approve_every_reply(app: Flask) -> list[str]:
    from plugin.jobs.worker import Worker
    from plugin.services import questions
    from plugin.storage.db import db
    from plugin.storage.models import Question

    Worker(app).run_until_idle()
    replies = []
    with app.app_context():
        for row in db.session.query(Question).all():
            assert row.customer_ref == "shopify-customer:5001"
            questions.approve_reply(db.session, row, "test")
            db.session.commit()
            draft = questions.reply_draft(db.session, row)
            assert draft is not None
            replies.append(draft.content)
    return replies


def test_a_logged_in_shopper_reads_the_faq_asks_and_sees_the_approved_reply(
    storefront: Storefront, browser
) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    storefront.store.customer = "5001"
    page = browser.new_page()
    page.goto(f"{storefront.store.url}/products/canvas-tote")

    block = page.get_by_role("region", name="Questions and answers")
    faq = block.locator("details", has_text="Is it washable?")
    expect(faq).to_be_visible()
    faq.locator("summary").click()
    expect(faq).to_contain_text("Yes, machine wash cold.")

    field = block.get_by_label("Ask a question")
    field.fill("How do I wash this tote?")
    block.get_by_role("button", name="Ask a question").click()
    expect(block.get_by_role("status")).to_contain_text("Thank you")
    expect(block.locator("[data-mine]")).to_contain_text("The shop has not answered yet.")
    expect(field).to_have_value("")

    (reply,) = _approve_every_reply(storefront.app)
    page.reload()
    mine = page.locator("[data-mine]")
    expect(mine).to_contain_text("How do I wash this tote?")
    expect(mine).to_contain_text(reply)
    page.close()


def test_a_shopper_who_is_not_logged_in_sees_the_faq_and_a_login_link(
    storefront: Storefront, browser
) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page = browser.new_page()
    page.goto(f"{storefront.store.url}/products/canvas-tote")
    block = page.get_by_role("region", name="Questions and answers")
    expect(block.locator("summary")).to_have_text(["Is it washable?"])
    expect(block.get_by_role("link", name="Log in")).to_have_attribute("href", "/account/login")
    expect(block.get_by_label("Ask a question")).to_have_count(0)
    page.close()


def test_the_blocks_schema_is_a_product_section_block() -> None:
    liquid = BLOCK.read_text()
    schema = json.loads(block_schema(liquid))
    assert schema["target"] == "section"
    assert schema["enabled_on"] == {"templates": ["product"]}
    assert len(schema["name"]) <= 25
    assert 'data-product-id="7"' in render_block(liquid, product_id="7", logged_in=False)
