import json

from adapters.woocommerce.deliveries import event_id_for, parse_product_event, ping_webhook_id


def test_ping_is_recognised_only_in_its_exact_form(wc_fixture):
    ping = wc_fixture("webhook_ping.DERIVED.json")
    assert ping_webhook_id(ping["headers"], ping["raw_body"].encode()) == 142
    assert ping_webhook_id({"X-WC-Webhook-Topic": "product.updated"}, b"webhook_id=142") is None
    assert ping_webhook_id({"X-WC-Webhook-Signature": "abc"}, b"webhook_id=142") is None
    assert ping_webhook_id({}, b"webhook_id=abc") is None
    assert ping_webhook_id({}, b"webhook_id=1&webhook_id=2") is None
    assert ping_webhook_id({}, b"webhook_id=1&topic=x") is None
    assert ping_webhook_id({}, b'{"id": 1}') is None


def test_event_id_is_the_delivery_id_with_the_body_or_a_hash(wc_fixture):
    vector = wc_fixture("webhook_product_updated.delivery.DERIVED.json")
    headers = vector["headers"]
    same = event_id_for(headers, b'{"id":1}', "product.updated")
    assert same.startswith("039f3155b209b1c591c26f60004d889f:")
    assert same == event_id_for(headers, b'{"id":1}', "product.updated")
    # WooCommerce's delivery id is the webhook id and the current second: two products saved
    # in the same second share it, and both must be acted on.
    assert same != event_id_for(headers, b'{"id":2}', "product.updated")
    first = event_id_for({}, b'{"id":1}', "product.updated")
    assert first == event_id_for({}, b'{"id":1}', "product.updated")
    assert first != event_id_for({}, b'{"id":1}', "product.created")
    assert first != event_id_for({}, b'{"id":2}', "product.updated")


def test_product_events(wc_fixture, wc_fixture_bytes):
    body = wc_fixture_bytes("webhook_product_updated.body.DERIVED.txt")
    event = parse_product_event("product.updated", body)
    assert event is not None
    assert (event.product_id, event.deleted, event.variation_id) == ("794", False, None)

    deleted = json.dumps(wc_fixture("webhook_product_deleted.body.DERIVED.json")["body"])
    event = parse_product_event("product.deleted", deleted)
    assert event is not None and (event.product_id, event.deleted) == ("794", True)

    variation = json.dumps({"id": 812, "type": "variation", "parent_id": 799, "sku": "X"})
    event = parse_product_event("product.updated", variation)
    assert event is not None
    assert (event.product_id, event.variation_id, event.deleted) == ("799", "812", False)

    assert parse_product_event("order.updated", body) is None
    assert parse_product_event("product.updated", b"not json") is None
    assert parse_product_event("product.updated", b'{"id": "abc"}') is None
