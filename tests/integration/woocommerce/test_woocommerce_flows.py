"""The WooCommerce loop end to end: our app served over HTTP, the fake store calling it back.

connect → webhooks registered → backfill → product events → drafts → approve → push, with the
failure cases WooCommerce brings: forged callbacks, bad signatures, duplicate deliveries,
variation events, deletions, disabled webhooks, merchant edits racing our push, and our own echo.
"""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from sqlalchemy import func, select

from adapters.woocommerce.signatures import sign_webhook_body
from plugin.domain import DraftKind, Platform
from plugin.platforms.woocommerce.install import add_store_by_hand
from plugin.services.review import approve_draft
from plugin.services.shops import connection_for, get_shop, webhook_secret_for
from plugin.services.sync import get_listing
from plugin.storage.models import AuthNonce, Draft, JobRecord, Shop, WebhookEvent
from tests.conftest import enqueue, job
from tests.fakes.woocommerce_server import FakeWooCommerce


def _connect(app, session, fake_wc: FakeWooCommerce, run_jobs) -> Shop:
    key = fake_wc.add_key()
    shop = add_store_by_hand(
        session, url=fake_wc.url, key=key.consumer_key, secret=key.consumer_secret
    )
    session.commit()
    run_jobs()
    session.expire_all()
    return shop


def _drafts(session, shop: Shop, external_id: str, kind: str = "description") -> list[Draft]:
    session.expire_all()
    listing = get_listing(session, shop, external_id)
    assert listing is not None
    return [d for d in listing.drafts if d.kind == kind]


def _events(session) -> int:
    session.expire_all()
    return session.scalar(select(func.count()).select_from(WebhookEvent))


def _post_webhook(live_app, shop: Shop, body: bytes, signature: str, topic="product.updated"):
    return requests.post(
        f"{live_app.url}/webhooks/woocommerce/{shop.id}",
        data=body,
        headers={
            "Content-Type": "application/json",
            "X-WC-Webhook-Topic": topic,
            "X-WC-Webhook-Signature": signature,
            "X-WC-Webhook-Delivery-ID": "d-1",
        },
        timeout=10,
    )


