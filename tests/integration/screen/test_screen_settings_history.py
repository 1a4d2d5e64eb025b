"""The shop's settings page, and the history of a listing with the text of every version."""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask
from flask.testing import FlaskClient

from plugin.domain import DraftKind
from plugin.services.shops import settings_for
from plugin.shop_settings import AutoGenerate, SeoPlugin, ShopSettings
from plugin.storage.models import Draft, Shop
from tests.html_form import shown_form
from tests.integration.screen.conftest import HOODIE

FIXED = (
    "<p>The Hoodie is a cosy, warm pullover for cool evenings in the park, in blue, green or "
    "red, and it is light enough to take anywhere you go.</p>"
)


def _settings(app: Flask, shop: Shop) -> ShopSettings:
    from plugin.storage.db import db

    with app.app_context():
        return settings_for(db.session.get(Shop, shop.id))


def test_the_settings_page_shows_the_current_settings(client: FlaskClient, csrf: str) -> None:
    html = client.get("/settings").get_data(as_text=True)
    assert 'id="language" name="language" value="en"' in html
    assert 'value="friendly"' in html
    assert 'id="auto-placeholder" name="auto_generate" value="placeholder" checked' in html
    assert 'name="seo_plugin"' not in html  # only WooCommerce shops have an SEO plugin to fill


def test_saving_the_settings_changes_what_new_drafts_follow(
    app: Flask, client: FlaskClient, csrf: str, shop_a: Shop
) -> None:
    response = client.post(
        "/settings",
        data={
            "csrf_token": csrf,
            "language": "de",
            "tone": "professional",
            "brand_voice": "Wir schreiben knapp und warm.",
            "banned_words": "cheap\nbest ever\ncheap",
            "bias_allow_list": "Master Lock",
            "competitors": "Hydroflow\nAcme Outfitters",
            "auto_generate": "never",
            "auto_kinds": ["description", "faq"],
        },
    )
    assert response.status_code == 302
    saved = _settings(app, shop_a)
    assert saved.language == "de" and saved.tone == "professional"
    assert saved.brand_voice == "Wir schreiben knapp und warm."
    assert saved.banned_words == ("cheap", "best ever")
    assert saved.bias_allow_list == ("Master Lock",)
    assert saved.competitors == ("Hydroflow", "Acme Outfitters")
    assert saved.auto_generate is AutoGenerate.NEVER
    assert saved.auto_kinds == (DraftKind.DESCRIPTION, DraftKind.FAQ)
    page = client.get("/settings").get_data(as_text=True)
    assert "Settings saved" in page and "Acme Outfitters</textarea>" in page


def test_saved_settings_are_shown_again_as_they_were_saved(
    app: Flask, client: FlaskClient, csrf: str, shop_a: Shop
) -> None:
    from plugin.storage.db import db

    with app.app_context():
        db.session.get(Shop, shop_a.id).platform = "woocommerce"
        db.session.commit()
    client.post(
        "/settings",
        data={
            "csrf_token": csrf,
            "language": "pt-BR",
            "tone": "calm and dry",
            "brand_voice": "We write short.\nNo exclamation marks.",
            "banned_words": "cheap, best ever",
            "competitors": "Hydroflow",
            "bias_allow_list": "Master Lock",
            "audiences": "campers: sleep outdoors",
            "auto_generate": "always",
            "auto_kinds": ["description", "short_description"],
            "seo_plugin": "yoast",
        },
    )
    shown = shown_form(client.get("/settings").get_data(as_text=True), "/settings")
    assert shown.values == {
        "language": ["pt-BR"],
        "tone": ["calm and dry"],
        "brand_voice": ["We write short.\nNo exclamation marks."],
        "banned_words": ["cheap\nbest ever"],
        "competitors": ["Hydroflow"],
        "bias_allow_list": ["Master Lock"],
        "audiences": ["campers: sleep outdoors"],
        "auto_generate": ["always"],
        "auto_kinds": ["description", "short_description"],
        "seo_plugin": ["yoast"],
    }


