"""The draft page tells the merchant when a listing is written in another language than the one
the shop writes copy in, as a notice beside the draft, not as a guardrails finding."""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask
from flask.testing import FlaskClient

from plugin.storage.models import Draft, Shop
from tests.integration.screen.conftest import HOODIE

NOTICE = (
    "This listing is written in Finnish; the shop writes copy in English. "
    "Set the copy language in Settings to write in Finnish."
)


def write_in_finnish(app: Flask, shop: Shop, external_id: str) -> None:
    """Rewrite a stored listing's words in Finnish (an invented pair of wool socks)."""
    from sqlalchemy import select

    from plugin.storage.db import db
    from plugin.storage.models import ListingRecord

    with app.app_context():
        record = db.session.scalar(
            select(ListingRecord).where(
                ListingRecord.shop_id == shop.id, ListingRecord.external_id == external_id
            )
        )
        assert record is not None
        data = dict(record.data)
        data.update(
            title="Käsin neulotut villasukat lampaanvillasta",
            product_type="Sukat",
            categories=["Vaatteet > Sukat"],
            tags=["käsityö", "villa", "lämmin talveen"],
            attributes={"Materiaali": ["lampaanvilla"], "Hoito": ["pestään käsin viileässä"]},
            options={},
        )
        record.data = data
        record.title = data["title"]
        db.session.commit()


def test_a_listing_in_another_language_shows_the_notice(
    app: Flask,
    client: FlaskClient,
    csrf: str,
    shop_a: Shop,
    drafts_of: Callable[..., list[Draft]],
) -> None:
    draft = drafts_of(shop_a, HOODIE)[0]
    html = client.get(f"/drafts/{draft.id}").get_data(as_text=True)
    assert 'id="language-notice"' not in html  # the sample is written in English
    findings = list(drafts_of(shop_a, HOODIE)[0].findings)

    write_in_finnish(app, shop_a, HOODIE)
    html = client.get(f"/drafts/{draft.id}").get_data(as_text=True)
    assert f'<p class="notice" id="language-notice">{NOTICE}</p>' in html
    # the notice is no finding: the stored findings and verdict are as they were
    stored = drafts_of(shop_a, HOODIE)[0]
    assert list(stored.findings) == findings and stored.verdict == draft.verdict