def test_connect_through_wc_auth_registers_webhooks_and_backfills(
    app, client, session, live_app, fake_wc, run_jobs
):
    answer = client.get(f"/woocommerce/connect?store_url={fake_wc.url}")
    assert answer.status_code == 302
    location = urlsplit(answer.headers["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == (
        f"{fake_wc.url}/wc-auth/v1/authorize"
    )
    query = {k: v[0] for k, v in parse_qs(location.query).items()}
    assert query["scope"] == "read_write" and query["app_name"] == "Copydesk"
    assert query["callback_url"] == f"{live_app.url}/woocommerce/callback"
    assert query["return_url"] == f"{live_app.url}/woocommerce/return"

    approved = requests.get(answer.headers["Location"], allow_redirects=False, timeout=30)
    assert approved.status_code == 302
    back = urlsplit(approved.headers["Location"])
    assert f"{back.scheme}://{back.netloc}{back.path}" == f"{live_app.url}/woocommerce/return"
    assert parse_qs(back.query)["success"] == ["1"]
    [(status, sent)] = fake_wc.auth_callbacks
    assert status == 200

    # The merchant's browser comes back and is logged in to the new shop.
    returned = client.get(f"{back.path}?{back.query}")
    assert returned.status_code == 302 and returned.headers["Location"] == "/"
    with client.session_transaction() as cookie:
        logged_in = cookie.get("shop_id")

    shop = get_shop(session, Platform.WOOCOMMERCE, urlsplit(fake_wc.url).netloc)
    assert shop is not None and shop.url == fake_wc.url
    assert logged_in == shop.id
    credentials = connection_for(shop).credentials
    assert credentials["consumer_key"] == sent["consumer_key"]
    assert credentials["consumer_secret"] == sent["consumer_secret"]
    assert sent["consumer_secret"] not in (shop.credentials or "")

    run_jobs()
    secret = webhook_secret_for(shop)
    assert secret and len(secret) >= 40 and secret.isalnum()
    delivery_url = f"{live_app.url}/webhooks/woocommerce/{shop.id}"
    hooks = fake_wc.our_webhooks(delivery_url)
    assert sorted(h.topic for h in hooks) == [
        "product.created",
        "product.deleted",
        "product.restored",
        "product.updated",
    ]
    assert {h.secret for h in hooks} == {secret}
    assert [status for _, status in fake_wc.pings] == [200, 200, 200, 200]
    assert _events(session) == 0  # pings are answered, never recorded
    session.expire_all()
    assert get_listing(session, shop, "794") is not None
    assert len(get_listing(session, shop, "799").to_listing().variants) == 4


def test_forged_unknown_or_reused_user_id_is_refused_and_nothing_is_stored(
    app, client, session, live_app, fake_wc
):
    payload = {
        "key_id": 1,
        "user_id": 123,
        "consumer_key": "ck_x",
        "consumer_secret": "cs_x",
        "key_permissions": "read_write",
    }
    assert client.post("/woocommerce/callback", json=payload).status_code == 400
    payload["user_id"] = "forged.signature"
    assert client.post("/woocommerce/callback", json=payload).status_code == 400
    assert session.scalar(select(func.count()).select_from(Shop)) == 0

    # A real flow, then its callback replayed with other keys: the second one is refused.
    location = client.get(f"/woocommerce/connect?store_url={fake_wc.url}").headers["Location"]
    requests.get(location, allow_redirects=False, timeout=30)
    [(_, sent)] = fake_wc.auth_callbacks
    replay = {**sent, "consumer_key": "ck_attacker", "consumer_secret": "cs_attacker"}
    answer = client.post("/woocommerce/callback", json=replay)
    assert answer.status_code == 400
    assert answer.get_json()["error"]["code"] == "invalid"
    session.expire_all()
    [shop] = session.scalars(select(Shop)).all()
    assert connection_for(shop).credentials["consumer_key"] == sent["consumer_key"]


def test_return_without_a_finished_connection_logs_nobody_in(client, session, live_app, fake_wc):
    client.get(f"/woocommerce/connect?store_url={fake_wc.url}")
    answer = client.get(
        "/woocommerce/return?success=1&user_id=x", headers={"Accept": "application/json"}
    )
    assert answer.status_code == 401
    with client.session_transaction() as cookie:
        assert "shop_id" not in cookie


def test_failed_callback_makes_the_store_drop_the_key(app, client, session, live_app, fake_wc):
    location = client.get(f"/woocommerce/connect?store_url={fake_wc.url}").headers["Location"]
    nonce = session.scalars(select(AuthNonce)).one()
    nonce.used_at = nonce.created_at
    session.commit()
    answer = requests.get(location, allow_redirects=False, timeout=30)
    assert answer.status_code == 401
    assert fake_wc.auth_callbacks[0][0] == 400
    assert fake_wc.state.keys == {}


def test_connect_refuses_bad_store_urls(client, session):
    as_json = {"Accept": "application/json"}
    answer = client.get("/woocommerce/connect?store_url=ftp://x.example", headers=as_json)
    assert answer.status_code == 400
    assert client.get("/woocommerce/connect", headers=as_json).status_code == 400
    assert session.scalar(select(func.count()).select_from(AuthNonce)) == 0


@pytest.mark.parametrize(
    "store_url",
    [
        "http://127.0.0.1:8080",
        "https://localhost",
        "http://10.0.0.7",
        "http://169.254.169.254/latest",
        "https://192.168.1.20/shop",
        "http://2130706433",
    ],
)
def test_connect_refuses_stores_on_private_addresses_unless_allowed(
    app, client, session, store_url
):
    app.config["ALLOW_PRIVATE_STORE_URLS"] = False
    as_json = {"Accept": "application/json"}
    answer = client.get(
        "/woocommerce/connect", query_string={"store_url": store_url}, headers=as_json
    )
    assert answer.status_code == 400
    message = answer.get_json()["error"]["message"]
    assert "not a public internet address" in message
    assert "COPYDESK_ALLOW_PRIVATE_STORE_URLS" in message
    assert session.scalar(select(func.count()).select_from(AuthNonce)) == 0


def test_the_worker_calls_no_store_on_a_private_address_unless_allowed(
    app, session, fake_wc, run_jobs
):
    shop = _connect(app, session, fake_wc, run_jobs)
    assert get_listing(session, shop, "794") is not None
    seen = len(fake_wc.requests)
    app.config["ALLOW_PRIVATE_STORE_URLS"] = False
    job_id = enqueue(app, "reconcile_shop", {"shop_id": shop.id, "full": True}, queue="io")
    run_jobs()
    failed = job(app, job_id)
    assert failed.status == "failed"
    assert "127.0.0.1, which is not a public internet address" in (failed.last_error or "")
    assert len(fake_wc.requests) == seen


def test_ping_is_answered_200_and_not_recorded(app, session, live_app, fake_wc, run_jobs):
    shop = _connect(app, session, fake_wc, run_jobs)
    answer = requests.post(
        f"{live_app.url}/webhooks/woocommerce/{shop.id}", data=b"webhook_id=142", timeout=10
    )
    assert answer.status_code == 200
    assert _events(session) == 0


def test_product_created_becomes_a_draft(app, session, live_app, fake_wc, run_jobs):
    shop = _connect(app, session, fake_wc, run_jobs)
    product = fake_wc.create_product(name="Trail Mug", description="", sku="MUG-1")
    [delivery] = fake_wc.flush_deliveries()
    assert delivery.status == 200
    run_jobs()
    [draft] = _drafts(session, shop, str(product["id"]))
    assert draft.status == "pending" and draft.content


def test_duplicate_deliveries_make_one_job_and_one_draft(app, session, live_app, fake_wc, run_jobs):
    shop = _connect(app, session, fake_wc, run_jobs)
    product = fake_wc.create_product(name="Camp Stool", description="")
    fake_wc.pending.clear()
    for delivery_id in ("same", "same", "same", "other"):
        [sent] = fake_wc.deliver("product.created", product["id"], delivery_id=delivery_id)
        assert sent.status == 200
    assert _events(session) == 2
    jobs = session.scalars(select(JobRecord).where(JobRecord.name == "process_webhook")).all()
    assert len(jobs) == 2
    run_jobs()
    assert len(_drafts(session, shop, str(product["id"]))) == 1


def test_two_products_saved_in_the_same_second_are_both_acted_on(
    app, session, live_app, fake_wc, run_jobs
):
    """WooCommerce's delivery id is the webhook id and the second: here both share it."""
    shop = _connect(app, session, fake_wc, run_jobs)
    stool = fake_wc.create_product(name="Camp Stool", description="")
    lamp = fake_wc.create_product(name="Camp Lamp", description="")
    fake_wc.pending.clear()
    for product in (stool, lamp):
        [sent] = fake_wc.deliver("product.created", product["id"], delivery_id="same-second")
        assert sent.status == 200
    assert _events(session) == 2
    run_jobs()
    assert len(_drafts(session, shop, str(stool["id"]))) == 1
    assert len(_drafts(session, shop, str(lamp["id"]))) == 1


def test_bad_signatures_are_refused_and_not_recorded(app, session, live_app, fake_wc, run_jobs):
    shop = _connect(app, session, fake_wc, run_jobs)
    secret = webhook_secret_for(shop)
    assert secret
    body = b'{"id":794,"permalink":"https:\\/\\/example.com\\/p\\/"}'
    assert _post_webhook(live_app, shop, body, sign_webhook_body(body, "wrong")).status_code == 401
    twin = json.dumps(json.loads(body)).encode()
    good = sign_webhook_body(body, secret)
    assert _post_webhook(live_app, shop, twin, good).status_code == 401
    assert _post_webhook(live_app, shop, body, "").status_code == 401
    assert _events(session) == 0
    assert _post_webhook(live_app, shop, body, good).status_code == 200
    assert _events(session) == 1


def test_a_signed_body_that_is_not_json_is_400_and_not_recorded(
    app, session, live_app, fake_wc, run_jobs
):
    shop = _connect(app, session, fake_wc, run_jobs)
    secret = webhook_secret_for(shop)
    assert secret
    body = b'{"id":794,"name":'
    response = _post_webhook(live_app, shop, body, sign_webhook_body(body, secret))
    assert response.status_code == 400
    assert _events(session) == 0


def test_variation_event_refreshes_its_parent(app, session, live_app, fake_wc, run_jobs):
    shop = _connect(app, session, fake_wc, run_jobs)
    variation_id = next(iter(fake_wc.state.variations[799]))
    fake_wc.edit_product(variation_id, price="25.00", regular_price="25.00")
    [delivery] = fake_wc.flush_deliveries()
    assert json.loads(delivery.body)["type"] == "variation"
    run_jobs()
    session.expire_all()
    assert get_listing(session, shop, str(variation_id)) is None
    parent = get_listing(session, shop, "799").to_listing()
    [variant] = [v for v in parent.variants if v.external_id == str(variation_id)]
    assert variant.price == "25.00"


def test_deletion_marks_the_listing_deleted(app, session, live_app, fake_wc, run_jobs):
    shop = _connect(app, session, fake_wc, run_jobs)
    assert [d.status for d in _drafts(session, shop, "794")] == ["pending"]
    fake_wc.trash_product(794)
    [delivery] = fake_wc.flush_deliveries()
    assert delivery.body == b'{"id":794}'
    run_jobs()
    session.expire_all()
    assert get_listing(session, shop, "794").deleted
    assert [d.status for d in _drafts(session, shop, "794")] == ["superseded"]

    fake_wc.restore_product(794)
    fake_wc.flush_deliveries()
    run_jobs()
    session.expire_all()
    assert not get_listing(session, shop, "794").deleted


def test_disabled_webhook_is_revived_and_nothing_is_lost(app, session, live_app, fake_wc, run_jobs):
    shop = _connect(app, session, fake_wc, run_jobs)
    live_app.outage = True
    for n in range(7):
        fake_wc.edit_product(794, name=f"Premium Quality v{n}")
        fake_wc.flush_deliveries()
    fake_wc.trash_product(799)
    fake_wc.flush_deliveries()
    live_app.outage = False
    delivery_url = f"{live_app.url}/webhooks/woocommerce/{shop.id}"
    [updated] = [h for h in fake_wc.our_webhooks(delivery_url) if h.topic == "product.updated"]
    assert updated.status == "disabled"
    assert get_listing(session, shop, "794").title == "Premium Quality"

    from plugin.services.queue import job_queue

    job_queue().enqueue("woocommerce_health_all", {})
    session.commit()
    run_jobs()
    assert updated.status == "active"
    session.expire_all()
    assert get_listing(session, shop, "794").title == "Premium Quality v6"
    # The product trashed during the outage is marked deleted; its pending drafts step aside.
    trashed = get_listing(session, shop, "799")
    assert trashed.deleted and {d.status for d in trashed.drafts} <= {"superseded"}
    modified = [
        r for r in fake_wc.requests if r.path == "/products" and "modified_after" in r.query
    ]
    assert modified and modified[-1].query["dates_are_gmt"] == "true"

    fake_wc.edit_product(794, name="Premium Quality v7")
    assert [d.status for d in fake_wc.flush_deliveries()] == [200]
    run_jobs()
    session.expire_all()
    assert get_listing(session, shop, "794").title == "Premium Quality v7"


def test_merchant_edit_before_publish_is_a_conflict(app, session, live_app, fake_wc, run_jobs):
    shop = _connect(app, session, fake_wc, run_jobs)
    [draft] = _drafts(session, shop, "794")
    fake_wc.edit_product(794, description="<p>The merchant's own words.</p>")
    approve_draft(session, draft, "merchant", override_reason="checked by hand")
    session.commit()
    run_jobs()
    session.expire_all()
    assert session.get(Draft, draft.id).status == "conflict"
    assert fake_wc.product(794)["description"] == "<p>The merchant's own words.</p>"
    assert not [
        r for r in fake_wc.requests if r.method in ("PUT", "POST") and r.path == "/products/794"
    ]


def _generate_jobs(session) -> int:
    session.expire_all()
    return session.scalar(
        select(func.count()).select_from(JobRecord).where(JobRecord.name == "generate")
    )


def test_our_own_push_does_not_start_a_new_generation(app, session, live_app, fake_wc, run_jobs):
    from plugin.services.shops import update_settings

    shop = _connect(app, session, fake_wc, run_jobs)
    # The keenest policy: any real change to the product asks for new copy.
    update_settings(session, shop, {"auto_generate": "always"})
    [draft] = _drafts(session, shop, "794")
    approve_draft(session, draft, "merchant", override_reason="checked by hand")
    session.commit()
    run_jobs()
    session.expire_all()
    assert session.get(Draft, draft.id).status == "published"
    assert fake_wc.product(794)["description"] == draft.content
    jobs = _generate_jobs(session)
    deliveries = fake_wc.flush_deliveries()
    assert [d.status for d in deliveries] == [200]
    run_jobs()
    assert _generate_jobs(session) == jobs
    drafts = _drafts(session, shop, "794")
    assert [d.id for d in drafts] == [draft.id]
    assert get_listing(session, shop, "794").to_listing().text_for(DraftKind.DESCRIPTION) == (
        draft.content
    )

    # whereas the merchant's own rewrite does ask for new copy
    fake_wc.edit_product(794, description="<p>The merchant's own words.</p>")
    assert [d.status for d in fake_wc.flush_deliveries()] == [200]
    run_jobs()
    assert _generate_jobs(session) == jobs + 1


@pytest.mark.parametrize("with_name", [False, True])
def test_add_woocommerce_command(app, tmp_path, fake_wc, with_name, monkeypatch):
    from click.testing import CliRunner

    from plugin.cli.woocommerce import add_woocommerce_command

    for name, value in {
        "DATABASE_URL": app.config["DATABASE_URL"],
        "ENCRYPTION_KEY": app.config["ENCRYPTION_KEY"],
        "SECRET_KEY": app.config["SECRET_KEY"],
        "INSTANCE_PATH": str(tmp_path / "instance"),
        "RECONCILE_INTERVAL_SECONDS": "0",
        "ALLOW_PRIVATE_STORE_URLS": "true",
    }.items():
        monkeypatch.setenv(f"COPYDESK_{name}", value)
    key = fake_wc.add_key()
    runner = CliRunner()
    args = ["--url", fake_wc.url, "--key", key.consumer_key, "--secret", "cs_wrong"]
    refused = runner.invoke(add_woocommerce_command, args)
    assert refused.exit_code != 0
    assert "authentication" in refused.output.lower() or "invalid" in refused.output.lower()
    args[-1] = key.consumer_secret
    if with_name:
        args += ["--name", "my-store"]
    done = runner.invoke(add_woocommerce_command, args)
    assert done.exit_code == 0, done.output
    with app.app_context():
        from plugin.storage.db import db

        [shop] = db.session.scalars(select(Shop)).all()
        assert shop.name == ("my-store" if with_name else urlsplit(fake_wc.url).netloc)
        assert connection_for(shop).credentials["consumer_secret"] == key.consumer_secret
        names = {j.name for j in db.session.scalars(select(JobRecord))}
        assert {"woocommerce_register_webhooks", "reconcile_shop"} <= names


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"RECONCILE_INTERVAL_SECONDS": 60}, [60.0]),
        ({"RECONCILE_INTERVAL_SECONDS": 60, "WOOCOMMERCE_HEALTH_INTERVAL_SECONDS": 300}, [300.0]),
        ({"RECONCILE_INTERVAL_SECONDS": 60, "WOOCOMMERCE_HEALTH_INTERVAL_SECONDS": 0}, []),
    ],
)
def test_webhook_health_is_scheduled(tmp_path, overrides, expected):
    from tests.conftest import make_app

    app = make_app(tmp_path, **overrides)
    schedules = app.extensions["copydesk.queue"].schedules
    assert [s.every_seconds for s in schedules if s.name == "woocommerce_health_all"] == expected


