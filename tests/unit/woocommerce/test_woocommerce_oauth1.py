from adapters.woocommerce.oauth1 import oauth1_params, signature_base_string
from tests.fakes.woocommerce.auth import oauth_signature as woocommerce_server_signature


def test_base_string_sorts_and_encodes_parameters():
    base = signature_base_string(
        "get",
        "http://shop.test/wp-json/wc/v3/products",
        {"per_page": "100", "context": "edit", "oauth_nonce": "n"},
    )
    assert base == (
        "GET&http%3A%2F%2Fshop.test%2Fwp-json%2Fwc%2Fv3%2Fproducts&"
        "context%3Dedit%26oauth_nonce%3Dn%26per_page%3D100"
    )


def test_signature_is_what_woocommerce_computes_on_its_side():
    url = "http://127.0.0.1:8080/wp-json/wc/v3/products"
    query = {
        "modified_after": "2026-01-05T12:00:00",
        "search": "café & bar/å~",
        "dates_are_gmt": "true",
    }
    signed = oauth1_params(
        "GET", url, query, "ck_abc", "cs_secret", timestamp=1767614400, nonce="x"
    )
    params = {k: v for k, v in signed.items() if k != "oauth_signature"}
    assert signed["oauth_signature_method"] == "HMAC-SHA1"
    assert signed["oauth_consumer_key"] == "ck_abc"
    assert signed["oauth_signature"] == woocommerce_server_signature(
        "GET", url, params, "cs_secret"
    )
    assert signed["oauth_signature"] != woocommerce_server_signature("GET", url, params, "cs_other")


def test_each_request_gets_a_fresh_nonce():
    url = "http://shop.test/wp-json/wc/v3/products"
    first = oauth1_params("GET", url, {}, "ck", "cs")
    second = oauth1_params("GET", url, {}, "ck", "cs")
    assert first["oauth_nonce"] != second["oauth_nonce"]
