"""App Bridge session tokens: only a fresh HS256 token for this app and a real shop passes."""

from __future__ import annotations

import base64
import json

import pytest

from adapters.shopify.session_token import (
    ExpiredSessionToken,
    InvalidSessionToken,
    encode_session_token,
    verify_session_token,
)

KEY, SECRET, NOW = "api-key", "api-secret", 1_700_000_000


def claims(**overrides: object) -> dict:
    base = {
        "iss": "https://demo.myshopify.com/admin",
        "dest": "https://demo.myshopify.com",
        "aud": KEY,
        "sub": "42",
        "exp": NOW + 60,
        "nbf": NOW - 5,
        "iat": NOW - 5,
        "jti": "abc",
        "sid": "s",
    }
    base.update(overrides)
    return base


def verify(token: str) -> object:
    return verify_session_token(token, api_key=KEY, api_secret=SECRET, now=NOW)


def test_valid_token_names_the_shop_and_user() -> None:
    result = verify(encode_session_token(claims(), SECRET))
    assert result.shop == "demo.myshopify.com"  # type: ignore[attr-defined]
    assert result.user == "42"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("overrides", "why"),
    [
        ({"aud": "another-app"}, "another app"),
        ({"exp": NOW - 60}, "expired"),
        ({"nbf": NOW + 60}, "not yet valid"),
        ({"dest": "https://evil.example.com"}, "no valid shop"),
        ({"dest": "http://demo.myshopify.com"}, "no valid shop"),
        ({"iss": "https://other.myshopify.com/admin"}, "disagree"),
        ({"exp": None}, "expired"),
        ({"iss": None}, "disagree"),
        ({"iss": "http://demo.myshopify.com/admin"}, "disagree"),
        ({"exp": NOW - 11, "nbf": NOW - 70}, "expired"),
    ],
)
def test_claims_are_checked(overrides: dict, why: str) -> None:
    with pytest.raises(InvalidSessionToken, match=why):
        verify(encode_session_token(claims(**overrides), SECRET))


def test_wrong_secret_is_rejected() -> None:
    with pytest.raises(InvalidSessionToken, match="signature"):
        verify(encode_session_token(claims(), "not-the-secret"))


def test_alg_none_is_rejected() -> None:
    def part(obj: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    token = f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(claims())}."
    with pytest.raises(InvalidSessionToken, match="algorithm"):
        verify(token)


def test_payload_swapped_after_signing_is_rejected() -> None:
    good = encode_session_token(claims(), SECRET).split(".")
    other = encode_session_token(claims(dest="https://victim.myshopify.com"), "x").split(".")
    with pytest.raises(InvalidSessionToken, match="signature"):
        verify(".".join([good[0], other[1], good[2]]))


@pytest.mark.parametrize("token", ["", "a.b", "not.a.jwt", "a.b.c.d"])
def test_garbage_is_rejected(token: str) -> None:
    with pytest.raises(InvalidSessionToken):
        verify(token)


def test_a_few_seconds_of_clock_skew_are_tolerated() -> None:
    late = encode_session_token(claims(exp=NOW - 5, nbf=NOW - 65), SECRET)
    early = encode_session_token(claims(nbf=NOW + 5), SECRET)
    assert verify(late).shop == verify(early).shop == "demo.myshopify.com"  # type: ignore[attr-defined]


def test_an_expired_token_is_told_apart_from_a_forged_one() -> None:
    with pytest.raises(ExpiredSessionToken):
        verify(encode_session_token(claims(exp=NOW - 60), SECRET))