def test_published_description_can_be_reverted(app, session, live_app, fake_wc, run_jobs):
    from plugin.services.review import request_revert

    shop = _connect(app, session, fake_wc, run_jobs)
    original = fake_wc.product(794)["description"]
    [draft] = _drafts(session, shop, "794")
    approve_draft(session, draft, "merchant", override_reason="checked by hand")
    session.commit()
    run_jobs()
    assert fake_wc.product(794)["description"] == draft.content
    session.expire_all()
    request_revert(session, session.get(Draft, draft.id), "merchant")
    session.commit()
    run_jobs()
    session.expire_all()
    assert session.get(Draft, draft.id).status == "reverted"
    assert fake_wc.product(794)["description"] == original


def test_faq_is_published_into_our_meta_key_only(app, session, live_app, fake_wc, run_jobs):
    from plugin.services.review import request_revert
    from plugin.services.sync import queue_generation

    shop = _connect(app, session, fake_wc, run_jobs)
    fake_wc.state.update(fake_wc.product(794), {"meta_data": [{"key": "_theme", "value": "x"}]})
    queue_generation(get_listing(session, shop, "794"), [DraftKind.FAQ])
    session.commit()
    run_jobs()
    [draft] = _drafts(session, shop, "794", kind="faq")
    approve_draft(session, draft, "merchant", override_reason="checked by hand")
    session.commit()
    run_jobs()
    session.expire_all()
    assert session.get(Draft, draft.id).status == "published"
    meta = {m["key"]: m["value"] for m in fake_wc.product(794)["meta_data"]}
    assert json.loads(meta["copydesk_faq"]) == json.loads(draft.content)
    assert meta["_theme"] == "x"

    request_revert(session, session.get(Draft, draft.id), "merchant")
    session.commit()
    run_jobs()
    meta = {m["key"]: m["value"] for m in fake_wc.product(794)["meta_data"]}
    assert meta == {"_theme": "x", "copydesk_faq": ""}


