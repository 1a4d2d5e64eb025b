"""Pushing approved copy: conflict on a merchant's newer text, no loop from our own push, revert."""

from __future__ import annotations

import json

import pytest
from flask import Flask
from flask.testing import FlaskClient

from plugin.domain import DraftKind, FaqItem, SeoCopy, faq_to_text, seo_to_text
from plugin.errors import StoreError
from plugin.services.shops import issue_api_token, update_settings
from plugin.services.stores import adapter_for
from plugin.storage.db import db
from plugin.storage.models import Draft, JobRecord, ListingRecord, Shop
from tests.fakes.shopify_server import FakeShopify
from tests.integration.shopify.conftest import SHOP, installed_shop, rows


def _draft_for_new_product(app: Flask, client: FlaskClient, fake: FakeShopify, run_jobs):  # type: ignore[no-untyped-def]
    gid = fake.shop(SHOP).add_product(title="Canvas Tote", vendor="Acme")
    shop = installed_shop(app, client, fake)
    run_jobs()
    (listing,) = rows(app, ListingRecord, external_id=gid)
    (draft,) = rows(app, Draft, listing_id=listing.id)
    with app.app_context():
        token = issue_api_token(db.session, db.session.get(Shop, shop.id))  # type: ignore[arg-type]
        db.session.commit()
    return gid, draft, {"Authorization": f"Bearer {token}"}


def _approve(client: FlaskClient, draft: Draft, headers: dict[str, str]) -> None:
    response = client.post(
        f"/api/drafts/{draft.id}/approve",
        json={"override_reason": "reviewed in test"},
        headers=headers,
    )
    assert response.status_code == 202, response.get_data(as_text=True)


def _product_updates(fake: FakeShopify) -> list[str]:
    return [r.document for r in fake.graphql_requests() if "productUpdate(" in r.document]


