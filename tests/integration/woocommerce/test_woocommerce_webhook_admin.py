"""Registering our webhooks, their health check, and how the fake store delivers to them."""

from __future__ import annotations

import json
import time

import pytest

from adapters.woocommerce.client import WooCommerceClient
from adapters.woocommerce.errors import WooCommerceApiError
from adapters.woocommerce.signatures import generate_webhook_secret, verify_webhook_signature
from adapters.woocommerce.webhook_admin import PRODUCT_TOPICS, check_webhooks, register_webhooks


def test_registration_creates_one_signed_webhook_per_topic_and_is_repeatable(
    fake_wc, wc_client, receiver
):
    secret = generate_webhook_secret()
    first = register_webhooks(wc_client, receiver.url, secret)
    assert register_webhooks(wc_client, receiver.url, secret) == first
    hooks = fake_wc.our_webhooks(receiver.url)
    assert sorted(h.topic for h in hooks) == sorted(PRODUCT_TOPICS)
    assert {h.secret for h in hooks} == {secret} and {h.status for h in hooks} == {"active"}
    # Each creation was pinged with the unsigned form body, which must get exactly 200.
    pings = [body for headers, body in receiver.received if "X-WC-Webhook-Topic" not in headers]
    assert sorted(pings) == sorted(f"webhook_id={i}".encode() for i in first)


def test_deliveries_are_php_encoded_and_signed(fake_wc, wc_client, receiver):
    secret = generate_webhook_secret()
    register_webhooks(wc_client, receiver.url, secret)
    receiver.received.clear()
    fake_wc.edit_product(794, name="Café / Bar")
    fake_wc.flush_deliveries()
    [(headers, body)] = receiver.received
    assert headers["X-WC-Webhook-Topic"] == "product.updated"
    assert headers["X-WC-Webhook-Resource"] == "product"
    assert headers["X-WC-Webhook-Event"] == "updated"
    assert headers["X-WC-Webhook-Delivery-ID"]
    assert b'"name":"Caf\\u00e9 \\/ Bar"' in body
    assert verify_webhook_signature(body, secret, headers["X-WC-Webhook-Signature"])
    assert json.loads(body)["id"] == 794


def test_webhook_is_disabled_after_more_than_five_failures_and_health_check_revives_it(
    fake_wc, wc_client, receiver
):
    secret = generate_webhook_secret()
    register_webhooks(wc_client, receiver.url, secret)
    receiver.status = 500
    for _ in range(6):
        fake_wc.deliver("product.updated", 794)
    [updated] = [h for h in fake_wc.our_webhooks(receiver.url) if h.topic == "product.updated"]
    assert (updated.status, updated.failure_count) == ("active", 6)
    fake_wc.deliver("product.updated", 794)
    assert updated.status == "disabled"
    assert fake_wc.deliver("product.updated", 794) == []

    receiver.status = 200
    health = check_webhooks(wc_client, receiver.url, secret)
    assert health.reactivated == [updated.id] and health.created == []
    assert updated.status == "active"
    assert check_webhooks(wc_client, receiver.url, secret).was_broken is False


def test_health_check_recreates_a_deleted_webhook(fake_wc, wc_client, receiver):
    secret = generate_webhook_secret()
    register_webhooks(wc_client, receiver.url, secret)
    [deleted] = [h for h in fake_wc.our_webhooks(receiver.url) if h.topic == "product.deleted"]
    del fake_wc.state.webhooks[deleted.id]
    health = check_webhooks(wc_client, receiver.url, secret)
    assert len(health.created) == 1
    assert sorted(h.topic for h in fake_wc.our_webhooks(receiver.url)) == sorted(PRODUCT_TOPICS)


def test_other_apps_webhooks_are_left_alone(fake_wc, wc_client, receiver):
    wc_client.post(
        "webhooks",
        {
            "name": "Other",
            "topic": "product.updated",
            "delivery_url": "http://127.0.0.1:9/x",
            "status": "paused",
        },
    )
    register_webhooks(wc_client, receiver.url, generate_webhook_secret())
    check_webhooks(wc_client, receiver.url, "s")
    [other] = [h for h in fake_wc.state.webhooks.values() if h.name == "Other"]
    assert other.status == "paused"


def test_a_webhook_creation_that_timed_out_is_not_sent_again_blindly(
    fake_wc, wc_key, sleeps, receiver
):
    """The store makes the webhook but answers too late: sending the POST again would make a
    second one, and every product change would then be delivered twice."""
    client = WooCommerceClient(
        fake_wc.url,
        wc_key.consumer_key,
        wc_key.consumer_secret,
        timeout=(2, 0.3),
        sleep=sleeps,
        allow_private=True,
    )
    fake_wc.fail_next(0, method="POST", path="/webhooks", delay=0.8)
    secret = generate_webhook_secret()
    with pytest.raises(WooCommerceApiError) as caught:
        register_webhooks(client, receiver.url, secret)
    assert caught.value.retryable  # the job tries again, and re-reads the store first
    time.sleep(1.0)  # the store finishes what it was asked once
    assert [h.topic for h in fake_wc.our_webhooks(receiver.url)] == [PRODUCT_TOPICS[0]]
    register_webhooks(client, receiver.url, secret)
    assert sorted(h.topic for h in fake_wc.our_webhooks(receiver.url)) == sorted(PRODUCT_TOPICS)