def test_seo_copy_goes_into_the_seo_plugin_the_merchant_chose(
    app, session, live_app, fake_wc, run_jobs
):
    from plugin.services.shops import update_settings
    from plugin.services.sync import queue_generation

    shop = _connect(app, session, fake_wc, run_jobs)
    update_settings(session, shop, {"seo_plugin": "yoast"})
    queue_generation(get_listing(session, shop, "794"), [DraftKind.SEO])
    session.commit()
    run_jobs()
    [draft] = _drafts(session, shop, "794", kind="seo")
    approve_draft(session, draft, "merchant", override_reason="checked by hand")
    session.commit()
    run_jobs()
    session.expire_all()
    assert session.get(Draft, draft.id).status == "published"
    meta = {m["key"]: m["value"] for m in fake_wc.product(794)["meta_data"]}
    seo = json.loads(draft.content)
    assert meta["_yoast_wpseo_title"] == seo["title"]
    assert meta["_yoast_wpseo_metadesc"] == seo["description"]
    assert "copydesk_seo" not in meta


def test_deleted_variation_refreshes_its_parent(app, session, live_app, fake_wc, run_jobs):
    shop = _connect(app, session, fake_wc, run_jobs)
    variation_id = next(iter(fake_wc.state.variations[799]))
    fake_wc.delete_variation(799, variation_id)
    [delivery] = fake_wc.flush_deliveries()
    assert json.loads(delivery.body) == {"id": variation_id}
    run_jobs()
    session.expire_all()
    parent = get_listing(session, shop, "799")
    assert not parent.deleted
    assert str(variation_id) not in {v.external_id for v in parent.to_listing().variants}
    assert len(parent.to_listing().variants) == 3


