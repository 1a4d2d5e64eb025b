"""app/uninstalled and the compliance topics: stop, erase, export."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from flask import Flask
from flask.testing import FlaskClient

from adapters.shopify.session_token import encode_session_token
from plugin.cli import main
from plugin.jobs.worker import Worker
from plugin.services.shops import issue_api_token
from plugin.storage.db import db
from plugin.storage.models import Draft, ListingRecord, Question, Shop, WebhookEvent
from tests.fakes.shopify_server import FakeShopify
from tests.integration.shopify.conftest import API_KEY, API_SECRET, SHOP, installed_shop, rows

CUSTOMER = {"id": 191167, "email": "john@example.com", "phone": "555-625-1199"}


def _shop_with_listing(app: Flask, client: FlaskClient, fake: FakeShopify, run_jobs):  # type: ignore[no-untyped-def]
    fake.shop(SHOP).add_product(title="Canvas Tote")
    shop = installed_shop(app, client, fake)
    run_jobs()
    (listing,) = rows(app, ListingRecord, shop_id=shop.id)
    return shop, listing


def _token(app: Flask, shop: Shop) -> dict[str, str]:
    with app.app_context():
        token = issue_api_token(db.session, db.session.get(Shop, shop.id))  # type: ignore[arg-type]
        db.session.commit()
    return {"Authorization": f"Bearer {token}"}


def test_uninstall_stops_everything_and_makes_no_store_call(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    shop, listing = _shop_with_listing(app, client, fake_shopify, run_jobs)
    headers = _token(app, shop)
    assert client.get("/api/drafts", headers=headers).status_code == 200

    assert fake_shopify.uninstall(SHOP).send(client).status_code == 200
    run_jobs()

    (row,) = rows(app, Shop, id=shop.id)
    assert row.uninstalled_at is not None and row.credentials is None
    assert client.get("/api/drafts", headers=headers).status_code == 401
    calls = len(fake_shopify.graphql_requests())
    late = fake_shopify.webhook("products/update", SHOP, listing.external_id)
    assert late.send(client).status_code == 200
    run_jobs()
    assert len(fake_shopify.graphql_requests()) == calls
    assert {e.status for e in rows(app, WebhookEvent)} == {"processed"}


def test_shop_redact_erases_the_shops_data(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    shop, listing = _shop_with_listing(app, client, fake_shopify, run_jobs)
    assert rows(app, Draft, shop_id=shop.id)
    with app.app_context():
        row = db.session.get(Shop, shop.id)
        assert row is not None
        row.outgoing_webhook_secret = "whsec_kept_for_replies"
        db.session.commit()
    fake_shopify.uninstall(SHOP).send(client)
    run_jobs()

    assert fake_shopify.webhook("shop/redact", SHOP).send(client).status_code == 200
    run_jobs()

    assert rows(app, ListingRecord, shop_id=shop.id) == []
    assert rows(app, Draft, shop_id=shop.id) == []
    (row,) = rows(app, Shop, id=shop.id)
    assert row.credentials is None and row.webhook_secret is None
    assert row.outgoing_webhook_secret is None and row.settings == {}


def test_shop_redact_sent_before_the_uninstall_was_processed_still_erases(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    """Found in a run: the uninstall job cancelled every queued job of the shop, the redact's
    among them, so an idle worker never erased anything (both deliveries were answered 200)."""
    shop, listing = _shop_with_listing(app, client, fake_shopify, run_jobs)
    _questions(app, shop, listing)
    assert rows(app, Draft, shop_id=shop.id)
    assert fake_shopify.uninstall(SHOP).send(client).status_code == 200
    assert fake_shopify.webhook("shop/redact", SHOP).send(client).status_code == 200

    worker = Worker(app)  # the in-process worker of `copydesk serve`, started only now
    thread = worker.start_thread()
    try:
        deadline = time.monotonic() + 20
        while rows(app, ListingRecord, shop_id=shop.id) and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        worker.stop_event.set()
        thread.join(10)

    assert rows(app, ListingRecord, shop_id=shop.id) == []
    assert rows(app, Draft, shop_id=shop.id) == []
    assert rows(app, Question, shop_id=shop.id) == []
    (row,) = rows(app, Shop, id=shop.id)
    assert row.uninstalled_at is not None and row.webhook_secret is None


def _questions(app: Flask, shop: Shop, listing: ListingRecord) -> None:
    with app.app_context():
        for ref, text in [
            ("191167", "Is the tote waterproof?"),
            ("john@example.com", "Does it fit a laptop?"),
            ("gid://shopify/Customer/555", "Is it machine washable?"),
        ]:
            db.session.add(
                Question(shop_id=shop.id, listing_id=listing.id, question=text, customer_ref=ref)
            )
        db.session.commit()


def test_customers_redact_erases_only_that_customers_questions(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    shop, listing = _shop_with_listing(app, client, fake_shopify, run_jobs)
    _questions(app, shop, listing)

    delivery = fake_shopify.webhook("customers/redact", SHOP, customer=CUSTOMER)
    assert delivery.send(client).status_code == 200
    run_jobs()

    remaining = rows(app, Question, shop_id=shop.id)
    assert [q.question for q in remaining] == ["Is it machine washable?"]
    (event,) = rows(app, WebhookEvent, topic="customers/redact")
    assert event.result == {"erased_questions": 2}


def test_customers_data_request_exports_what_we_hold(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    shop, listing = _shop_with_listing(app, client, fake_shopify, run_jobs)
    _questions(app, shop, listing)

    delivery = fake_shopify.webhook("customers/data_request", SHOP, customer=CUSTOMER)
    assert delivery.send(client).status_code == 200
    run_jobs()

    (event,) = rows(app, WebhookEvent, topic="customers/data_request")
    assert event.status == "processed"
    exported = event.result
    assert exported["customer"]["email"] == "john@example.com"
    assert exported["data_request"] == 9999
    assert sorted(q["question"] for q in exported["questions"]) == [
        "Does it fit a laptop?",
        "Is the tote waterproof?",
    ]
    assert {q["product_id"] for q in exported["questions"]} == {listing.external_id}
    assert len(rows(app, Question, shop_id=shop.id)) == 3  # an export erases nothing


@pytest.fixture
def cli(app: Flask, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """``copydesk`` as the operator runs it: its own app on the same database."""
    for name in ("DATABASE_URL", "ENCRYPTION_KEY", "SECRET_KEY"):
        monkeypatch.setenv(f"COPYDESK_{name}", str(app.config[name]))
    monkeypatch.setenv("COPYDESK_INSTANCE_PATH", str(tmp_path / "cli-instance"))
    monkeypatch.setenv("COPYDESK_RECONCILE_INTERVAL_SECONDS", "0")
    runner = CliRunner()

    def run(*args: str) -> Result:
        return runner.invoke(main, list(args), catch_exceptions=False)

    return run


def _pending(cli: Callable[..., Result], *more: str) -> list[dict]:
    result = cli("shop", "data-requests", "--shop", SHOP, *more)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_the_merchant_gets_the_data_request_export_from_the_cli(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs, cli
) -> None:  # type: ignore[no-untyped-def]
    shop, listing = _shop_with_listing(app, client, fake_shopify, run_jobs)
    _questions(app, shop, listing)
    delivery = fake_shopify.webhook("customers/data_request", SHOP, customer=CUSTOMER)
    assert delivery.send(client).status_code == 200

    (waiting,) = _pending(cli)  # before the job ran: listed, nothing to hand over yet
    assert waiting["status"] == "received" and waiting["export"] is None
    run_jobs()

    (request,) = _pending(cli)
    assert request["export"]["customer"]["email"] == "john@example.com"
    assert sorted(q["question"] for q in request["export"]["questions"]) == [
        "Does it fit a laptop?",
        "Is the tote waterproof?",
    ]
    done = cli("shop", "data-requests", "--shop", SHOP, "--done", str(request["id"]))
    assert done.exit_code == 0, done.output
    assert _pending(cli) == []
    (kept,) = _pending(cli, "--all")
    assert kept["handed_over_at"] and kept["export"] == request["export"]


def test_handing_over_refuses_an_id_that_is_no_data_request(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs, cli
) -> None:  # type: ignore[no-untyped-def]
    shop, listing = _shop_with_listing(app, client, fake_shopify, run_jobs)
    fake_shopify.webhook("customers/redact", SHOP, customer=CUSTOMER).send(client)
    fake_shopify.webhook("customers/data_request", SHOP, customer=CUSTOMER).send(client)
    run_jobs()
    (redact,) = rows(app, WebhookEvent, topic="customers/redact")

    refused = cli("shop", "data-requests", "--shop", SHOP, "--done", str(redact.id))
    assert refused.exit_code == 1
    assert f"no data request {redact.id}" in refused.output
    assert len(_pending(cli)) == 1


def test_app_bridge_session_token_authenticates_the_api(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    import time

    installed_shop(app, client, fake_shopify)
    now = int(time.time())
    claims = {
        "iss": f"https://{SHOP}/admin",
        "dest": f"https://{SHOP}",
        "aud": API_KEY,
        "sub": "1",
        "exp": now + 60,
        "nbf": now - 5,
        "iat": now - 5,
    }
    good = encode_session_token(claims, API_SECRET)
    expired = encode_session_token({**claims, "exp": now - 120}, API_SECRET)
    stranger = encode_session_token({**claims, "dest": "https://x.myshopify.com"}, API_SECRET)
    fresh = client.application.test_client()  # no session cookie from the install
    assert fresh.get("/api/drafts", headers={"Authorization": f"Bearer {good}"}).status_code == 200
    for token in (expired, stranger):
        assert (
            fresh.get("/api/drafts", headers={"Authorization": f"Bearer {token}"}).status_code
            == 401
        )


def test_reinstall_after_uninstall_brings_the_shop_back(
    app: Flask, client: FlaskClient, fake_shopify: FakeShopify, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    from tests.integration.shopify.conftest import install

    shop, listing = _shop_with_listing(app, client, fake_shopify, run_jobs)
    fake_shopify.uninstall(SHOP).send(client)
    run_jobs()

    install(client, fake_shopify)
    (row,) = rows(app, Shop, id=shop.id)
    assert row.active
    fake_shopify.shop(SHOP).edit_product(listing.external_id, vendor="Back Again")
    fake_shopify.webhook("products/update", SHOP, listing.external_id).send(client)
    run_jobs()
    (after,) = rows(app, ListingRecord, id=listing.id)
    assert after.to_listing().vendor == "Back Again"
