"""A refused settings form: the merchant's every edit comes back as typed or ticked, the message
beside the field at fault, and nothing is saved."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from plugin.services.shops import settings_for
from plugin.shop_settings import ShopSettings
from plugin.storage.models import Shop
from tests.html_form import shown_form

# Every field changed from a new shop's settings, each typed the way a merchant might: blank
# lines, stray spaces, commas, quotes and markup included.
TYPED: dict[str, list[str]] = {
    "language": ["pt-BR"],
    "tone": ['calm, "dry" & <short>'],
    "brand_voice": ["\nWe write short.\n  No exclamation marks!  "],
    "banned_words": ["\n\ncheap\nbest ever , cheap \n"],
    "competitors": ["Hydroflow\n  Acme Outfitters"],
    "bias_allow_list": ["Master Lock\nhis & hers"],
    "audiences": ["campers: sleep outdoors\nstudents"],
    "auto_generate": ["always"],
    "auto_kinds": ["short_description", "faq"],
    "seo_plugin": ["rank_math"],
}

# (the field at fault, what is typed there, the message); a choice nobody offered cannot be
# shown ticked, so there the page shows no radio ticked and the select's first option.
REFUSALS = [
    ("language", "German!", "the language is a code such as en, de or pt-BR"),
    ("tone", "t" * 51, "the tone is a word or two (at most 50 characters)"),
    ("brand_voice", "b" * 4001, "the brand-voice sample is at most 4,000 characters"),
    ("banned_words", "cheap\n" + "x" * 101, "each entry is at most 100 characters"),
    ("competitors", "\n".join(f"shop {i}" for i in range(201)), "at most 200 entries per list"),
    ("bias_allow_list", "y" * 101, "each entry is at most 100 characters"),
    ("audiences", "n" * 61, "an audience's name is at most 60 characters, its line 200"),
    ("auto_generate", "sometimes", "choose when drafts are written on their own"),
    ("seo_plugin", "other", "choose one of the listed SEO plugins"),
]
SHOWN_INSTEAD = {"auto_generate": [], "seo_plugin": [""]}


def _settings(app: Flask, shop: Shop) -> ShopSettings:
    from plugin.storage.db import db

    with app.app_context():
        return settings_for(db.session.get(Shop, shop.id))


@pytest.fixture
def woo_shop(app: Flask, shop_a: Shop) -> Shop:
    """Shop A as a WooCommerce shop: its settings page has every field, the SEO plugin too."""
    from plugin.storage.db import db

    with app.app_context():
        db.session.get(Shop, shop_a.id).platform = "woocommerce"
        db.session.commit()
    return shop_a


@pytest.mark.parametrize(("at_fault", "bad", "message"), REFUSALS, ids=[r[0] for r in REFUSALS])
def test_a_refused_form_shows_every_field_as_typed_and_saves_nothing(
    app: Flask,
    client: FlaskClient,
    csrf: str,
    woo_shop: Shop,
    at_fault: str,
    bad: str,
    message: str,
) -> None:
    before = _settings(app, woo_shop)
    typed = {**TYPED, at_fault: [bad]}
    response = client.post("/settings", data={"csrf_token": csrf, **typed})

    assert response.status_code == 400
    page = response.get_data(as_text=True)
    shown = shown_form(page, "/settings")
    expected = {**typed, at_fault: SHOWN_INSTEAD.get(at_fault, [bad])}
    assert shown.values == {name: values for name, values in expected.items() if values}
    assert shown.notes[at_fault][-1] == message, "the message is tied to the field at fault"
    assert shown.invalid == {at_fault}
    assert f'role="alert">Not saved: <a href="#{at_fault}-error">' in page
    assert _settings(app, woo_shop) == before


def test_the_page_shows_the_saved_settings_so_saving_it_unchanged_changes_nothing(
    app: Flask, client: FlaskClient, csrf: str, woo_shop: Shop
) -> None:
    assert client.post("/settings", data={"csrf_token": csrf, **TYPED}).status_code == 302
    saved = _settings(app, woo_shop)
    shown = shown_form(client.get("/settings").get_data(as_text=True), "/settings")
    assert shown.values == {
        **TYPED,
        "brand_voice": ["We write short.\n  No exclamation marks!"],
        "banned_words": ["cheap\nbest ever"],
        "competitors": ["Hydroflow\nAcme Outfitters"],
        "bias_allow_list": ["Master Lock\nhis & hers"],
    }
    assert shown.invalid == set()
    assert client.post("/settings", data={"csrf_token": csrf, **shown.values}).status_code == 302
    assert _settings(app, woo_shop) == saved