def test_short_description_is_written_published_and_reverted(
    app, session, live_app, fake_wc, run_jobs
):
    from plugin.services.review import request_revert
    from plugin.services.shops import update_settings

    shop = _connect(app, session, fake_wc, run_jobs)
    assert _drafts(session, shop, "794", kind="short_description") == []
    original = fake_wc.product(794)["short_description"]
    # The reference product's short description is lorem ipsum: a placeholder worth replacing.
    assert original.startswith("<p>Pellentesque")
    update_settings(session, shop, {"auto_kinds": ["description", "short_description"]})
    session.commit()
    fake_wc.edit_product(794, name="Premium Quality Tee")
    assert [d.status for d in fake_wc.flush_deliveries()] == [200]
    run_jobs()
    [draft] = _drafts(session, shop, "794", kind="short_description")
    assert draft.content.startswith("<p>") and "Premium Quality Tee" in draft.content
    description = fake_wc.product(794)["description"]

    approve_draft(session, draft, "merchant", override_reason="checked by hand")
    session.commit()
    run_jobs()
    session.expire_all()
    assert session.get(Draft, draft.id).status == "published"
    assert fake_wc.product(794)["short_description"] == draft.content
    assert fake_wc.product(794)["description"] == description
    # Our own push comes back as a webhook: no new short description is written for it.
    assert [d.status for d in fake_wc.flush_deliveries()] == [200]
    run_jobs()
    assert [d.id for d in _drafts(session, shop, "794", kind="short_description")] == [draft.id]

    request_revert(session, session.get(Draft, draft.id), "merchant")
    session.commit()
    run_jobs()
    session.expire_all()
    assert session.get(Draft, draft.id).status == "reverted"
    assert fake_wc.product(794)["short_description"] == original


