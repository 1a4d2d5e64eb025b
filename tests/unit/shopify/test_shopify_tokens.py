"""Expiring offline tokens: refreshed before expiry, once per shop at a time, rotation persisted."""

from __future__ import annotations

import threading
import time
import uuid

import pytest

from adapters.shopify.tokens import ShopTokens
from plugin.errors import StoreError


class Refresher:
    """Plays Shopify's token endpoint: each refresh token works once and is replaced."""

    def __init__(self, first_refresh: str) -> None:
        self.valid = {first_refresh}
        self.calls = 0
        self.lock = threading.Lock()

    def __call__(self, refresh_token: str) -> dict[str, str]:
        with self.lock:
            self.calls += 1
            if refresh_token not in self.valid:
                raise StoreError("invalid_grant", code="unauthorized")
            self.valid.discard(refresh_token)
            new = f"r-{uuid.uuid4().hex[:6]}"
            self.valid.add(new)
        time.sleep(0.05)  # a slow token endpoint widens any race
        return {
            "access_token": f"a-{uuid.uuid4().hex[:6]}",
            "refresh_token": new,
            "expires_at": str(int(time.time()) + 3600),
        }


def creds(expires_in: float, refresh: str = "r-0") -> dict[str, str]:
    return {
        "access_token": "a-0",
        "refresh_token": refresh,
        "expires_at": str(int(time.time() + expires_in)),
    }


def test_fresh_token_is_used_as_is() -> None:
    saved: list[dict] = []
    tokens = ShopTokens(
        f"{uuid.uuid4().hex}.myshopify.com",
        creds(3600),
        refresh=Refresher("r-0"),
        save_credentials=saved.append,
    )
    assert tokens.access_token() == "a-0"
    assert saved == []


def test_token_near_expiry_is_refreshed_and_rotation_persisted() -> None:
    saved: list[dict] = []
    refresher = Refresher("r-0")
    tokens = ShopTokens(
        f"{uuid.uuid4().hex}.myshopify.com",
        creds(60),
        refresh=refresher,
        save_credentials=saved.append,
    )
    token = tokens.access_token()
    assert token != "a-0" and refresher.calls == 1
    assert saved[-1]["access_token"] == token
    assert saved[-1]["refresh_token"] in refresher.valid  # the rotated one


def test_concurrent_adapters_refresh_once() -> None:
    shop = f"{uuid.uuid4().hex}.myshopify.com"
    refresher = Refresher("r-0")
    saved: list[dict] = []
    # several adapters built from the same stored (stale) credentials, as jobs would
    keepers = [
        ShopTokens(shop, creds(10), refresh=refresher, save_credentials=saved.append)
        for _ in range(5)
    ]
    results: list[str] = []
    errors: list[Exception] = []

    def use(k: ShopTokens) -> None:
        try:
            results.append(k.access_token())
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=use, args=(k,)) for k in keepers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert refresher.calls == 1
    assert len(set(results)) == 1 and len(saved) == 1


def test_no_token_means_no_call() -> None:
    tokens = ShopTokens("x.myshopify.com", {}, refresh=Refresher("r"), save_credentials=print)
    with pytest.raises(StoreError) as err:
        tokens.access_token()
    assert err.value.code == "unauthorized"


def test_expired_without_refresh_token_is_unauthorized() -> None:
    c = creds(-10)
    del c["refresh_token"]
    tokens = ShopTokens(
        f"{uuid.uuid4().hex}.myshopify.com", c, refresh=Refresher("r"), save_credentials=print
    )
    with pytest.raises(StoreError):
        tokens.access_token()


def test_non_expiring_token_is_not_refreshed() -> None:
    refresher = Refresher("r")
    tokens = ShopTokens(
        "y.myshopify.com", {"access_token": "a"}, refresh=refresher, save_credentials=print
    )
    assert tokens.access_token() == "a"
    assert refresher.calls == 0
