import json

from adapters.woocommerce.signatures import (
    generate_webhook_secret,
    sign_webhook_body,
    verify_webhook_signature,
)
from tests.fakes.woocommerce.php import php_json_encode


def test_derived_delivery_vector_verifies(wc_fixture, wc_fixture_bytes):
    vector = wc_fixture("webhook_product_updated.delivery.DERIVED.json")
    body = wc_fixture_bytes(vector["body_file"])
    assert len(body) == vector["body_length_bytes"]
    signature = vector["headers"]["X-WC-Webhook-Signature"]
    assert verify_webhook_signature(body, vector["test_secret"], signature)
    assert sign_webhook_body(body, vector["test_secret"]) == vector["expected_signature"]


def test_reserialised_twin_does_not_verify(wc_fixture, wc_fixture_bytes):
    vector = wc_fixture("webhook_product_updated.delivery.DERIVED.json")
    body = wc_fixture_bytes(vector["body_file"])
    twin = json.dumps(json.loads(body)).encode()
    assert twin != body
    assert (
        sign_webhook_body(twin, vector["test_secret"])
        == (vector["signature_if_receiver_reserializes_json_WRONG"])
    )
    assert not verify_webhook_signature(twin, vector["test_secret"], vector["expected_signature"])


def test_wrong_secret_missing_or_mangled_signature_fail(wc_fixture, wc_fixture_bytes):
    vector = wc_fixture("webhook_product_updated.delivery.DERIVED.json")
    body = wc_fixture_bytes(vector["body_file"])
    good = vector["expected_signature"]
    assert not verify_webhook_signature(body, "another-secret", good)
    assert not verify_webhook_signature(body, vector["test_secret"], None)
    assert not verify_webhook_signature(body, vector["test_secret"], "")
    assert not verify_webhook_signature(body, vector["test_secret"], good[:-2] + "x=")
    assert not verify_webhook_signature(body, vector["test_secret"], "é" + good)
    assert not verify_webhook_signature(body, "", good)


def test_generated_secrets_are_long_random_and_alphanumeric():
    secrets = {generate_webhook_secret() for _ in range(20)}
    assert len(secrets) == 20
    assert all(len(s) >= 40 and s.isalnum() and s.isascii() for s in secrets)


def test_fake_store_encodes_bodies_exactly_like_php(wc_fixture, wc_fixture_bytes):
    product = wc_fixture("product_get_response.example.json")
    assert php_json_encode(product) == wc_fixture_bytes("webhook_product_updated.body.DERIVED.txt")
    assert php_json_encode({"name": "Café / Bar"}) == b'{"name":"Caf\\u00e9 \\/ Bar"}'