def test_merchant_edit_of_the_short_description_is_a_conflict(
    app, session, live_app, fake_wc, run_jobs
):
    from plugin.services.sync import queue_generation

    shop = _connect(app, session, fake_wc, run_jobs)
    queue_generation(get_listing(session, shop, "794"), [DraftKind.SHORT_DESCRIPTION])
    session.commit()
    run_jobs()
    [draft] = _drafts(session, shop, "794", kind="short_description")
    fake_wc.edit_product(794, short_description="<p>Written by the merchant.</p>")
    approve_draft(session, draft, "merchant", override_reason="checked by hand")
    session.commit()
    run_jobs()
    session.expire_all()
    assert session.get(Draft, draft.id).status == "conflict"
    assert fake_wc.product(794)["short_description"] == "<p>Written by the merchant.</p>"


def test_a_publish_that_died_after_its_push_completes_on_the_next_try(
    app, session, live_app, fake_wc, run_jobs
):
    """The store took our text, then the worker died before committing: the retry sees our own
    text, not a merchant's edit, and finishes the publish with what revert needs."""
    from plugin.domain import text_hash
    from plugin.services.review import request_revert
    from plugin.services.stores import adapter_for
    from plugin.storage.models import AuditEntry

    shop = _connect(app, session, fake_wc, run_jobs)
    original = fake_wc.product(794)["description"]
    [draft] = _drafts(session, shop, "794")
    approve_draft(session, draft, "merchant", override_reason="checked by hand")
    session.commit()
    adapter_for(shop).push("794", DraftKind.DESCRIPTION, draft.content)
    fake_wc.requests.clear()
    run_jobs()
    session.expire_all()
    published = session.get(Draft, draft.id)
    assert published.status == "published", published.error
    assert published.pushed_hash == text_hash(draft.content)
    assert published.previous_text == original
    audit = session.scalars(select(AuditEntry.action).where(AuditEntry.draft_id == draft.id))
    assert list(audit)[-1] == "publish"
    assert [r.method for r in fake_wc.requests if r.path.startswith("/products")] == ["GET"] * 2
    request_revert(session, published, "merchant")
    session.commit()
    run_jobs()
    session.expire_all()
    assert session.get(Draft, draft.id).status == "reverted"
    assert fake_wc.product(794)["description"] == original