def test_approved_draft_is_pushed_and_its_update_webhook_starts_nothing(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    gid, draft, headers = _draft_for_new_product(app, client, fake_shopify, run_jobs)
    with app.app_context():
        # the keenest policy: any real change to the product asks for new copy
        shop = db.session.get(Shop, draft.shop_id)
        assert shop is not None
        update_settings(db.session, shop, {"auto_generate": "always"})
        db.session.commit()
    _approve(client, draft, headers)
    run_jobs()

    (published,) = rows(app, Draft, id=draft.id)
    assert published.status == "published", published.error
    assert fake_shopify.shop(SHOP).products[gid]["descriptionHtml"] == draft.content
    generate_jobs = len(rows(app, JobRecord, name="generate"))

    # Shopify tells us about the change we just made: an echo, no new generation
    (echo,) = fake_shopify.outbox
    assert echo.topic == "products/update"
    assert echo.send(client).status_code == 200
    run_jobs()
    assert len(rows(app, JobRecord, name="generate")) == generate_jobs
    (listing,) = rows(app, ListingRecord, external_id=gid)
    assert [d.status for d in rows(app, Draft, listing_id=listing.id)] == ["published"]

    # whereas the merchant's own rewrite does ask for new copy
    fake_shopify.shop(SHOP).edit_product(gid, descriptionHtml="<p>A tote bag.</p>")
    fake_shopify.webhook("products/update", SHOP, gid).send(client)
    run_jobs()
    assert len(rows(app, JobRecord, name="generate")) == generate_jobs + 1


def test_merchant_edit_after_the_draft_is_a_conflict_and_nothing_is_pushed(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    gid, draft, headers = _draft_for_new_product(app, client, fake_shopify, run_jobs)
    merchant_text = "<p>Our tote, sewn by hand in Porto from 12 oz canvas.</p>"
    fake_shopify.shop(SHOP).edit_product(gid, descriptionHtml=merchant_text)

    _approve(client, draft, headers)
    run_jobs()

    (after,) = rows(app, Draft, id=draft.id)
    assert after.status == "conflict"
    assert fake_shopify.shop(SHOP).products[gid]["descriptionHtml"] == merchant_text
    assert _product_updates(fake_shopify) == []


def test_revert_restores_the_previous_store_text(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    gid, draft, headers = _draft_for_new_product(app, client, fake_shopify, run_jobs)
    _approve(client, draft, headers)
    run_jobs()
    assert client.post(f"/api/drafts/{draft.id}/revert", headers=headers).status_code == 202
    run_jobs()
    (after,) = rows(app, Draft, id=draft.id)
    assert after.status == "reverted", after.error
    assert fake_shopify.shop(SHOP).products[gid]["descriptionHtml"] == ""


def test_seo_and_faq_are_written_where_shopify_keeps_them(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    store = fake_shopify.shop(SHOP)
    gid = store.add_product(title="Kettle")
    shop = installed_shop(app, client, fake_shopify)
    faq = [FaqItem("Does it whistle?", "Yes.")]
    with app.app_context():
        adapter = adapter_for(db.session.get(Shop, shop.id))  # type: ignore[arg-type]
        adapter.push(gid, DraftKind.SEO, seo_to_text(SeoCopy("Kettle | Acme", "A kettle.")))
        adapter.push(gid, DraftKind.FAQ, faq_to_text(faq))
        listing = adapter.fetch(gid)
    assert store.products[gid]["seo"] == {"title": "Kettle | Acme", "description": "A kettle."}
    metafield = store.products[gid]["metafields"][("copydesk", "faq")]
    assert metafield["type"] == "json"
    assert json.loads(metafield["value"]) == [{"question": "Does it whistle?", "answer": "Yes."}]
    assert (
        listing is not None
        and listing.faq == faq
        and listing.seo == SeoCopy("Kettle | Acme", "A kettle.")
    )


def test_faq_push_is_compare_and_set(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    store = fake_shopify.shop(SHOP)
    gid = store.add_product(title="Kettle")
    shop = installed_shop(app, client, fake_shopify)
    with app.app_context():
        adapter = adapter_for(db.session.get(Shop, shop.id))  # type: ignore[arg-type]
        adapter.fetch(gid)  # we read: no FAQ yet
        store.set_metafield(gid, "copydesk", "faq", '[{"question": "Q", "answer": "Mine"}]', "json")
        with pytest.raises(StoreError) as err:
            adapter.push(gid, DraftKind.FAQ, faq_to_text([FaqItem("Q", "Ours")]))
    assert err.value.code == "conflict" and not err.value.retryable
    assert "Mine" in store.products[gid]["metafields"][("copydesk", "faq")]["value"]


def test_a_shopify_shop_is_never_asked_for_a_short_description(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    gid, draft, headers = _draft_for_new_product(app, client, fake_shopify, run_jobs)
    response = client.post(
        f"/api/listings/{draft.listing_id}/generate",
        json={"kinds": ["description", "short_description"]},
        headers=headers,
    )
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert error["code"] == "unsupported_kind" and "short_description" in error["message"]
    jobs = len(rows(app, JobRecord, name="generate"))

    with app.app_context():
        shop = db.session.get(Shop, draft.shop_id)
        assert shop is not None
        # A setting that names it (written by an older version, say) is skipped, not failed.
        update_settings(
            db.session,
            shop,
            {"auto_generate": "always", "auto_kinds": ["description", "short_description"]},
        )
        db.session.commit()
        with pytest.raises(StoreError) as caught:
            adapter_for(shop).push(gid, DraftKind.SHORT_DESCRIPTION, "<p>A tote.</p>")
        assert caught.value.code == "unsupported_kind" and not caught.value.retryable
    fake_shopify.shop(SHOP).edit_product(gid, title="Canvas Tote Bag")
    fake_shopify.webhook("products/update", SHOP, gid).send(client)
    run_jobs()
    assert len(rows(app, JobRecord, name="generate")) == jobs + 1
    kinds = {d.kind for d in rows(app, Draft, listing_id=draft.listing_id)}
    assert kinds == {"description"}


def test_a_publish_that_died_after_its_push_completes_on_the_next_try(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    """The worker pushed, then died before committing: the retry finds our own text in the store,
    which is no conflict, and finishes the publish so that revert still works."""
    from plugin.domain import text_hash
    from plugin.storage.models import AuditEntry

    gid, draft, headers = _draft_for_new_product(app, client, fake_shopify, run_jobs)
    _approve(client, draft, headers)
    with app.app_context():
        shop = db.session.get(Shop, draft.shop_id)
        adapter_for(shop).push(gid, DraftKind.DESCRIPTION, draft.content)  # type: ignore[arg-type]
    pushes = len(_product_updates(fake_shopify))
    run_jobs()

    (after,) = rows(app, Draft, id=draft.id)
    assert after.status == "published", after.error
    assert after.pushed_hash == text_hash(draft.content)
    assert after.previous_text == ""
    assert [a.action for a in rows(app, AuditEntry, draft_id=draft.id)][-1] == "publish"
    assert len(_product_updates(fake_shopify)) == pushes  # not pushed a second time
    assert client.post(f"/api/drafts/{draft.id}/revert", headers=headers).status_code == 202
    run_jobs()
    assert rows(app, Draft, id=draft.id)[0].status == "reverted"
    assert fake_shopify.shop(SHOP).products[gid]["descriptionHtml"] == ""