def test_a_woocommerce_shop_chooses_its_seo_plugin(
    app: Flask, client: FlaskClient, csrf: str, shop_a: Shop
) -> None:
    from plugin.storage.db import db

    with app.app_context():
        db.session.get(Shop, shop_a.id).platform = "woocommerce"
        db.session.commit()
    assert 'name="seo_plugin"' in client.get("/settings").get_data(as_text=True)
    form = {"csrf_token": csrf, "language": "en", "tone": "warm", "auto_generate": "placeholder"}
    client.post("/settings", data={**form, "seo_plugin": "rank_math"})
    assert _settings(app, shop_a).seo_plugin is SeoPlugin.RANK_MATH
    assert client.post("/settings", data={**form, "seo_plugin": "other"}).status_code == 400


def test_history_lists_who_did_what_with_the_text_of_every_version(
    client: FlaskClient,
    csrf: str,
    shop_a: Shop,
    drafts_of: Callable[..., list[Draft]],
    run_jobs: Callable[[], int],
) -> None:
    hoodie = drafts_of(shop_a, HOODIE)[0]
    client.post(f"/drafts/{hoodie.id}/edit", data={"csrf_token": csrf, "content": FIXED})
    client.post(f"/drafts/{hoodie.id}/approve", data={"csrf_token": csrf})
    run_jobs()
    html = client.get(f"/listings/{hoodie.listing_id}/history").get_data(as_text=True)
    for action in ("edit", "approve", "publish"):
        assert f"<strong>{action}</strong> by screen:shop-a" in html
    assert "cosy, warm pullover for cool evenings in the park, in blue" in html
    assert html.index("<strong>publish</strong>") < html.index("<strong>edit</strong>")
    assert "revision 1" in html and "published" in html


def test_only_stores_with_a_short_description_offer_it(
    app: Flask, client: FlaskClient, csrf: str, shop_a: Shop
) -> None:
    from plugin.storage.db import db

    html = client.get("/settings").get_data(as_text=True)
    assert 'value="short_description"' in html
    form = {"csrf_token": csrf, "language": "en", "tone": "warm", "auto_generate": "placeholder"}
    kinds = ["description", "short_description"]
    client.post("/settings", data={**form, "auto_kinds": kinds})
    assert _settings(app, shop_a).auto_kinds == (DraftKind.DESCRIPTION, DraftKind.SHORT_DESCRIPTION)

    with app.app_context():
        db.session.get(Shop, shop_a.id).platform = "shopify"
        db.session.commit()
    assert 'value="short_description"' not in client.get("/settings").get_data(as_text=True)
    assert 'value="short_description"' not in client.get("/").get_data(as_text=True)
    client.post("/settings", data={**form, "auto_kinds": kinds})
    assert _settings(app, shop_a).auto_kinds == (DraftKind.DESCRIPTION,)


def test_a_competitor_named_in_the_settings_blocks_a_draft_that_mentions_it(
    client: FlaskClient, csrf: str, shop_a: Shop, drafts_of: Callable[..., list[Draft]]
) -> None:
    form = {"csrf_token": csrf, "language": "en", "tone": "warm", "auto_generate": "placeholder"}
    client.post("/settings", data={**form, "competitors": "Hydroflow"})
    belt = drafts_of(shop_a, "woo-belt")[0]
    text = "<p>The Belt is a simple leather belt, much like the ones Hydroflow sells.</p>"
    client.post(f"/drafts/{belt.id}/edit", data={"csrf_token": csrf, "content": text})
    edited = drafts_of(shop_a, "woo-belt")[0]
    assert edited.verdict == "block"
    [competitor] = [f for f in edited.findings if f["rule"] == "compliance.competitor"]
    assert text[competitor["start"] : competitor["end"]] == "Hydroflow"
